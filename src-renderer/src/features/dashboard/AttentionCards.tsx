import { Anchor, Badge, Button, Card, Group, List, SimpleGrid, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { ChannelOutput } from '../../../../src-main/api/contract';
import { formatShortDate } from '../../../../src-main/domain/date-format';
import { formatNumber } from '../../../../src-main/domain/format';
import { MEETING_TYPE_LABELS } from '../../../../src-main/domain/meeting';
import { useSettings } from '../../components/settings-hooks';
import { navigate, type ClientSection } from '../../router';
import { openActionItemsWith } from '../meetings/action-items-preset';

type Dashboard = ChannelOutput<'dashboard.summary'>['dashboard'];

interface Entry {
  key: string;
  label: string;
  detail?: string;
  open: () => void;
}

function AttentionCard({ title, entries, allClear, intro, footer, testId }: { title: string; entries: Entry[]; allClear: string; intro?: string; footer?: ReactNode; testId: string }) {
  return (
    <Card withBorder data-testid={testId}>
      <Group justify="space-between" mb="xs" wrap="nowrap" align="flex-start">
        <Title order={5}>{title}</Title>
        {entries.length > 0 && (
          <Badge variant="light" color="red">
            {entries.length}
          </Badge>
        )}
      </Group>
      {entries.length === 0 ? (
        allClear && (
          <Text size="sm" c="dimmed">
            {allClear}
          </Text>
        )
      ) : (
        <>
          {intro && (
            <Text size="sm" c="dimmed" mb={4}>
              {intro}
            </Text>
          )}
          <List size="sm" spacing={2}>
            {entries.slice(0, 8).map((entry) => (
              <List.Item key={entry.key}>
                <Anchor component="button" type="button" size="sm" onClick={entry.open}>
                  {entry.label}
                </Anchor>
                {entry.detail && (
                  <Text span size="sm" c="dimmed">
                    {' '}
                    {entry.detail}
                  </Text>
                )}
              </List.Item>
            ))}
          </List>
          {entries.length > 8 && (
            <Text size="xs" c="dimmed" mt={4}>
              and {entries.length - 8} more
            </Text>
          )}
        </>
      )}
      {footer}
    </Card>
  );
}

const toClient = (clientId: string, section: ClientSection, itemId?: string) => () => navigate({ screen: 'client', clientId, section, ...(itemId ? { itemId } : {}) });

/** The clients that need something, each one click from the screen that fixes it. */
export function AttentionCards({ dashboard }: { dashboard: Dashboard }) {
  const { settings } = useSettings();
  const day = (date: string) => formatShortDate(date, settings.locale);
  const { portfolio, meetings, actionItems } = dashboard;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
      <AttentionCard
        testId="attention-overdue-meetings"
        title="Meetings not marked held"
        intro="Their day has passed: record the minutes and mark them held, or cancel them."
        allClear="Every past meeting is marked held or cancelled."
        entries={meetings.overdue.map((entry) => ({
          key: entry.meetingId,
          label: entry.client.name,
          detail: `${MEETING_TYPE_LABELS[entry.type]}, ${day(entry.date)}`,
          open: toClient(entry.client.id, 'meetings', entry.meetingId),
        }))}
      />
      <AttentionCard
        testId="attention-action-items"
        title="Overdue action items"
        allClear={actionItems.overdue > 0 ? '' : actionItems.open === 0 ? 'No open action items.' : 'Every open action item is within its date.'}
        entries={[]}
        footer={
          actionItems.overdue > 0 && (
            <Group justify="space-between">
              <Text size="sm">
                {actionItems.overdue} of {actionItems.open} open {actionItems.open === 1 ? 'item is' : 'items are'} past the due date.
              </Text>
              <Button
                size="xs"
                variant="light"
                color="red"
                onClick={() => {
                  openActionItemsWith({ due: 'overdue' });
                  navigate({ screen: 'actions' });
                }}
              >
                Show them
              </Button>
            </Group>
          )
        }
      />
      <AttentionCard
        testId="attention-alignment"
        title="Lowest alignment scores"
        allClear={
          dashboard.lowestAlignment === null
            ? 'Scores show here once clients have completed alignment reviews.'
            : 'No completed alignment review yet. Complete a client’s review to see its score here.'
        }
        entries={(dashboard.lowestAlignment ?? []).map((entry) => ({
          key: entry.id,
          label: entry.name,
          detail: `${entry.score === undefined ? '–' : formatNumber(entry.score, settings.locale)} (${day(entry.date)})`,
          open: toClient(entry.id, 'alignment'),
        }))}
      />
      <AttentionCard
        testId="attention-decision-maker"
        title="Without a decision maker"
        intro="Strategy work needs someone who can decide: mark one on the profile."
        allClear="Every active client has a decision maker on record."
        entries={portfolio.withoutDecisionMaker.map((client) => ({ key: client.id, label: client.name, open: toClient(client.id, 'profile') }))}
      />
      <AttentionCard
        testId="attention-budget"
        title="Without a budget"
        intro="Add their assets and services to build a budget."
        allClear="Every active client has assets, services or initiatives to budget."
        entries={portfolio.withoutBudget.map((client) => ({ key: client.id, label: client.name, open: toClient(client.id, 'assets') }))}
      />
      <AttentionCard
        testId="attention-no-meeting"
        title="No meeting in the last quarter"
        intro="No meeting held in the last three months."
        allClear="Every active client has met you in the last three months."
        entries={dashboard.withoutRecentMeeting.map((client) => ({ key: client.id, label: client.name, open: toClient(client.id, 'meetings') }))}
      />
      <AttentionCard
        testId="attention-touches"
        title="Touches still due this month"
        allClear="Every active client has had its touches this month."
        entries={dashboard.touchesBehind.map((client) => ({
          key: client.id,
          label: client.name,
          detail: `${client.touches} of ${client.wanted}`,
          open: toClient(client.id, 'meetings'),
        }))}
      />
    </SimpleGrid>
  );
}

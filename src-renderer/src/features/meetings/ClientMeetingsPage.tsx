import { Anchor, Badge, Button, Card, Group, Kbd, SegmentedControl, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconCalendarEvent, IconCalendarPlus, IconMessageCircle, IconPlus, IconSettings } from '@tabler/icons-react';
import { useCallback, useState, type ReactNode } from 'react';
import { meetingFrequencyLabel, touchFrequencyLabel } from '../../../../src-main/domain/cadence';
import { decisionMakers, type Client } from '../../../../src-main/domain/client';
import { formatShortDate, formatTimeOfDay } from '../../../../src-main/domain/date-format';
import { MEETING_TYPE_LABELS, meetingTitle } from '../../../../src-main/domain/meeting';
import { TOUCH_CHANNEL_LABELS } from '../../../../src-main/domain/touch';
import { useChannel } from '../../api';
import { EmptyState } from '../../components/EmptyState';
import { ErrorPanel } from '../../components/ErrorPanel';
import { shortcutLabel, useScreenRequest } from '../../components/screen-requests';
import { useSettings } from '../../components/settings-hooks';
import { navigate, useRoute } from '../../router';
import { ActionItemsTable } from './ActionItemsTable';
import { AddActionItem } from './AddActionItem';
import { CadenceModal } from './CadenceModal';
import { MeetingList } from './MeetingList';
import { MeetingPage } from './MeetingPage';
import { MonthCalendar } from './MonthCalendar';
import { NewMeetingModal } from './NewMeetingModal';
import { PlanYearModal } from './PlanYearModal';
import { TouchLog } from './TouchLog';
import { TouchModal } from './TouchModal';

/** A client's meetings (PRODUCT.md §7); with an item id in the address, one meeting's page. */
export function ClientMeetingsPage({ client }: { client: Client }) {
  const route = useRoute();
  const meetingId = route.screen === 'client' ? route.itemId : undefined;
  if (meetingId) return <MeetingPage client={client} meetingId={meetingId} />;
  return <ClientMeetings client={client} />;
}

type Dialog = 'plan' | 'new' | 'touch' | 'cadence' | null;

function Figure({ label, value, hint, testId }: { label: string; value: string; hint?: ReactNode; testId?: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">
        {label}
      </Text>
      <Text fw={700} size="lg" data-testid={testId}>
        {value}
      </Text>
      {hint && (
        <Text size="xs" c="dimmed" component="div">
          {hint}
        </Text>
      )}
    </Stack>
  );
}

function ClientMeetings({ client }: { client: Client }) {
  const { settings } = useSettings();
  const rhythm = useChannel('meetings.rhythm', { clientId: client.id });
  const meetings = useChannel('meetings.list', { clientId: client.id });
  const touches = useChannel('touches.list', { clientId: client.id });
  const actionItems = useChannel('actionItems.list', { clientId: client.id, status: 'open' });
  const [dialog, setDialog] = useState<Dialog>(null);
  const [view, setView] = useState<'list' | 'calendar'>('list');
  const [allTouches, setAllTouches] = useState(false);
  useScreenRequest('meetings.planYear', useCallback(() => setDialog('plan'), []));
  const failed = rhythm.error ?? meetings.error ?? touches.error;
  if (failed) return <ErrorPanel error={failed} onRetry={() => void Promise.all([rhythm.refetch(), meetings.refetch(), touches.refetch()])} />;

  const state = rhythm.data?.rhythm;
  const today = meetings.data?.today ?? '';
  const all = meetings.data?.meetings ?? [];
  const upcoming = all.filter((meeting) => meeting.status === 'planned');
  const past = all.filter((meeting) => meeting.status !== 'planned').reverse();
  const meetingLabels = new Map(all.map((meeting) => [meeting.id, `${meetingTitle(meeting)}, ${formatShortDate(meeting.date, settings.locale)}`]));
  const shownTouches = allTouches ? (touches.data?.touches ?? []) : (touches.data?.touches ?? []).slice(0, 8);
  const owners = [settings.consultant.name, ...client.contacts.map((person) => person.name)].filter(Boolean);
  const close = () => setDialog(null);

  return (
    <Stack>
      {decisionMakers(client).length === 0 && (
        <Card withBorder bg="var(--mantine-color-red-light)">
          <Text size="sm">
            {client.name} has no decision maker on record. Strategy meetings and touches are with someone who can decide: mark one on the{' '}
            <Anchor component="button" type="button" size="sm" onClick={() => navigate({ screen: 'client', clientId: client.id, section: 'profile' })}>
              profile
            </Anchor>
            .
          </Text>
        </Card>
      )}

      <Card withBorder>
        <SimpleGrid cols={{ base: 2, md: 4 }}>
          <Figure
            label="Cadence"
            value={state ? meetingFrequencyLabel(state.cadence.strategyMeetingsPerYear) : '…'}
            hint={state ? `${touchFrequencyLabel(state.cadence.touchesPerMonth)} · ${state.cadence.overridden ? 'your setting' : `from complexity ${client.complexity}`}` : undefined}
            testId="cadence"
          />
          <Figure
            label="Touches this month"
            value={state ? `${state.touchesThisMonth} of ${state.cadence.touchesPerMonth}` : '…'}
            hint={
              state && (
                <Badge size="sm" variant="light" color={state.touchesMet ? 'blue' : 'red'} data-testid="touches-met">
                  {state.touchesMet ? 'Cadence met' : 'Cadence not met yet'}
                </Badge>
              )
            }
            testId="touches-this-month"
          />
          <Figure
            label="Last touch"
            value={state?.lastTouch ? formatShortDate(state.lastTouch.date, settings.locale) : 'None yet'}
            hint={state?.lastTouch ? TOUCH_CHANNEL_LABELS[state.lastTouch.channel] : `Log one with ${shortcutLabel('T')}`}
            testId="last-touch"
          />
          <Figure
            label="Next meeting"
            value={state?.nextMeeting ? formatShortDate(state.nextMeeting.date, settings.locale) : 'None planned'}
            hint={state?.nextMeeting ? `${MEETING_TYPE_LABELS[state.nextMeeting.type]} at ${formatTimeOfDay(state.nextMeeting.time, settings.locale)}` : 'Plan the year to schedule them'}
            testId="next-meeting"
          />
        </SimpleGrid>
        <Group mt="md" gap="xs">
          <Button leftSection={<IconCalendarPlus size={16} />} onClick={() => setDialog('plan')}>
            Plan the year
          </Button>
          <Button variant="light" leftSection={<IconPlus size={16} />} onClick={() => setDialog('new')}>
            New meeting
          </Button>
          <Button variant="light" leftSection={<IconMessageCircle size={16} />} rightSection={<Kbd size="xs">{shortcutLabel('T')}</Kbd>} onClick={() => setDialog('touch')}>
            Log a touch
          </Button>
          <Button variant="subtle" leftSection={<IconSettings size={16} />} onClick={() => setDialog('cadence')}>
            Change the cadence
          </Button>
        </Group>
      </Card>

      <Card withBorder>
        <Group justify="space-between" mb="sm">
          <Title order={4}>Meetings</Title>
          <SegmentedControl
            size="xs"
            value={view}
            onChange={(value) => setView(value as 'list' | 'calendar')}
            data={[
              { value: 'list', label: 'List' },
              { value: 'calendar', label: 'Calendar' },
            ]}
            aria-label="Show meetings as"
          />
        </Group>
        {meetings.data && all.length === 0 ? (
          <EmptyState icon={<IconCalendarEvent />} title="No meetings yet">
            Plan the year to schedule {client.name}’s strategy meetings from its cadence, or add a single meeting.
          </EmptyState>
        ) : view === 'calendar' ? (
          <MonthCalendar meetings={all} today={today} />
        ) : (
          <Stack>
            <div>
              <Text fw={600} size="sm" mb={4}>
                Planned
              </Text>
              {upcoming.length === 0 ? (
                <Text size="sm" c="dimmed">
                  Nothing planned. Plan the year to schedule the next meetings.
                </Text>
              ) : (
                <MeetingList meetings={upcoming} today={today} />
              )}
            </div>
            {past.length > 0 && (
              <div>
                <Text fw={600} size="sm" mb={4}>
                  Held and cancelled
                </Text>
                <MeetingList meetings={past} today={today} />
              </div>
            )}
          </Stack>
        )}
      </Card>

      <Card withBorder>
        <Title order={4} mb="sm">
          Open action items
        </Title>
        {actionItems.data && actionItems.data.actionItems.length > 0 ? (
          <ActionItemsTable items={actionItems.data.actionItems} today={actionItems.data.today} meetingLabels={meetingLabels} />
        ) : (
          <Text size="sm" c="dimmed" mb="sm">
            Nothing open. Action items added at a meeting, or here, show until they are closed.
          </Text>
        )}
        <AddActionItem clientId={client.id} meetingId={null} owners={owners} />
      </Card>

      <Card withBorder>
        <Group justify="space-between" mb="sm">
          <Title order={4}>Touches and escalations</Title>
          <Button size="xs" variant="light" leftSection={<IconMessageCircle size={14} />} onClick={() => setDialog('touch')}>
            Log a touch
          </Button>
        </Group>
        {touches.data && touches.data.touches.length === 0 ? (
          <Text size="sm" c="dimmed">
            No touches logged. A touch is a call, email, video call or visit with a decision maker; press {shortcutLabel('T')} anywhere in this client to log one.
          </Text>
        ) : (
          <>
            <TouchLog client={client} touches={shownTouches} />
            {!allTouches && (touches.data?.touches.length ?? 0) > shownTouches.length && (
              <Button variant="subtle" size="xs" mt="xs" onClick={() => setAllTouches(true)}>
                Show all {touches.data?.touches.length}
              </Button>
            )}
          </>
        )}
      </Card>

      <PlanYearModal client={client} meetingsPerYear={state?.cadence.strategyMeetingsPerYear ?? 4} opened={dialog === 'plan'} onClose={close} />
      <NewMeetingModal client={client} opened={dialog === 'new'} onClose={close} />
      <TouchModal client={client} opened={dialog === 'touch'} onClose={close} />
      <CadenceModal client={client} opened={dialog === 'cadence'} onClose={close} />
    </Stack>
  );
}

import { Card, Group, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { IconListCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { ACTION_ITEM_DUE_FILTER_LABELS, ACTION_ITEM_DUE_FILTERS, isActionItemOverdue, matchesActionItemFilter, type ActionItemDueFilter } from '../../../../src-main/domain/action-item';
import { formatShortDate } from '../../../../src-main/domain/date-format';
import { meetingTitle } from '../../../../src-main/domain/meeting';
import { useChannel } from '../../api';
import { EmptyState } from '../../components/EmptyState';
import { ErrorPanel } from '../../components/ErrorPanel';
import { PageHeader } from '../../components/PageHeader';
import { useSettings } from '../../components/settings-hooks';
import { ActionItemsTable } from './ActionItemsTable';
import { takeActionItemsPreset } from './action-items-preset';

type Status = 'open' | 'done' | 'all';

/** Every client's action items in one list, filtered by client, owner and due date. */
export function ActionItemsPage() {
  const { settings } = useSettings();
  const [preset] = useState(takeActionItemsPreset);
  const [status, setStatus] = useState<Status>('open');
  const [clientId, setClientId] = useState<string | null>(null);
  const [owner, setOwner] = useState('');
  const [due, setDue] = useState<ActionItemDueFilter>(preset?.due ?? 'any');
  const items = useChannel('actionItems.list', { status });
  const clients = useChannel('clients.list', {});
  const meetings = useChannel('meetings.list', {});
  if (items.isError) return <ErrorPanel error={items.error} onRetry={() => void items.refetch()} />;

  const names = new Map((clients.data?.clients ?? []).map((client) => [client.id, client.name]));
  const meetingLabels = new Map((meetings.data?.meetings ?? []).map((meeting) => [meeting.id, `${meetingTitle(meeting)}, ${formatShortDate(meeting.date, settings.locale)}`]));
  const today = items.data?.today ?? '';
  const all = items.data?.actionItems ?? [];
  const owners = [...new Set(all.map((item) => item.owner).filter(Boolean))].sort();
  const filter = { clientId, owner: owner.trim() === '' ? null : owner.trim(), due };
  const shown = all.filter((item) => matchesActionItemFilter(item, filter, today));
  const overdue = shown.filter((item) => isActionItemOverdue(item, today)).length;

  return (
    <>
      <PageHeader title="Action items" description="What was agreed with your clients, who does it and by when." />
      <Stack>
        <Group align="flex-end">
          <SegmentedControl
            value={status}
            onChange={(value) => setStatus(value as Status)}
            aria-label="Status"
            data={[
              { value: 'open', label: 'Open' },
              { value: 'done', label: 'Closed' },
              { value: 'all', label: 'All' },
            ]}
          />
          <Select
            label="Client"
            placeholder="All clients"
            clearable
            searchable
            data={(clients.data?.clients ?? []).map((client) => ({ value: client.id, label: client.name }))}
            value={clientId}
            onChange={setClientId}
            w={240}
          />
          <Select label="Owner" placeholder="Anyone" clearable searchable data={owners} value={owner || null} onChange={(value) => setOwner(value ?? '')} w={200} />
          <Select
            label="Due"
            data={ACTION_ITEM_DUE_FILTERS.map((value) => ({ value, label: ACTION_ITEM_DUE_FILTER_LABELS[value] }))}
            value={due}
            onChange={(value) => setDue((value as ActionItemDueFilter | null) ?? 'any')}
            allowDeselect={false}
            w={200}
          />
        </Group>
        {items.data && all.length === 0 ? (
          <Card withBorder>
            <EmptyState icon={<IconListCheck />} title={status === 'done' ? 'Nothing closed yet' : 'No open action items'}>
              Action items are added on a meeting’s page or a client’s meetings. They show here until they are closed, with the resolution.
            </EmptyState>
          </Card>
        ) : (
          <Card withBorder p={0}>
            <Text size="sm" c="dimmed" px="sm" pt="sm" data-testid="action-items-count">
              {shown.length} {shown.length === 1 ? 'item' : 'items'}
              {overdue > 0 ? `, ${overdue} overdue` : ''}
            </Text>
            {shown.length === 0 ? (
              <Text size="sm" p="sm">
                No action items match these filters.
              </Text>
            ) : (
              <ActionItemsTable items={shown} today={today} clientNames={names} meetingLabels={meetingLabels} />
            )}
          </Card>
        )}
      </Stack>
    </>
  );
}

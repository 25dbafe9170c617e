import { Button, Card, Group, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { IconCalendarEvent, IconPackages } from '@tabler/icons-react';
import { useState } from 'react';
import { MEETING_TYPE_LABELS, MEETING_TYPES, type MeetingType } from '../../../../src-main/domain/meeting';
import { useChannel } from '../../api';
import { EmptyState } from '../../components/EmptyState';
import { ErrorPanel } from '../../components/ErrorPanel';
import { PageHeader } from '../../components/PageHeader';
import { navigate } from '../../router';
import { BatchPrepPacksModal } from './BatchPrepPacksModal';
import { MeetingList } from './MeetingList';
import { MonthCalendar } from './MonthCalendar';

type When = 'upcoming' | 'past' | 'all';

/** Every client's meetings in one place, as a list or a month calendar. */
export function MeetingsPage() {
  const meetings = useChannel('meetings.list', {});
  const clients = useChannel('clients.list', {});
  const [view, setView] = useState<'list' | 'calendar'>('list');
  const [when, setWhen] = useState<When>('upcoming');
  const [clientId, setClientId] = useState<string | null>(null);
  const [type, setType] = useState<MeetingType | null>(null);
  const [batchOpen, setBatchOpen] = useState(false);
  if (meetings.isError) return <ErrorPanel error={meetings.error} onRetry={() => void meetings.refetch()} />;

  const names = new Map((clients.data?.clients ?? []).map((client) => [client.id, client.name]));
  const today = meetings.data?.today ?? '';
  const all = meetings.data?.meetings ?? [];
  const chosen = all.filter((meeting) => (clientId === null || meeting.clientId === clientId) && (type === null || meeting.type === type));
  const listed =
    when === 'upcoming'
      ? chosen.filter((meeting) => meeting.status === 'planned')
      : when === 'past'
        ? chosen.filter((meeting) => meeting.status !== 'planned').reverse()
        : chosen;

  return (
    <>
      <PageHeader
        title="Meetings"
        description="Strategy meetings, reviews, visits and check-ins across your clients."
        actions={
          <Button variant="light" leftSection={<IconPackages size={16} />} onClick={() => setBatchOpen(true)}>
            Prep packs for the coming meetings
          </Button>
        }
      />
      {meetings.data && all.length === 0 ? (
        <Card withBorder>
          <EmptyState
            icon={<IconCalendarEvent />}
            title="No meetings yet"
            actions={
              <Button variant="light" onClick={() => navigate({ screen: 'clients' })}>
                Go to your clients
              </Button>
            }
          >
            Open a client and plan its year: its strategy meetings are scheduled from its cadence and show here.
          </EmptyState>
        </Card>
      ) : (
        <Stack>
          <Group justify="space-between" align="flex-end">
            <Group align="flex-end">
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
              <Select
                label="Type"
                placeholder="All types"
                clearable
                data={MEETING_TYPES.map((value) => ({ value, label: MEETING_TYPE_LABELS[value] }))}
                value={type}
                onChange={(value) => setType(value as MeetingType | null)}
                w={240}
              />
              {view === 'list' && (
                <SegmentedControl
                  value={when}
                  onChange={(value) => setWhen(value as When)}
                  aria-label="Which meetings"
                  data={[
                    { value: 'upcoming', label: 'Planned' },
                    { value: 'past', label: 'Held and cancelled' },
                    { value: 'all', label: 'All' },
                  ]}
                />
              )}
            </Group>
            <SegmentedControl
              value={view}
              onChange={(value) => setView(value as 'list' | 'calendar')}
              aria-label="Show meetings as"
              data={[
                { value: 'list', label: 'List' },
                { value: 'calendar', label: 'Calendar' },
              ]}
            />
          </Group>
          {view === 'calendar' ? (
            <MonthCalendar meetings={chosen} today={today} clientNames={names} />
          ) : listed.length === 0 ? (
            <Text c="dimmed" size="sm">
              No meetings match.
            </Text>
          ) : (
            <Card withBorder p={0}>
              <MeetingList meetings={listed} today={today} clientNames={names} />
            </Card>
          )}
        </Stack>
      )}
      <BatchPrepPacksModal opened={batchOpen} onClose={() => setBatchOpen(false)} />
    </>
  );
}

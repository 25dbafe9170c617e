import { Badge, Table, Text } from '@mantine/core';
import { formatShortDate, formatTimeOfDay } from '../../../../src-main/domain/date-format';
import { MEETING_STATUS_LABELS, MEETING_TYPE_LABELS, meetingTitle, type Meeting } from '../../../../src-main/domain/meeting';
import { useSettings } from '../../components/settings-hooks';
import { navigate } from '../../router';
import { MEETING_STATUS_COLOURS } from './meeting-look';

/** Meetings as rows; a row opens the meeting (click, or Enter when focused). */
export function MeetingList({ meetings, today, clientNames }: { meetings: readonly Meeting[]; today: string; clientNames?: ReadonlyMap<string, string> }) {
  const { settings } = useSettings();
  const open = (meeting: Meeting) => navigate({ screen: 'client', clientId: meeting.clientId, section: 'meetings', itemId: meeting.id });
  return (
    <Table.ScrollContainer minWidth={0}>
      <Table highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Date</Table.Th>
            <Table.Th>Time</Table.Th>
            {clientNames && <Table.Th>Client</Table.Th>}
            <Table.Th>Meeting</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th ta="right">Agenda</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {meetings.map((meeting) => {
            const overdue = meeting.status === 'planned' && meeting.date < today;
            return (
              <Table.Tr
                key={meeting.id}
                tabIndex={0}
                style={{ cursor: 'pointer' }}
                onClick={() => open(meeting)}
                onKeyDown={(event) => {
                  if (event.key === 'Enter') open(meeting);
                }}
                data-testid="meeting-row"
              >
                <Table.Td className="nowrap">{formatShortDate(meeting.date, settings.locale)}</Table.Td>
                <Table.Td className="nowrap">{formatTimeOfDay(meeting.time, settings.locale)}</Table.Td>
                {clientNames && <Table.Td>{clientNames.get(meeting.clientId) ?? ''}</Table.Td>}
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {meetingTitle(meeting)}
                  </Text>
                  {meeting.title && meeting.title !== MEETING_TYPE_LABELS[meeting.type] && (
                    <Text size="xs" c="dimmed">
                      {MEETING_TYPE_LABELS[meeting.type]}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td className="nowrap">
                  <Badge variant="light" color={overdue ? 'red' : MEETING_STATUS_COLOURS[meeting.status]}>
                    {overdue ? 'Not marked held' : MEETING_STATUS_LABELS[meeting.status]}
                  </Badge>
                </Table.Td>
                <Table.Td ta="right" className="nowrap">
                  {meeting.agenda.length === 0 ? (
                    <Text size="sm" c="dimmed">
                      Not set
                    </Text>
                  ) : (
                    `${meeting.agenda.length} ${meeting.agenda.length === 1 ? 'item' : 'items'}`
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

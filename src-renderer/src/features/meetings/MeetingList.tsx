import { Table } from '@mantine/core';
import { memo } from 'react';
import { formatShortDate, formatTimeOfDay } from '../../../../src-main/domain/date-format';
import { MEETING_STATUS_LABELS, MEETING_TYPE_LABELS, meetingTitle, type Meeting } from '../../../../src-main/domain/meeting';
import { CellBadge } from '../../components/grid/CellBadge';
import grid from '../../components/grid/grid.module.css';
import { useSettings } from '../../components/settings-hooks';
import { navigate } from '../../router';
import { MEETING_STATUS_COLOURS } from './meeting-look';
import classes from './meetings.module.css';

/** One meeting as plain cells: the practice's list shows every client's meetings at once. */
const MeetingRow = memo(function MeetingRow({ meeting, today, locale, clientName }: { meeting: Meeting; today: string; locale: string; clientName: string | undefined }) {
  const overdue = meeting.status === 'planned' && meeting.date < today;
  const open = () => navigate({ screen: 'client', clientId: meeting.clientId, section: 'meetings', itemId: meeting.id });
  return (
    <Table.Tr
      tabIndex={0}
      style={{ cursor: 'pointer' }}
      onClick={open}
      onKeyDown={(event) => {
        if (event.key === 'Enter') open();
      }}
      data-testid="meeting-row"
    >
      <td className={`${grid.td} nowrap`}>{formatShortDate(meeting.date, locale)}</td>
      <td className={`${grid.td} nowrap`}>{formatTimeOfDay(meeting.time, locale)}</td>
      {clientName !== undefined && <td className={grid.td}>{clientName}</td>}
      <td className={grid.td}>
        <div className={classes.strong}>{meetingTitle(meeting)}</div>
        {meeting.title && meeting.title !== MEETING_TYPE_LABELS[meeting.type] && <div className={`${grid.dimmed} ${classes.small}`}>{MEETING_TYPE_LABELS[meeting.type]}</div>}
      </td>
      <td className={`${grid.td} nowrap`}>
        <CellBadge colour={overdue ? 'red' : MEETING_STATUS_COLOURS[meeting.status]} upper>
          {overdue ? 'Not marked held' : MEETING_STATUS_LABELS[meeting.status]}
        </CellBadge>
      </td>
      <td className={`${grid.td} nowrap ${classes.end}`}>
        {meeting.agenda.length === 0 ? <span className={grid.dimmed}>Not set</span> : `${meeting.agenda.length} ${meeting.agenda.length === 1 ? 'item' : 'items'}`}
      </td>
    </Table.Tr>
  );
});

/** Meetings as rows; a row opens the meeting (click, or Enter when focused). */
export function MeetingList({ meetings, today, clientNames }: { meetings: readonly Meeting[]; today: string; clientNames?: ReadonlyMap<string, string> }) {
  const { settings } = useSettings();
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
          {meetings.map((meeting) => (
            <MeetingRow key={meeting.id} meeting={meeting} today={today} locale={settings.locale} clientName={clientNames ? (clientNames.get(meeting.clientId) ?? '') : undefined} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

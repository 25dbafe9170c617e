import { Button, Menu } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCalendarPlus, IconChevronDown, IconFileDownload, IconFileTypePdf, IconPackage } from '@tabler/icons-react';
import { useState } from 'react';
import type { Meeting } from '../../../../src-main/domain/meeting';
import { useChange } from '../../api';
import { PrepPackDialog } from './PrepPackDialog';

/** A meeting's documents: agenda (with the questionnaire when ticked), summary, prep pack, calendar invitation. */
export function MeetingExports({ meeting, dirty }: { meeting: Meeting; dirty: boolean }) {
  const agenda = useChange('export.meetingAgendaPdf');
  const summary = useChange('export.meetingSummaryPdf');
  const invitation = useChange('export.meetingIcs');
  const [packOpen, setPackOpen] = useState(false);
  const done = ({ savedTo }: { savedTo: string | null }) => savedTo && notifications.show({ color: 'teal', title: 'Exported', message: savedTo });
  const failed = (error: Error) => notifications.show({ color: 'red', title: 'Export failed', message: error.message });
  const busy = agenda.isPending || summary.isPending || invitation.isPending;
  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button variant="light" leftSection={<IconFileDownload size={16} />} rightSection={<IconChevronDown size={14} />} loading={busy}>
            Export
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {dirty && <Menu.Label>Save first to include your latest edits</Menu.Label>}
          <Menu.Item
            leftSection={<IconFileTypePdf size={16} />}
            onClick={() => agenda.mutate({ meetingId: meeting.id, includeQuestionnaire: meeting.includeQuestionnaire }, { onSuccess: done, onError: failed })}
          >
            {meeting.includeQuestionnaire ? 'Agenda with questionnaire (PDF)' : 'Agenda (PDF)'}
          </Menu.Item>
          <Menu.Item leftSection={<IconFileTypePdf size={16} />} onClick={() => summary.mutate({ meetingId: meeting.id }, { onSuccess: done, onError: failed })}>
            Meeting summary (PDF)
          </Menu.Item>
          <Menu.Item leftSection={<IconPackage size={16} />} onClick={() => setPackOpen(true)}>
            Prep pack (PDF)…
          </Menu.Item>
          <Menu.Item leftSection={<IconCalendarPlus size={16} />} onClick={() => invitation.mutate({ meetingId: meeting.id }, { onSuccess: done, onError: failed })}>
            Calendar invitation (.ics)
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <PrepPackDialog meetingId={meeting.id} opened={packOpen} onClose={() => setPackOpen(false)} />
    </>
  );
}

import { Button, Menu } from '@mantine/core';
import { IconCalendarPlus, IconChevronDown, IconFileDownload, IconFileTypePdf, IconPackage } from '@tabler/icons-react';
import { useState } from 'react';
import type { Meeting } from '../../../../src-main/domain/meeting';
import { useExport } from '../../components/useExport';
import { PrepPackDialog } from './PrepPackDialog';

/** A meeting's documents: agenda (with the questionnaire when ticked), summary, prep pack, calendar invitation. */
export function MeetingExports({ meeting, dirty }: { meeting: Meeting; dirty: boolean }) {
  const agenda = useExport('export.meetingAgendaPdf');
  const summary = useExport('export.meetingSummaryPdf');
  const invitation = useExport('export.meetingIcs');
  const [packOpen, setPackOpen] = useState(false);
  const busy = agenda.running || summary.running || invitation.running;
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
            onClick={() => void agenda.run({ meetingId: meeting.id, includeQuestionnaire: meeting.includeQuestionnaire }, 'agenda')}
          >
            {meeting.includeQuestionnaire ? 'Agenda with questionnaire (PDF)' : 'Agenda (PDF)'}
          </Menu.Item>
          <Menu.Item leftSection={<IconFileTypePdf size={16} />} onClick={() => void summary.run({ meetingId: meeting.id }, 'meeting summary')}>
            Meeting summary (PDF)
          </Menu.Item>
          <Menu.Item leftSection={<IconPackage size={16} />} onClick={() => setPackOpen(true)}>
            Prep pack (PDF)…
          </Menu.Item>
          <Menu.Item leftSection={<IconCalendarPlus size={16} />} onClick={() => void invitation.run({ meetingId: meeting.id }, 'calendar invitation')}>
            Calendar invitation (.ics)
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <PrepPackDialog meetingId={meeting.id} opened={packOpen} onClose={() => setPackOpen(false)} />
    </>
  );
}

import { Button, Checkbox, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { Client } from '../../../../src-main/domain/client';
import { useExport } from '../../components/useExport';

/** The profile PDF leaves private notes out unless the consultant ticks them in, each time. */
export function ExportProfileDialog({ client, opened, onClose }: { client: Client; opened: boolean; onClose: () => void }) {
  const [includePrivateNotes, setIncludePrivateNotes] = useState(false);
  const exportPdf = useExport('export.clientProfilePdf');
  return (
    <Modal opened={opened} onClose={onClose} title="Export client profile" centered>
      <Stack>
        <Text size="sm">A one-page branded profile of {client.name}: contacts, commercials, compliance and notes.</Text>
        <Checkbox
          label="Include the sensitive context (private notes)"
          description={client.privateNotes ? 'Only for your own files: the client should not see this page.' : 'There are no private notes for this client.'}
          checked={includePrivateNotes}
          disabled={!client.privateNotes}
          onChange={(event) => setIncludePrivateNotes(event.currentTarget.checked)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button
            loading={exportPdf.running}
            onClick={() =>
              void exportPdf.run({ clientId: client.id, includePrivateNotes }, 'client profile').then((saved) => {
                if (!saved) return;
                onClose();
                setIncludePrivateNotes(false);
              })
            }
          >
            Save PDF…
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

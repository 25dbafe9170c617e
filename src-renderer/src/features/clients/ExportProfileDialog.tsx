import { Button, Checkbox, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { Client } from '../../../../src-main/domain/client';
import { useChange } from '../../api';
import { showExported } from '../../components/exported';

/** The profile PDF leaves private notes out unless the consultant ticks them in, each time. */
export function ExportProfileDialog({ client, opened, onClose }: { client: Client; opened: boolean; onClose: () => void }) {
  const [includePrivateNotes, setIncludePrivateNotes] = useState(false);
  const exportPdf = useChange('export.clientProfilePdf');
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
            loading={exportPdf.isPending}
            onClick={() =>
              exportPdf.mutate(
                { clientId: client.id, includePrivateNotes },
                {
                  onSuccess: (result) => {
                    onClose();
                    setIncludePrivateNotes(false);
                    showExported(result, 'Profile exported');
                  },
                  onError: (error) => notifications.show({ color: 'red', title: 'Export failed', message: error.message }),
                },
              )
            }
          >
            Save PDF…
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

import { Button, Checkbox, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { Client } from '../../../../src-main/domain/client';
import { useChange } from '../../api';

/** The canvass PDF leaves the client's private notes out unless the consultant ticks them in, each time. */
export function CanvassExportDialog({ client, opened, onClose }: { client: Client; opened: boolean; onClose: () => void }) {
  const [includePrivateNotes, setIncludePrivateNotes] = useState(false);
  const exportPdf = useChange('export.canvassPdf');
  const close = () => {
    setIncludePrivateNotes(false);
    onClose();
  };
  return (
    <Modal closeButtonProps={{ 'aria-label': 'Close' }} opened={opened} onClose={close} title="Export the business canvass" centered>
      <Stack>
        <Text size="sm">
          A branded PDF for {client.name}: the canvas on one landscape page, then the discovery answers and the business goals.
        </Text>
        <Checkbox
          label="Include the sensitive context (private notes)"
          description={client.privateNotes ? 'Only for your own files: the client should not see this page.' : 'There are no private notes for this client.'}
          checked={includePrivateNotes}
          disabled={!client.privateNotes}
          onChange={(event) => setIncludePrivateNotes(event.currentTarget.checked)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            Cancel
          </Button>
          <Button
            data-autofocus
            loading={exportPdf.isPending}
            onClick={() =>
              exportPdf.mutate(
                { clientId: client.id, includePrivateNotes },
                {
                  onSuccess: ({ savedTo }) => {
                    close();
                    if (savedTo) notifications.show({ color: 'teal', title: 'Exported', message: savedTo });
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

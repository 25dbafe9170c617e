import { Button, Checkbox, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { Client } from '../../../../src-main/domain/client';
import { useExport } from '../../components/useExport';

/** The canvass PDF leaves the client's private notes out unless the consultant ticks them in, each time. */
export function CanvassExportDialog({ client, opened, onClose }: { client: Client; opened: boolean; onClose: () => void }) {
  const [includePrivateNotes, setIncludePrivateNotes] = useState(false);
  const exportPdf = useExport('export.canvassPdf');
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
            loading={exportPdf.running}
            onClick={() => {
              close();
              void exportPdf.run({ clientId: client.id, includePrivateNotes }, 'business canvass');
            }}
          >
            Save PDF…
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

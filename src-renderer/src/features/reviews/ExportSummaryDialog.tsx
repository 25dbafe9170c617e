import { Button, Checkbox, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useChange } from '../../api';

/** The alignment summary for the client; private and engineer notes stay out unless ticked here. */
export function ExportSummaryDialog({ reviewId, opened, onClose }: { reviewId: string; opened: boolean; onClose: () => void }) {
  const exportPdf = useChange('export.alignmentPdf');
  const [includePrivateNotes, setIncludePrivateNotes] = useState(false);
  const [includeEngineerNotes, setIncludeEngineerNotes] = useState(false);
  return (
    <Modal opened={opened} onClose={onClose} title="Export the alignment summary" centered>
      <Stack>
        <Text size="sm" c="dimmed">
          A branded PDF for the client: the score and its band, a bar per category, and every misaligned standard with its business impact
          and recommendation. Notes marked for the client are included.
        </Text>
        <Checkbox label="Include the engineer notes" checked={includeEngineerNotes} onChange={(event) => setIncludeEngineerNotes(event.currentTarget.checked)} />
        <Checkbox label="Include the review’s private notes" checked={includePrivateNotes} onChange={(event) => setIncludePrivateNotes(event.currentTarget.checked)} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button
            data-autofocus
            loading={exportPdf.isPending}
            onClick={() =>
              exportPdf.mutate(
                { reviewId, includePrivateNotes, includeEngineerNotes },
                {
                  onSuccess: ({ savedTo }) => {
                    if (savedTo) notifications.show({ color: 'teal', title: 'Summary exported', message: savedTo });
                    onClose();
                  },
                  onError: (error) => notifications.show({ color: 'red', title: 'Export failed', message: error.message }),
                },
              )
            }
          >
            Export PDF
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

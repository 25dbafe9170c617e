import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useChange } from '../../api';
import { fieldErrorsOf } from '../../components/forms';

/** Saves a dated copy of the canvass, with an optional label, to compare with later. */
export function TakeSnapshotDialog({ clientId, opened, onClose }: { clientId: string; opened: boolean; onClose: () => void }) {
  const [label, setLabel] = useState('');
  const [error, setError] = useState<string | null>(null);
  const take = useChange('canvass.snapshot');
  const close = () => {
    setLabel('');
    setError(null);
    onClose();
  };
  const submit = () =>
    take.mutate(
      { clientId, label },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: label.trim() ? `Snapshot “${label.trim()}” saved.` : 'Snapshot saved.' });
          close();
        },
        onError: (problem) => setError(fieldErrorsOf(problem, [])?.label ?? problem.message),
      },
    );
  return (
    <Modal closeButtonProps={{ 'aria-label': 'Close' }} opened={opened} onClose={close} title="Take a snapshot" centered>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
        noValidate
      >
        <Stack>
          <Text size="sm">
            A snapshot keeps the canvas and the discovery answers as they are today. Take one after a discovery meeting or each year, then see what has
            changed since.
          </Text>
          <TextInput
            label="Label (optional)"
            placeholder="Annual review"
            data-autofocus
            value={label}
            error={error}
            onChange={(event) => {
              setLabel(event.currentTarget.value);
              setError(null);
            }}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={take.isPending}>
              Save snapshot
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

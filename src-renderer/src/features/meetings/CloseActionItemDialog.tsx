import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import type { ActionItem } from '../../../../src-main/domain/action-item';
import { useChange } from '../../api';
import { fieldErrorsOf } from '../../components/forms';

/** Closing an action item asks how it was resolved (PRODUCT.md §7). */
export function CloseActionItemDialog({ item, onClose }: { item: ActionItem | null; onClose: () => void }) {
  const update = useChange('actionItems.update');
  const [resolution, setResolution] = useState('');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    setResolution(item?.resolution ?? '');
    setError(null);
  }, [item]);

  function close() {
    if (!item) return;
    if (resolution.trim() === '') {
      setError('Say how it was resolved');
      return;
    }
    update.mutate(
      { id: item.id, changes: { status: 'done', resolution } },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: 'Action item closed.' });
          onClose();
        },
        onError: (failure) => setError(fieldErrorsOf(failure, ['changes'])?.resolution ?? failure.message),
      },
    );
  }

  return (
    <Modal opened={item !== null} onClose={onClose} title="Close the action item" centered>
      <Stack>
        <Text size="sm">{item?.text}</Text>
        <Textarea
          label="Resolution"
          description="What was done, in words the client can read."
          required
          autosize
          minRows={3}
          data-autofocus
          value={resolution}
          error={error}
          onChange={(event) => {
            setResolution(event.currentTarget.value);
            setError(null);
          }}
          onKeyDown={(event) => {
            if ((event.ctrlKey || event.metaKey) && event.key === 'Enter') close();
          }}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button loading={update.isPending} onClick={close}>
            Close the item
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

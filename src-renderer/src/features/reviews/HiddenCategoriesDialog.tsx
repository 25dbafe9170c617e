import { Button, Checkbox, Group, Modal, ScrollArea, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import type { Client } from '../../../../src-main/domain/client';
import { useChange, useChannel } from '../../api';
import { standardsCount } from '../standards/labels';

/** The categories of the library this client is asked about; unticked ones are left out of its new reviews. */
export function HiddenCategoriesDialog({ client, opened, onClose }: { client: Client; opened: boolean; onClose: () => void }) {
  const scope = useChannel('reviews.scope', { clientId: client.id }, { enabled: opened });
  const update = useChange('clients.update');
  const [hidden, setHidden] = useState<Set<string>>(new Set());

  useEffect(() => {
    if (opened) setHidden(new Set(client.hiddenStandardCategories));
  }, [opened, client.hiddenStandardCategories]);

  const categories = scope.data?.categories ?? [];
  const isHidden = (category: string) => [...hidden].some((entry) => entry.toLocaleLowerCase() === category.toLocaleLowerCase());
  const toggle = (category: string) =>
    setHidden((current) => {
      const next = new Set([...current].filter((entry) => entry.toLocaleLowerCase() !== category.toLocaleLowerCase()));
      if (!isHidden(category)) next.add(category);
      return next;
    });

  return (
    <Modal opened={opened} onClose={onClose} title={`Categories asked of ${client.name}`} centered>
      <Stack>
        <Text size="sm" c="dimmed">
          Untick what does not concern this client (no servers, no Wi-Fi…). Reviews already started keep their standards.
        </Text>
        <ScrollArea.Autosize mah={360}>
          <Stack gap={6}>
            {categories.map((entry) => (
              <Checkbox key={entry.category} label={`${entry.category} (${standardsCount(entry.standards)})`} checked={!isHidden(entry.category)} onChange={() => toggle(entry.category)} />
            ))}
          </Stack>
        </ScrollArea.Autosize>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button
            loading={update.isPending}
            onClick={() =>
              update.mutate(
                { id: client.id, changes: { hiddenStandardCategories: [...hidden] } },
                { onSuccess: onClose, onError: (error) => notifications.show({ color: 'red', title: 'Not saved', message: error.message }) },
              )
            }
          >
            Save
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

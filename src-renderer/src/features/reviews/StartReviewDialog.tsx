import { Alert, Button, Checkbox, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { getHotkeyHandler } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import type { Client } from '../../../../src-main/domain/client';
import { isoDateOfLocalDate } from '../../../../src-main/domain/months';
import { useChange, useChannel } from '../../api';
import { navigate } from '../../router';
import { standardsCount } from '../standards/labels';

/** Starts a review of the client's applicable standards, from scratch or from the previous review's answers. */
export function StartReviewDialog({ client, opened, onClose }: { client: Client; opened: boolean; onClose: () => void }) {
  const scope = useChannel('reviews.scope', { clientId: client.id }, { enabled: opened });
  const start = useChange('reviews.start');
  const [date, setDate] = useState('');
  const [title, setTitle] = useState('');
  const [fromPrevious, setFromPrevious] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!opened) return;
    setDate(isoDateOfLocalDate(new Date()));
    setTitle('');
    setError(null);
  }, [opened]);
  useEffect(() => setFromPrevious(Boolean(scope.data?.previousReviewId)), [scope.data?.previousReviewId]);

  const applicable = scope.data?.applicable ?? 0;
  return (
    <Modal opened={opened} onClose={onClose} title={`Start an alignment review of ${client.name}`} centered>
      <form
        onKeyDown={getHotkeyHandler([['mod+S', (event) => (event.target as HTMLElement).closest('form')?.requestSubmit()]])}
        onSubmit={(event) => {
          event.preventDefault();
          start.mutate(
            { clientId: client.id, date, title, fromPrevious },
            {
              onSuccess: ({ review }) => {
                onClose();
                navigate({ screen: 'client', clientId: client.id, section: 'alignment', itemId: review.id });
              },
              onError: (failure) => {
                setError(failure.message);
                notifications.show({ color: 'red', title: 'Not started', message: failure.message });
              },
            },
          );
        }}
      >
        <Stack>
          <Text size="sm" c="dimmed">
            {scope.isPending ? 'Counting the standards that apply…' : `${standardsCount(applicable)} apply to ${client.name}: the active ones, minus hidden categories, with compliance standards for its regimes.`}
          </Text>
          <Group grow>
            <TextInput label="Date" type="date" required data-autofocus value={date} onChange={(event) => setDate(event.currentTarget.value)} />
            <TextInput label="Title" placeholder="Annual alignment review" value={title} onChange={(event) => setTitle(event.currentTarget.value)} />
          </Group>
          <Checkbox
            label="Start from the previous review’s answers and notes"
            disabled={!scope.data?.previousReviewId}
            checked={fromPrevious}
            onChange={(event) => setFromPrevious(event.currentTarget.checked)}
          />
          {error && <Alert color="red">{error}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={start.isPending} disabled={applicable === 0 || date === ''}>
              Start review
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

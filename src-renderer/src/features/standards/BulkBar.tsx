import { Autocomplete, Button, Card, Group, Select, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { PRIORITIES, PRIORITY_LABELS, type Priority } from '../../../../src-main/domain/initiative';
import { useChange } from '../../api';
import { standardsCount } from './labels';

/** What can be done to many standards at once: move them to a category, set their priority, retire or reactivate them. */
export function BulkBar({ ids, categories, onDone }: { ids: string[]; categories: string[]; onDone: () => void }) {
  const bulk = useChange('standards.bulkUpdate');
  const [category, setCategory] = useState('');
  const apply = (changes: { category?: string; priority?: Priority; active?: boolean }, what: string) =>
    bulk.mutate(
      { ids, changes },
      {
        onSuccess: ({ updated }) => {
          notifications.show({ color: 'teal', message: `${standardsCount(updated)} ${what}.` });
          setCategory('');
          onDone();
        },
        onError: (error) => notifications.show({ color: 'red', title: 'Not changed', message: error.message }),
      },
    );
  return (
    <Card withBorder padding="xs" data-testid="bulk-bar">
      <Group gap="sm" wrap="wrap">
        <Text size="sm" fw={600}>
          {standardsCount(ids.length)} selected
        </Text>
        <Group gap={4} wrap="nowrap">
          <Autocomplete placeholder="Move to category" data={categories} value={category} onChange={setCategory} w={200} aria-label="Move the selection to category" />
          <Button variant="default" disabled={category.trim() === ''} loading={bulk.isPending} onClick={() => apply({ category: category.trim() }, `moved to ${category.trim()}`)}>
            Move
          </Button>
        </Group>
        <Select
          placeholder="Set priority"
          data={PRIORITIES.map((value) => ({ value, label: PRIORITY_LABELS[value] }))}
          value={null}
          onChange={(value) => value && apply({ priority: value as Priority }, `set to ${PRIORITY_LABELS[value as Priority].toLowerCase()} priority`)}
          w={150}
          aria-label="Set the priority of the selection"
        />
        <Button variant="default" onClick={() => apply({ active: false }, 'retired')}>
          Retire
        </Button>
        <Button variant="default" onClick={() => apply({ active: true }, 'reactivated')}>
          Reactivate
        </Button>
        <Button variant="subtle" onClick={onDone}>
          Clear selection
        </Button>
      </Group>
    </Card>
  );
}

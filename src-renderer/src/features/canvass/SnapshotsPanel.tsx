import { ActionIcon, Button, Card, Group, Select, Stack, Table, Text, Title, Tooltip, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCamera, IconEye, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import type { CanvassSnapshotSummary } from '../../../../src-main/domain/canvass';
import { useChange, useChannel } from '../../api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import { ErrorPanel } from '../../components/ErrorPanel';
import { useSettings } from '../../components/settings-hooks';
import { CanvassChanges } from './CanvassChanges';
import { countWords, snapshotDate, snapshotName } from './snapshot-names';
import { SnapshotViewer } from './SnapshotViewer';

const NOW = 'now';

function Comparison({ clientId, snapshots }: { clientId: string; snapshots: CanvassSnapshotSummary[] }) {
  const { settings } = useSettings();
  const [fromId, setFromId] = useState<string | null>(null);
  const [toId, setToId] = useState<string>(NOW);
  const from = snapshots.find((item) => item.id === fromId) ?? snapshots[0]!;
  const newer = snapshots.filter((item) => item.takenAt > from.takenAt);
  const to = newer.find((item) => item.id === toId) ?? null;
  const compare = useChannel('canvass.compare', { clientId, fromId: from.id, ...(to ? { toId: to.id } : {}) });
  const options = (list: CanvassSnapshotSummary[]) => list.map((item) => ({ value: item.id, label: snapshotName(item, settings.locale) }));
  return (
    <Stack gap="sm">
      <Group align="flex-end" wrap="wrap">
        <Select label="Compare the snapshot" data={options(snapshots)} value={from.id} onChange={(value) => value && setFromId(value)} allowDeselect={false} w={300} />
        <Select
          label="With"
          data={[{ value: NOW, label: 'The canvass as it is now' }, ...options(newer)]}
          value={to ? to.id : NOW}
          onChange={(value) => setToId(value ?? NOW)}
          allowDeselect={false}
          w={300}
        />
      </Group>
      {compare.isError && <ErrorPanel error={compare.error} onRetry={() => void compare.refetch()} />}
      {compare.data?.diff && <CanvassChanges diff={compare.data.diff} since={snapshotName(from, settings.locale)} />}
    </Stack>
  );
}

/** Dated snapshots of the canvass: what changed since one, a read-only look at one, and removal. */
export function SnapshotsPanel({ clientId, onTake }: { clientId: string; onTake: () => void }) {
  const { settings } = useSettings();
  const snapshots = useChannel('canvass.snapshots', { clientId });
  const remove = useChange('canvass.deleteSnapshot');
  const [viewing, setViewing] = useState<CanvassSnapshotSummary | null>(null);
  const [deleting, setDeleting] = useState<CanvassSnapshotSummary | null>(null);
  if (snapshots.isError) return <ErrorPanel error={snapshots.error} onRetry={() => void snapshots.refetch()} />;
  if (!snapshots.data) return null;
  const all = snapshots.data.snapshots;
  if (all.length === 0) {
    return (
      <Card withBorder>
        <EmptyState
          icon={<IconCamera />}
          title="No snapshots yet"
          actions={
            <Button leftSection={<IconCamera size={16} />} onClick={onTake}>
              Take a snapshot
            </Button>
          }
        >
          A snapshot keeps today’s canvas and answers. Take one after each discovery meeting, and next year you will see, block by block, how the
          business has changed.
        </EmptyState>
      </Card>
    );
  }
  return (
    <Stack gap="lg">
      <section aria-labelledby="canvass-changes-heading">
        <Title order={2} fz="lg" mb="xs" id="canvass-changes-heading">
          What changed
        </Title>
        <Comparison clientId={clientId} snapshots={all} />
      </section>
      <section aria-labelledby="canvass-snapshots-heading">
        <Title order={2} fz="lg" mb="xs" id="canvass-snapshots-heading">
          Snapshots
        </Title>
        <Card withBorder p={0}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Taken</Table.Th>
                <Table.Th>Label</Table.Th>
                <Table.Th>Holds</Table.Th>
                <Table.Th>
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {all.map((item) => (
                <Table.Tr key={item.id} data-testid="snapshot-row">
                  <Table.Td className="nowrap">{snapshotDate(item.takenAt, settings.locale)}</Table.Td>
                  <Table.Td>{item.label || <Text c="dimmed" size="sm">No label</Text>}</Table.Td>
                  <Table.Td className="nowrap">
                    {countWords(item.noteCount, 'note', 'notes')}, {countWords(item.answerCount, 'answer', 'answers')}
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} justify="flex-end" wrap="nowrap">
                      <Button size="compact-sm" variant="light" leftSection={<IconEye size={14} />} onClick={() => setViewing(item)} aria-label={`View snapshot ${snapshotName(item, settings.locale)}`}>
                        View
                      </Button>
                      <Tooltip label="Delete snapshot">
                        <ActionIcon variant="subtle" color="red" aria-label={`Delete snapshot ${snapshotName(item, settings.locale)}`} onClick={() => setDeleting(item)}>
                          <IconTrash size={16} />
                        </ActionIcon>
                      </Tooltip>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Card>
      </section>
      <SnapshotViewer snapshot={viewing} onClose={() => setViewing(null)} />
      <ConfirmDialog
        opened={deleting !== null}
        title="Delete this snapshot?"
        confirmLabel="Delete snapshot"
        busy={remove.isPending}
        onCancel={() => setDeleting(null)}
        onConfirm={() =>
          deleting &&
          remove.mutate(
            { id: deleting.id },
            { onSuccess: () => setDeleting(null), onError: (error) => notifications.show({ color: 'red', message: error.message }) },
          )
        }
      >
        The snapshot of {deleting ? snapshotName(deleting, settings.locale) : ''} will be gone for good; the canvass itself stays as it is.
      </ConfirmDialog>
    </Stack>
  );
}

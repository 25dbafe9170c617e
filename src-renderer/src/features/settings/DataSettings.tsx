import { Badge, Button, Card, Code, Group, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowBackUp, IconDatabaseExport, IconFolderOpen, IconFolderShare } from '@tabler/icons-react';
import { useState } from 'react';
import type { BackupInfo } from '../../../../src-main/api/contract';
import { useChange, useChannel } from '../../api';
import { ConfirmDialog } from '../../components/ConfirmDialog';

const KIND_LABELS: Record<BackupInfo['kind'], string> = {
  open: 'On opening',
  interval: 'While working',
  manual: 'Made by you',
  'pre-migration': 'Before an upgrade',
  'pre-restore': 'Before a restore',
  'pre-repair': 'Before a repair',
};

/** Where the practice lives, its backups, restoring one, and undoing that restore. */
export function DataSettings({ dataDir }: { dataDir: string }) {
  const backups = useChannel('backups.list', {});
  const create = useChange('backups.create');
  const restore = useChange('backups.restore');
  const undo = useChange('backups.undoRestore');
  const openFolder = useChange('app.openDataFolder');
  const move = useChange('settings.moveDataFolder');
  const [restoring, setRestoring] = useState<BackupInfo | null>(null);
  const fail = (error: Error) => notifications.show({ color: 'red', message: error.message });

  return (
    <Stack>
      <Card withBorder>
        <Title order={4} mb="xs">
          Data folder
        </Title>
        <Text size="sm" mb="sm">
          Your practice is one file, <Code>practice.json</Code>, in <Code data-testid="data-dir">{dataDir}</Code>. Every save is written
          safely: a crash or power cut leaves either the old or the new version, never a broken one.
        </Text>
        <Group>
          <Button variant="default" leftSection={<IconFolderOpen size={16} />} onClick={() => openFolder.mutate({})}>
            Show folder
          </Button>
          <Button
            variant="default"
            leftSection={<IconFolderShare size={16} />}
            loading={move.isPending}
            onClick={() =>
              move.mutate(
                {},
                {
                  onSuccess: ({ moved, dataDir: next }) =>
                    moved && notifications.show({ color: 'teal', message: `Practice moved to ${next}. The old folder was left as it was.` }),
                  onError: fail,
                },
              )
            }
          >
            Move to another folder…
          </Button>
        </Group>
      </Card>

      <Card withBorder>
        <Group justify="space-between" mb="xs">
          <Title order={4}>Backups</Title>
          <Group>
            {backups.data?.undoAvailable && (
              <Button
                variant="light"
                color="orange"
                leftSection={<IconArrowBackUp size={16} />}
                loading={undo.isPending}
                onClick={() => undo.mutate({}, { onSuccess: () => notifications.show({ color: 'teal', message: 'Restore undone: your practice is as it was before.' }), onError: fail })}
              >
                Undo last restore
              </Button>
            )}
            <Button
              leftSection={<IconDatabaseExport size={16} />}
              loading={create.isPending}
              onClick={() => create.mutate({}, { onSuccess: () => notifications.show({ color: 'teal', message: 'Backup made.' }), onError: fail })}
            >
              Back up now
            </Button>
          </Group>
        </Group>
        <Text size="sm" c="dimmed" mb="sm">
          A backup is made each time the practice opens and every 15 minutes while you work. Of those, kept: the 3 newest from today, one for
          each earlier day, 10 in all. Backups you make are never deleted by the app. The copy made before an upgrade or a restore is kept until
          the next one. Files that cannot be read back are marked and left alone.
        </Text>
        {backups.data && backups.data.backups.length > 0 ? (
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Made</Table.Th>
                <Table.Th>Why</Table.Th>
                <Table.Th ta="right">Clients</Table.Th>
                <Table.Th ta="right">Size</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {backups.data.backups.map((backup) => (
                <Table.Tr key={backup.id} data-testid="backup-row">
                  <Table.Td>{new Date(backup.createdAt).toLocaleString()}</Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      {KIND_LABELS[backup.kind]}
                      {!backup.valid && (
                        <Badge color="red" size="xs">
                          Unreadable
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td ta="right">{backup.clientCount ?? '–'}</Table.Td>
                  <Table.Td ta="right">{(backup.sizeBytes / 1024).toFixed(0)} KB</Table.Td>
                  <Table.Td ta="right">
                    <Button size="xs" variant="subtle" disabled={!backup.valid} onClick={() => setRestoring(backup)}>
                      Restore…
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : (
          <Text size="sm" c="dimmed">
            No backups yet.
          </Text>
        )}
      </Card>

      <ConfirmDialog
        opened={restoring !== null}
        title="Restore this backup?"
        confirmLabel="Restore"
        danger={false}
        busy={restore.isPending}
        onCancel={() => setRestoring(null)}
        onConfirm={() =>
          restoring &&
          restore.mutate(
            { id: restoring.id },
            {
              onSuccess: ({ undoAvailable }) => {
                setRestoring(null);
                notifications.show({
                  color: 'teal',
                  message: undoAvailable
                    ? 'Backup restored. “Undo last restore” puts back what you had.'
                    : 'Backup restored. What you had is kept as the backup marked “Before a restore”.',
                });
              },
              onError: fail,
            },
          )
        }
      >
        Your practice will be replaced by the backup from {restoring ? new Date(restoring.createdAt).toLocaleString() : ''} (
        {restoring?.clientCount ?? 0} clients). What you have now is kept as a backup first, so you can undo this.
      </ConfirmDialog>
    </Stack>
  );
}

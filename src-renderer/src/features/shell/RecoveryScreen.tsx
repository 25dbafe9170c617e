import { Alert, Button, Card, Code, Container, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconLifebuoy } from '@tabler/icons-react';
import type { AppStatus } from '../../../../src-main/api/contract';
import { useChange } from '../../api';

/** The data file could not be opened: say why, keep it untouched, offer the newest good backup. */
export function RecoveryScreen({ status }: { status: AppStatus }) {
  const restore = useChange('backups.restore');
  const openFolder = useChange('app.openDataFolder');
  const backup = status.offeredBackup;

  return (
    <Container size="sm" py={64}>
      <Stack>
        <Group gap="sm">
          <IconLifebuoy size={32} />
          <Title order={2}>Your practice needs attention</Title>
        </Group>
        <Alert color="orange" title="The data file could not be opened" data-testid="recovery-reason">
          {status.reason}
        </Alert>
        <Text size="sm">
          The file has not been changed. It stays at <Code>{status.dataFile}</Code> so nothing in it is lost.
        </Text>
        {backup ? (
          <Card withBorder>
            <Stack gap="xs">
              <Text fw={600}>Newest valid backup</Text>
              <Text size="sm">
                {new Date(backup.createdAt).toLocaleString()} · {backup.clientCount} client{backup.clientCount === 1 ? '' : 's'} ·{' '}
                {(backup.sizeBytes / 1024).toFixed(0)} KB
              </Text>
              <Text size="sm" c="dimmed">
                Restoring keeps a copy of the current file first, so the restore can be undone from Settings › Data.
              </Text>
              <Group>
                <Button
                  onClick={() =>
                    restore.mutate(
                      { id: backup.id },
                      {
                        onSuccess: () => notifications.show({ color: 'teal', message: 'Backup restored. Your practice is open again.' }),
                        onError: (error) => notifications.show({ color: 'red', message: error.message }),
                      },
                    )
                  }
                  loading={restore.isPending}
                >
                  Restore this backup
                </Button>
                <Button variant="default" onClick={() => openFolder.mutate({})}>
                  Show data folder
                </Button>
              </Group>
            </Stack>
          </Card>
        ) : (
          <Alert color="gray" title="No valid backup was found">
            Show the data folder to inspect the file, or copy a backup into its backups folder, then restart vCIO Desk.
            <Group mt="sm">
              <Button variant="default" onClick={() => openFolder.mutate({})}>
                Show data folder
              </Button>
            </Group>
          </Alert>
        )}
      </Stack>
    </Container>
  );
}

import { Alert, Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconLock } from '@tabler/icons-react';
import type { AppStatus } from '../../../../src-main/api/contract';
import { useChange } from '../../api';

/** Unsaved changes and read-only mode stay on screen until they are resolved. */
export function StatusBanner({ status }: { status: AppStatus }) {
  const retry = useChange('app.retrySave');
  if (status.unsaved) {
    return (
      <Alert color="red" icon={<IconAlertTriangle />} title="Changes not saved yet" mb="md" data-testid="unsaved-banner">
        <Group justify="space-between" wrap="nowrap">
          <Text size="sm">{status.unsaved.message}</Text>
          <Button
            size="xs"
            color="red"
            variant="white"
            loading={retry.isPending}
            onClick={() => retry.mutate({}, { onError: (error) => notifications.show({ color: 'red', title: 'Still not saved', message: error.message }) })}
          >
            Retry now
          </Button>
        </Group>
      </Alert>
    );
  }
  if (status.state === 'readOnly') {
    return (
      <Alert color="yellow" icon={<IconLock />} title="Read-only" mb="md">
        {status.reason}
      </Alert>
    );
  }
  return null;
}

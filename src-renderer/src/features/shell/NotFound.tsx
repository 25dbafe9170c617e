import { Button } from '@mantine/core';
import { IconMapOff } from '@tabler/icons-react';
import { EmptyState } from '../../components/EmptyState';
import { navigate } from '../../router';

export function NotFound() {
  return (
    <EmptyState
      icon={<IconMapOff />}
      title="Nothing here"
      actions={<Button onClick={() => navigate({ screen: 'clients' })}>Go to clients</Button>}
    >
      This screen does not exist. It may have belonged to a client that was deleted.
    </EmptyState>
  );
}

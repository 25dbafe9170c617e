import { notifications } from '@mantine/notifications';
import type { ClientSummary } from '../../../../src-main/domain/client-list';
import { useChange } from '../../api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { navigate } from '../../router';

/** Deleting a client removes its assets, services and initiatives too; archiving is the gentle option. */
export function DeleteClientDialog({ client, onClose }: { client: Pick<ClientSummary, 'id' | 'name'> | null; onClose: () => void }) {
  const remove = useChange('clients.delete', {
    beforeRefresh: ({ removed }) => {
      notifications.show({
        color: 'teal',
        message: `${client?.name ?? 'The client'} deleted, with ${removed.assets} assets, ${removed.services} services and ${removed.initiatives} initiatives. A backup from today still holds them.`,
      });
      onClose();
      navigate({ screen: 'clients' });
    },
  });
  return (
    <ConfirmDialog
      opened={client !== null}
      title={`Delete ${client?.name ?? 'client'}?`}
      confirmLabel="Delete client"
      busy={remove.isPending}
      onCancel={onClose}
      onConfirm={() => client && remove.mutate({ id: client.id }, { onError: (error) => notifications.show({ color: 'red', message: error.message }) })}
    >
      This deletes the client with all its assets, services and initiatives. To keep the history but hide the client, archive it instead.
    </ConfirmDialog>
  );
}

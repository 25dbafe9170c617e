import { Badge, Button, Group, Menu, SegmentedControl, Select, Stack, Table, Text, TextInput, ThemeIcon, Tooltip, ActionIcon, Card } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconArchive, IconArrowDown, IconArrowUp, IconBuildingStore, IconPencil, IconPlus, IconSearch, IconSparkles, IconTrash } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { CLIENT_STATUS_LABELS } from '../../../../src-main/domain/client';
import { filterClients, type ClientFilter, type ClientSort, type ClientSummary } from '../../../../src-main/domain/client-list';
import { formatMoney } from '../../../../src-main/domain/format';
import { useChange, useChannel } from '../../api';
import { RowActions } from '../../components/grid/RowActions';
import { EmptyState } from '../../components/EmptyState';
import { ErrorPanel } from '../../components/ErrorPanel';
import { PageHeader } from '../../components/PageHeader';
import { useMoneyStyle } from '../../components/settings-hooks';
import { navigate } from '../../router';
import { ClientForm } from './ClientForm';
import { DeleteClientDialog } from './DeleteClientDialog';
import { statusColour } from './client-status';

const FILTERS: Array<{ value: ClientFilter; label: string }> = [
  { value: 'current', label: 'Current' },
  { value: 'active', label: 'Active' },
  { value: 'prospect', label: 'Prospects' },
  { value: 'former', label: 'Former' },
  { value: 'archived', label: 'Archived' },
  { value: 'all', label: 'All' },
];

const SORTS: Array<{ value: ClientSort; label: string }> = [
  { value: 'name', label: 'Name' },
  { value: 'mrr', label: 'MRR' },
  { value: 'users', label: 'Users' },
  { value: 'complexity', label: 'Complexity' },
  { value: 'updated', label: 'Last changed' },
];

export function ClientListPage({ creating }: { creating: boolean }) {
  const clients = useChannel('clients.list', {});
  const loadSample = useChange('sample.load');
  const archive = useChange('clients.archive');
  const money = useMoneyStyle();
  const [search, setSearch] = useState('');
  const [filter, setFilter] = useState<ClientFilter>('current');
  const [sort, setSort] = useState<ClientSort>('name');
  const [descending, setDescending] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<ClientSummary | null>(null);

  const shown = useMemo(
    () => filterClients(clients.data?.clients ?? [], { search, filter, sort, descending }),
    [clients.data, search, filter, sort, descending],
  );

  if (clients.isError) return <ErrorPanel error={clients.error} onRetry={() => void clients.refetch()} />;
  const all = clients.data?.clients ?? [];
  const closeForm = () => {
    setEditing(null);
    if (creating) navigate({ screen: 'clients' });
  };

  const sampleButton = (
    <Button
      variant="light"
      leftSection={<IconSparkles size={16} />}
      loading={loadSample.isPending}
      onClick={() =>
        loadSample.mutate(
          {},
          {
            onSuccess: ({ clientsAdded }) => notifications.show({ color: 'teal', message: `Sample practice loaded: ${clientsAdded} clients to explore.` }),
            onError: (error) => notifications.show({ color: 'red', message: error.message }),
          },
        )
      }
    >
      Load sample practice
    </Button>
  );

  return (
    <>
      <PageHeader
        title="Clients"
        description={clients.data ? `${all.filter((item) => !item.archived).length} in your practice` : undefined}
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={() => navigate({ screen: 'clients', creating: true })}>
            New client
          </Button>
        }
      />

      {clients.data && all.length === 0 ? (
        <Card withBorder>
          <EmptyState
            icon={<IconBuildingStore />}
            title="Your practice is empty"
            actions={
              <Group>
                <Button leftSection={<IconPlus size={16} />} onClick={() => navigate({ screen: 'clients', creating: true })}>
                  Add your first client
                </Button>
                {sampleButton}
              </Group>
            }
          >
            Add the businesses you look after, with their decision makers, MRR and fiscal year. Or load a sample practice of realistic
            clients to see budgets and exports straight away; you can delete them later.
          </EmptyState>
        </Card>
      ) : (
        <Stack gap="md">
          <Group justify="space-between">
            <Group gap="sm">
              <TextInput
                placeholder="Search name or industry"
                leftSection={<IconSearch size={16} />}
                value={search}
                onChange={(event) => setSearch(event.currentTarget.value)}
                w={260}
                aria-label="Search clients"
              />
              <SegmentedControl size="sm" data={FILTERS} value={filter} onChange={(value) => setFilter(value as ClientFilter)} aria-label="Filter by status" />
            </Group>
            <Group gap={4}>
              <Select size="sm" w={150} data={SORTS} value={sort} onChange={(value) => value && setSort(value as ClientSort)} aria-label="Sort by" allowDeselect={false} />
              <Tooltip label={descending ? 'Descending' : 'Ascending'}>
                <ActionIcon variant="default" size="lg" onClick={() => setDescending(!descending)} aria-label="Reverse sort order">
                  {descending ? <IconArrowDown size={16} /> : <IconArrowUp size={16} />}
                </ActionIcon>
              </Tooltip>
            </Group>
          </Group>

          {shown.length === 0 ? (
            <EmptyState
              icon={<IconSearch />}
              title="No client matches"
              actions={
                <Button variant="light" onClick={() => { setSearch(''); setFilter('all'); }}>
                  Show all clients
                </Button>
              }
            >
              Nothing matches "{search}" under {FILTERS.find((item) => item.value === filter)?.label.toLowerCase()}.
            </EmptyState>
          ) : (
            <Card withBorder p={0}>
              <Table highlightOnHover stickyHeader>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Client</Table.Th>
                    <Table.Th>Status</Table.Th>
                    <Table.Th ta="right">MRR</Table.Th>
                    <Table.Th ta="right">Users</Table.Th>
                    <Table.Th ta="right">AISP</Table.Th>
                    <Table.Th ta="right">Complexity</Table.Th>
                    <Table.Th>Decision maker</Table.Th>
                    <Table.Th ta="right">Assets</Table.Th>
                    <Table.Th w={44} />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {shown.map((client) => (
                    <Table.Tr key={client.id} style={{ cursor: 'pointer' }} onClick={() => navigate({ screen: 'client', clientId: client.id, section: 'profile' })} data-testid="client-row">
                      <Table.Td>
                        <Text fw={600} size="sm">
                          {client.name}
                        </Text>
                        <Text size="xs" c="dimmed">
                          {client.industry || '—'}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Group gap={4}>
                          <Badge variant="light" color={statusColour(client.status)}>
                            {CLIENT_STATUS_LABELS[client.status]}
                          </Badge>
                          {client.archived && <Badge variant="outline" color="gray">Archived</Badge>}
                        </Group>
                      </Table.Td>
                      <Table.Td ta="right" className="tabular">{formatMoney(client.mrrCents, money)}</Table.Td>
                      <Table.Td ta="right" className="tabular">{client.users}</Table.Td>
                      <Table.Td ta="right" className="tabular">{client.aispCents === null ? '–' : formatMoney(client.aispCents, money)}</Table.Td>
                      <Table.Td ta="right" className="tabular">{client.complexity}</Table.Td>
                      <Table.Td>
                        {client.decisionMakerCount > 0 ? (
                          <Text size="sm">{client.decisionMakerCount === 1 ? 'Yes' : `${client.decisionMakerCount} people`}</Text>
                        ) : (
                          <Group gap={4} wrap="nowrap">
                            <ThemeIcon color="orange" variant="light" size="sm">
                              <IconAlertTriangle size={14} />
                            </ThemeIcon>
                            <Text size="sm" c="orange">
                              None
                            </Text>
                          </Group>
                        )}
                      </Table.Td>
                      <Table.Td ta="right" className="tabular">{client.assetCount}</Table.Td>
                      <Table.Td onClick={(event) => event.stopPropagation()}>
                        <RowActions label={`Actions for ${client.name}`}>
                        <Menu.Item leftSection={<IconPencil size={14} />} onClick={() => setEditing(client.id)}>
                          Edit
                        </Menu.Item>
                        <Menu.Item
                          leftSection={<IconArchive size={14} />}
                          onClick={() =>
                            archive.mutate(
                              { id: client.id, archived: !client.archived },
                              { onSuccess: () => notifications.show({ message: client.archived ? `${client.name} is back in the current list.` : `${client.name} archived.` }) },
                            )
                          }
                        >
                          {client.archived ? 'Unarchive' : 'Archive'}
                        </Menu.Item>
                        <Menu.Divider />
                        <Menu.Item color="red" leftSection={<IconTrash size={14} />} onClick={() => setDeleting(client)}>
                          Delete…
                        </Menu.Item>
                                              </RowActions>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Card>
          )}
        </Stack>
      )}

      <ClientForm opened={creating || editing !== null} clientId={editing} onClose={closeForm} />
      <DeleteClientDialog client={deleting} onClose={() => setDeleting(null)} />
    </>
  );
}

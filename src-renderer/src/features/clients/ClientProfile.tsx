import { Alert, Anchor, Badge, Button, Card, Grid, Group, Menu, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconArchive, IconChevronDown, IconFileTypePdf, IconLock, IconPencil, IconTrash } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { allInSeatPriceCents, decisionMakers, type Client } from '../../../../src-main/domain/client';
import { formatMoney } from '../../../../src-main/domain/format';
import { websiteLink } from '../../../../src-main/domain/links';
import { monthName } from '../../../../src-main/domain/months';
import { call, useChange } from '../../api';
import { PageHeader } from '../../components/PageHeader';
import { useMoneyStyle } from '../../components/settings-hooks';
import { AlignmentScoreCard } from '../reviews/AlignmentScoreCard';
import { ClientBudgetGapsNotice } from '../budget/BudgetGapsNotice';
import { ClientForm } from './ClientForm';
import { DeleteClientDialog } from './DeleteClientDialog';
import { ExportProfileDialog } from './ExportProfileDialog';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </Stack>
  );
}

export function ClientProfile({ client, badge }: { client: Client; badge: ReactNode }) {
  const money = useMoneyStyle();
  const archive = useChange('clients.archive');
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [exporting, setExporting] = useState(false);
  const aisp = allInSeatPriceCents(client);
  const link = websiteLink(client.website);
  const hasDecisionMaker = decisionMakers(client).length > 0;

  return (
    <>
      <PageHeader
        title={client.name}
        badge={badge}
        description={client.industry || undefined}
        actions={
          <>
            <Button variant="default" leftSection={<IconFileTypePdf size={16} />} onClick={() => setExporting(true)}>
              Export profile PDF
            </Button>
            <Button leftSection={<IconPencil size={16} />} onClick={() => setEditing(true)}>
              Edit
            </Button>
            <Menu position="bottom-end">
              <Menu.Target>
                <Button variant="default" px="xs" aria-label="More actions">
                  <IconChevronDown size={16} />
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item
                  leftSection={<IconArchive size={14} />}
                  onClick={() => archive.mutate({ id: client.id, archived: client.archivedAt === null })}
                >
                  {client.archivedAt ? 'Unarchive' : 'Archive'}
                </Menu.Item>
                <Menu.Item color="red" leftSection={<IconTrash size={14} />} onClick={() => setDeleting(true)}>
                  Delete…
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </>
        }
      />

      <ClientBudgetGapsNotice clientId={client.id} />
      <Grid>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack>
            <Card withBorder>
              <Title order={4} mb="sm">
                Commercials
              </Title>
              <SimpleGrid cols={4}>
                <Fact label="MRR">
                  <span className="tabular">{formatMoney(client.mrrCents, money)}</span>
                </Fact>
                <Fact label="Users">{client.users}</Fact>
                <Fact label="Endpoints">{client.endpoints}</Fact>
                <Fact label="All-in seat price">{aisp === undefined ? '–' : formatMoney(aisp, money)}</Fact>
              </SimpleGrid>
            </Card>

            <Card withBorder>
              <Group justify="space-between" mb="sm">
                <Title order={4}>Contacts</Title>
              </Group>
              {!hasDecisionMaker && (
                <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />} mb="sm" data-testid="no-decision-maker">
                  No decision maker is recorded. Add one (Edit › Contacts) before planning budgets or roadmaps with this client.
                </Alert>
              )}
              {client.contacts.length === 0 ? (
                <Text size="sm" c="dimmed">
                  No contacts yet.
                </Text>
              ) : (
                <Table>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Name</Table.Th>
                      <Table.Th>Role</Table.Th>
                      <Table.Th>Email</Table.Th>
                      <Table.Th>Phone</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {client.contacts.map((person) => (
                      <Table.Tr key={person.id}>
                        <Table.Td>
                          <Group gap={6}>
                            <Text size="sm" fw={500}>
                              {person.name}
                            </Text>
                            {person.decisionMaker && (
                              <Badge size="xs" variant="light">
                                Decision maker
                              </Badge>
                            )}
                          </Group>
                        </Table.Td>
                        <Table.Td>{person.role}</Table.Td>
                        <Table.Td>
                          {person.email && (
                            <Anchor size="sm" onClick={() => void call('app.openExternal', { url: `mailto:${person.email}` })}>
                              {person.email}
                            </Anchor>
                          )}
                        </Table.Td>
                        <Table.Td>{person.phone}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              )}
            </Card>

            {client.notes && (
              <Card withBorder>
                <Title order={4} mb="xs">
                  Notes
                </Title>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {client.notes}
                </Text>
              </Card>
            )}
          </Stack>
        </Grid.Col>

        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack>
            <AlignmentScoreCard client={client} />
            <Card withBorder>
              <Title order={4} mb="sm">
                Business
              </Title>
              <Stack gap="sm">
                <Fact label="Address">{client.address || '—'}</Fact>
                <Fact label="Website">
                  {link ? (
                    <Anchor size="sm" onClick={() => void call('app.openExternal', { url: link })}>
                      {client.website}
                    </Anchor>
                  ) : (
                    client.website || '—'
                  )}
                </Fact>
                <SimpleGrid cols={2}>
                  <Fact label="Complexity">{client.complexity} / 10</Fact>
                  <Fact label="Fiscal year starts">{monthName(client.fiscalYearStartMonth)}</Fact>
                </SimpleGrid>
                <Fact label="Compliance">
                  {client.complianceRegimes.length === 0 ? (
                    'None recorded'
                  ) : (
                    <Group gap={4} mt={2}>
                      {client.complianceRegimes.map((regime) => (
                        <Badge key={regime} variant="outline" size="sm">
                          {regime === 'Other' && client.otherCompliance ? client.otherCompliance : regime}
                        </Badge>
                      ))}
                    </Group>
                  )}
                </Fact>
              </Stack>
            </Card>
            <Card withBorder bg="var(--mantine-color-default-hover)">
              <Group gap="xs" mb="xs">
                <IconLock size={16} />
                <Title order={5}>Sensitive context</Title>
              </Group>
              <Text size="sm" c={client.privateNotes ? undefined : 'dimmed'} style={{ whiteSpace: 'pre-wrap' }}>
                {client.privateNotes || 'Nothing recorded. Kept private: never exported unless you tick it.'}
              </Text>
            </Card>
          </Stack>
        </Grid.Col>
      </Grid>

      <ClientForm opened={editing} clientId={client.id} onClose={() => setEditing(false)} />
      <DeleteClientDialog client={deleting ? client : null} onClose={() => setDeleting(false)} />
      <ExportProfileDialog
        client={client}
        opened={exporting}
        onClose={() => setExporting(false)}
      />
    </>
  );
}

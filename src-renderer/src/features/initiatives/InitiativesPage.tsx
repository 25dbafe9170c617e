import { Badge, Button, Card, Group, Stack, Table, Text } from '@mantine/core';
import { IconPlus, IconRoute } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import type { Client } from '../../../../src-main/domain/client';
import { formatMoney, formatNumber } from '../../../../src-main/domain/format';
import { INITIATIVE_STATUS_LABELS, PRIORITY_LABELS, type Initiative } from '../../../../src-main/domain/initiative';
import { quarterLabel } from '../../../../src-main/domain/months';
import { useChannel } from '../../api';
import { EmptyState } from '../../components/EmptyState';
import { ErrorPanel } from '../../components/ErrorPanel';
import { useMoneyStyle } from '../../components/settings-hooks';
import { navigate, useRoute } from '../../router';
import { InitiativeEditor } from './InitiativeEditor';
import { STATUS_COLOURS } from './initiative-labels';

function byStart(a: Initiative, b: Initiative): number {
  const key = (item: Initiative) => (item.startQuarter ? item.startQuarter.fiscalYear * 4 + item.startQuarter.quarter : Number.MAX_SAFE_INTEGER);
  return key(a) - key(b) || a.title.localeCompare(b.title);
}

/** The client's initiatives with the costs the budget plans for them; the Roadmap section shows them quarter by quarter. */
export function InitiativesPage({ client }: { client: Client }) {
  const initiatives = useChannel('initiatives.list', { clientId: client.id });
  const money = useMoneyStyle();
  const [editing, setEditing] = useState<Initiative | 'new' | null>(null);
  const route = useRoute();
  const linkedId = route.screen === 'client' ? route.itemId : undefined;
  // A link to one initiative (#/clients/<id>/initiatives/<initiativeId>) opens it in the editor, once.
  const opened = useRef<string | null>(null);
  useEffect(() => {
    const linked = initiatives.data?.initiatives.find((item) => item.id === linkedId);
    if (!linked || opened.current === linked.id) return;
    opened.current = linked.id;
    setEditing(linked);
  }, [linkedId, initiatives.data]);
  const closeEditor = () => {
    setEditing(null);
    if (linkedId) navigate({ screen: 'client', clientId: client.id, section: 'initiatives' });
  };
  if (initiatives.isError) return <ErrorPanel error={initiatives.error} onRetry={() => void initiatives.refetch()} />;
  const all = [...(initiatives.data?.initiatives ?? [])].sort(byStart);
  const addButton = (
    <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
      New initiative
    </Button>
  );

  return (
    <Stack>
      {initiatives.data && all.length === 0 ? (
        <Card withBorder>
          <EmptyState icon={<IconRoute />} title="No initiatives yet" actions={addButton}>
            An initiative is a project you recommend, such as replacing the firewall or rolling out MFA, with its one-time cost, monthly cost
            and labour. Give it a start quarter and it appears in the budget.
          </EmptyState>
        </Card>
      ) : (
        <>
          <Group justify="flex-end">{addButton}</Group>
          <Card withBorder p={0}>
            <Table highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Initiative</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th>Priority</Table.Th>
                  <Table.Th>Starts</Table.Th>
                  <Table.Th ta="right">One-time cost</Table.Th>
                  <Table.Th ta="right">Monthly cost</Table.Th>
                  <Table.Th ta="right">Labour</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {all.map((item) => (
                  <Table.Tr key={item.id} style={{ cursor: 'pointer' }} onClick={() => setEditing(item)} data-testid="initiative-row">
                    <Table.Td>
                      <Text size="sm" fw={600}>
                        {item.title}
                      </Text>
                      {item.description && (
                        <Text size="xs" c="dimmed" lineClamp={1} maw={460}>
                          {item.description}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={STATUS_COLOURS[item.status]}>
                        {INITIATIVE_STATUS_LABELS[item.status]}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{PRIORITY_LABELS[item.priority]}</Table.Td>
                    <Table.Td>{item.startQuarter ? quarterLabel(item.startQuarter) : <Text span c="dimmed" size="sm">Unscheduled</Text>}</Table.Td>
                    <Table.Td ta="right" className="tabular">{formatMoney(item.oneTimeCostCents, money)}</Table.Td>
                    <Table.Td ta="right" className="tabular">{formatMoney(item.recurringMonthlyCostCents, money)}</Table.Td>
                    <Table.Td ta="right" className="tabular">{formatNumber(item.labourHours, money.locale)} h</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Card>
        </>
      )}
      <InitiativeEditor client={client} initiative={editing} onClose={closeEditor} />
    </Stack>
  );
}

import { Badge, Card, Table, Text, Title } from '@mantine/core';
import type { Client } from '../../../../src-main/domain/client';
import { DECISION_LABELS } from '../../../../src-main/domain/initiative-history';
import { useChannel } from '../../api';
import { ErrorPanel } from '../../components/ErrorPanel';

/** Every approval and decline of the client's initiatives, newest first, with who decided and why. */
export function DecisionLog({ client }: { client: Client }) {
  const log = useChannel('roadmap.decisionLog', { clientId: client.id });
  if (log.isError) return <ErrorPanel error={log.error} onRetry={() => void log.refetch()} />;
  const entries = log.data?.entries ?? [];
  return (
    <Card withBorder data-testid="decision-log">
      <Title order={3} size="h4">
        Decision log
      </Title>
      {entries.length === 0 ? (
        <Text size="sm" c="dimmed" mt="xs">
          No decisions yet. When {client.name} approves or declines an initiative, record it from the card&apos;s menu and it is listed here with the
          reason.
        </Text>
      ) : (
        <Table mt="xs" layout="fixed">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={108}>Date</Table.Th>
              <Table.Th>Initiative</Table.Th>
              <Table.Th w={124}>Decision</Table.Th>
              <Table.Th w="18%">Decided by</Table.Th>
              <Table.Th>Note or reason</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entries.map((entry) => (
              <Table.Tr key={`${entry.initiativeId}-${entry.recordedAt}`} data-testid="decision-row">
                <Table.Td className="tabular">{entry.date ?? entry.recordedAt.slice(0, 10)}</Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>
                  <Text size="sm" fw={600}>
                    {entry.title}
                  </Text>
                  <Text size="xs" c="dimmed">
                    Now: {entry.quarter}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Badge variant="dot" color={entry.decision === 'approved' ? 'teal' : 'gray'}>
                    {DECISION_LABELS[entry.decision]}
                  </Badge>
                </Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>{entry.by || '–'}</Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>{entry.note || '–'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}

import { Anchor, Badge, Button, Card, Group, Stack, Table, Text } from '@mantine/core';
import { IconPlus, IconTargetArrow } from '@tabler/icons-react';
import { useState } from 'react';
import { GOAL_HORIZON_LABELS, GOAL_STATUS_LABELS, type Goal, type GoalStatus } from '../../../../src-main/domain/goal';
import type { Initiative } from '../../../../src-main/domain/initiative';
import { useChannel } from '../../api';
import { EmptyState } from '../../components/EmptyState';
import { ErrorPanel } from '../../components/ErrorPanel';
import { navigate } from '../../router';
import classes from './canvass.module.css';
import { GoalEditor } from './GoalEditor';

const STATUS_COLOURS: Record<GoalStatus, string> = { open: 'blue', achieved: 'teal', dropped: 'gray' };

function servingInitiatives(goal: Goal, initiatives: readonly Initiative[]): Initiative[] {
  return initiatives.filter((item) => item.why.goalIds.includes(goal.id));
}

/** The client's business goals (PRODUCT.md §4) and the initiatives that serve each one. */
export function GoalsPanel({ clientId }: { clientId: string }) {
  const goals = useChannel('goals.list', { clientId });
  const initiatives = useChannel('initiatives.list', { clientId });
  const [editing, setEditing] = useState<Goal | 'new' | null>(null);
  if (goals.isError) return <ErrorPanel error={goals.error} onRetry={() => void goals.refetch()} />;
  const all = goals.data?.goals ?? [];
  const projects = initiatives.data?.initiatives ?? [];
  const addButton = (
    <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
      New goal
    </Button>
  );

  return (
    <Stack>
      {goals.data && all.length === 0 ? (
        <Card withBorder>
          <EmptyState icon={<IconTargetArrow />} title="No business goals yet" actions={addButton}>
            Record what the client wants to achieve, such as a second location, a sale of the business or a new service, with how they will
            measure success. Initiatives on the roadmap can then say which goal they serve.
          </EmptyState>
        </Card>
      ) : (
        <>
          <Group justify="space-between">
            <Text size="sm" c="dimmed">
              Link a goal to an initiative in the initiative’s editor, under “Goals it serves”.
            </Text>
            {addButton}
          </Group>
          <Card withBorder p={0}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Goal</Table.Th>
                  <Table.Th>Horizon</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th>Initiatives serving it</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {all.map((goal) => {
                  const serving = servingInitiatives(goal, projects);
                  return (
                    <Table.Tr key={goal.id} data-testid="goal-row">
                      <Table.Td>
                        <Anchor component="button" type="button" fw={600} size="sm" ta="start" className={classes.wrapText} onClick={() => setEditing(goal)}>
                          {goal.title}
                        </Anchor>
                        {goal.measureOfSuccess && (
                          <Text size="xs" c="dimmed" className={classes.wrapText} dir="auto">
                            {goal.measureOfSuccess}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td className="nowrap">{GOAL_HORIZON_LABELS[goal.horizon]}</Table.Td>
                      <Table.Td className="nowrap">
                        <Badge variant="light" color={STATUS_COLOURS[goal.status]} miw="max-content">
                          {GOAL_STATUS_LABELS[goal.status]}
                        </Badge>
                      </Table.Td>
                      <Table.Td>
                        {serving.length === 0 ? (
                          <Text size="sm" c="dimmed">
                            None yet
                          </Text>
                        ) : (
                          <Stack gap={2}>
                            {serving.map((item) => (
                              <Anchor key={item.id} component="button" type="button" size="sm" ta="start" onClick={() => navigate({ screen: 'client', clientId, section: 'initiatives' })}>
                                {item.title}
                              </Anchor>
                            ))}
                          </Stack>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Card>
        </>
      )}
      <GoalEditor
        clientId={clientId}
        goal={editing}
        linkedCount={editing && editing !== 'new' ? servingInitiatives(editing, projects).length : 0}
        onClose={() => setEditing(null)}
      />
    </Stack>
  );
}

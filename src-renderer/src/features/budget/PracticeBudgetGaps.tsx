import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { pricingGapsSentence, replacementCount } from '../../../../src-main/domain/budget-views';
import { useChannel } from '../../api';
import { navigate } from '../../router';

/**
 * The dashboard's line per client whose budget is not yet true: replacements estimated or unpriced,
 * and overdue ones, each one click from the asset list that shows them.
 */
export function PracticeBudgetGaps() {
  const gaps = useChannel('budget.practiceGaps', {});
  const clients = gaps.data?.clients ?? [];
  if (!gaps.data) return null;
  return (
    <Card withBorder data-testid="practice-budget-gaps">
      <Title order={4} mb="sm">
        Budgets to check
      </Title>
      {clients.length === 0 ? (
        <Text size="sm" c="dimmed">
          Every active client’s replacements are priced and none is overdue.
        </Text>
      ) : (
        <Stack gap={6}>
          {clients.map((entry) => (
            <Group key={entry.clientId} gap="xs" wrap="wrap">
              <Anchor component="button" type="button" size="sm" fw={600} onClick={() => navigate({ screen: 'client', clientId: entry.clientId, section: 'budget' })}>
                {entry.clientName}
              </Anchor>
              {entry.estimated + entry.unpriced > 0 && (
                <Anchor
                  component="button"
                  type="button"
                  size="sm"
                  c="var(--mantine-color-orange-text)"
                  onClick={() => navigate({ screen: 'client', clientId: entry.clientId, section: 'assets', itemId: entry.estimated > 0 ? 'estimated' : 'unpriced' })}
                >
                  {pricingGapsSentence(entry)}
                </Anchor>
              )}
              {entry.overdue > 0 && (
                <Anchor component="button" type="button" size="sm" c="var(--mantine-color-red-text)" onClick={() => navigate({ screen: 'client', clientId: entry.clientId, section: 'assets', itemId: 'overdue' })}>
                  {replacementCount(entry.overdue)} overdue
                </Anchor>
              )}
            </Group>
          ))}
        </Stack>
      )}
    </Card>
  );
}

import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { ClientSummary } from '../../../../src-main/domain/client-list';
import { useChannel } from '../../api';
import { navigate } from '../../router';
import { ScoreBadge } from './ScoreBadge';

/** The active clients whose latest completed review scored lowest, for the practice dashboard. */
export function LowestScoresCard() {
  const query = useChannel('reviews.latestScores', {});
  const clients: readonly ClientSummary[] = useChannel('clients.list', {}).data?.clients ?? [];
  const names = new Map(clients.filter((client) => client.status === 'active' && !client.archived).map((client) => [client.id, client.name]));
  const lowest = (query.data?.scores ?? [])
    .filter((entry) => names.has(entry.clientId) && entry.score !== null)
    .sort((a, b) => a.score! - b.score!)
    .slice(0, 5);
  return (
    <Card withBorder>
      <Title order={4} mb="sm">
        Lowest alignment scores
      </Title>
      {lowest.length === 0 ? (
        <Text size="sm" c="dimmed">
          No completed alignment review yet. Start one from a client’s Alignment page.
        </Text>
      ) : (
        <Stack gap={6} data-testid="lowest-scores">
          {lowest.map((entry) => (
            <Group key={entry.clientId} justify="space-between" wrap="nowrap">
              <Anchor component="button" type="button" size="sm" onClick={() => navigate({ screen: 'client', clientId: entry.clientId, section: 'alignment' })}>
                {names.get(entry.clientId)}
              </Anchor>
              <ScoreBadge score={entry.score} band={entry.band} size="sm" />
            </Group>
          ))}
        </Stack>
      )}
    </Card>
  );
}

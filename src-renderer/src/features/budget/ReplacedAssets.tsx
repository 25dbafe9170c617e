import { Anchor, Card, List, Text, Title } from '@mantine/core';
import type { ReplacedAsset } from '../../../../src-main/domain/forecast';
import { monthLabel } from '../../../../src-main/domain/months';
import { navigate } from '../../router';

/** The assets whose next replacement an initiative pays for: named here, counted once in the figures. */
export function ReplacedAssets({ clientId, replaced }: { clientId: string; replaced: readonly ReplacedAsset[] }) {
  if (replaced.length === 0) return null;
  return (
    <Card withBorder data-testid="replaced-assets">
      <Title order={5} mb={4}>
        Replaced by initiatives
      </Title>
      <Text size="xs" c="dimmed" mb="xs">
        Their replacement is paid by the initiative, so it is not budgeted a second time; their next one follows a lifespan after it.
      </Text>
      <List size="sm" spacing={2}>
        {replaced.map((entry) => (
          <List.Item key={entry.assetId}>
            {entry.assetName}: replaced by{' '}
            <Anchor component="button" type="button" size="sm" onClick={() => navigate({ screen: 'client', clientId, section: 'initiatives', itemId: entry.initiativeId })}>
              {entry.title}
            </Anchor>{' '}
            in {monthLabel(entry.month)}
          </List.Item>
        ))}
      </List>
    </Card>
  );
}

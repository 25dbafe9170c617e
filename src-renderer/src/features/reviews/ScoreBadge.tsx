import { Badge, Group, Text } from '@mantine/core';
import { bandLabel, formatScore, type ScoreBand } from '../../../../src-main/domain/alignment';

/** Theme colours of the bands, the same on every screen. */
export const BAND_COLOURS: Record<ScoreBand, string> = { onTrack: 'teal', needsAttention: 'orange', atRisk: 'red' };

/** "81.3" with its band, or "–" and "No score yet" when nothing counts. */
export function ScoreBadge({ score, band, size = 'md', testId }: { score: number | null | undefined; band: ScoreBand | null | undefined; size?: 'sm' | 'md' | 'lg'; testId?: string }) {
  const value = score ?? undefined;
  return (
    <Group gap={6} wrap="nowrap" data-testid={testId}>
      <Text fw={700} fz={size === 'lg' ? 28 : size === 'md' ? 'md' : 'sm'} className="tabular">
        {formatScore(value)}
      </Text>
      <Badge color={band ? BAND_COLOURS[band] : 'gray'} variant="light" tt="none" size={size === 'lg' ? 'lg' : 'md'}>
        {bandLabel(value)}
      </Badge>
    </Group>
  );
}

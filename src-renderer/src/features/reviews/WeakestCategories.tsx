import { Group, Progress, Stack, Text } from '@mantine/core';
import { categoryScores, formatScore } from '../../../../src-main/domain/alignment';
import { useChannel } from '../../api';
import { BAND_COLOURS } from './ScoreBadge';

/** The three categories of a review that scored lowest: where the next roadmap items come from. */
export function WeakestCategories({ reviewId }: { reviewId: string }) {
  const query = useChannel('reviews.get', { id: reviewId });
  if (!query.data) return null;
  const weakest = categoryScores(query.data.review.items)
    .filter((entry) => entry.score !== undefined)
    .sort((a, b) => a.score! - b.score!)
    .slice(0, 3);
  if (weakest.length === 0) return null;
  return (
    <Stack gap={6} mt="md">
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">
        Weakest areas
      </Text>
      {weakest.map((entry) => (
        <Stack gap={2} key={entry.category}>
          <Group justify="space-between" wrap="nowrap">
            <Text size="sm">{entry.category}</Text>
            <Text size="sm" fw={600} className="tabular">
              {formatScore(entry.score)}
            </Text>
          </Group>
          <Progress value={entry.score!} color={BAND_COLOURS[entry.band!]} size="sm" aria-label={`${entry.category} score`} />
        </Stack>
      ))}
    </Stack>
  );
}

import { LineChart } from '@mantine/charts';
import { Text } from '@mantine/core';
import { formatScore } from '../../../../src-main/domain/alignment';
import type { ReviewSummary } from '../../../../src-main/api/contract/reviews';
import { useSettings } from '../../components/settings-hooks';
import { longDate } from './dates';

/** The client's score across its completed reviews, with the band thresholds drawn. */
export function TrendChart({ reviews }: { reviews: ReviewSummary[] }) {
  const { settings } = useSettings();
  const points = reviews
    .filter((review) => review.status === 'completed' && review.score !== null)
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((review) => ({ date: longDate(review.date, settings.locale), Score: review.score }));
  if (points.length < 2) {
    return (
      <Text size="sm" c="dimmed">
        The trend appears once two reviews are completed.
      </Text>
    );
  }
  return (
    <LineChart
      h={220}
      data={points}
      dataKey="date"
      series={[{ name: 'Score', color: 'desk.6' }]}
      yAxisProps={{ domain: [0, 100] }}
      valueFormatter={(value) => formatScore(value, settings.locale)}
      referenceLines={[
        { y: 80, label: 'On track', color: 'teal.6' },
        { y: 60, label: 'Needs attention', color: 'orange.6' },
      ]}
      withPointLabels
      data-testid="score-trend"
    />
  );
}

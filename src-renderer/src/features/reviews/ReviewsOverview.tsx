import { Anchor, Badge, Button, Card, Grid, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconCategory, IconChecklist, IconPlayerPlay } from '@tabler/icons-react';
import { useState } from 'react';
import type { Client } from '../../../../src-main/domain/client';
import { useChannel } from '../../api';
import { EmptyState } from '../../components/EmptyState';
import { ErrorPanel } from '../../components/ErrorPanel';
import { useSettings } from '../../components/settings-hooks';
import { navigate } from '../../router';
import { longDate } from './dates';
import { HiddenCategoriesDialog } from './HiddenCategoriesDialog';
import { ScoreBadge } from './ScoreBadge';
import { StartReviewDialog } from './StartReviewDialog';
import { TrendChart } from './TrendChart';
import { WeakestCategories } from './WeakestCategories';

/** The client's reviews: the latest score, the trend, every review, and a way to start the next one. */
export function ReviewsOverview({ client }: { client: Client }) {
  const query = useChannel('reviews.list', { clientId: client.id });
  const { settings } = useSettings();
  const [starting, setStarting] = useState(false);
  const [choosingCategories, setChoosingCategories] = useState(false);
  if (query.isError) return <ErrorPanel error={query.error} onRetry={() => void query.refetch()} />;
  const reviews = query.data?.reviews ?? [];
  const latest = reviews.find((review) => review.status === 'completed');
  const open = (id: string) => navigate({ screen: 'client', clientId: client.id, section: 'alignment', itemId: id });
  const hiddenCount = client.hiddenStandardCategories.length;

  const toolbar = (
    <Group gap="xs">
      <Button variant="default" leftSection={<IconCategory size={16} />} onClick={() => setChoosingCategories(true)}>
        Categories{hiddenCount > 0 ? ` (${hiddenCount} hidden)` : ''}
      </Button>
      <Button leftSection={<IconPlayerPlay size={16} />} onClick={() => setStarting(true)}>
        Start a review
      </Button>
    </Group>
  );

  return (
    <Stack>
      {query.data && reviews.length === 0 ? (
        <Card withBorder>
          <EmptyState icon={<IconChecklist />} title="No alignment review yet" actions={toolbar}>
            A review asks every standard of your library that applies to {client.name} and scores how aligned it is. What is misaligned becomes
            its roadmap.
          </EmptyState>
        </Card>
      ) : (
        <>
          <Group justify="flex-end">{toolbar}</Group>
          <Grid>
            <Grid.Col span={{ base: 12, md: 4 }}>
              <Card withBorder h="100%">
                <Text size="xs" c="dimmed" fw={600} tt="uppercase">
                  Latest score
                </Text>
                <ScoreBadge score={latest?.score} band={latest?.band} size="lg" testId="latest-score" />
                <Text size="sm" c="dimmed">
                  {latest ? `Review of ${longDate(latest.date, settings.locale)}` : 'No completed review yet'}
                </Text>
                {latest && <WeakestCategories reviewId={latest.id} />}
              </Card>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 8 }}>
              <Card withBorder>
                <Title order={5} mb="xs">
                  Trend
                </Title>
                <TrendChart reviews={reviews} />
              </Card>
            </Grid.Col>
          </Grid>
          <Card withBorder padding={0}>
            <Table verticalSpacing="xs" data-testid="review-list">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Date</Table.Th>
                  <Table.Th>Review</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th>Answered</Table.Th>
                  <Table.Th>Misaligned</Table.Th>
                  <Table.Th>Score</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {reviews.map((review) => (
                  <Table.Tr key={review.id} data-testid="review-row">
                    <Table.Td className="nowrap">{longDate(review.date, settings.locale)}</Table.Td>
                    <Table.Td>
                      <Anchor component="button" type="button" size="sm" onClick={() => open(review.id)}>
                        {review.title || 'Alignment review'}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={review.status === 'completed' ? 'gray' : 'blue'} tt="none">
                        {review.status === 'completed' ? 'Completed' : 'In progress'}
                      </Badge>
                    </Table.Td>
                    <Table.Td className="tabular">
                      {review.counts.answered} of {review.counts.total}
                    </Table.Td>
                    <Table.Td className="tabular">
                      {review.counts.misaligned}
                      {review.counts.misaligned > 0 && (
                        <Text span size="xs" c="dimmed">
                          {' '}
                          ({review.findingsOnRoadmap} on the roadmap)
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <ScoreBadge score={review.score} band={review.band} size="sm" />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Card>
        </>
      )}
      <StartReviewDialog client={client} opened={starting} onClose={() => setStarting(false)} />
      <HiddenCategoriesDialog client={client} opened={choosingCategories} onClose={() => setChoosingCategories(false)} />
    </Stack>
  );
}

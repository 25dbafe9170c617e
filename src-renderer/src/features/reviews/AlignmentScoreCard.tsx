import { Anchor, Card, Group, Text, Title } from '@mantine/core';
import type { Client } from '../../../../src-main/domain/client';
import { useChannel } from '../../api';
import { useSettings } from '../../components/settings-hooks';
import { navigate } from '../../router';
import { longDate } from './dates';
import { ScoreBadge } from './ScoreBadge';

/** The client's latest alignment score and band, for its profile page. */
export function AlignmentScoreCard({ client }: { client: Client }) {
  const reviews = useChannel('reviews.list', { clientId: client.id });
  const { settings } = useSettings();
  const latest = reviews.data?.reviews.find((review) => review.status === 'completed');
  return (
    <Card withBorder>
      <Group justify="space-between" mb="xs">
        <Title order={4}>Technical alignment</Title>
        <Anchor component="button" type="button" size="sm" onClick={() => navigate({ screen: 'client', clientId: client.id, section: 'alignment' })}>
          Reviews
        </Anchor>
      </Group>
      <ScoreBadge score={latest?.score} band={latest?.band} testId="profile-alignment-score" />
      <Text size="sm" c="dimmed">
        {latest ? `Latest review ${longDate(latest.date, settings.locale)}, ${latest.counts.misaligned} misaligned` : 'No completed alignment review yet.'}
      </Text>
    </Card>
  );
}

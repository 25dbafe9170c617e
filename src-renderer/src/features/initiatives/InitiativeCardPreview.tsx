import { Box, Text } from '@mantine/core';
import type { LinkTargets } from '../../../../src-main/domain/initiative-links';
import type { InitiativeFields } from '../../../../src-main/domain/initiative';
import { roadmapCard } from '../../../../src-main/domain/roadmap';
import { useMoneyStyle, useSettings } from '../../components/settings-hooks';
import { RoadmapCardView } from '../roadmap/RoadmapCardView';

/** The initiative as its roadmap card will look, following the form as it is edited. */
export function InitiativeCardPreview({ clientId, values, targets }: { clientId: string; values: InitiativeFields; targets: LinkTargets }) {
  const { settings } = useSettings();
  const money = useMoneyStyle();
  const finite = (value: number) => (Number.isFinite(value) ? value : 0);
  const card = roadmapCard(
    {
      ...values,
      title: values.title.trim() || 'Untitled initiative',
      oneTimeCostCents: finite(values.oneTimeCostCents),
      recurringMonthlyCostCents: finite(values.recurringMonthlyCostCents),
      labourHours: finite(values.labourHours),
      id: 'preview',
      rank: 0,
    },
    { targets, settings },
  );
  return (
    <Box maw={300} data-testid="card-preview">
      <Text size="xs" c="dimmed" mb={4}>
        On the roadmap
      </Text>
      <RoadmapCardView card={card} clientId={clientId} money={money} />
    </Box>
  );
}

import { Badge, Group, Stack, Text } from '@mantine/core';
import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import type { RoadmapColumnView } from '../../../../src-main/api/contract/roadmap';
import { formatMoney, type MoneyStyle } from '../../../../src-main/domain/format';
import { countWord } from '../../../../src-main/domain/initiative-links';
import type { RoadmapCard } from '../../../../src-main/domain/roadmap';
import classes from './roadmap.module.css';
import { SortableCard, type CardActions } from './SortableCard';

function ColumnFigures({ column, limitCents, money }: { column: RoadmapColumnView; limitCents: number | null; money: MoneyStyle }) {
  if (column.quarter === null) {
    return (
      <Text size="xs" c="dimmed" data-testid="column-roadmap-total">
        Not in the budget: {formatMoney(column.roadmapPriceCents, money)}
      </Text>
    );
  }
  return (
    <Stack gap={0}>
      <Group justify="space-between" gap={4} wrap="nowrap">
        <Text size="xs" c="dimmed">
          Initiatives
        </Text>
        <Text size="sm" fw={600} className="tabular" data-testid="column-roadmap-total">
          {formatMoney(column.roadmapPriceCents, money)}
        </Text>
      </Group>
      {column.budget ? (
        <Group justify="space-between" gap={4} wrap="nowrap" align="flex-start">
          <Text size="xs" c="dimmed">
            Whole budget
          </Text>
          <Text size="xs" ta="right" className="tabular" c={column.budget.overLimit ? 'red' : undefined} data-testid="column-budget-total">
            {formatMoney(column.budget.priceCents, money)}
            {limitCents !== null && ` of ${formatMoney(limitCents, money)}`}
          </Text>
        </Group>
      ) : (
        <Text size="xs" c="dimmed">
          Outside the budget plan
        </Text>
      )}
    </Stack>
  );
}

/** One quarter (or "unscheduled"): its figures against the spending limit, and its cards in order. */
export function RoadmapColumn({
  column,
  ids,
  cards,
  limitCents,
  clientId,
  money,
  actions,
  hiddenCount,
}: {
  column: RoadmapColumnView;
  ids: string[];
  cards: ReadonlyMap<string, RoadmapCard>;
  limitCents: number | null;
  clientId: string;
  money: MoneyStyle;
  actions: CardActions;
  hiddenCount: number;
}) {
  const { setNodeRef, isOver } = useDroppable({ id: column.key });
  const over = column.budget?.overLimit ?? false;
  return (
    <section className={classes.column} data-over={over} data-drop={isOver} data-testid="roadmap-column" data-key={column.key} aria-label={column.label}>
      <Stack gap={2}>
        <Group justify="space-between" gap={4} wrap="nowrap" align="flex-start">
          <Text fw={700}>{column.label}</Text>
          {over && (
            <Badge color="red.9" variant="filled" size="sm">
              Over limit
            </Badge>
          )}
        </Group>
        <Text size="xs" c="dimmed">
          {[column.months, column.past ? 'past quarter' : '', countWord(ids.length, 'initiative'), hiddenCount > 0 ? `${hiddenCount} filtered out` : '']
            .filter(Boolean)
            .join(' · ')}
        </Text>
        <ColumnFigures column={column} limitCents={limitCents} money={money} />
      </Stack>
      <SortableContext items={ids} strategy={verticalListSortingStrategy}>
        <div ref={setNodeRef} className={classes.cards}>
          {ids.map((id) => {
            const card = cards.get(id);
            return card ? <SortableCard key={id} card={card} clientId={clientId} money={money} columnKey={column.key} actions={actions} /> : null;
          })}
          {ids.length === 0 && (
            <Text size="xs" c="dimmed" ta="center" py="md">
              {column.quarter ? 'Drop an initiative here to plan it for this quarter.' : 'Drop an initiative here to take it out of the plan.'}
            </Text>
          )}
        </div>
      </SortableContext>
    </section>
  );
}

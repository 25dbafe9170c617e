import { Badge, Card, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { MoneyStyle } from '../../../../src-main/domain/format';
import { INITIATIVE_STATUS_LABELS, PRIORITY_LABELS } from '../../../../src-main/domain/initiative';
import { priceWords } from '../../../../src-main/domain/initiative-prices';
import type { RoadmapCard } from '../../../../src-main/domain/roadmap';
import { STATUS_COLOURS } from '../initiatives/initiative-labels';
import { WhyChips } from '../initiatives/WhyChips';
import classes from './roadmap.module.css';

/** One initiative as a roadmap card: title, client price, status, priority and what it serves. */
export function RoadmapCardView({
  card,
  clientId,
  money,
  handle,
  menu,
  onOpen,
  dragging = false,
}: {
  card: RoadmapCard;
  clientId: string;
  money: MoneyStyle;
  handle?: ReactNode;
  menu?: ReactNode;
  onOpen?: () => void;
  dragging?: boolean;
}) {
  const title = (
    <Text size="sm" fw={600} className={classes.title}>
      {card.title}
    </Text>
  );
  return (
    <Card
      withBorder
      padding="xs"
      className={classes.card}
      data-dragging={dragging}
      data-declined={card.status === 'declined'}
      data-testid="roadmap-card"
      data-id={card.id}
    >
      <Stack gap={6}>
        <Group gap={4} wrap="nowrap" align="flex-start">
          {handle}
          <div style={{ flex: 1, minWidth: 0 }}>
            {onOpen ? (
              <UnstyledButton onClick={onOpen} aria-label={`Open ${card.title}`} style={{ display: 'block', width: '100%' }}>
                {title}
              </UnstyledButton>
            ) : (
              title
            )}
          </div>
          {menu}
        </Group>
        <Text size="sm" className="tabular" data-testid="card-price">
          {priceWords(card.prices, money)}
          {card.durationQuarters > 1 && (
            <Text span size="xs" c="dimmed">
              {' '}
              · runs {card.durationQuarters} quarters
            </Text>
          )}
        </Text>
        <Group gap={4}>
          <Badge size="sm" variant="dot" color={STATUS_COLOURS[card.status]}>
            {INITIATIVE_STATUS_LABELS[card.status]}
          </Badge>
          <Badge size="sm" variant="default">
            {PRIORITY_LABELS[card.priority]} priority
          </Badge>
        </Group>
        <WhyChips links={card.links} clientId={clientId} summary />
        {card.status === 'declined' && card.decision.note && (
          <Text size="xs" c="dimmed">
            Declined: {card.decision.note}
          </Text>
        )}
        {card.pushesOverLimit && (
          <Group gap={4} wrap="nowrap">
            <IconAlertTriangle size={14} color="var(--mantine-color-red-text)" aria-hidden />
            <Text size="xs" c="red">
              Takes the quarter over the spending limit
            </Text>
          </Group>
        )}
      </Stack>
    </Card>
  );
}

import { Text, Timeline } from '@mantine/core';
import { IconArrowsExchange, IconCheck, IconCirclePlus, IconCoin, IconFileDollar, IconFlag, IconX } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { InitiativeHistoryEntry, InitiativeHistoryKind } from '../../../../src-main/domain/initiative';

const ICONS: Record<InitiativeHistoryKind, ReactNode> = {
  created: <IconCirclePlus size={12} />,
  moved: <IconArrowsExchange size={12} />,
  status: <IconFlag size={12} />,
  approved: <IconCheck size={12} />,
  declined: <IconX size={12} />,
  costs: <IconCoin size={12} />,
  proposal: <IconFileDollar size={12} />,
};

function headline(entry: InitiativeHistoryEntry): string {
  const change = entry.from && entry.to ? `${entry.from} → ${entry.to}` : entry.to;
  switch (entry.kind) {
    case 'created':
      return 'Added';
    case 'moved':
      return `Moved: ${change}`;
    case 'status':
      return `Status: ${change}`;
    case 'approved':
      return `Approved by the client${entry.by ? ` (${entry.by})` : ''}`;
    case 'declined':
      return `Declined by the client${entry.by ? ` (${entry.by})` : ''}`;
    case 'costs':
      return change ? `Costs: ${change}` : 'Costs changed';
    case 'proposal':
      return change ? `Proposal: ${change}` : 'Proposal';
  }
}

function when(entry: InitiativeHistoryEntry, locale: string): string {
  const recorded = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' }).format(new Date(entry.at));
  return entry.date ? `Decided ${entry.date} · recorded ${recorded}` : recorded;
}

/** The initiative's moves, status changes and the client's decisions, oldest first. */
export function InitiativeHistory({ history, locale }: { history: readonly InitiativeHistoryEntry[]; locale: string }) {
  if (history.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        Nothing recorded yet. Moves between quarters, status changes and the client&apos;s decisions appear here.
      </Text>
    );
  }
  return (
    <Timeline bulletSize={20} lineWidth={2} data-testid="initiative-history">
      {history.map((entry, index) => (
        <Timeline.Item key={`${entry.at}-${index}`} bullet={ICONS[entry.kind]} title={<Text size="sm">{headline(entry)}</Text>}>
          {entry.note && (
            <Text size="sm" c="dimmed">
              {entry.note}
            </Text>
          )}
          <Text size="xs" c="dimmed">
            {when(entry, locale)}
          </Text>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}

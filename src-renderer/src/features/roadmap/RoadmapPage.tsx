import { Alert, Button, Card, Center, Group, Loader, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconFileTypePdf, IconLayoutKanban, IconPlus, IconReplace } from '@tabler/icons-react';
import { useState } from 'react';
import type { Client } from '../../../../src-main/domain/client';
import { formatMoney } from '../../../../src-main/domain/format';
import type { Initiative } from '../../../../src-main/domain/initiative';
import type { Decision } from '../../../../src-main/domain/initiative-history';
import { countWord } from '../../../../src-main/domain/initiative-links';
import { useChannel } from '../../api';
import { EmptyState } from '../../components/EmptyState';
import { ErrorPanel } from '../../components/ErrorPanel';
import { useMoneyStyle } from '../../components/settings-hooks';
import { useExport } from '../../components/useExport';
import { DecisionDialog, type DecisionRequest } from '../initiatives/DecisionDialog';
import { InitiativeEditor } from '../initiatives/InitiativeEditor';
import type { BoardFilters } from './board-columns';
import { DecisionLog } from './DecisionLog';
import { ReplacementsDialog } from './ReplacementsDialog';
import { RoadmapBoard } from './RoadmapBoard';
import { DEFAULT_FILTERS, RoadmapFilters } from './RoadmapFilters';
import classes from './roadmap.module.css';

const HORIZONS = [
  { value: '4', label: 'Next 4 quarters' },
  { value: '8', label: '2 years' },
  { value: '12', label: '3 years' },
];

/** The quarterly roadmap (PRODUCT.md §6): what will be done, in which quarter, for how much and why. */
export function RoadmapPage({ client }: { client: Client }) {
  const [ahead, setAhead] = useState('4');
  const board = useChannel('roadmap.board', { clientId: client.id, quartersAhead: Number(ahead) });
  const initiatives = useChannel('initiatives.list', { clientId: client.id });
  const handout = useExport('export.roadmapPdf');
  const money = useMoneyStyle();
  const [filters, setFilters] = useState<BoardFilters>(DEFAULT_FILTERS);
  const [editing, setEditing] = useState<Initiative | 'new' | null>(null);
  const [deciding, setDeciding] = useState<DecisionRequest | null>(null);
  const [fromReplacements, setFromReplacements] = useState(false);

  if (board.isError) return <ErrorPanel error={board.error} onRetry={() => void board.refetch()} />;
  if (!board.data) {
    return (
      <Center p="xl">
        <Loader />
      </Center>
    );
  }
  const view = board.data;
  const byId = new Map((initiatives.data?.initiatives ?? []).map((item) => [item.id, item]));
  const open = (id: string) => setEditing(byId.get(id) ?? null);
  const decide = (id: string, decision: Decision) => {
    const card = view.cards.find((candidate) => candidate.id === id);
    if (card) setDeciding({ id, title: card.title, decision });
  };
  const overLimit = view.columns.filter((column) => column.budget?.overLimit);

  return (
    <Stack className={classes.readable} data-testid="roadmap-page">
      <Group justify="space-between" gap="sm">
        <Group gap="xs">
          <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
            New initiative
          </Button>
          <Button variant="light" leftSection={<IconReplace size={16} />} onClick={() => setFromReplacements(true)}>
            From asset replacements
          </Button>
          <Button variant="default" leftSection={<IconFileTypePdf size={16} />} loading={handout.running} onClick={() => void handout.run({ clientId: client.id }, 'roadmap handout')}>
            Roadmap handout (PDF)
          </Button>
        </Group>
        <SegmentedControl value={ahead} onChange={setAhead} data={HORIZONS} aria-label="Quarters shown" size="xs" />
      </Group>

      <RoadmapFilters filters={filters} onChange={setFilters} />

      <Text size="sm" c="dimmed">
        {view.limitCents === null
          ? 'No quarterly spending limit is set for this client (set one on the Budget screen).'
          : `Spending limit: ${formatMoney(view.limitCents, money)} a quarter for the whole budget.`}{' '}
        Prices are client prices. Drag a card by its handle, or focus the handle and press Space, then the arrow keys.
      </Text>
      {overLimit.length > 0 && (
        <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} data-testid="roadmap-over-limit">
          {overLimit.length === 1 ? `${overLimit[0]!.label} is` : `${overLimit.map((column) => column.label).join(', ')} are`} over the spending limit.
          Move or defer the flagged cards to bring {overLimit.length === 1 ? 'it' : 'them'} back under.
        </Alert>
      )}

      {view.cards.length === 0 ? (
        <Card withBorder>
          <EmptyState
            icon={<IconLayoutKanban />}
            title="Nothing on the roadmap yet"
            actions={
              <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
                New initiative
              </Button>
            }
          >
            The roadmap shows the projects you recommend for {client.name}, quarter by quarter, with what each costs and why. Add an initiative, or
            turn the asset replacements due in the budget into initiatives.
          </EmptyState>
        </Card>
      ) : (
        <RoadmapBoard board={view} filters={filters} clientId={client.id} money={money} onOpen={open} onDecide={decide} />
      )}
      {view.offBoardCount > 0 && (
        <Text size="sm" c="dimmed">
          {countWord(view.offBoardCount, 'initiative')} from quarters not shown here (finished or declined earlier, or planned further ahead) are on
          the Initiatives list.
        </Text>
      )}

      <DecisionLog client={client} />

      <InitiativeEditor client={client} initiative={editing} onClose={() => setEditing(null)} />
      <DecisionDialog client={client} request={deciding} onClose={() => setDeciding(null)} />
      <ReplacementsDialog client={client} opened={fromReplacements} onClose={() => setFromReplacements(false)} />
    </Stack>
  );
}

import {
  closestCorners,
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
  type DragOverEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { notifications } from '@mantine/notifications';
import { useMemo, useRef, useState } from 'react';
import type { RoadmapBoardView } from '../../../../src-main/api/contract/roadmap';
import type { MoneyStyle } from '../../../../src-main/domain/format';
import type { Decision } from '../../../../src-main/domain/initiative-history';
import type { RoadmapCard } from '../../../../src-main/domain/roadmap';
import { useChange } from '../../api';
import { boardAnnouncements, SCREEN_READER_INSTRUCTIONS } from './board-announcements';
import { containerOf, moveInto, placementOf, visibleColumns, type BoardFilters, type ColumnItems } from './board-columns';
import classes from './roadmap.module.css';
import { RoadmapCardView } from './RoadmapCardView';
import { RoadmapColumn } from './RoadmapColumn';

/**
 * The quarters side by side (wrapping onto more rows on a narrow window) with their cards. A card
 * moves by dragging its handle, by the keyboard (Space, arrows, Space), or from its menu; the move is
 * saved at once and every figure of the board and the budget follows.
 */
export function RoadmapBoard({
  board,
  filters,
  clientId,
  money,
  onOpen,
  onDecide,
}: {
  board: RoadmapBoardView;
  filters: BoardFilters;
  clientId: string;
  money: MoneyStyle;
  onOpen: (id: string) => void;
  onDecide: (id: string, decision: Decision) => void;
}) {
  const move = useChange('roadmap.move');
  const cards = useMemo(() => new Map<string, RoadmapCard>(board.cards.map((card) => [card.id, card])), [board.cards]);
  const shown = useMemo(() => visibleColumns(board, filters), [board, filters]);
  // While a card is dragged, and until the board comes back from the main side, the columns as the consultant left them.
  const [draft, setDraft] = useState<{ items: ColumnItems; basedOn: RoadmapBoardView } | null>(null);
  const items = draft && draft.basedOn === board ? draft.items : shown;
  const itemsRef = useRef(items);
  itemsRef.current = items;
  const [activeId, setActiveId] = useState<string | null>(null);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const columnsByKey = useMemo(() => new Map(board.columns.map((column) => [column.key, column])), [board.columns]);
  const announcements = useMemo(
    () =>
      boardAnnouncements({
        titleOf: (id) => cards.get(id)?.title ?? 'The initiative',
        columnLabelOf: (key) => columnsByKey.get(key)?.label ?? key,
        items: () => itemsRef.current,
      }),
    [cards, columnsByKey],
  );

  function save(id: string, columnKey: string, beforeId: string | null) {
    const column = columnsByKey.get(columnKey);
    if (!column) return;
    move.mutate(
      { id, toQuarter: column.quarter, beforeId },
      { onError: (error) => notifications.show({ color: 'red', title: 'Not moved', message: error.message }), onSettled: () => setDraft(null) },
    );
  }

  function onDragStart({ active }: DragStartEvent) {
    setActiveId(String(active.id));
    setDraft({ items, basedOn: board });
  }

  function onDragOver({ active, over }: DragOverEvent) {
    if (!over) return;
    const current = itemsRef.current;
    const from = containerOf(current, String(active.id));
    const to = containerOf(current, String(over.id));
    // Across columns the card changes list as it goes; within one, the sortable list shows the change until the drop.
    if (from && to && from !== to) setDraft({ items: moveInto(current, String(active.id), String(over.id)), basedOn: board });
  }

  function onDragEnd({ active, over }: DragEndEvent) {
    setActiveId(null);
    const id = String(active.id);
    if (!over) {
      setDraft(null);
      return;
    }
    const settled = moveInto(itemsRef.current, id, String(over.id));
    const placement = placementOf(settled, id);
    const before = placementOf(shown, id);
    if (!placement || (before && before.columnKey === placement.columnKey && before.beforeId === placement.beforeId)) {
      setDraft(null);
      return;
    }
    setDraft({ items: settled, basedOn: board });
    save(id, placement.columnKey, placement.beforeId);
  }

  const actions = {
    onOpen,
    onDecide,
    onMoveTo: (id: string, columnKey: string) => {
      // The card goes to the end of its new column at once; the figures follow when the board comes back.
      setDraft({ items: moveInto(items, id, columnKey), basedOn: board });
      save(id, columnKey, null);
    },
    columns: board.columns.map((column) => ({ key: column.key, label: column.label })),
  };
  const active = activeId ? cards.get(activeId) : undefined;

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCorners}
      onDragStart={onDragStart}
      onDragOver={onDragOver}
      onDragEnd={onDragEnd}
      onDragCancel={() => {
        setActiveId(null);
        setDraft(null);
      }}
      accessibility={{ announcements, screenReaderInstructions: SCREEN_READER_INSTRUCTIONS }}
    >
      <div className={classes.board} data-testid="roadmap-board">
        {board.columns.map((column) => (
          <RoadmapColumn
            key={column.key}
            column={column}
            ids={items[column.key] ?? []}
            cards={cards}
            limitCents={board.limitCents}
            clientId={clientId}
            money={money}
            actions={actions}
            hiddenCount={column.initiativeIds.length - (shown[column.key]?.length ?? 0)}
          />
        ))}
      </div>
      <DragOverlay>{active ? <RoadmapCardView card={active} clientId={clientId} money={money} /> : null}</DragOverlay>
    </DndContext>
  );
}

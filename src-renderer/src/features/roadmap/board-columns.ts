import type { RoadmapBoardView } from '../../../../src-main/api/contract/roadmap';
import type { InitiativeStatus, Priority } from '../../../../src-main/domain/initiative';

/** The board's columns as lists of card ids, and the moves a drag makes on them before the main side is told. */

export type ColumnItems = Record<string, string[]>;

export interface BoardFilters {
  statuses: InitiativeStatus[];
  priorities: Priority[];
}

export function visibleColumns(board: RoadmapBoardView, filters: BoardFilters): ColumnItems {
  const shown = new Set(
    board.cards.filter((card) => filters.statuses.includes(card.status) && filters.priorities.includes(card.priority)).map((card) => card.id),
  );
  return Object.fromEntries(board.columns.map((column) => [column.key, column.initiativeIds.filter((id) => shown.has(id))]));
}

/** The column a card is in, or the column itself when `id` names one. */
export function containerOf(items: ColumnItems, id: string): string | undefined {
  if (id in items) return id;
  return Object.keys(items).find((key) => items[key]!.includes(id));
}

/**
 * Moves a card to where `overId` is (a card or a column). Within its column it takes the other
 * card's place, as a sortable list does; into another column it goes before that card, or at the
 * end when `overId` is the column.
 */
export function moveInto(items: ColumnItems, activeId: string, overId: string): ColumnItems {
  const from = containerOf(items, activeId);
  const to = containerOf(items, overId);
  if (!from || !to || activeId === overId) return items;
  const source = items[from]!.filter((id) => id !== activeId);
  if (from === to) {
    const at = overId === to ? source.length : items[from]!.indexOf(overId);
    source.splice(at, 0, activeId);
    return { ...items, [from]: source };
  }
  const target = [...items[to]!];
  const at = overId === to ? target.length : target.indexOf(overId);
  target.splice(at, 0, activeId);
  return { ...items, [from]: source, [to]: target };
}

/** Where a card ended up: its column and the card it now sits before (null at the end). */
export function placementOf(items: ColumnItems, id: string): { columnKey: string; beforeId: string | null } | null {
  const columnKey = containerOf(items, id);
  if (!columnKey) return null;
  const list = items[columnKey]!;
  return { columnKey, beforeId: list[list.indexOf(id) + 1] ?? null };
}

export function positionWords(items: ColumnItems, id: string): { columnKey: string; position: number; count: number } | null {
  const columnKey = containerOf(items, id);
  if (!columnKey) return null;
  const list = items[columnKey]!;
  return { columnKey, position: list.indexOf(id) + 1, count: list.length };
}

import type { ActionItemDueFilter } from '../../../../src-main/domain/action-item';

/** A filter another screen asks the action items page to open with (the dashboard's "overdue"), used once. */
let preset: { due: ActionItemDueFilter } | null = null;

export function openActionItemsWith(next: { due: ActionItemDueFilter }): void {
  preset = next;
}

export function takeActionItemsPreset(): { due: ActionItemDueFilter } | null {
  const taken = preset;
  preset = null;
  return taken;
}

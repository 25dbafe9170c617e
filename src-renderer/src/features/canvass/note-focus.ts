import type { CanvassBlock } from '../../../../src-main/domain/canvass';

/**
 * Focus for keyboard work on the canvas: after an edit or a move the note (or the block's new-note
 * field) gets the focus back once the screen has drawn the change.
 */
function later(find: () => HTMLElement | null): void {
  requestAnimationFrame(() => requestAnimationFrame(() => find()?.focus()));
}

export function focusNote(noteId: string): void {
  later(() => document.querySelector<HTMLElement>(`[data-note-button="${CSS.escape(noteId)}"]`));
}

export function focusNewNote(block: CanvassBlock): void {
  later(() => document.querySelector<HTMLElement>(`[data-new-note="${block}"]`));
}

import type { CanvassBlock } from '../../../../src-main/domain/canvass';

/**
 * Focus for keyboard work on the canvas: after an edit or a move the note (or the block's new-note
 * field) gets the focus back once the screen has drawn the change. A note moved to another block
 * is drawn anew there, so the search waits, frame by frame, until it is in that block.
 */
const MAX_FRAMES = 120;

function focusWhenDrawn(find: () => HTMLElement | null, frames = MAX_FRAMES): void {
  requestAnimationFrame(() => {
    const element = find();
    if (element) element.focus();
    else if (frames > 0) focusWhenDrawn(find, frames - 1);
  });
}

export function focusNote(noteId: string, inBlock?: CanvassBlock): void {
  focusWhenDrawn(() => {
    const element = document.querySelector<HTMLElement>(`[data-note-button="${CSS.escape(noteId)}"]`);
    if (!element || (inBlock && element.closest('[data-block]')?.getAttribute('data-block') !== inBlock)) return null;
    return element;
  });
}

export function focusNewNote(block: CanvassBlock): void {
  focusWhenDrawn(() => document.querySelector<HTMLElement>(`[data-new-note="${block}"]`));
}

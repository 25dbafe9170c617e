import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { ActionIcon, Text, Textarea, UnstyledButton } from '@mantine/core';
import { IconGripVertical, IconX } from '@tabler/icons-react';
import { useRef, useState, type KeyboardEvent } from 'react';
import { canvassNote, type CanvassNote } from '../../../../src-main/domain/canvass';
import classes from './canvass.module.css';
import { focusNote } from './note-focus';

/** The id of the sentence that tells keyboard users what a note answers to (CanvasGrid renders it once). */
export const NOTE_HELP_ID = 'canvass-note-help';

/** Notes longer than this are shown folded to a few lines, with a way to unfold them. */
const FOLD_AFTER = 280;

export interface NoteActions {
  update(text: string): void;
  remove(): void;
  /** Up or down within the block. */
  move(delta: -1 | 1): void;
  /** To the previous or next block. */
  moveToBlock(delta: -1 | 1): void;
  /** Focus the note above or below (past the last one: the new-note field). */
  focusSibling(delta: -1 | 1): void;
}

function preview(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

export function NoteText({ text }: { text: string }) {
  const [unfolded, setUnfolded] = useState(false);
  const long = text.length > FOLD_AFTER;
  return (
    <>
      <span dir="auto" className={long && !unfolded ? classes.longText : undefined}>
        {text}
      </span>
      {long && (
        <Text component="span" size="xs" fw={600} td="underline" display="block" onClick={(event) => (event.stopPropagation(), setUnfolded((value) => !value))}>
          {unfolded ? 'Show less' : `Show all ${text.length.toLocaleString()} characters`}
        </Text>
      )}
    </>
  );
}

function NoteEditor({ note, blockLabel, onDone, onSave }: { note: CanvassNote; blockLabel: string; onDone: () => void; onSave: (text: string) => void }) {
  const [draft, setDraft] = useState(note.text);
  const [error, setError] = useState<string | null>(null);
  const closing = useRef(false);

  const finish = () => {
    closing.current = true;
    onDone();
    focusNote(note.id);
  };
  const commit = () => {
    const checked = canvassNote.shape.text.safeParse(draft);
    if (!checked.success) {
      const problem = checked.error.issues[0]?.message ?? 'This note cannot be saved';
      setError(draft.trim() === '' ? 'A note needs some words. To delete it, press Escape, then Delete.' : problem);
      return;
    }
    if (checked.data !== note.text) onSave(checked.data);
    finish();
  };
  const keys = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      commit();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      finish();
    }
  };
  return (
    <Textarea
      className={classes.noteText}
      autosize
      minRows={1}
      maxRows={14}
      autoFocus
      dir="auto"
      aria-label={`Edit note in ${blockLabel}`}
      description="Enter saves, Shift+Enter starts a new line, Escape cancels"
      value={draft}
      error={error}
      onChange={(event) => {
        setDraft(event.currentTarget.value);
        setError(null);
      }}
      onKeyDown={keys}
      onBlur={() => !closing.current && commit()}
    />
  );
}

/** One note of a block: shown as text, edited in place, dragged or moved by keyboard. */
export function NoteItem({ note, blockLabel, actions }: { note: CanvassNote; blockLabel: string; actions: NoteActions | null }) {
  const [editing, setEditing] = useState(false);
  const sortable = useSortable({ id: note.id, disabled: actions === null || editing });
  const style = { transform: CSS.Translate.toString(sortable.transform), transition: sortable.transition };

  if (!actions) {
    return (
      <li className={classes.note} data-testid="canvass-note">
        <span className={classes.noteText}>
          <NoteText text={note.text} />
        </span>
      </li>
    );
  }

  const keys = (event: KeyboardEvent) => {
    const arrow = event.key === 'ArrowUp' ? -1 : event.key === 'ArrowDown' ? 1 : event.key === 'ArrowLeft' ? -2 : event.key === 'ArrowRight' ? 2 : 0;
    if (event.key === 'Enter' || event.key === 'F2') {
      event.preventDefault();
      setEditing(true);
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      actions.remove();
    } else if (event.altKey && arrow !== 0) {
      event.preventDefault();
      if (Math.abs(arrow) === 1) actions.move(arrow as -1 | 1);
      else actions.moveToBlock((arrow / 2) as -1 | 1);
    } else if (!event.altKey && Math.abs(arrow) === 1) {
      event.preventDefault();
      actions.focusSibling(arrow as -1 | 1);
    }
  };

  return (
    <li ref={sortable.setNodeRef} style={style} className={classes.note} data-dragging={sortable.isDragging} data-testid="canvass-note">
      {editing ? (
        <NoteEditor note={note} blockLabel={blockLabel} onDone={() => setEditing(false)} onSave={actions.update} />
      ) : (
        <>
          <ActionIcon
            className={classes.noteControl}
            variant="subtle"
            color="gray"
            size="sm"
            aria-label={`Move note “${preview(note.text)}”`}
            {...sortable.attributes}
            {...sortable.listeners}
          >
            <IconGripVertical size={14} />
          </ActionIcon>
          <UnstyledButton
            className={classes.noteText}
            data-note-button={note.id}
            aria-describedby={NOTE_HELP_ID}
            onClick={() => setEditing(true)}
            onKeyDown={keys}
          >
            <NoteText text={note.text} />
          </UnstyledButton>
          <ActionIcon className={classes.noteControl} variant="subtle" color="gray" size="sm" aria-label={`Remove note “${preview(note.text)}”`} onClick={actions.remove}>
            <IconX size={14} />
          </ActionIcon>
        </>
      )}
    </li>
  );
}

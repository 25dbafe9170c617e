import { Textarea } from '@mantine/core';
import { useState, type KeyboardEvent } from 'react';
import { canvassNote, type CanvassBlock } from '../../../../src-main/domain/canvass';
import { focusNote } from './note-focus';
import type { CanvassEdits } from './useCanvass';

/**
 * The field under a block's notes. Enter adds the note and leaves the field ready for the next
 * one; Shift+Enter starts a new line; Escape clears it. A note the main side refuses comes back
 * into the field with the reason, so nothing typed is lost.
 */
export function NewNote({ block, label, edits, lastNoteId }: { block: CanvassBlock; label: string; edits: CanvassEdits; lastNoteId: string | null }) {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);

  const add = () => {
    if (draft.trim() === '') return;
    const checked = canvassNote.shape.text.safeParse(draft);
    if (!checked.success) {
      setError(checked.error.issues[0]?.message ?? 'This note cannot be added');
      return;
    }
    const text = checked.data;
    setDraft('');
    setError(null);
    edits.addNote(block, text).catch((problem: Error) => {
      setDraft((current) => (current === '' ? text : `${text}\n${current}`));
      setError(`Not added: ${problem.message}`);
    });
  };

  const keys = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      add();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      setDraft('');
      setError(null);
      event.currentTarget.blur();
    } else if (event.key === 'ArrowUp' && draft === '' && lastNoteId) {
      event.preventDefault();
      focusNote(lastNoteId);
    }
  };

  return (
    <Textarea
      size="xs"
      autosize
      minRows={1}
      maxRows={8}
      dir="auto"
      placeholder="Add a note, then Enter"
      aria-label={`New note in ${label}`}
      data-new-note={block}
      value={draft}
      error={error}
      onChange={(event) => {
        setDraft(event.currentTarget.value);
        setError(null);
      }}
      onKeyDown={keys}
    />
  );
}

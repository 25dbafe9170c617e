import { NativeSelect, NumberInput, TextInput } from '@mantine/core';
import { useEffect, useRef, useState, type ClipboardEvent, type FocusEvent, type KeyboardEvent, type ReactNode } from 'react';
import type { MoneyStyle } from '../../../../src-main/domain/format';
import { MoneyInput } from '../MoneyInput';
import { cellValueFromText, isTypingKey, pastedLines } from './cell-text';
import { CELL_PASTE_EVENT, cellAbove, cellBelow, cellBeside, pasteBelow } from './grid-navigation';
import classes from './grid.module.css';

/** How a cell is edited; the value it produces is what the field's schema expects. */
export type CellEditor =
  | { kind: 'text' }
  | { kind: 'integer'; min: number; max: number; nullable?: boolean; placeholder?: string }
  | { kind: 'percent'; nullable: boolean; placeholder?: string }
  | { kind: 'money'; money: MoneyStyle; nullable?: boolean }
  | { kind: 'date'; nullable: boolean }
  | { kind: 'month'; nullable: boolean }
  | { kind: 'select'; options: Array<{ value: string; label: string }> };

export type CellValue = string | number | null;

interface EditableCellProps {
  label: string;
  value: CellValue;
  display: ReactNode;
  editor: CellEditor;
  align?: 'left' | 'right';
  /** Resolves to an error message to show, or null when the change was saved. */
  onCommit: (value: CellValue) => Promise<string | null>;
}

/** Where focus goes once the cell stops editing. */
type FocusAfter = 'self' | 'down' | 'right' | 'left' | null;

const TYPED_KINDS: ReadonlySet<CellEditor['kind']> = new Set(['text', 'money', 'integer', 'percent']);

/**
 * A grid cell that edits like a spreadsheet: click, Enter or F2 edits the value (selected, so typing
 * replaces it), typing a character starts over with that character; Enter saves and moves down, Tab
 * right, Escape puts the value back; a pasted column fills the cells below. Invalid text stays in the
 * cell with the reason beside it.
 */
export function EditableCell({ label, value, display, editor, align = 'left', onCommit }: EditableCellProps) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState<CellValue>(value);
  const [typed, setTyped] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const focusAfter = useRef<FocusAfter>(null);
  const savingRef = useRef(false);
  const commitRef = useRef(onCommit);
  commitRef.current = onCommit;

  useEffect(() => {
    if (editing || !button.current) return;
    const where = focusAfter.current;
    focusAfter.current = null;
    if (where === 'self') button.current.focus();
    else if (where === 'down') (cellBelow(button.current) ?? button.current).focus();
    else if (where === 'right' || where === 'left') (cellBeside(button.current, where) ?? button.current).focus();
  }, [editing]);

  const start = (startingText: string | null = null) => {
    setTyped(startingText);
    setDraft(startingText === null ? value : startingDraft(editor, startingText));
    setError(null);
    setEditing(true);
  };

  // A line of a pasted column that reached this cell: saved at once, or shown with its reason.
  useEffect(() => {
    const element = button.current;
    if (!element) return;
    const receive = (event: Event) => {
      const text = String((event as CustomEvent<string>).detail);
      const parsed = cellValueFromText(editor, text);
      if (!parsed.ok) {
        setTyped(text);
        setDraft(startingDraft(editor, text));
        setError(parsed.message);
        setEditing(true);
        return;
      }
      if (parsed.value === value) return;
      void commitRef.current(parsed.value).then((problem) => {
        if (!problem) return;
        setTyped(text);
        setDraft(parsed.value);
        setError(problem);
        setEditing(true);
      });
    };
    element.addEventListener(CELL_PASTE_EVENT, receive);
    return () => element.removeEventListener(CELL_PASTE_EVENT, receive);
  }, [editing, editor, value]);

  const commit = async (next: CellValue, then: FocusAfter) => {
    // One save at a time: the blur that follows Enter or Tab must not save (and move focus) a second time.
    if (savingRef.current) return;
    if (typeof next === 'number' && Number.isNaN(next)) {
      setError((current) => current ?? 'Enter a valid value');
      return;
    }
    if (next === value) {
      focusAfter.current = then;
      setEditing(false);
      return;
    }
    savingRef.current = true;
    setSaving(true);
    const problem = await onCommit(next);
    savingRef.current = false;
    setSaving(false);
    setError(problem);
    if (!problem) {
      focusAfter.current = then;
      setEditing(false);
    }
  };

  const keys = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      setError(null);
      focusAfter.current = 'self';
      setEditing(false);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      void commit(draft, 'down');
    } else if (event.key === 'Tab') {
      event.preventDefault();
      void commit(draft, event.shiftKey ? 'left' : 'right');
    }
  };

  const paste = (event: ClipboardEvent<HTMLElement>) => {
    const lines = pastedLines(event.clipboardData.getData('text/plain'));
    if (lines.length < 2) return;
    event.preventDefault();
    const target = event.currentTarget;
    const first = cellValueFromText(editor, lines[0]!);
    pasteBelow(target, lines.slice(1));
    if (first.ok) void commit(first.value, 'self');
    else {
      setTyped(lines[0]!);
      setError(first.message);
      if (!editing) setEditing(true);
    }
  };

  if (!editing) {
    // A plain button, not a Mantine one: a grid shows hundreds of these cells at once.
    return (
      <button
        type="button"
        ref={button}
        className={classes.cell}
        data-align={align}
        data-editable-cell=""
        onClick={() => start()}
        onPaste={paste}
        onKeyDown={(event) => {
          if (event.key === 'Enter' || event.key === 'F2') {
            event.preventDefault();
            start();
          } else if (TYPED_KINDS.has(editor.kind) && isTypingKey(event)) {
            event.preventDefault();
            start(event.key);
          } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            const target = event.key === 'ArrowDown' ? cellBelow(event.currentTarget) : cellAbove(event.currentTarget);
            if (target) {
              event.preventDefault();
              target.focus();
            }
          }
        }}
      >
        <span className={classes.hidden}>{label}: </span>
        {display}
      </button>
    );
  }

  const selectAll = (event: FocusEvent<HTMLInputElement | HTMLSelectElement>) => {
    // A cell opened to edit has its value selected, so typing replaces it; one opened by typing keeps the caret at the end.
    if (typed === null && event.currentTarget instanceof HTMLInputElement) event.currentTarget.select();
  };
  const shared = {
    size: 'xs' as const,
    autoFocus: true,
    'aria-label': label,
    error: error ?? undefined,
    // Read-only rather than disabled while saving, so the field keeps focus until the cell moves it.
    readOnly: saving,
    onKeyDown: keys,
    onPaste: paste,
    onFocus: selectAll,
    onBlur: () => void commit(draft, null),
  };
  const input = (() => {
    switch (editor.kind) {
      case 'text':
        return <TextInput {...shared} value={String(draft ?? '')} onChange={(event) => setDraft(event.currentTarget.value)} />;
      case 'integer':
        return (
          <NumberInput
            {...shared}
            value={draft ?? ''}
            min={editor.min}
            max={editor.max}
            allowDecimal={false}
            placeholder={editor.placeholder}
            onChange={(next) => {
              setError(null);
              setDraft(next === '' ? (editor.nullable ? null : Number.NaN) : Number(next));
            }}
          />
        );
      case 'percent':
        return (
          <NumberInput
            {...shared}
            value={draft ?? ''}
            min={0}
            max={1000}
            decimalScale={2}
            suffix="%"
            placeholder={editor.placeholder}
            onChange={(next) => {
              setError(null);
              setDraft(next === '' ? (editor.nullable ? null : Number.NaN) : Number(next));
            }}
          />
        );
      case 'money':
        return (
          <MoneyInput
            {...shared}
            money={editor.money}
            nullable={editor.nullable ?? false}
            value={typeof draft === 'number' ? draft : null}
            initialText={typed ?? undefined}
            onChange={(next) => {
              setError(null);
              setDraft(next);
            }}
          />
        );
      case 'date':
      case 'month':
        return (
          <TextInput
            {...shared}
            type={editor.kind}
            value={String(draft ?? '')}
            onChange={(event) => setDraft(event.currentTarget.value === '' && editor.nullable ? null : event.currentTarget.value)}
          />
        );
      case 'select':
        return (
          <NativeSelect
            {...shared}
            data={editor.options}
            value={String(draft ?? '')}
            onChange={(event) => {
              setDraft(event.currentTarget.value);
              void commit(event.currentTarget.value, 'self');
            }}
          />
        );
    }
  })();
  return input;
}

/** The draft of a cell that starts editing with typed (or pasted) text. */
function startingDraft(editor: CellEditor, text: string): CellValue {
  const parsed = cellValueFromText(editor, text);
  if (parsed.ok) return parsed.value;
  return editor.kind === 'text' || editor.kind === 'date' || editor.kind === 'month' || editor.kind === 'select' ? text : Number.NaN;
}

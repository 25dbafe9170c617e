import { NativeSelect, NumberInput, TextInput, Tooltip, UnstyledButton } from '@mantine/core';
import { useState, type KeyboardEvent, type ReactNode } from 'react';
import type { MoneyStyle } from '../../../../src-main/domain/format';
import { MoneyInput } from '../MoneyInput';
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

/** A grid cell that shows its value and turns into an input on click, Enter or F2. */
export function EditableCell({ label, value, display, editor, align = 'left', onCommit }: EditableCellProps) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState<CellValue>(value);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const start = () => {
    setDraft(value);
    setError(null);
    setEditing(true);
  };

  const commit = async (next: CellValue) => {
    if (next === value || (typeof next === 'number' && Number.isNaN(next))) {
      if (typeof next === 'number' && Number.isNaN(next)) return;
      setEditing(false);
      return;
    }
    setSaving(true);
    const problem = await onCommit(next);
    setSaving(false);
    setError(problem);
    if (!problem) setEditing(false);
  };

  const keys = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      setEditing(false);
      setError(null);
    }
    if (event.key === 'Enter') {
      event.preventDefault();
      void commit(draft);
    }
  };

  if (!editing) {
    return (
      <UnstyledButton
        className={classes.cell}
        data-align={align}
        onClick={start}
        onKeyDown={(event) => (event.key === 'Enter' || event.key === 'F2') && start()}
        aria-label={`${label}: edit`}
      >
        {display}
      </UnstyledButton>
    );
  }

  const shared = {
    size: 'xs' as const,
    autoFocus: true,
    'aria-label': label,
    error: error ?? undefined,
    disabled: saving,
    onKeyDown: keys,
    onBlur: () => void commit(draft),
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
            onChange={(next) => setDraft(next === '' ? (editor.nullable ? null : Number.NaN) : Number(next))}
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
            onChange={(next) => setDraft(next === '' ? (editor.nullable ? null : Number.NaN) : Number(next))}
          />
        );
      case 'money':
        return <MoneyInput {...shared} money={editor.money} nullable={editor.nullable ?? false} value={typeof draft === 'number' ? draft : null} onChange={setDraft} />;
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
              void commit(event.currentTarget.value);
            }}
          />
        );
    }
  })();
  return error ? (
    <Tooltip label={error} opened color="red" position="bottom" withinPortal>
      <div>{input}</div>
    </Tooltip>
  ) : (
    input
  );
}

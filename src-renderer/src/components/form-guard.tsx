import { useHotkeys } from '@mantine/hooks';
import { useEffect, useRef, useState } from 'react';
import { addLeaveGuard } from '../router';
import { ConfirmDialog } from './ConfirmDialog';

/**
 * What every form does with unsaved edits: Ctrl/Cmd+S saves it, and closing it, pressing Escape or
 * leaving the screen asks first instead of dropping the edits. Render `guard.dialog` in the form.
 */
export function useFormGuard({
  active,
  dirty,
  onSave,
  staysOn,
}: {
  active: boolean;
  dirty: boolean;
  onSave: () => void;
  /** Addresses that keep the form in view (the tabs of one settings form): leaving to them is not leaving. */
  staysOn?: (to: string) => boolean;
}) {
  const [pending, setPending] = useState<(() => void) | null>(null);
  // Saved but not yet reset or closed: renders that come in between (a query refreshing) must not
  // make the saved edits look unsaved again. Cleared once the form is clean or closed.
  const saved = useRef(false);
  if (!active || !dirty) saved.current = false;
  const dirtyNow = useRef(dirty);
  dirtyNow.current = active && dirty && !saved.current;
  const save = useRef(onSave);
  save.current = onSave;
  const stays = useRef(staysOn);
  stays.current = staysOn;

  // Typing in a field must not stop the shortcut, so no tag is ignored.
  useHotkeys(
    [
      [
        'mod+S',
        () => {
          if (active) save.current();
        },
      ],
    ],
    [],
  );

  useEffect(() => {
    if (!active) return undefined;
    const removeGuard = addLeaveGuard({
      shouldAsk: (to) => dirtyNow.current && !(stays.current?.(to) ?? false),
      ask: (proceed) => setPending(() => proceed),
    });
    const beforeUnload = (event: BeforeUnloadEvent) => {
      if (dirtyNow.current) event.preventDefault();
    };
    window.addEventListener('beforeunload', beforeUnload);
    return () => {
      removeGuard();
      window.removeEventListener('beforeunload', beforeUnload);
    };
  }, [active]);

  /** Closes the form now if nothing would be lost, else asks first. */
  const requestClose = (close: () => void) => {
    if (!dirtyNow.current) return close();
    // Asked from an Escape key press: open the question after that key event has finished, or the
    // question's own Escape handling would take the same press and close it at once.
    setTimeout(() => setPending(() => close), 0);
  };

  const dialog = (
    <ConfirmDialog
      opened={pending !== null}
      title="Discard your changes?"
      confirmLabel="Discard changes"
      onCancel={() => setPending(null)}
      onConfirm={() => {
        const proceed = pending;
        setPending(null);
        proceed?.();
      }}
    >
      You have edits that are not saved. Discard them, or cancel and press {navigator.platform.includes('Mac') ? '⌘' : 'Ctrl'}+S to save.
    </ConfirmDialog>
  );

  /** After a successful save: nothing is unsaved any more, even before the form re-renders. */
  const markSaved = () => {
    saved.current = true;
    dirtyNow.current = false;
  };

  return { requestClose, markSaved, dialog };
}

/** Brings the first field with an error into view and puts the cursor in it. */
export function showFirstError(): void {
  requestAnimationFrame(() => {
    const field = document.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (!field) return;
    field.scrollIntoView({ block: 'center', behavior: 'smooth' });
    field.focus({ preventScroll: true });
  });
}

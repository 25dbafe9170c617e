import { useCallback, useEffect, useRef, useState } from 'react';
import { setLeaveCheck } from '../../router';

/**
 * Asks before leaving a form with unsaved edits. The app's own navigation asks first; an address
 * change from elsewhere (a link, the back button) is undone and kept pending until the consultant
 * chooses to stay or to leave; closing the window is met by the browser's own prompt.
 */
export function useLeaveGuard(dirty: boolean) {
  const [pending, setPending] = useState<string | null>(null);
  const allowed = useRef(false);
  const current = useRef(window.location.hash);

  useEffect(() => {
    if (!dirty) return;
    setLeaveCheck((target) => {
      if (allowed.current) return true;
      setPending(target);
      return false;
    });
    const onHashChange = (event: HashChangeEvent) => {
      if (allowed.current) return;
      // Put the address back before the router draws the next screen (capture runs before its listener).
      window.history.replaceState(null, '', current.current || '#/');
      setPending(new URL(event.newURL).hash);
    };
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('hashchange', onHashChange, { capture: true });
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      setLeaveCheck(null);
      window.removeEventListener('hashchange', onHashChange, { capture: true });
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [dirty]);

  const stay = useCallback(() => setPending(null), []);
  const leave = useCallback(() => {
    if (pending === null) return;
    allowed.current = true;
    setPending(null);
    window.location.hash = pending;
  }, [pending]);
  /** For a deliberate departure (the record was deleted): no question asked. */
  const release = useCallback(() => {
    allowed.current = true;
  }, []);
  return { pending, stay, leave, release };
}

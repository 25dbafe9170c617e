import { useEffect, useState } from 'react';

/**
 * Leaving a form with unsaved edits asks first. In-app links (the sidebar, breadcrumbs) are caught
 * before they change the route; closing the window gets the browser's own question.
 * `ask(go)` runs `go` at once when nothing is unsaved, otherwise after the consultant agrees.
 */
export function useLeaveGuard(dirty: boolean) {
  const [pending, setPending] = useState<(() => void) | null>(null);

  useEffect(() => {
    if (!dirty) return;
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = event.target instanceof Element ? event.target.closest('a[href^="#"]') : null;
      if (!(link instanceof HTMLAnchorElement) || link.hash === window.location.hash) return;
      event.preventDefault();
      const target = link.hash;
      setPending(() => () => {
        window.location.hash = target;
      });
    };
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    document.addEventListener('click', onClick, true);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      document.removeEventListener('click', onClick, true);
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [dirty]);

  return {
    /** Runs `go`, first asking when there are unsaved edits. */
    ask(go: () => void) {
      if (dirty) setPending(() => go);
      else go();
    },
    /** The question is open. */
    asking: pending !== null,
    leave() {
      const go = pending;
      setPending(null);
      go?.();
    },
    stay() {
      setPending(null);
    },
  };
}

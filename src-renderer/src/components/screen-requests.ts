import { useEffect } from 'react';

/**
 * Requests from elsewhere in the app (the command palette, a shortcut) for the screen in view to do
 * something it owns, such as opening its import wizard. A request made just before navigating is
 * kept until the screen that handles it mounts.
 */
export type ScreenRequest = 'assets.import' | 'touch.log' | 'meetings.planYear';

const pending = new Set<ScreenRequest>();
const EVENT = 'vcio:screen-request';

export function requestScreen(request: ScreenRequest): void {
  pending.add(request);
  window.dispatchEvent(new CustomEvent<ScreenRequest>(EVENT, { detail: request }));
}

export function useScreenRequest(request: ScreenRequest, handle: () => void): void {
  useEffect(() => {
    const take = () => {
      if (pending.delete(request)) handle();
    };
    take();
    window.addEventListener(EVENT, take);
    return () => window.removeEventListener(EVENT, take);
  }, [request, handle]);
}

/** How a shortcut reads on this system: "Ctrl K" on Windows and Linux, "⌘ K" on a Mac. */
export function shortcutLabel(key: string): string {
  const mac = /Mac|iPhone|iPad/.test(navigator.platform);
  return `${mac ? '⌘' : 'Ctrl'} ${key}`;
}

import { useSyncExternalStore } from 'react';

/** Hash routes: they work the same from a file:// page in the app and from the test harness. */

export type Route =
  | { screen: 'dashboard' }
  | { screen: 'clients'; creating?: boolean }
  /** `itemId` opens one record of the section: a review, a meeting, a proposal. */
  | { screen: 'client'; clientId: string; section: ClientSection; itemId?: string }
  | { screen: PracticeScreen }
  | { screen: 'settings'; tab: SettingsTab }
  | { screen: 'notFound'; path: string };

export const CLIENT_SECTIONS = ['profile', 'canvass', 'assets', 'services', 'budget', 'alignment', 'roadmap', 'initiatives', 'meetings', 'proposals'] as const;
export type ClientSection = (typeof CLIENT_SECTIONS)[number];
/** Screens across the whole practice, each at /<name>. */
export const PRACTICE_SCREENS = ['standards', 'meetings', 'actions', 'playbook'] as const;
export type PracticeScreen = (typeof PRACTICE_SCREENS)[number];
export const SETTINGS_TABS = ['consultant', 'pricing', 'lifespans', 'catalogue', 'agendas', 'data'] as const;
export type SettingsTab = (typeof SETTINGS_TABS)[number];

function isPracticeScreen(value: string | undefined): value is PracticeScreen {
  return (PRACTICE_SCREENS as readonly string[]).includes(value ?? '');
}

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts.length === 0) return { screen: 'dashboard' };
  if (parts[0] === 'clients' && parts.length === 1) return { screen: 'clients' };
  if (parts[0] === 'clients' && parts[1] === 'new' && parts.length === 2) return { screen: 'clients', creating: true };
  if (parts[0] === 'clients' && parts[1] && parts.length <= 4) {
    const section = (parts[2] ?? 'profile') as ClientSection;
    if (CLIENT_SECTIONS.includes(section)) return { screen: 'client', clientId: parts[1], section, ...(parts[3] ? { itemId: parts[3] } : {}) };
  }
  if (parts.length === 1 && isPracticeScreen(parts[0])) return { screen: parts[0] };
  if (parts[0] === 'settings') {
    const tab = (parts[1] ?? 'consultant') as SettingsTab;
    if (SETTINGS_TABS.includes(tab)) return { screen: 'settings', tab };
  }
  return { screen: 'notFound', path };
}

export function pathOf(route: Route): string {
  switch (route.screen) {
    case 'dashboard':
      return '/';
    case 'clients':
      return route.creating ? '/clients/new' : '/clients';
    case 'client': {
      const item = route.itemId ? `/${encodeURIComponent(route.itemId)}` : '';
      return `/clients/${encodeURIComponent(route.clientId)}${route.section === 'profile' && !item ? '' : `/${route.section}`}${item}`;
    }
    case 'standards':
    case 'meetings':
    case 'actions':
    case 'playbook':
      return `/${route.screen}`;
    case 'settings':
      return route.tab === 'consultant' ? '/settings' : `/settings/${route.tab}`;
    case 'notFound':
      return route.path;
  }
}

export function navigate(route: Route): void {
  window.location.hash = pathOf(route);
}

/**
 * Something on screen that asks before the consultant leaves it (a form with unsaved edits).
 * `ask` shows the question and calls `proceed` if the consultant chooses to leave.
 */
export interface LeaveGuard {
  /** `to` is the address being opened, e.g. "#/clients". */
  shouldAsk(to: string): boolean;
  ask(proceed: () => void): void;
}

const leaveGuards = new Set<LeaveGuard>();
let shownHash = typeof window === 'undefined' ? '' : window.location.hash;
let leavingAnyway = false;

export function addLeaveGuard(guard: LeaveGuard): () => void {
  leaveGuards.add(guard);
  return () => leaveGuards.delete(guard);
}

// Registered before React subscribes, so that a refused change of route is put back before any
// screen renders it: the address returns to the screen in view and the guard asks.
if (typeof window !== 'undefined') {
  window.addEventListener('hashchange', () => {
    const attempted = window.location.hash;
    const guard = leavingAnyway ? undefined : [...leaveGuards].find((candidate) => candidate.shouldAsk(attempted));
    leavingAnyway = false;
    if (!guard || attempted === shownHash) {
      shownHash = attempted;
      return;
    }
    window.history.replaceState(window.history.state, '', shownHash || '#/');
    guard.ask(() => {
      leavingAnyway = true;
      window.location.hash = attempted;
    });
  });
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useLocationHash(): string {
  return useSyncExternalStore(subscribe, () => window.location.hash);
}

export function useRoute(): Route {
  return parseRoute(useLocationHash());
}

import { useSyncExternalStore } from 'react';

/** Hash routes: they work the same from a file:// page in the app and from the test harness. */

export type Route =
  | { screen: 'dashboard' }
  | { screen: 'clients'; creating?: boolean }
  | { screen: 'client'; clientId: string; section: ClientSection }
  | { screen: 'settings'; tab: SettingsTab }
  | { screen: 'notFound'; path: string };

export const CLIENT_SECTIONS = ['profile', 'assets', 'services', 'initiatives', 'budget'] as const;
export type ClientSection = (typeof CLIENT_SECTIONS)[number];
export const SETTINGS_TABS = ['consultant', 'pricing', 'lifespans', 'data'] as const;
export type SettingsTab = (typeof SETTINGS_TABS)[number];

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts.length === 0) return { screen: 'dashboard' };
  if (parts[0] === 'clients' && parts.length === 1) return { screen: 'clients' };
  if (parts[0] === 'clients' && parts[1] === 'new' && parts.length === 2) return { screen: 'clients', creating: true };
  if (parts[0] === 'clients' && parts[1]) {
    const section = (parts[2] ?? 'profile') as ClientSection;
    if (CLIENT_SECTIONS.includes(section)) return { screen: 'client', clientId: parts[1], section };
  }
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
    case 'client':
      return `/clients/${encodeURIComponent(route.clientId)}${route.section === 'profile' ? '' : `/${route.section}`}`;
    case 'settings':
      return route.tab === 'consultant' ? '/settings' : `/settings/${route.tab}`;
    case 'notFound':
      return route.path;
  }
}

export function navigate(route: Route): void {
  window.location.hash = pathOf(route);
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}

import { Spotlight, spotlight, type SpotlightActionData, type SpotlightFilterFunction } from '@mantine/spotlight';
import { IconBuildingStore, IconLayoutDashboard, IconSearch, IconSettings } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useChannel } from '../../api';
import { navigate, SETTINGS_TABS, type SettingsTab } from '../../router';
import { CLIENT_SECTION_LABELS } from './ClientNavigation';
import type { ClientSection } from '../../router';

export const openCommandPalette = () => spotlight.open();

/** Every word typed must appear in the label, description or keywords, in any order ("kessler budget"). */
const matchAllWords: SpotlightFilterFunction = (query, actions) => {
  const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return actions;
  return actions.filter((action) => {
    if (!('label' in action)) return false;
    const haystack = [action.label, action.description, ...(Array.isArray(action.keywords) ? action.keywords : [action.keywords])].join(' ').toLocaleLowerCase();
    return words.every((word) => haystack.includes(word));
  });
};

const SETTINGS_LABELS: Record<SettingsTab, string> = {
  consultant: 'Settings: consultant and branding',
  pricing: 'Settings: currency, rates and markups',
  lifespans: 'Settings: asset lifespans',
  catalogue: 'Settings: product catalogue and target margin',
  data: 'Settings: data folder and backups',
};

/** Ctrl/Cmd+K: jump to any client, any client section, or any screen. */
export function CommandPalette() {
  const clients = useChannel('clients.list', {});
  const actions = useMemo<SpotlightActionData[]>(() => {
    const screens: SpotlightActionData[] = [
      { id: 'dashboard', label: 'Dashboard', leftSection: <IconLayoutDashboard size={18} />, onClick: () => navigate({ screen: 'dashboard' }) },
      { id: 'clients', label: 'Clients', leftSection: <IconBuildingStore size={18} />, onClick: () => navigate({ screen: 'clients' }) },
      ...SETTINGS_TABS.map((tab) => ({
        id: `settings-${tab}`,
        label: SETTINGS_LABELS[tab],
        leftSection: <IconSettings size={18} />,
        onClick: () => navigate({ screen: 'settings', tab }),
      })),
    ];
    const clientActions = (clients.data?.clients ?? [])
      .filter((client) => !client.archived)
      .flatMap((client) =>
        (Object.keys(CLIENT_SECTION_LABELS) as ClientSection[]).map((section) => ({
          id: `client-${client.id}-${section}`,
          label: section === 'profile' ? client.name : `${client.name} › ${CLIENT_SECTION_LABELS[section]}`,
          description: section === 'profile' ? client.industry || undefined : undefined,
          keywords: [client.industry, section],
          leftSection: <IconBuildingStore size={18} />,
          onClick: () => navigate({ screen: 'client', clientId: client.id, section }),
        })),
      );
    return [...screens, ...clientActions];
  }, [clients.data]);

  return (
    <Spotlight
      actions={actions}
      shortcut={['mod + K']}
      limit={12}
      filter={matchAllWords}
      nothingFound="No client or screen matches"
      highlightQuery
      searchProps={{ leftSection: <IconSearch size={18} />, placeholder: 'Client name, screen or section…' }}
    />
  );
}

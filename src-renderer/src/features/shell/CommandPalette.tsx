import { Kbd, useComputedColorScheme } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Spotlight, spotlight, type SpotlightActionData, type SpotlightFilterFunction } from '@mantine/spotlight';
import {
  IconBuildingStore,
  IconCalendarPlus,
  IconDatabaseExport,
  IconFileImport,
  IconFileSpreadsheet,
  IconFileTypePdf,
  IconLayoutDashboard,
  IconMessageCircle,
  IconMoon,
  IconSearch,
  IconSettings,
  IconSun,
  IconUserPlus,
} from '@tabler/icons-react';
import { useMemo } from 'react';
import { call, useChange, useChannel } from '../../api';
import { requestScreen, shortcutLabel } from '../../components/screen-requests';
import { useExport } from '../../components/useExport';
import { navigate, SETTINGS_TABS, useRoute, type SettingsTab } from '../../router';
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
  agendas: 'Settings: agenda templates',
  data: 'Settings: data folder and backups',
};

function Shortcut({ keys }: { keys: string }) {
  return <Kbd size="xs">{shortcutLabel(keys)}</Kbd>;
}

/** The client whose screens are open, if any: actions about "this client" act on it. */
function useCurrentClient() {
  const route = useRoute();
  const clientId = route.screen === 'client' ? route.clientId : '';
  const client = useChannel('clients.get', { id: clientId }, { enabled: clientId !== '' });
  return clientId ? (client.data?.client ?? null) : null;
}

/** Ctrl/Cmd+K: run an action, or jump to any client, any client section, or any screen. */
export function CommandPalette() {
  const clients = useChannel('clients.list', {});
  const current = useCurrentClient();
  const budgetPdf = useExport('export.budgetPdf');
  const budgetWorkbook = useExport('export.budgetWorkbook');
  const updateSettings = useChange('settings.update');
  const dark = useComputedColorScheme('light') === 'dark';

  const actions = useMemo<SpotlightActionData[]>(() => {
    const commands: SpotlightActionData[] = [
      {
        id: 'new-client',
        label: 'New client',
        description: 'Open the form for a new client',
        leftSection: <IconUserPlus size={18} />,
        rightSection: <Shortcut keys="N" />,
        onClick: () => navigate({ screen: 'clients', creating: true }),
      },
      {
        id: 'backup-now',
        label: 'Make a backup now',
        description: 'A copy of the whole practice in the backups folder',
        leftSection: <IconDatabaseExport size={18} />,
        onClick: () => {
          call('backups.create', {}).then(
            () => notifications.show({ color: 'teal', message: 'Backup made.' }),
            (error: Error) => notifications.show({ color: 'red', title: 'No backup was made', message: error.message }),
          );
        },
      },
      {
        id: 'switch-theme',
        label: dark ? 'Switch to the light theme' : 'Switch to the dark theme',
        leftSection: dark ? <IconSun size={18} /> : <IconMoon size={18} />,
        keywords: ['theme', 'dark', 'light', 'appearance'],
        onClick: () => updateSettings.mutate({ changes: { appearance: dark ? 'light' : 'dark' } }),
      },
    ];
    if (current) {
      commands.unshift(
        {
          id: 'import-assets',
          label: `Import assets for ${current.name}`,
          description: 'A CSV or Excel export of your RMM or PSA tool',
          leftSection: <IconFileImport size={18} />,
          keywords: ['import', 'csv', 'excel', 'rmm'],
          onClick: () => {
            requestScreen('assets.import');
            navigate({ screen: 'client', clientId: current.id, section: 'assets' });
          },
        },
        {
          id: 'log-touch',
          label: `Log a touch with ${current.name}`,
          description: 'A call, email, video call or visit with a decision maker, or an escalated issue',
          leftSection: <IconMessageCircle size={18} />,
          rightSection: <Shortcut keys="T" />,
          keywords: ['touch', 'call', 'escalation', 'log'],
          onClick: () => requestScreen('touch.log'),
        },
        {
          id: 'plan-year',
          label: `Plan the year with ${current.name}`,
          description: 'The next twelve months of strategy meetings from the cadence',
          leftSection: <IconCalendarPlus size={18} />,
          keywords: ['plan', 'meetings', 'strategy', 'calendar'],
          onClick: () => {
            requestScreen('meetings.planYear');
            navigate({ screen: 'client', clientId: current.id, section: 'meetings' });
          },
        },
        {
          id: 'export-budget-pdf',
          label: `Export the budget report of ${current.name} (PDF)`,
          leftSection: <IconFileTypePdf size={18} />,
          keywords: ['export', 'pdf', 'budget'],
          onClick: () => void budgetPdf.run({ clientId: current.id }, 'budget report'),
        },
        {
          id: 'export-budget-workbook',
          label: `Export the budget workbook of ${current.name} (Excel)`,
          leftSection: <IconFileSpreadsheet size={18} />,
          keywords: ['export', 'excel', 'xlsx', 'budget', 'workbook'],
          onClick: () => void budgetWorkbook.run({ clientId: current.id, internal: false }, 'budget workbook'),
        },
      );
    }
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
    return [...commands, ...screens, ...clientActions];
    // The export runners and the settings change are new objects each render but act the same.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [clients.data, current, dark]);

  return (
    <Spotlight
      actions={actions}
      shortcut={['mod + K']}
      limit={14}
      filter={matchAllWords}
      nothingFound="No action, client or screen matches"
      highlightQuery
      searchProps={{ leftSection: <IconSearch size={18} />, placeholder: 'Action, client name, screen or section…', 'aria-label': 'Find an action, client or screen' }}
    />
  );
}

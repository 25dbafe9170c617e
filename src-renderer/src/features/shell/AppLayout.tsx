import { ActionIcon, AppShell, Group, Kbd, NavLink, ScrollArea, Text, Tooltip, UnstyledButton, useComputedColorScheme, useMantineColorScheme } from '@mantine/core';
import { useEffect } from 'react';
import { useChange } from '../../api';
import { useSettings } from '../../components/settings-hooks';
import { IconBooks, IconBuildingStore, IconCalendarEvent, IconLayoutDashboard, IconListCheck, IconMoon, IconSearch, IconSettings, IconSun, IconTargetArrow } from '@tabler/icons-react';
import type { AppStatus } from '../../../../src-main/api/contract';
import { navigate, useRoute } from '../../router';
import { ClientListPage } from '../clients/ClientListPage';
import { ClientWorkspace } from '../clients/ClientWorkspace';
import { DashboardPage } from '../dashboard/DashboardPage';
import { ActionItemsPage } from '../meetings/ActionItemsPage';
import { MeetingsPage } from '../meetings/MeetingsPage';
import { PlaybookPage } from '../playbook/PlaybookPage';
import { StandardsPage } from '../standards/StandardsPage';
import { SettingsPage } from '../settings/SettingsPage';
import { ClientNavigation } from './ClientNavigation';
import { CommandPalette, openCommandPalette } from './CommandPalette';
import { SaveIndicator } from './SaveIndicator';
import { StatusBanner } from './StatusBanner';
import { useMenuCommands } from './useMenuCommands';
import { NotFound } from './NotFound';

/** The theme follows the appearance setting; the toggle changes that setting. */
function ThemeToggle() {
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  const { settings } = useSettings();
  const update = useChange('settings.update');
  useEffect(() => setColorScheme(settings.appearance), [settings.appearance, setColorScheme]);
  const dark = useComputedColorScheme('light') === 'dark' || colorScheme === 'dark';
  return (
    <Tooltip label={dark ? 'Light theme' : 'Dark theme'}>
      <ActionIcon variant="default" size="lg" aria-label="Switch theme" onClick={() => update.mutate({ changes: { appearance: dark ? 'light' : 'dark' } })}>
        {dark ? <IconSun size={18} /> : <IconMoon size={18} />}
      </ActionIcon>
    </Tooltip>
  );
}

export function AppLayout({ status }: { status: AppStatus }) {
  const route = useRoute();
  useMenuCommands();

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 240, breakpoint: 0 }} padding="lg">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="xs" wrap="nowrap">
            <Text fw={800} size="lg" c="desk.8">
              vCIO Desk
            </Text>
          </Group>
          <UnstyledButton onClick={openCommandPalette} aria-label="Find a client or screen">
            <Group gap="xs" px="sm" py={6} miw={300} bd="1px solid var(--mantine-color-default-border)" bdrs="md">
              <IconSearch size={16} />
              <Text size="sm" c="dimmed" flex={1}>
                Find a client or screen
              </Text>
              <Kbd size="xs">Ctrl K</Kbd>
            </Group>
          </UnstyledButton>
          <Group gap="sm" wrap="nowrap">
            <SaveIndicator />
            <ThemeToggle />
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="xs">
        <AppShell.Section grow component={ScrollArea}>
          <NavLink
            label="Dashboard"
            leftSection={<IconLayoutDashboard size={18} />}
            active={route.screen === 'dashboard'}
            onClick={() => navigate({ screen: 'dashboard' })}
          />
          <NavLink
            label="Clients"
            leftSection={<IconBuildingStore size={18} />}
            active={route.screen === 'clients'}
            onClick={() => navigate({ screen: 'clients' })}
          />
          {route.screen === 'client' && <ClientNavigation clientId={route.clientId} section={route.section} />}
          <NavLink label="Meetings" leftSection={<IconCalendarEvent size={18} />} active={route.screen === 'meetings'} onClick={() => navigate({ screen: 'meetings' })} />
          <NavLink label="Action items" leftSection={<IconListCheck size={18} />} active={route.screen === 'actions'} onClick={() => navigate({ screen: 'actions' })} />
          <NavLink label="Standards" leftSection={<IconBooks size={18} />} active={route.screen === 'standards'} onClick={() => navigate({ screen: 'standards' })} />
          <NavLink label="Playbook" leftSection={<IconTargetArrow size={18} />} active={route.screen === 'playbook'} onClick={() => navigate({ screen: 'playbook' })} />
        </AppShell.Section>
        <AppShell.Section>
          <NavLink
            label="Settings"
            leftSection={<IconSettings size={18} />}
            active={route.screen === 'settings'}
            onClick={() => navigate({ screen: 'settings', tab: 'consultant' })}
          />
        </AppShell.Section>
      </AppShell.Navbar>

      <AppShell.Main>
        <StatusBanner status={status} />
        {route.screen === 'dashboard' && <DashboardPage status={status} />}
        {route.screen === 'clients' && <ClientListPage creating={route.creating ?? false} />}
        {route.screen === 'client' && <ClientWorkspace clientId={route.clientId} section={route.section} itemId={route.itemId} />}
        {route.screen === 'standards' && <StandardsPage />}
        {route.screen === 'meetings' && <MeetingsPage />}
        {route.screen === 'actions' && <ActionItemsPage />}
        {route.screen === 'playbook' && <PlaybookPage />}
        {route.screen === 'settings' && <SettingsPage tab={route.tab} />}
        {route.screen === 'notFound' && <NotFound />}
      </AppShell.Main>
      <CommandPalette />
    </AppShell>
  );
}

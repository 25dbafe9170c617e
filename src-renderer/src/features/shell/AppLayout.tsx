import { ActionIcon, AppShell, Divider, Group, Kbd, ScrollArea, Text, Tooltip, UnstyledButton, useComputedColorScheme, useMantineColorScheme } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { Suspense, useEffect, useState } from 'react';
import { useChange } from '../../api';
import { useSettings } from '../../components/settings-hooks';
import { IconBooks, IconBuildingStore, IconCalendarEvent, IconLayoutDashboard, IconListCheck, IconMenu2, IconMoon, IconSearch, IconSettings, IconSun, IconTargetArrow } from '@tabler/icons-react';
import type { AppStatus } from '../../../../src-main/api/contract';
import { useLocationHash, useRoute } from '../../router';
import classes from './AppLayout.module.css';
import { ClientListPage } from '../clients/ClientListPage';
import { ClientWorkspace } from '../clients/ClientWorkspace';
import { DashboardPage } from '../dashboard/DashboardPage';
import { ClientNavigation } from './ClientNavigation';
import { CommandPalette, openCommandPalette } from './CommandPalette';
import { SaveIndicator } from './SaveIndicator';
import { StatusBanner } from './StatusBanner';
import { useMenuCommands } from './useMenuCommands';
import { NotFound } from './NotFound';
import { SidebarLink } from './SidebarLink';
import { lazyScreen, ScreenLoading } from '../../components/lazy-screen';

const StandardsPage = lazyScreen(() => import('../standards/StandardsPage'), (module) => module.StandardsPage);
const MeetingsPage = lazyScreen(() => import('../meetings/MeetingsPage'), (module) => module.MeetingsPage);
const ActionItemsPage = lazyScreen(() => import('../meetings/ActionItemsPage'), (module) => module.ActionItemsPage);
const PlaybookPage = lazyScreen(() => import('../playbook/PlaybookPage'), (module) => module.PlaybookPage);
const SettingsPage = lazyScreen(() => import('../settings/SettingsPage'), (module) => module.SettingsPage);

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

const WIDE_SIDEBAR = 240;
const NARROW_SIDEBAR = 64;

export function AppLayout({ status }: { status: AppStatus }) {
  const route = useRoute();
  useMenuCommands();
  // Below about 1200 px the sidebar shows icons only, so that content keeps the width; it can be
  // expanded on demand, over the content, and folds again on the next navigation.
  const roomy = useMediaQuery('(min-width: 1200px)', true);
  const [expanded, setExpanded] = useState(false);
  const compact = !roomy && !expanded;
  const hash = useLocationHash();
  useEffect(() => setExpanded(false), [hash]);

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: roomy ? WIDE_SIDEBAR : NARROW_SIDEBAR, breakpoint: 0 }} padding="lg">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="sm">
          <Group gap="xs" wrap="nowrap">
            {!roomy && (
              <ActionIcon
                variant="subtle"
                size="lg"
                aria-label={expanded ? 'Fold the sidebar' : 'Expand the sidebar'}
                aria-expanded={expanded}
                onClick={() => setExpanded((value) => !value)}
              >
                <IconMenu2 size={18} />
              </ActionIcon>
            )}
            <Text fw={800} size="lg" className={classes.brand}>
              vCIO Desk
            </Text>
          </Group>
          <UnstyledButton onClick={openCommandPalette} className={classes.search}>
            <Group gap="xs" px="sm" py={6} wrap="nowrap">
              <IconSearch size={16} aria-hidden />
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

      <AppShell.Navbar p="xs" w={compact ? NARROW_SIDEBAR : WIDE_SIDEBAR} className={expanded && !roomy ? classes.overlay : undefined} aria-label="Sections">
        <AppShell.Section grow component={ScrollArea} viewportProps={{ tabIndex: -1 }}>
          <SidebarLink compact={compact} label="Dashboard" icon={<IconLayoutDashboard size={18} />} active={route.screen === 'dashboard'} route={{ screen: 'dashboard' }} />
          <SidebarLink compact={compact} label="Clients" icon={<IconBuildingStore size={18} />} active={route.screen === 'clients'} route={{ screen: 'clients' }} />
          {route.screen === 'client' && <ClientNavigation clientId={route.clientId} section={route.section} compact={compact} />}
          {compact && <Divider my="xs" />}
          <SidebarLink compact={compact} label="Meetings" icon={<IconCalendarEvent size={18} />} active={route.screen === 'meetings'} route={{ screen: 'meetings' }} />
          <SidebarLink compact={compact} label="Action items" icon={<IconListCheck size={18} />} active={route.screen === 'actions'} route={{ screen: 'actions' }} />
          <SidebarLink compact={compact} label="Standards" icon={<IconBooks size={18} />} active={route.screen === 'standards'} route={{ screen: 'standards' }} />
          <SidebarLink compact={compact} label="Playbook" icon={<IconTargetArrow size={18} />} active={route.screen === 'playbook'} route={{ screen: 'playbook' }} />
        </AppShell.Section>
        <AppShell.Section>
          <SidebarLink compact={compact} label="Settings" icon={<IconSettings size={18} />} active={route.screen === 'settings'} route={{ screen: 'settings', tab: 'consultant' }} />
        </AppShell.Section>
      </AppShell.Navbar>

      <AppShell.Main>
        <StatusBanner status={status} />
        <Suspense fallback={<ScreenLoading />}>
          {route.screen === 'dashboard' && <DashboardPage status={status} />}
          {route.screen === 'clients' && <ClientListPage creating={route.creating ?? false} />}
          {route.screen === 'client' && <ClientWorkspace clientId={route.clientId} section={route.section} itemId={route.itemId} />}
          {route.screen === 'standards' && <StandardsPage />}
          {route.screen === 'meetings' && <MeetingsPage />}
          {route.screen === 'actions' && <ActionItemsPage />}
          {route.screen === 'playbook' && <PlaybookPage />}
          {route.screen === 'settings' && <SettingsPage tab={route.tab} />}
          {route.screen === 'notFound' && <NotFound />}
        </Suspense>
      </AppShell.Main>
      <CommandPalette />
    </AppShell>
  );
}

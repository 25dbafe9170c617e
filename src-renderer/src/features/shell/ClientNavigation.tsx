import { Divider, Text } from '@mantine/core';
import { IconCalculator, IconCalendarEvent, IconChecklist, IconCloud, IconDeviceDesktop, IconFileDollar, IconId, IconLayoutKanban, IconLayoutGrid, IconRoute } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useChannel } from '../../api';
import type { ClientSection } from '../../router';
import { SidebarLink } from './SidebarLink';

export const CLIENT_SECTION_LABELS: Record<ClientSection, string> = {
  profile: 'Profile',
  canvass: 'Business canvass',
  assets: 'Assets',
  services: 'Services',
  budget: 'Budget',
  alignment: 'Alignment',
  roadmap: 'Roadmap',
  initiatives: 'Initiatives',
  meetings: 'Meetings',
  proposals: 'Proposals',
};

const ICONS: Record<ClientSection, ReactNode> = {
  profile: <IconId size={16} />,
  canvass: <IconLayoutGrid size={16} />,
  assets: <IconDeviceDesktop size={16} />,
  services: <IconCloud size={16} />,
  budget: <IconCalculator size={16} />,
  alignment: <IconChecklist size={16} />,
  roadmap: <IconLayoutKanban size={16} />,
  initiatives: <IconRoute size={16} />,
  meetings: <IconCalendarEvent size={16} />,
  proposals: <IconFileDollar size={16} />,
};

/** The open client's sections, under the main navigation. */
export function ClientNavigation({ clientId, section, compact }: { clientId: string; section: ClientSection; compact: boolean }) {
  const client = useChannel('clients.get', { id: clientId });
  if (!client.data) return null;
  return (
    <>
      {compact ? (
        <Divider my="xs" />
      ) : (
        <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" pt="md" pb={4} style={{ overflowWrap: 'anywhere' }}>
          {client.data.client.name}
        </Text>
      )}
      {(Object.keys(CLIENT_SECTION_LABELS) as ClientSection[]).map((key) => (
        <SidebarLink
          key={key}
          indent
          compact={compact}
          route={{ screen: 'client', clientId, section: key }}
          label={compact ? `${client.data.client.name}: ${CLIENT_SECTION_LABELS[key]}` : CLIENT_SECTION_LABELS[key]}
          icon={ICONS[key]}
          active={section === key}
        />
      ))}
    </>
  );
}

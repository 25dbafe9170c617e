import { NavLink, Text } from '@mantine/core';
import { IconCalculator, IconCalendarEvent, IconChecklist, IconCloud, IconDeviceDesktop, IconFileDollar, IconId, IconLayoutKanban, IconLayoutGrid, IconRoute } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useChannel } from '../../api';
import { navigate, type ClientSection } from '../../router';

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
export function ClientNavigation({ clientId, section }: { clientId: string; section: ClientSection }) {
  const client = useChannel('clients.get', { id: clientId });
  if (!client.data) return null;
  return (
    <>
      <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" pt="md" pb={4} truncate>
        {client.data.client.name}
      </Text>
      {(Object.keys(CLIENT_SECTION_LABELS) as ClientSection[]).map((key) => (
        <NavLink
          key={key}
          pl="lg"
          label={CLIENT_SECTION_LABELS[key]}
          leftSection={ICONS[key]}
          active={section === key}
          onClick={() => navigate({ screen: 'client', clientId, section: key })}
        />
      ))}
    </>
  );
}

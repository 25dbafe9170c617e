import { Group, Text } from '@mantine/core';
import { IconChecklist, IconDeviceDesktop, IconMessage, IconShieldCheck, IconTarget } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { countWord, type WhyLinks } from '../../../../src-main/domain/initiative-links';
import { navigate, type Route } from '../../router';
import classes from '../roadmap/roadmap.module.css';

interface Chip {
  key: string;
  icon: ReactNode;
  text: string;
  route: Route;
}

function chipsOf(links: WhyLinks, clientId: string, summariseAssets: boolean): Chip[] {
  const client = (section: 'canvass' | 'assets' | 'alignment', itemId?: string): Route => ({ screen: 'client', clientId, section, ...(itemId ? { itemId } : {}) });
  const chips: Chip[] = [
    ...links.goals.map((goal) => ({ key: `goal:${goal.id}`, icon: <IconTarget size={12} />, text: `Goal: ${goal.label}`, route: client('canvass') })),
    ...links.standards.map((standard) => ({
      key: `standard:${standard.id}`,
      icon: <IconShieldCheck size={12} />,
      text: `Standard: ${standard.label}`,
      route: { screen: 'standards' } as Route,
    })),
    ...links.reviews.map((review) => ({ key: `review:${review.id}`, icon: <IconChecklist size={12} />, text: review.label, route: client('alignment', review.id) })),
  ];
  if (summariseAssets && links.assets.length > 0) {
    chips.push({ key: 'assets', icon: <IconDeviceDesktop size={12} />, text: `Replaces ${countWord(links.assets.length, 'asset')}`, route: client('assets') });
  } else {
    chips.push(...links.assets.map((item) => ({ key: `asset:${item.id}`, icon: <IconDeviceDesktop size={12} />, text: `Replaces ${item.label}`, route: client('assets', item.id) })));
  }
  if (links.clientRequest) {
    chips.push({
      key: 'request',
      icon: <IconMessage size={12} />,
      text: summariseAssets ? 'Client request' : `Client request: ${links.clientRequest}`,
      route: client('canvass'),
    });
  }
  return chips;
}

/**
 * What an initiative serves, as chips: goals, standards and the review that found them, the assets
 * it replaces, a client request. On a card they only show; in the editor each opens what it points to.
 */
export function WhyChips({
  links,
  clientId,
  interactive = false,
  summary = false,
}: {
  links: WhyLinks;
  clientId: string;
  interactive?: boolean;
  /** One "Replaces N assets" chip instead of one an asset, and no request text: for cards. */
  summary?: boolean;
}) {
  const chips = chipsOf(links, clientId, summary);
  if (chips.length === 0) {
    return summary ? null : (
      <Text size="sm" c="dimmed">
        Nothing linked yet: name the goals, standards, assets or client request this initiative answers.
      </Text>
    );
  }
  return (
    <Group gap={4} data-testid="why-chips">
      {chips.map((chip) =>
        interactive ? (
          <button key={chip.key} type="button" className={classes.chip} onClick={() => navigate(chip.route)}>
            {chip.icon}
            <span>{chip.text}</span>
          </button>
        ) : (
          <span key={chip.key} className={classes.chip}>
            {chip.icon}
            <span>{chip.text}</span>
          </span>
        ),
      )}
    </Group>
  );
}

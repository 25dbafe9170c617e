import { NavLink, Tooltip } from '@mantine/core';
import type { ReactNode } from 'react';
import { pathOf, type Route } from '../../router';

/**
 * One sidebar entry: a real link (focusable, with an href, opened by Enter) to a route. When the
 * sidebar is narrow only the icon shows, and the label becomes its accessible name and tooltip.
 */
export function SidebarLink({ route, label, icon, active, compact, indent = false }: { route: Route; label: string; icon: ReactNode; active: boolean; compact: boolean; indent?: boolean }) {
  const link = (
    <NavLink
      component="a"
      href={`#${pathOf(route)}`}
      label={compact ? undefined : label}
      aria-label={compact ? label : undefined}
      aria-current={active ? 'page' : undefined}
      leftSection={icon}
      active={active}
      pl={indent && !compact ? 'lg' : undefined}
    />
  );
  return compact ? (
    <Tooltip label={label} position="right">
      {link}
    </Tooltip>
  ) : (
    link
  );
}

import { ActionIcon, Menu } from '@mantine/core';
import { IconDots } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';

/**
 * A row's "…" menu. The menu itself is created only when opened: a grid of hundreds of rows would
 * otherwise build hundreds of popovers it never shows.
 */
export function RowActions({ label, children }: { label: string; children: ReactNode }) {
  const [opened, setOpened] = useState(false);
  const trigger = (
    <ActionIcon variant="subtle" color="gray" aria-label={label} onClick={() => setOpened(true)}>
      <IconDots size={16} />
    </ActionIcon>
  );
  if (!opened) return trigger;
  return (
    <Menu opened onChange={setOpened} position="bottom-end" withinPortal>
      <Menu.Target>{trigger}</Menu.Target>
      <Menu.Dropdown>{children}</Menu.Dropdown>
    </Menu>
  );
}

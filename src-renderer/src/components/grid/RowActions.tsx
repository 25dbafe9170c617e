import { Menu } from '@mantine/core';
import { IconDots } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import classes from './grid.module.css';

/**
 * A row's "…" menu. The menu itself is created only when opened: a grid of hundreds of rows would
 * otherwise build hundreds of popovers it never shows. The trigger is a plain button for the same reason.
 */
export function RowActions({ label, children }: { label: string; children: ReactNode }) {
  const [opened, setOpened] = useState(false);
  const trigger = (
    <button type="button" className={classes.rowActions} aria-label={label} onClick={() => setOpened(true)}>
      <IconDots size={16} aria-hidden />
    </button>
  );
  if (!opened) return trigger;
  return (
    <Menu opened onChange={setOpened} position="bottom-end" withinPortal>
      <Menu.Target>{trigger}</Menu.Target>
      <Menu.Dropdown>{children}</Menu.Dropdown>
    </Menu>
  );
}

import type { CSSProperties, ReactNode } from 'react';
import classes from './grid.module.css';

/** A badge drawn by a class rather than Mantine's Badge: the grid shows one in many of its rows. */
export function CellBadge({ colour, outline, upper, title, children }: { colour: string; outline?: boolean; upper?: boolean; title?: string; children: ReactNode }) {
  const style = outline
    ? { '--badge-bg': 'transparent', '--badge-color': `var(--mantine-color-${colour}-outline)`, '--badge-border': `var(--mantine-color-${colour}-outline)` }
    : { '--badge-bg': `var(--mantine-color-${colour}-light)`, '--badge-color': `var(--mantine-color-${colour}-light-color)` };
  return (
    <span className={classes.badge} data-upper={upper ? 'true' : undefined} style={style as CSSProperties} title={title}>
      {children}
    </span>
  );
}

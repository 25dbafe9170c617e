import { Badge, Menu, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconCopy, IconPencil, IconPlayerPause, IconPlayerPlay, IconTrash } from '@tabler/icons-react';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { memo, useLayoutEffect, useRef, useState } from 'react';
import { PRIORITY_LABELS } from '../../../../src-main/domain/initiative';
import type { Standard } from '../../../../src-main/domain/standard';
import { lintQuestion } from '../../../../src-main/domain/standard-lint';
import { RowActions } from '../../components/grid/RowActions';
import { PRIORITY_COLOURS } from './labels';
import classes from './standards.module.css';

export interface StandardListActions {
  onOpen: (standard: Standard) => void;
  onToggle: (id: string) => void;
  onDuplicate: (standard: Standard) => void;
  onSetActive: (standard: Standard, active: boolean) => void;
  onDelete: (standard: Standard) => void;
}

/** One standard. Plain elements rather than layout components where it is easy: a keystroke in the search renders a screenful of these. */
const StandardRow = memo(function StandardRow({ standard, selected, showCategory, actions }: { standard: Standard; selected: boolean; showCategory: boolean; actions: StandardListActions }) {
  const lint = lintQuestion(standard.question);
  return (
    <div className={classes.row} data-retired={!standard.active} data-selected={selected} data-testid="standard-row">
      <input type="checkbox" className={classes.checkbox} aria-label={`Select ${standard.name}`} checked={selected} onChange={() => actions.onToggle(standard.id)} />
      <button type="button" className={classes.rowText} onClick={() => actions.onOpen(standard)}>
        <span className={classes.name}>{standard.name}</span>
        <span className={classes.question}>{standard.question}</span>
      </button>
      <div className={classes.badges}>
        {!lint.ok && (
          <Tooltip label={lint.reasons.join(' ')} multiline w={260}>
            <IconAlertTriangle size={16} color="var(--mantine-color-orange-7)" aria-label={`Question to rephrase: ${lint.reasons.join(' ')}`} role="img" />
          </Tooltip>
        )}
        {showCategory && (
          <Badge variant="default" tt="none" classNames={{ root: classes.categoryBadge, label: classes.categoryLabel }}>
            {standard.category}
          </Badge>
        )}
        {standard.type === 'compliance' && (
          <Badge variant="outline" color="grape" tt="none">
            Compliance
          </Badge>
        )}
        {!standard.active && (
          <Badge variant="outline" color="gray" tt="none">
            Retired
          </Badge>
        )}
        <Badge variant="light" color={PRIORITY_COLOURS[standard.priority]} tt="none" miw={64}>
          {PRIORITY_LABELS[standard.priority]}
        </Badge>
        <RowActions label={`Actions for ${standard.name}`}>
          <Menu.Item leftSection={<IconPencil size={14} />} onClick={() => actions.onOpen(standard)}>
            Edit
          </Menu.Item>
          <Menu.Item leftSection={<IconCopy size={14} />} onClick={() => actions.onDuplicate(standard)}>
            Duplicate
          </Menu.Item>
          <Menu.Item
            leftSection={standard.active ? <IconPlayerPause size={14} /> : <IconPlayerPlay size={14} />}
            onClick={() => actions.onSetActive(standard, !standard.active)}
          >
            {standard.active ? 'Retire' : 'Reactivate'}
          </Menu.Item>
          <Menu.Divider />
          <Menu.Item color="red" leftSection={<IconTrash size={14} />} onClick={() => actions.onDelete(standard)}>
            Delete…
          </Menu.Item>
        </RowActions>
      </div>
    </div>
  );
});

/**
 * The library as a list: only the rows near the screen are rendered, so 1,900 standards scroll
 * and filter as fast as twenty.
 */
export function StandardList({ standards, selected, showCategory, actions }: { standards: Standard[]; selected: ReadonlySet<string>; showCategory: boolean; actions: StandardListActions }) {
  const list = useRef<HTMLDivElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  useLayoutEffect(() => {
    if (list.current) setScrollMargin(list.current.getBoundingClientRect().top + window.scrollY);
  }, []);
  const rows = useWindowVirtualizer({ count: standards.length, estimateSize: () => 58, overscan: 8, scrollMargin, getItemKey: (index) => standards[index]!.id });
  const visible = rows.getVirtualItems();
  return (
    <div ref={list} style={{ height: rows.getTotalSize(), position: 'relative' }} role="list" aria-label="Standards">
      <div style={{ position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${(visible[0]?.start ?? scrollMargin) - scrollMargin}px)` }}>
        {visible.map((row) => {
          const standard = standards[row.index]!;
          return (
            <div role="listitem" key={row.key} ref={rows.measureElement} data-index={row.index}>
              <StandardRow standard={standard} selected={selected.has(standard.id)} showCategory={showCategory} actions={actions} />
            </div>
          );
        })}
      </div>
    </div>
  );
}

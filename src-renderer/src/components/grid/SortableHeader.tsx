import { Group, Table, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconSelector } from '@tabler/icons-react';
import classes from './grid.module.css';

export interface SortState<K extends string> {
  key: K;
  descending: boolean;
}

/** A column header that sorts by its column; a second click reverses. */
export function SortableHeader<K extends string>({ label, column, sort, onSort, align }: { label: string; column: K; sort: SortState<K>; onSort: (next: SortState<K>) => void; align?: 'right' }) {
  const active = sort.key === column;
  const icon = !active ? <IconSelector size={12} /> : sort.descending ? <IconArrowDown size={12} /> : <IconArrowUp size={12} />;
  return (
    <Table.Th aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
      <UnstyledButton className={classes.sortable} onClick={() => onSort({ key: column, descending: active ? !sort.descending : false })}>
        <Group gap={2} justify={align === 'right' ? 'flex-end' : 'flex-start'} wrap="nowrap">
          <span>{label}</span>
          <span aria-hidden>{icon}</span>
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}

import { Group, Menu, Table, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconRotate, IconTrash } from '@tabler/icons-react';
import { memo, useCallback, useState } from 'react';
import { isActionItemOverdue, type ActionItem } from '../../../../src-main/domain/action-item';
import { formatShortDate } from '../../../../src-main/domain/date-format';
import { useChange } from '../../api';
import { CellBadge } from '../../components/grid/CellBadge';
import grid from '../../components/grid/grid.module.css';
import { RowActions } from '../../components/grid/RowActions';
import { useSettings } from '../../components/settings-hooks';
import { pathOf } from '../../router';
import { CloseActionItemDialog } from './CloseActionItemDialog';
import classes from './meetings.module.css';

interface ActionItemsTableProps {
  items: readonly ActionItem[];
  today: string;
  /** Client names by id, to show a Client column across the practice. */
  clientNames?: ReadonlyMap<string, string>;
  /** Meeting titles by id, to link each item to the meeting it came from. */
  meetingLabels?: ReadonlyMap<string, string>;
}

interface RowProps {
  item: ActionItem;
  today: string;
  locale: string;
  clientName: string | undefined;
  meetingLabel: string | undefined;
  onClose: (item: ActionItem) => void;
  onReopen: (item: ActionItem) => void;
  onDelete: (item: ActionItem) => void;
}

/**
 * One item as plain cells and buttons, its "…" menu built only when opened: the practice's list shows every open
 * item of every client at once.
 */
const ActionItemRow = memo(function ActionItemRow({ item, today, locale, clientName, meetingLabel, onClose, onReopen, onDelete }: RowProps) {
  const overdue = isActionItemOverdue(item, today);
  return (
    <Table.Tr data-testid="action-item-row" data-overdue={overdue || undefined}>
      <td className={grid.td}>
        <div>{item.text}</div>
        {item.status === 'done' && item.resolution && <div className={`${grid.dimmed} ${classes.small}`}>Resolution: {item.resolution}</div>}
        {meetingLabel && item.meetingId && (
          <a className={`${classes.link} ${classes.small}`} href={`#/clients/${encodeURIComponent(item.clientId)}/meetings/${encodeURIComponent(item.meetingId)}`}>
            {meetingLabel}
          </a>
        )}
      </td>
      {clientName !== undefined && (
        <td className={grid.td}>
          <a className={classes.link} href={`#${pathOf({ screen: 'client', clientId: item.clientId, section: 'meetings' })}`}>
            {clientName}
          </a>
        </td>
      )}
      <td className={grid.td}>{item.owner || '–'}</td>
      <td className={`${grid.td} nowrap`}>
        <div className={overdue ? classes.overdue : undefined}>{item.dueDate ? formatShortDate(item.dueDate, locale) : '–'}</div>
        {overdue && (
          <CellBadge colour="red" upper>
            Overdue
          </CellBadge>
        )}
      </td>
      <td className={grid.td}>
        <CellBadge colour={item.status === 'done' ? 'gray' : 'blue'} upper>
          {item.status === 'done' ? 'Done' : 'Open'}
        </CellBadge>
      </td>
      <td className={grid.td}>
        <Group gap={4} wrap="nowrap" justify="flex-end">
          {item.status === 'open' ? (
            <button type="button" className={classes.rowButton} data-variant="light" onClick={() => onClose(item)} aria-label={`Close: ${item.text}`}>
              Close
            </button>
          ) : (
            <button type="button" className={classes.rowButton} data-variant="default" onClick={() => onReopen(item)} aria-label={`Reopen: ${item.text}`}>
              <IconRotate size={14} aria-hidden />
              Reopen
            </button>
          )}
          <RowActions label={`More for: ${item.text}`}>
            <Menu.Item color="red" leftSection={<IconTrash size={14} />} onClick={() => onDelete(item)}>
              Delete
            </Menu.Item>
          </RowActions>
        </Group>
      </td>
    </Table.Tr>
  );
});

/** Action items with owner and due date; overdue ones stand out; closing one asks for the resolution. */
export function ActionItemsTable({ items, today, clientNames, meetingLabels }: ActionItemsTableProps) {
  const { settings } = useSettings();
  const update = useChange('actionItems.update');
  const remove = useChange('actionItems.delete');
  const [closing, setClosing] = useState<ActionItem | null>(null);
  const { mutate: updateItem } = update;
  const { mutate: removeItems } = remove;
  const onReopen = useCallback(
    (item: ActionItem) => updateItem({ id: item.id, changes: { status: 'open' } }, { onError: failed }),
    [updateItem],
  );
  const onDelete = useCallback((item: ActionItem) => removeItems({ ids: [item.id] }, { onError: failed }), [removeItems]);

  return (
    <>
      <Table.ScrollContainer minWidth={0}>
        <Table highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Action</Table.Th>
              {clientNames && <Table.Th>Client</Table.Th>}
              <Table.Th>Owner</Table.Th>
              <Table.Th miw={110}>Due</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th w={150}>
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((item) => (
              <ActionItemRow
                key={item.id}
                item={item}
                today={today}
                locale={settings.locale}
                clientName={clientNames ? (clientNames.get(item.clientId) ?? '') : undefined}
                meetingLabel={item.meetingId ? meetingLabels?.get(item.meetingId) : undefined}
                onClose={setClosing}
                onReopen={onReopen}
                onDelete={onDelete}
              />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <CloseActionItemDialog item={closing} onClose={() => setClosing(null)} />
    </>
  );
}

function failed(error: Error) {
  notifications.show({ color: 'red', title: 'Not saved', message: error.message });
}

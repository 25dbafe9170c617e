import { ActionIcon, Anchor, Badge, Button, Group, Menu, Table, Text, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDots, IconRotate, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { isActionItemOverdue, type ActionItem } from '../../../../src-main/domain/action-item';
import { formatShortDate } from '../../../../src-main/domain/date-format';
import { useChange } from '../../api';
import { useSettings } from '../../components/settings-hooks';
import { navigate } from '../../router';
import { CloseActionItemDialog } from './CloseActionItemDialog';

interface ActionItemsTableProps {
  items: readonly ActionItem[];
  today: string;
  /** Client names by id, to show a Client column across the practice. */
  clientNames?: ReadonlyMap<string, string>;
  /** Meeting titles by id, to link each item to the meeting it came from. */
  meetingLabels?: ReadonlyMap<string, string>;
}

/** Action items with owner and due date; overdue ones stand out; closing one asks for the resolution. */
export function ActionItemsTable({ items, today, clientNames, meetingLabels }: ActionItemsTableProps) {
  const { settings } = useSettings();
  const update = useChange('actionItems.update');
  const remove = useChange('actionItems.delete');
  const [closing, setClosing] = useState<ActionItem | null>(null);
  const failed = (error: Error) => notifications.show({ color: 'red', title: 'Not saved', message: error.message });

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
            {items.map((item) => {
              const overdue = isActionItemOverdue(item, today);
              const meetingLabel = item.meetingId ? meetingLabels?.get(item.meetingId) : undefined;
              return (
                <Table.Tr key={item.id} data-testid="action-item-row" data-overdue={overdue || undefined}>
                  <Table.Td>
                    <Text size="sm">{item.text}</Text>
                    {item.status === 'done' && item.resolution && (
                      <Text size="xs" c="dimmed">
                        Resolution: {item.resolution}
                      </Text>
                    )}
                    {meetingLabel && item.meetingId && (
                      <Anchor
                        size="xs"
                        href={`#/clients/${encodeURIComponent(item.clientId)}/meetings/${encodeURIComponent(item.meetingId)}`}
                      >
                        {meetingLabel}
                      </Anchor>
                    )}
                  </Table.Td>
                  {clientNames && (
                    <Table.Td>
                      <Anchor size="sm" onClick={() => navigate({ screen: 'client', clientId: item.clientId, section: 'meetings' })}>
                        {clientNames.get(item.clientId) ?? ''}
                      </Anchor>
                    </Table.Td>
                  )}
                  <Table.Td>
                    <Text size="sm">{item.owner || '–'}</Text>
                  </Table.Td>
                  <Table.Td className="nowrap">
                    <Text size="sm" c={overdue ? 'red' : undefined} fw={overdue ? 600 : undefined}>
                      {item.dueDate ? formatShortDate(item.dueDate, settings.locale) : '–'}
                    </Text>
                    {overdue && (
                      <Badge color="red" variant="light" size="sm">
                        Overdue
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={item.status === 'done' ? 'gray' : 'blue'}>
                      {item.status === 'done' ? 'Done' : 'Open'}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap" justify="flex-end">
                      {item.status === 'open' ? (
                        <Button size="xs" variant="light" onClick={() => setClosing(item)} aria-label={`Close: ${item.text}`}>
                          Close
                        </Button>
                      ) : (
                        <Button
                          size="xs"
                          variant="default"
                          leftSection={<IconRotate size={14} />}
                          onClick={() => update.mutate({ id: item.id, changes: { status: 'open' } }, { onError: failed })}
                          aria-label={`Reopen: ${item.text}`}
                        >
                          Reopen
                        </Button>
                      )}
                      <Menu position="bottom-end" withinPortal>
                        <Menu.Target>
                          <ActionIcon variant="subtle" color="gray" aria-label={`More for: ${item.text}`}>
                            <IconDots size={16} />
                          </ActionIcon>
                        </Menu.Target>
                        <Menu.Dropdown>
                          <Menu.Item color="red" leftSection={<IconTrash size={14} />} onClick={() => remove.mutate({ ids: [item.id] }, { onError: failed })}>
                            Delete
                          </Menu.Item>
                        </Menu.Dropdown>
                      </Menu>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <CloseActionItemDialog item={closing} onClose={() => setClosing(null)} />
    </>
  );
}

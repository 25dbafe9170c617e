import { ActionIcon, Badge, Table, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconTrash } from '@tabler/icons-react';
import type { Client } from '../../../../src-main/domain/client';
import { formatShortDate } from '../../../../src-main/domain/date-format';
import { TOUCH_CHANNEL_LABELS, type Touch } from '../../../../src-main/domain/touch';
import { useChange } from '../../api';
import { useSettings } from '../../components/settings-hooks';

/** The client's logged touches and escalations, newest first. */
export function TouchLog({ client, touches }: { client: Client; touches: readonly Touch[] }) {
  const { settings } = useSettings();
  const remove = useChange('touches.delete');
  const names = new Map(client.contacts.map((person) => [person.id, person.name]));
  return (
    <Table.ScrollContainer minWidth={0}>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Date</Table.Th>
            <Table.Th>Kind</Table.Th>
            <Table.Th>How</Table.Th>
            <Table.Th>With</Table.Th>
            <Table.Th>Summary</Table.Th>
            <Table.Th w={40} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {touches.map((entry) => (
            <Table.Tr key={entry.id} data-testid="touch-row">
              <Table.Td className="nowrap">{formatShortDate(entry.date, settings.locale)}</Table.Td>
              <Table.Td className="nowrap">
                <Badge variant="light" color={entry.kind === 'escalation' ? 'red' : 'blue'}>
                  {entry.kind === 'escalation' ? 'Escalation' : 'Touch'}
                </Badge>
              </Table.Td>
              <Table.Td className="nowrap">{TOUCH_CHANNEL_LABELS[entry.channel]}</Table.Td>
              <Table.Td>{entry.contactId ? (names.get(entry.contactId) ?? 'A former contact') : '–'}</Table.Td>
              <Table.Td>
                <Text size="sm" lineClamp={2}>
                  {entry.summary || '–'}
                </Text>
              </Table.Td>
              <Table.Td>
                <Tooltip label="Delete">
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={`Delete the ${entry.kind === 'escalation' ? 'escalation' : 'touch'} of ${entry.date}`}
                    onClick={() => remove.mutate({ ids: [entry.id] }, { onError: (error) => notifications.show({ color: 'red', message: error.message }) })}
                  >
                    <IconTrash size={16} />
                  </ActionIcon>
                </Tooltip>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

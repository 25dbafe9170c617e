import { ActionIcon, Alert, Button, Card, Checkbox, Group, SimpleGrid, Stack, TextInput, Tooltip } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconAlertTriangle, IconPlus, IconTrash } from '@tabler/icons-react';
import type { ClientFields } from '../../../../src-main/domain/client';

/** Contacts with their roles; strategy work needs at least one decision maker, so say so when there is none. */
export function ContactsEditor({ form }: { form: UseFormReturnType<ClientFields> }) {
  const contacts = form.values.contacts;
  const hasDecisionMaker = contacts.some((person) => person.decisionMaker);
  return (
    <Stack gap="sm">
      {contacts.map((person, index) => (
        <Card key={person.id ?? `new-${index}`} withBorder p="sm" data-testid="contact-row">
          <Group align="flex-start" wrap="nowrap">
            <SimpleGrid cols={2} flex={1} spacing="xs" verticalSpacing="xs">
              <TextInput label="Name" required size="xs" {...form.getInputProps(`contacts.${index}.name`)} />
              <TextInput label="Role" size="xs" placeholder="Owner, office manager…" {...form.getInputProps(`contacts.${index}.role`)} />
              <TextInput label="Email" size="xs" {...form.getInputProps(`contacts.${index}.email`)} />
              <TextInput label="Phone" size="xs" {...form.getInputProps(`contacts.${index}.phone`)} />
              <Checkbox
                label="Decision maker"
                size="xs"
                {...form.getInputProps(`contacts.${index}.decisionMaker`, { type: 'checkbox' })}
              />
            </SimpleGrid>
            <Tooltip label="Remove contact">
              <ActionIcon variant="subtle" color="red" mt={22} aria-label={`Remove contact ${person.name || index + 1}`} onClick={() => form.removeListItem('contacts', index)}>
                <IconTrash size={16} />
              </ActionIcon>
            </Tooltip>
          </Group>
        </Card>
      ))}
      {!hasDecisionMaker && (
        <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />} p="xs">
          No decision maker yet. Strategy meetings, budgets and roadmaps need someone who can say yes.
        </Alert>
      )}
      <Button
        variant="light"
        size="xs"
        w="fit-content"
        leftSection={<IconPlus size={14} />}
        onClick={() => form.insertListItem('contacts', { name: '', role: '', email: '', phone: '', decisionMaker: contacts.length === 0 })}
      >
        Add contact
      </Button>
    </Stack>
  );
}

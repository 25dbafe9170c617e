import { ActionIcon, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { ProposalForm } from './proposal-form';
import { newRowId } from './row-ids';

/** Who does the work: engineers, partners, vendors and the client's own people. */
export function ResourcesEditor({ form, readOnly }: { form: ProposalForm; readOnly: boolean }) {
  const resources = form.values.resources;
  return (
    <Stack gap="xs">
      {resources.length === 0 && (
        <Text size="sm" c="dimmed">
          Name the roles the project needs (engineer, vendor, the client’s contact) and who fills them, if known.
        </Text>
      )}
      {resources.map((resource, index) => (
        <Group key={resource.id} gap="sm" align="flex-start" wrap="nowrap" data-testid="proposal-resource">
          <TextInput style={{ flex: 1 }} label={index === 0 ? 'Role' : undefined} aria-label={`Role ${index + 1}`} placeholder="Network engineer" readOnly={readOnly} {...form.getInputProps(`resources.${index}.role`)} />
          <TextInput style={{ flex: 1 }} label={index === 0 ? 'Who' : undefined} aria-label={`Who, role ${index + 1}`} placeholder="Name, or leave empty" readOnly={readOnly} {...form.getInputProps(`resources.${index}.who`)} />
          {!readOnly && (
            <ActionIcon variant="subtle" color="red" mt={index === 0 ? 28 : 4} aria-label={`Remove role ${index + 1}`} onClick={() => form.removeListItem('resources', index)}>
              <IconTrash size={16} />
            </ActionIcon>
          )}
        </Group>
      ))}
      {!readOnly && (
        <Group>
          <Button variant="light" leftSection={<IconPlus size={16} />} onClick={() => form.insertListItem('resources', { id: newRowId('resource'), role: '', who: '' })}>
            Add role
          </Button>
        </Group>
      )}
    </Stack>
  );
}

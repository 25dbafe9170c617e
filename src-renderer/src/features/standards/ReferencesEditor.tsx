import { ActionIcon, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { StandardReference } from '../../../../src-main/domain/standard';

/** Where the standard comes from: titles and https addresses, a row each. */
export function ReferencesEditor({
  references,
  errors,
  onChange,
}: {
  references: StandardReference[];
  errors: Record<string, string | undefined>;
  onChange: (next: StandardReference[]) => void;
}) {
  const set = (index: number, change: Partial<StandardReference>) => onChange(references.map((reference, at) => (at === index ? { ...reference, ...change } : reference)));
  return (
    <Stack gap={6}>
      <Text size="sm" fw={500}>
        References
      </Text>
      {references.length === 0 && (
        <Text size="xs" c="dimmed">
          No reference yet. Add the NIST, CIS or vendor page an engineer can check the standard against.
        </Text>
      )}
      {references.map((reference, index) => (
        <Group key={index} gap="xs" align="flex-start" wrap="nowrap">
          <TextInput
            flex={2}
            aria-label={`Reference ${index + 1} title`}
            placeholder="CIS Controls v8, Control 11"
            value={reference.title}
            error={errors[`references.${index}.title`]}
            onChange={(event) => set(index, { title: event.currentTarget.value })}
          />
          <TextInput
            flex={3}
            aria-label={`Reference ${index + 1} address`}
            placeholder="https://"
            value={reference.url}
            error={errors[`references.${index}.url`]}
            onChange={(event) => set(index, { url: event.currentTarget.value })}
          />
          <ActionIcon variant="subtle" color="gray" mt={4} aria-label={`Remove reference ${index + 1}`} onClick={() => onChange(references.filter((_unused, at) => at !== index))}>
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
      ))}
      <Button variant="subtle" size="xs" w="fit-content" leftSection={<IconPlus size={14} />} onClick={() => onChange([...references, { title: '', url: 'https://' }])}>
        Add reference
      </Button>
    </Stack>
  );
}

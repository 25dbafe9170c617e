import { Accordion, ActionIcon, Button, Group, NumberInput, Select, Stack, Text, TextInput, Title, Tooltip } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPlus, IconRestore, IconTrash } from '@tabler/icons-react';
import { DEFAULT_AGENDA_TEMPLATES } from '../../../../src-main/domain/agenda-templates';
import { formatDuration } from '../../../../src-main/domain/date-format';
import { agendaMinutes, MEETING_TYPE_LABELS, MEETING_TYPES, type AgendaTemplate } from '../../../../src-main/domain/meeting';
import type { SettingsForm } from './SettingsPage';

const TYPE_OPTIONS = MEETING_TYPES.map((value) => ({ value, label: MEETING_TYPE_LABELS[value] }));

function TemplateItems({ form, index, template }: { form: SettingsForm; index: number; template: AgendaTemplate }) {
  const path = `agendaTemplates.${index}.items`;
  return (
    <Stack gap="xs">
      {template.items.map((item, itemIndex) => (
        <Group key={itemIndex} align="flex-start" wrap="nowrap" gap="xs" data-testid="template-item">
          <TextInput label="Item" style={{ flex: 2 }} {...form.getInputProps(`${path}.${itemIndex}.title`)} />
          <NumberInput label="Minutes" w={96} min={0} max={600} allowDecimal={false} {...form.getInputProps(`${path}.${itemIndex}.minutes`)} />
          <TextInput label="Question for the client" style={{ flex: 3 }} {...form.getInputProps(`${path}.${itemIndex}.question`)} />
          <Group gap={2} mt={24} wrap="nowrap">
            <Tooltip label="Move up">
              <ActionIcon variant="subtle" aria-label={`Move ${item.title || 'item'} up`} disabled={itemIndex === 0} onClick={() => form.reorderListItem(path, { from: itemIndex, to: itemIndex - 1 })}>
                <IconArrowUp size={16} />
              </ActionIcon>
            </Tooltip>
            <Tooltip label="Move down">
              <ActionIcon
                variant="subtle"
                aria-label={`Move ${item.title || 'item'} down`}
                disabled={itemIndex === template.items.length - 1}
                onClick={() => form.reorderListItem(path, { from: itemIndex, to: itemIndex + 1 })}
              >
                <IconArrowDown size={16} />
              </ActionIcon>
            </Tooltip>
            <Tooltip label="Remove">
              <ActionIcon variant="subtle" color="red" aria-label={`Remove ${item.title || 'item'}`} onClick={() => form.removeListItem(path, itemIndex)}>
                <IconTrash size={16} />
              </ActionIcon>
            </Tooltip>
          </Group>
        </Group>
      ))}
      <Group justify="space-between">
        <Button variant="light" size="xs" leftSection={<IconPlus size={14} />} onClick={() => form.insertListItem(path, { title: '', minutes: 10, notes: '', question: '' })}>
          Add an item
        </Button>
        <Text size="sm" c="dimmed">
          {formatDuration(agendaMinutes(template.items))} in all
        </Text>
      </Group>
    </Stack>
  );
}

/** The agendas meetings start from (PRODUCT.md §7), edited with the other settings and saved with them. */
export function AgendaSettings({ form }: { form: SettingsForm }) {
  const templates = form.values.agendaTemplates;
  return (
    <Stack>
      <div>
        <Title order={4}>Agenda templates</Title>
        <Text size="sm" c="dimmed">
          A meeting’s agenda starts from one of these. Each item’s question goes into the questionnaire the client can fill in before the
          meeting; leave it empty to ask in general words.
        </Text>
      </div>
      <Accordion variant="separated" multiple>
        {templates.map((template, index) => (
          <Accordion.Item key={template.id} value={template.id}>
            <Accordion.Control>
              <Text fw={600}>{template.name || 'Untitled template'}</Text>
              <Text size="xs" c="dimmed">
                {MEETING_TYPE_LABELS[template.meetingType]} · {template.items.length} {template.items.length === 1 ? 'item' : 'items'}
              </Text>
            </Accordion.Control>
            <Accordion.Panel>
              <Stack>
                <Group align="flex-end">
                  <TextInput label="Template name" style={{ flex: 1 }} {...form.getInputProps(`agendaTemplates.${index}.name`)} />
                  <Select label="For" data={TYPE_OPTIONS} allowDeselect={false} w={260} {...form.getInputProps(`agendaTemplates.${index}.meetingType`)} />
                  <Button variant="subtle" color="red" leftSection={<IconTrash size={16} />} onClick={() => form.removeListItem('agendaTemplates', index)}>
                    Delete template
                  </Button>
                </Group>
                <TemplateItems form={form} index={index} template={template} />
              </Stack>
            </Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
      <Group>
        <Button
          variant="light"
          leftSection={<IconPlus size={16} />}
          onClick={() => form.insertListItem('agendaTemplates', { id: crypto.randomUUID(), name: 'New template', meetingType: 'strategy', items: [] })}
        >
          Add a template
        </Button>
        <Button variant="default" leftSection={<IconRestore size={16} />} onClick={() => form.setFieldValue('agendaTemplates', structuredClone(DEFAULT_AGENDA_TEMPLATES))}>
          Restore the default templates
        </Button>
      </Group>
    </Stack>
  );
}

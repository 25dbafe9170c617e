import { closestCenter, DndContext, KeyboardSensor, PointerSensor, useSensor, useSensors, type Announcements, type DragEndEvent } from '@dnd-kit/core';
import { arrayMove, SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { ActionIcon, Button, Group, NumberInput, Paper, Select, Stack, Text, Textarea, TextInput, Tooltip } from '@mantine/core';
import { IconGripVertical, IconPlus, IconTemplate, IconTrash } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { agendaFromTemplate } from '../../../../src-main/domain/agenda-templates';
import { formatDuration } from '../../../../src-main/domain/date-format';
import { agendaMinutes, type AgendaItem, type AgendaTemplate, type MeetingType } from '../../../../src-main/domain/meeting';
import { ConfirmDialog } from '../../components/ConfirmDialog';

interface AgendaEditorProps {
  agenda: AgendaItem[];
  onChange: (agenda: AgendaItem[]) => void;
  templates: readonly AgendaTemplate[];
  meetingType: MeetingType;
  durationMinutes: number;
  /** Field errors of the form, by path ("agenda.0.title"). */
  errors: Record<string, ReactNode>;
}

function AgendaRow({
  item,
  index,
  errors,
  onChange,
  onRemove,
}: {
  item: AgendaItem;
  index: number;
  errors: AgendaEditorProps['errors'];
  onChange: (next: AgendaItem) => void;
  onRemove: () => void;
}) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: item.id });
  const label = item.title || `item ${index + 1}`;
  return (
    <Paper
      ref={setNodeRef}
      withBorder
      p="xs"
      style={{ transform: CSS.Transform.toString(transform), transition, zIndex: isDragging ? 2 : undefined, position: 'relative' }}
      data-testid="agenda-item"
    >
      <Group align="flex-start" wrap="nowrap" gap="xs">
        <Tooltip label="Drag, or press Space then the arrow keys, to reorder">
          <ActionIcon ref={setActivatorNodeRef} variant="subtle" color="gray" mt={24} aria-label={`Reorder ${label}`} style={{ cursor: 'grab' }} {...attributes} {...listeners}>
            <IconGripVertical size={18} />
          </ActionIcon>
        </Tooltip>
        <Stack gap={6} style={{ flex: 1 }}>
          <Group align="flex-start" wrap="nowrap" gap="xs">
            <TextInput
              label={`Item ${index + 1}`}
              style={{ flex: 1 }}
              value={item.title}
              error={errors[`agenda.${index}.title`]}
              onChange={(event) => onChange({ ...item, title: event.currentTarget.value })}
            />
            <NumberInput
              label="Minutes"
              w={100}
              min={0}
              max={600}
              allowDecimal={false}
              value={item.minutes}
              error={errors[`agenda.${index}.minutes`]}
              onChange={(value) => onChange({ ...item, minutes: typeof value === 'number' ? value : Number.NaN })}
            />
          </Group>
          <Group align="flex-start" wrap="nowrap" gap="xs">
            <Textarea
              label="Notes (shown on the agenda)"
              style={{ flex: 1 }}
              autosize
              minRows={1}
              value={item.notes}
              error={errors[`agenda.${index}.notes`]}
              onChange={(event) => onChange({ ...item, notes: event.currentTarget.value })}
            />
            <TextInput
              label="Question for the client"
              style={{ flex: 1 }}
              placeholder="Empty: asked in general words"
              value={item.question}
              error={errors[`agenda.${index}.question`]}
              onChange={(event) => onChange({ ...item, question: event.currentTarget.value })}
            />
          </Group>
        </Stack>
        <Tooltip label="Remove from the agenda">
          <ActionIcon variant="subtle" color="red" mt={24} aria-label={`Remove ${label}`} onClick={onRemove}>
            <IconTrash size={16} />
          </ActionIcon>
        </Tooltip>
      </Group>
    </Paper>
  );
}

/** The agenda: items in order (drag and drop, or the keyboard), each with its time and notes; starts from a template. */
export function AgendaEditor({ agenda, onChange, templates, meetingType, durationMinutes, errors }: AgendaEditorProps) {
  const sensors = useSensors(useSensor(PointerSensor), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));
  const suggested = templates.find((template) => template.meetingType === meetingType) ?? templates[0];
  const [templateId, setTemplateId] = useState<string | null>(suggested?.id ?? null);
  const [confirmingReplace, setConfirmingReplace] = useState(false);
  const template = templates.find((candidate) => candidate.id === templateId) ?? null;
  const titleOf = (id: string | number) => agenda.find((item) => item.id === id)?.title || 'The item';
  const positionOf = (id: string | number) => agenda.findIndex((item) => item.id === id) + 1;
  const announcements: Announcements = {
    onDragStart: ({ active }) => `Picked up ${titleOf(active.id)}, item ${positionOf(active.id)} of ${agenda.length}.`,
    onDragOver: ({ active, over }) => (over ? `${titleOf(active.id)} is over position ${positionOf(over.id)} of ${agenda.length}.` : undefined),
    onDragEnd: ({ active, over }) => (over ? `${titleOf(active.id)} dropped at position ${positionOf(over.id)} of ${agenda.length}.` : `${titleOf(active.id)} dropped.`),
    onDragCancel: ({ active }) => `Moving ${titleOf(active.id)} cancelled.`,
  };

  function onDragEnd({ active, over }: DragEndEvent) {
    if (!over || active.id === over.id) return;
    onChange(arrayMove(agenda, positionOf(active.id) - 1, positionOf(over.id) - 1));
  }

  function applyTemplate(mode: 'replace' | 'append') {
    if (!template) return;
    const items = agendaFromTemplate(template, () => crypto.randomUUID());
    onChange(mode === 'replace' ? items : [...agenda, ...items]);
    setConfirmingReplace(false);
  }

  const total = agendaMinutes(agenda);
  const totalValid = Number.isFinite(total) && Number.isFinite(durationMinutes);
  return (
    <Stack gap="sm">
      <Group align="flex-end" gap="xs">
        <Select
          label="Agenda template"
          data={templates.map((candidate) => ({ value: candidate.id, label: candidate.name }))}
          value={templateId}
          onChange={setTemplateId}
          allowDeselect={false}
          w={300}
          nothingFoundMessage="No templates: add them in Settings"
        />
        <Button variant="light" leftSection={<IconTemplate size={16} />} disabled={!template} onClick={() => (agenda.length === 0 ? applyTemplate('replace') : setConfirmingReplace(true))}>
          Build the agenda from this template
        </Button>
      </Group>
      {agenda.length === 0 ? (
        <Text size="sm" c="dimmed">
          No agenda yet. Build it from a template, or add items one by one.
        </Text>
      ) : (
        <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd} accessibility={{ announcements }}>
          <SortableContext items={agenda.map((item) => item.id)} strategy={verticalListSortingStrategy}>
            <Stack gap="xs">
              {agenda.map((item, index) => (
                <AgendaRow
                  key={item.id}
                  item={item}
                  index={index}
                  errors={errors}
                  onChange={(next) => onChange(agenda.map((candidate) => (candidate.id === item.id ? next : candidate)))}
                  onRemove={() => onChange(agenda.filter((candidate) => candidate.id !== item.id))}
                />
              ))}
            </Stack>
          </SortableContext>
        </DndContext>
      )}
      <Group justify="space-between">
        <Button variant="default" size="xs" leftSection={<IconPlus size={14} />} onClick={() => onChange([...agenda, { id: crypto.randomUUID(), title: '', minutes: 10, notes: '', question: '' }])}>
          Add an agenda item
        </Button>
        <Text size="sm" c={totalValid && total > durationMinutes ? 'red' : 'dimmed'} data-testid="agenda-total">
          {totalValid ? `${formatDuration(total)} of agenda in a ${formatDuration(durationMinutes)} meeting` : 'Give every item its minutes'}
          {totalValid && total > durationMinutes ? ': longer than the meeting' : ''}
        </Text>
      </Group>
      <ConfirmDialog
        opened={confirmingReplace}
        title="The meeting already has an agenda"
        confirmLabel="Replace the agenda"
        danger={false}
        onConfirm={() => applyTemplate('replace')}
        onCancel={() => setConfirmingReplace(false)}
      >
        Replace the {agenda.length === 1 ? 'item' : `${agenda.length} items`} with the template’s, or{' '}
        <Button variant="subtle" size="compact-sm" onClick={() => applyTemplate('append')}>
          add the template’s items after them
        </Button>
        .
      </ConfirmDialog>
    </Stack>
  );
}

import { closestCenter, DndContext, KeyboardSensor, PointerSensor, useSensor, useSensors, type Announcements, type DragEndEvent } from '@dnd-kit/core';
import { arrayMove, SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { ActionIcon, Button, Group, Paper, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { IconGripVertical, IconPlus, IconTrash } from '@tabler/icons-react';
import { useMemo } from 'react';
import type { ProposalForm } from './proposal-form';
import { newRowId } from './row-ids';

const INSTRUCTIONS = {
  draggable: 'To move a step, press Space or Enter on its handle, use the up and down arrows to choose its place, then press Space or Enter again. Escape cancels.',
};

/** The ordered steps of the work, each with the detail an engineer needs; reordered by dragging a handle or with the keyboard. */
export function StepsEditor({ form, readOnly }: { form: ProposalForm; readOnly: boolean }) {
  const steps = form.values.steps;
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));
  const ids = steps.map((step) => step.id);
  const announcements = useMemo<Announcements>(() => {
    const words = (id: string | number) => {
      const index = ids.indexOf(String(id));
      return `Step ${index + 1}${steps[index]?.title ? `, ${steps[index]!.title}` : ''}`;
    };
    const position = (id: string | number | undefined) => (id === undefined ? '' : `position ${ids.indexOf(String(id)) + 1} of ${ids.length}`);
    return {
      onDragStart: ({ active }) => `Picked up ${words(active.id)}.`,
      onDragOver: ({ active, over }) => (over ? `${words(active.id)} is over ${position(over.id)}.` : undefined),
      onDragEnd: ({ active, over }) => (over ? `${words(active.id)} dropped at ${position(over.id)}.` : `${words(active.id)} dropped.`),
      onDragCancel: ({ active }) => `Moving ${words(active.id)} was cancelled; it stays where it was.`,
    };
  }, [ids, steps]);

  function onDragEnd({ active, over }: DragEndEvent) {
    if (!over || active.id === over.id) return;
    form.setFieldValue('steps', arrayMove(steps, ids.indexOf(String(active.id)), ids.indexOf(String(over.id))));
  }

  return (
    <Stack gap="sm">
      {steps.length === 0 && (
        <Text size="sm" c="dimmed">
          List the work in the order it happens, with enough detail that the engineer needs no questions answered.
        </Text>
      )}
      <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd} accessibility={{ announcements, screenReaderInstructions: INSTRUCTIONS }}>
        <SortableContext items={ids} strategy={verticalListSortingStrategy}>
          {steps.map((step, index) => (
            <SortableStep key={step.id} id={step.id} index={index} form={form} readOnly={readOnly} />
          ))}
        </SortableContext>
      </DndContext>
      {!readOnly && (
        <Group>
          <Button variant="light" leftSection={<IconPlus size={16} />} onClick={() => form.insertListItem('steps', { id: newRowId('step'), title: '', detail: '' })}>
            Add step
          </Button>
        </Group>
      )}
    </Stack>
  );
}

function SortableStep({ id, index, form, readOnly }: { id: string; index: number; form: ProposalForm; readOnly: boolean }) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id, disabled: readOnly });
  const number = index + 1;
  return (
    <Paper ref={setNodeRef} withBorder p="sm" style={{ transform: CSS.Translate.toString(transform), transition, zIndex: isDragging ? 2 : undefined, position: 'relative' }} data-testid="proposal-step">
      <Group align="flex-start" wrap="nowrap" gap="sm">
        {!readOnly && (
          <ActionIcon ref={setActivatorNodeRef} variant="subtle" color="gray" mt={26} aria-label={`Move step ${number}`} {...attributes} {...listeners}>
            <IconGripVertical size={18} />
          </ActionIcon>
        )}
        <Text fw={700} mt={28} w={22} ta="right" aria-hidden>
          {number}.
        </Text>
        <Stack gap={6} style={{ flex: 1, minWidth: 0 }}>
          <TextInput label={`Step ${number}`} readOnly={readOnly} {...form.getInputProps(`steps.${index}.title`)} />
          <Textarea label="Detail" aria-label={`Detail of step ${number}`} autosize minRows={1} maxRows={8} readOnly={readOnly} {...form.getInputProps(`steps.${index}.detail`)} />
        </Stack>
        {!readOnly && (
          <ActionIcon variant="subtle" color="red" mt={26} aria-label={`Remove step ${number}`} onClick={() => form.removeListItem('steps', index)}>
            <IconTrash size={16} />
          </ActionIcon>
        )}
      </Group>
    </Paper>
  );
}

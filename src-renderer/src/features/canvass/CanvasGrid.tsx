import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  useDroppable,
  useSensor,
  useSensors,
  type Announcements,
  type CollisionDetection,
  type DragEndEvent,
  type DragOverEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { Button, Group, Text, Title, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { CANVASS_BLOCK_HINTS, CANVASS_BLOCK_LABELS, CANVASS_BLOCKS, type CanvassBlock, type CanvassContent, type CanvassNote } from '../../../../src-main/domain/canvass';
import { blockOfNote } from '../../../../src-main/domain/canvass-edit';
import classes from './canvass.module.css';
import { NewNote } from './NewNote';
import { focusNewNote, focusNote } from './note-focus';
import { NOTE_HELP_ID, NoteItem, type NoteActions } from './NoteItem';
import type { CanvassEdits } from './useCanvass';

const BLOCK_DROP = 'block:';

function notesWord(count: number): string {
  return count === 1 ? '1 note' : `${count} notes`;
}

function failed(error: Error) {
  notifications.show({ color: 'red', title: 'Not saved', message: error.message });
}

/** Where a dragged note lands: over another note (before it) or over a block's empty space (at its end). */
function dropTarget(content: CanvassContent, noteId: string, overId: string): { block: CanvassBlock; index: number } | null {
  if (overId.startsWith(BLOCK_DROP)) {
    const block = overId.slice(BLOCK_DROP.length) as CanvassBlock;
    return { block, index: content.blocks[block].filter((note) => note.id !== noteId).length };
  }
  const block = blockOfNote(content, overId);
  return block ? { block, index: content.blocks[block].findIndex((note) => note.id === overId) } : null;
}

/**
 * With a pointer, the note (or else the block) under it is the target, so a note lands where it is
 * dropped, even in another block; by keyboard there is no pointer and the nearest note wins.
 */
const collision: CollisionDetection = (args) => {
  const under = pointerWithin(args);
  const notes = under.filter((candidate) => !String(candidate.id).startsWith(BLOCK_DROP));
  if (notes.length > 0) return notes;
  return under.length > 0 ? under : closestCenter(args);
};

function BlockCard({
  block,
  notes,
  edits,
  content,
  highlighted,
  keyboardDrag,
}: {
  block: CanvassBlock;
  notes: readonly CanvassNote[];
  edits: CanvassEdits | null;
  content: CanvassContent;
  highlighted: boolean;
  /** A note is being moved with the keyboard: the arrows step from note to note, so the block itself is no target. */
  keyboardDrag: boolean;
}) {
  const droppable = useDroppable({ id: `${BLOCK_DROP}${block}`, disabled: edits === null || keyboardDrag });
  const label = CANVASS_BLOCK_LABELS[block];
  const headingId = `canvass-block-${block}`;

  const actionsFor = (note: CanvassNote, index: number): NoteActions | null => {
    if (!edits) return null;
    const move = (toBlock: CanvassBlock, toIndex: number) => {
      edits.moveNote(note.id, toBlock, toIndex).catch(failed);
      focusNote(note.id, toBlock);
    };
    return {
      update: (text) => void edits.updateNote(note.id, text).catch(failed),
      remove: () => {
        const next = notes[index + 1] ?? notes[index - 1];
        edits.removeNote(note.id).catch(failed);
        if (next) focusNote(next.id);
        else focusNewNote(block);
        const undo = notifications.show({
          message: (
            <Group justify="space-between" wrap="nowrap">
              <Text size="sm">Note removed from {label}.</Text>
              <Button
                size="compact-sm"
                variant="light"
                onClick={() => {
                  notifications.hide(undo);
                  edits.addNote(block, note.text, { id: note.id, index }).catch(failed);
                  focusNote(note.id, block);
                }}
              >
                Undo
              </Button>
            </Group>
          ),
        });
      },
      move: (delta) => {
        const target = index + delta;
        if (target >= 0 && target < notes.length) move(block, target);
      },
      moveToBlock: (delta) => {
        const position = CANVASS_BLOCKS.indexOf(block) + delta;
        const toBlock = CANVASS_BLOCKS[position];
        if (toBlock) move(toBlock, content.blocks[toBlock].length);
      },
      focusSibling: (delta) => {
        const sibling = notes[index + delta];
        if (sibling) focusNote(sibling.id);
        else if (delta === 1) focusNewNote(block);
      },
    };
  };

  return (
    <section className={classes.block} data-block={block} data-over={highlighted} aria-labelledby={headingId} data-testid={`block-${block}`}>
      <div>
        <Group justify="space-between" gap={4} wrap="nowrap" align="baseline">
          <Title order={3} fz="sm" id={headingId}>
            {label}
          </Title>
          <Text size="xs" c="dimmed" className="nowrap">
            {notesWord(notes.length)}
          </Text>
        </Group>
        <Text size="xs" c="dimmed">
          {CANVASS_BLOCK_HINTS[block]}
        </Text>
      </div>
      <SortableContext id={block} items={notes.map((note) => note.id)} strategy={verticalListSortingStrategy}>
        <ul ref={droppable.setNodeRef} className={classes.notes} aria-label={`Notes in ${label}`}>
          {notes.map((note, index) => (
            <NoteItem key={note.id} note={note} blockLabel={label} actions={actionsFor(note, index)} />
          ))}
        </ul>
      </SortableContext>
      {edits && <NewNote block={block} label={label} edits={edits} lastNoteId={notes[notes.length - 1]?.id ?? null} />}
      {!edits && notes.length === 0 && (
        <Text size="xs" c="dimmed" fs="italic">
          Nothing noted.
        </Text>
      )}
    </section>
  );
}

/**
 * The nine blocks in the canvas layout. With `edits` every note can be added, edited, removed and
 * moved (dragged, or by keyboard); without, it is a read-only view (an older snapshot).
 */
export function CanvasGrid({ content, edits }: { content: CanvassContent; edits: CanvassEdits | null }) {
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));
  const [overBlock, setOverBlock] = useState<CanvassBlock | null>(null);
  const [keyboardDrag, setKeyboardDrag] = useState(false);

  const describe = (id: string | number) => {
    const noteId = String(id);
    if (noteId.startsWith(BLOCK_DROP)) return `the end of ${CANVASS_BLOCK_LABELS[noteId.slice(BLOCK_DROP.length) as CanvassBlock]}`;
    const block = blockOfNote(content, noteId);
    const note = block ? content.blocks[block].find((candidate) => candidate.id === noteId) : undefined;
    return block && note ? `note “${note.text.slice(0, 40)}” in ${CANVASS_BLOCK_LABELS[block]}` : 'a note';
  };
  const announcements: Announcements = {
    onDragStart: ({ active }) => `Picked up ${describe(active.id)}.`,
    onDragOver: ({ over }) => (over ? `Over ${describe(over.id)}.` : 'Not over a block.'),
    onDragEnd: ({ over }) => (over ? `Dropped at ${describe(over.id)}.` : 'Dropped where it was.'),
    onDragCancel: () => 'Move cancelled.',
  };

  const onDragOver = ({ over }: DragOverEvent) => {
    const target = over ? dropTarget(content, '', String(over.id)) : null;
    setOverBlock(target?.block ?? null);
  };
  const onDragStart = ({ activatorEvent }: DragStartEvent) => setKeyboardDrag(activatorEvent instanceof KeyboardEvent);
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    setOverBlock(null);
    setKeyboardDrag(false);
    if (!over || !edits) return;
    const noteId = String(active.id);
    const target = dropTarget(content, noteId, String(over.id));
    const from = blockOfNote(content, noteId);
    if (!target || !from || (from === target.block && content.blocks[from][target.index]?.id === noteId)) return;
    edits.moveNote(noteId, target.block, target.index).catch(failed);
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collision}
      onDragStart={onDragStart}
      onDragOver={onDragOver}
      onDragEnd={onDragEnd}
      onDragCancel={() => {
        setOverBlock(null);
        setKeyboardDrag(false);
      }}
      accessibility={{
        announcements,
        screenReaderInstructions: { draggable: 'To move this note, press Space, use the arrow keys, then press Space again to drop it or Escape to cancel.' },
      }}
    >
      {edits && (
        <VisuallyHidden id={NOTE_HELP_ID}>Enter or F2 edits the note, Delete removes it, Alt with the arrow keys moves it within its block or to the next one.</VisuallyHidden>
      )}
      <div className={classes.frame}>
        <div className={classes.grid} data-testid="canvass-grid">
          {CANVASS_BLOCKS.map((block) => (
            <BlockCard key={block} block={block} notes={content.blocks[block]} edits={edits} content={content} highlighted={overBlock === block} keyboardDrag={keyboardDrag} />
          ))}
        </div>
      </div>
    </DndContext>
  );
}

import { z } from 'zod';
import { CANVASS_BLOCKS, canvassNote, DISCOVERY_TOPICS, TRAJECTORIES, type CanvassBlock, type CanvassContent, type CanvassNote } from './canvass';

/**
 * What changed in a canvass between two moments (a snapshot and now, or two snapshots), block by
 * block (PRODUCT.md §4: "compare with last year's"). Notes are matched by their id; a note whose id
 * is gone but whose text reappears (deleted and typed again) counts as the same note, so retyping
 * is not reported as a change.
 */

const block = z.enum(CANVASS_BLOCKS);

export const blockDiff = z.strictObject({
  block,
  added: z.array(canvassNote),
  removed: z.array(canvassNote),
  /** Same note, new wording. */
  changed: z.array(z.strictObject({ id: z.string(), before: z.string(), after: z.string() })),
  /** Notes that came from another block; `before` is the old wording when it changed on the way. */
  movedIn: z.array(z.strictObject({ note: canvassNote, from: block, before: z.string().nullable() })),
  /** The notes that stayed are in a different order. */
  reordered: z.boolean(),
  unchanged: z.number().int().min(0),
});
export type BlockDiff = z.infer<typeof blockDiff>;

export const answerDiff = z.strictObject({ topic: z.enum(DISCOVERY_TOPICS), before: z.string(), after: z.string() });
export type AnswerDiff = z.infer<typeof answerDiff>;

const trajectory = z.enum(TRAJECTORIES).nullable();

export const canvassDiff = z.strictObject({
  /** Every block, in canvas order, changed or not. */
  blocks: z.array(blockDiff),
  answers: z.array(answerDiff),
  trajectory: z.strictObject({ before: trajectory, after: trajectory }).nullable(),
  /** Notes added, removed, reworded or moved, blocks reordered, answers changed and the trajectory. */
  changeCount: z.number().int().min(0),
});
export type CanvassDiff = z.infer<typeof canvassDiff>;

interface Located {
  note: CanvassNote;
  block: CanvassBlock;
}

function normalized(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLocaleLowerCase();
}

function locate(content: CanvassContent): Located[] {
  return CANVASS_BLOCKS.flatMap((where) => content.blocks[where].map((note) => ({ note, block: where })));
}

/** Pairs each note of `after` with the note it was in `before`, by id first, then by the same text (same block preferred). */
function pairNotes(before: Located[], after: Located[]): Map<Located, Located> {
  const pairs = new Map<Located, Located>();
  const unmatchedBefore = new Map(before.map((entry) => [entry.note.id, entry]));
  const waiting: Located[] = [];
  for (const entry of after) {
    const same = unmatchedBefore.get(entry.note.id);
    if (same) {
      pairs.set(entry, same);
      unmatchedBefore.delete(entry.note.id);
    } else {
      waiting.push(entry);
    }
  }
  for (const preferSameBlock of [true, false]) {
    for (const entry of waiting) {
      if (pairs.has(entry)) continue;
      const text = normalized(entry.note.text);
      const match = [...unmatchedBefore.values()].find((old) => normalized(old.note.text) === text && (!preferSameBlock || old.block === entry.block));
      if (match) {
        pairs.set(entry, match);
        unmatchedBefore.delete(match.note.id);
      }
    }
  }
  return pairs;
}

/** True when the notes that stayed in a block (`afterOrder`, a subset of `beforeOrder`) are in a different relative order. */
function orderChanged(beforeOrder: string[], afterOrder: string[]): boolean {
  const kept = new Set(afterOrder);
  return beforeOrder.filter((id) => kept.has(id)).some((id, index) => afterOrder[index] !== id);
}

export function diffCanvass(before: CanvassContent, after: CanvassContent): CanvassDiff {
  const beforeNotes = locate(before);
  const afterNotes = locate(after);
  const pairs = pairNotes(beforeNotes, afterNotes);
  const matchedBefore = new Set([...pairs.values()]);

  const blocks = CANVASS_BLOCKS.map((where): BlockDiff => {
    const diff: BlockDiff = { block: where, added: [], removed: [], changed: [], movedIn: [], reordered: false, unchanged: 0 };
    /** Ids (as they were before) of the notes that stayed in this block, in their new order. */
    const stayed: string[] = [];
    for (const entry of afterNotes.filter((candidate) => candidate.block === where)) {
      const old = pairs.get(entry);
      if (!old) {
        diff.added.push(entry.note);
        continue;
      }
      const reworded = old.note.text !== entry.note.text;
      if (old.block !== where) {
        diff.movedIn.push({ note: entry.note, from: old.block, before: reworded ? old.note.text : null });
        continue;
      }
      stayed.push(old.note.id);
      if (reworded) diff.changed.push({ id: entry.note.id, before: old.note.text, after: entry.note.text });
      else diff.unchanged += 1;
    }
    diff.removed = beforeNotes.filter((entry) => entry.block === where && !matchedBefore.has(entry)).map((entry) => entry.note);
    diff.reordered = orderChanged(
      before.blocks[where].map((note) => note.id),
      stayed,
    );
    return diff;
  });

  const answers = DISCOVERY_TOPICS.filter((topic) => before.discovery[topic].trim() !== after.discovery[topic].trim()).map(
    (topic): AnswerDiff => ({ topic, before: before.discovery[topic], after: after.discovery[topic] }),
  );
  const trajectoryChange = before.trajectory === after.trajectory ? null : { before: before.trajectory, after: after.trajectory };
  const noteChanges = blocks.reduce(
    (total, entry) => total + entry.added.length + entry.removed.length + entry.changed.length + entry.movedIn.length + (entry.reordered ? 1 : 0),
    0,
  );
  return { blocks, answers, trajectory: trajectoryChange, changeCount: noteChanges + answers.length + (trajectoryChange ? 1 : 0) };
}

/** Whether a block has anything to report. */
export function blockChanged(diff: BlockDiff): boolean {
  return diff.added.length + diff.removed.length + diff.changed.length + diff.movedIn.length > 0 || diff.reordered;
}

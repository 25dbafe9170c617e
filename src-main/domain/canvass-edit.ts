import { CANVASS_BLOCKS, type CanvassBlock, type CanvassContent, type CanvassNote, type DiscoveryTopic, type Trajectory } from './canvass';

/**
 * The edits a consultant makes to a canvass, as pure functions returning a new content. The main
 * side applies them to the stored canvass; the screen applies the same ones at once, so typing a
 * note never waits for the disk. An edit that names a note which is not there returns null.
 */

function withBlock(content: CanvassContent, block: CanvassBlock, notes: CanvassNote[]): CanvassContent {
  return { ...content, blocks: { ...content.blocks, [block]: notes } };
}

function clampIndex(index: number | undefined, length: number): number {
  if (index === undefined || !Number.isFinite(index)) return length;
  return Math.min(Math.max(Math.trunc(index), 0), length);
}

/** The block a note is in, or null. */
export function blockOfNote(content: CanvassContent, noteId: string): CanvassBlock | null {
  return CANVASS_BLOCKS.find((block) => content.blocks[block].some((note) => note.id === noteId)) ?? null;
}

/** Adds a note at `index` (the end when absent). A note id already in the canvass is refused (null). */
export function addNote(content: CanvassContent, block: CanvassBlock, note: CanvassNote, index?: number): CanvassContent | null {
  if (blockOfNote(content, note.id) !== null) return null;
  const notes = [...content.blocks[block]];
  notes.splice(clampIndex(index, notes.length), 0, note);
  return withBlock(content, block, notes);
}

export function updateNote(content: CanvassContent, noteId: string, text: string): CanvassContent | null {
  const block = blockOfNote(content, noteId);
  if (block === null) return null;
  return withBlock(
    content,
    block,
    content.blocks[block].map((note) => (note.id === noteId ? { ...note, text } : note)),
  );
}

/** Moves a note to a position in a block (its own or another); the index counts the target block without the note. */
export function moveNote(content: CanvassContent, noteId: string, toBlock: CanvassBlock, toIndex: number): CanvassContent | null {
  const fromBlock = blockOfNote(content, noteId);
  if (fromBlock === null) return null;
  const note = content.blocks[fromBlock].find((candidate) => candidate.id === noteId)!;
  const without = withBlock(
    content,
    fromBlock,
    content.blocks[fromBlock].filter((candidate) => candidate.id !== noteId),
  );
  const target = [...without.blocks[toBlock]];
  target.splice(clampIndex(toIndex, target.length), 0, note);
  return withBlock(without, toBlock, target);
}

export function removeNote(content: CanvassContent, noteId: string): CanvassContent | null {
  const block = blockOfNote(content, noteId);
  if (block === null) return null;
  return withBlock(
    content,
    block,
    content.blocks[block].filter((note) => note.id !== noteId),
  );
}

export interface DiscoveryChanges {
  answers?: Partial<Record<DiscoveryTopic, string>>;
  /** Undefined leaves it as it is; null clears it. */
  trajectory?: Trajectory | null;
}

export function updateDiscovery(content: CanvassContent, changes: DiscoveryChanges): CanvassContent {
  const given = Object.entries(changes.answers ?? {}).filter(([, answer]) => answer !== undefined);
  return {
    ...content,
    discovery: { ...content.discovery, ...Object.fromEntries(given) },
    trajectory: changes.trajectory === undefined ? content.trajectory : changes.trajectory,
  };
}

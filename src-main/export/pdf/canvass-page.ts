import type { Content } from 'pdfmake/interfaces';
import { CANVASS_BLOCK_HINTS, CANVASS_BLOCK_LABELS, CANVASS_BLOCKS, CANVASS_LAYOUT, MAX_NOTES_PER_BLOCK, type CanvassBlock, type CanvassContent, type CanvassNote } from '../../domain/canvass';
import { tint, type Brand } from '../brand';
import { breakable } from './long-text';
import { contentHeight, contentWidth } from './pdf-blocks';

/**
 * The first page of the canvass PDF: the nine blocks in the one-page canvas layout, each a box of
 * fixed size. Notes are measured before they are placed, so a box never overflows: the largest
 * type size at which the notes fit is used, and a block whose notes do not fit even at the
 * smallest legible size (hundreds of notes, a note of thousands of words) shows those that fit, in
 * order, and the rest continue after the canvas under the block's name marked "continued".
 */

/** Heights of nodes laid out at a width, in points, group by group, in the order given. */
export type Measure = (groups: ReadonlyArray<{ nodes: readonly Content[]; width: number }>) => Promise<number[][]>;

/** Type sizes tried for the notes, largest first; the last is the smallest we call legible. */
export const NOTE_SIZES = [9, 8, 7] as const;
const GAP = 6;
const PADDING = 5;
const BORDER = 0.75;
/** From a box's edge to its text: the border and the padding. */
export const BLOCK_INSET = PADDING + BORDER;
/** Room for the title line above the canvas. */
const TITLE_SPACE = 30;
/** Left free at the foot of the page, for rounding in pdfmake's layout. */
const SLACK = 8;
const BOTTOM_SHARE = 0.27;

export interface BlockPlan {
  block: CanvassBlock;
  /** How many of the block's notes are on the canvas page; the rest continue after it. */
  shown: number;
}

export interface CanvassPagePlan {
  noteSize: number;
  blocks: Record<CanvassBlock, BlockPlan>;
  /** True when some block continues after the canvas page. */
  continues: boolean;
}

interface Box {
  width: number;
  height: number;
}

/** The size of each block's box on the landscape page. */
export function canvassBoxes(brand: Brand): Record<CanvassBlock, Box> {
  const width = contentWidth(brand, true);
  const grid = contentHeight(brand, true) - TITLE_SPACE - SLACK;
  const bottom = Math.floor(grid * BOTTOM_SHARE);
  const top = grid - bottom - GAP;
  const column = (width - GAP * (CANVASS_LAYOUT.columns.length - 1)) / CANVASS_LAYOUT.columns.length;
  const boxes = {} as Record<CanvassBlock, Box>;
  for (const stacked of CANVASS_LAYOUT.columns) {
    const height = (top - GAP * (stacked.length - 1)) / stacked.length;
    for (const block of stacked) boxes[block] = { width: column, height };
  }
  const wide = (width - GAP * (CANVASS_LAYOUT.bottom.length - 1)) / CANVASS_LAYOUT.bottom.length;
  for (const block of CANVASS_LAYOUT.bottom) boxes[block] = { width: wide, height: bottom };
  return boxes;
}

function innerWidth(box: Box): number {
  return box.width - 2 * PADDING - 2 * BORDER;
}

function innerHeight(box: Box): number {
  return box.height - 2 * PADDING - 2 * BORDER;
}

/** One note as a bullet with a hanging indent; the same node is measured and drawn. */
export function noteNode(text: string, size: number, brand: Brand): Content {
  return {
    columns: [
      { width: size * 0.6, text: '•', color: brand.accentColour, fontSize: size, lineHeight: 1.1 },
      { width: '*', text: breakable(text), fontSize: size, lineHeight: 1.1 },
    ],
    columnGap: 2,
    margin: [0, 0, 0, size * 0.35],
  };
}

function blockHeading(block: CanvassBlock, brand: Brand): Content {
  return { text: CANVASS_BLOCK_LABELS[block].toUpperCase(), fontSize: 7.5, bold: true, color: brand.primaryColour, margin: [0, 0, 0, 4], characterSpacing: 0.3 };
}

function emptyBlock(block: CanvassBlock): Content[] {
  return [
    { text: CANVASS_BLOCK_HINTS[block], fontSize: 7, italics: true, color: '#667085', margin: [0, 0, 0, 2] },
    { text: 'Nothing noted yet.', fontSize: 7, color: '#98A2B3' },
  ];
}

function continuedMarker(remaining: number): Content {
  const notes = remaining === 1 ? '1 more note' : `${remaining} more notes`;
  return { text: `+ ${notes}, continued after the canvas`, fontSize: 7, bold: true, italics: true, color: '#B54708', margin: [0, 1, 0, 0] };
}

/** How many notes fit under the heading, keeping room for the marker when not all of them do. */
function fitNotes(heights: number[], room: number, markerHeight: number): number {
  let used = 0;
  let shown = 0;
  while (shown < heights.length && used + heights[shown]! <= room) used += heights[shown++]!;
  if (shown === heights.length) return shown;
  while (shown > 0 && used + markerHeight > room) used -= heights[--shown]!;
  return shown;
}

function groupsByWidth(boxes: Record<CanvassBlock, Box>): CanvassBlock[][] {
  const groups = new Map<number, CanvassBlock[]>();
  for (const block of CANVASS_BLOCKS) groups.set(boxes[block].width, [...(groups.get(boxes[block].width) ?? []), block]);
  return [...groups.values()];
}

interface Measured {
  headingHeight: number;
  markerHeight: number;
  /** Each block's note heights. */
  notes: Record<CanvassBlock, number[]>;
}

/** Measures every note at every size in one probe: sizes × widths groups. */
async function measureAll(content: CanvassContent, brand: Brand, measure: Measure): Promise<Map<number, Measured>> {
  const boxes = canvassBoxes(brand);
  const groups = NOTE_SIZES.flatMap((size) =>
    groupsByWidth(boxes).map((blocks) => ({
      size,
      blocks,
      width: innerWidth(boxes[blocks[0]!]),
      // The longest heading, the marker, then every note of the blocks of that width.
      nodes: [
        blockHeading('customerRelationships', brand),
        continuedMarker(MAX_NOTES_PER_BLOCK),
        ...blocks.flatMap((block) => content.blocks[block].map((note) => noteNode(note.text, size, brand))),
      ],
    })),
  );
  const heights = await measure(groups);
  const bySize = new Map<number, Measured>();
  groups.forEach((group, index) => {
    const [headingHeight = Infinity, markerHeight = Infinity, ...noteHeights] = heights[index] ?? [];
    const entry = bySize.get(group.size) ?? { headingHeight: 0, markerHeight: 0, notes: {} as Record<CanvassBlock, number[]> };
    entry.headingHeight = Math.max(entry.headingHeight, headingHeight);
    entry.markerHeight = Math.max(entry.markerHeight, markerHeight);
    let offset = 0;
    for (const block of group.blocks) {
      entry.notes[block] = noteHeights.slice(offset, offset + content.blocks[block].length);
      offset += content.blocks[block].length;
    }
    bySize.set(group.size, entry);
  });
  return bySize;
}

function planAt(size: number, measured: Measured, content: CanvassContent, brand: Brand): CanvassPagePlan {
  const boxes = canvassBoxes(brand);
  const blocks = {} as Record<CanvassBlock, BlockPlan>;
  for (const block of CANVASS_BLOCKS) {
    blocks[block] = { block, shown: fitNotes(measured.notes[block], innerHeight(boxes[block]) - measured.headingHeight, measured.markerHeight) };
  }
  return { noteSize: size, blocks, continues: CANVASS_BLOCKS.some((block) => blocks[block].shown < content.blocks[block].length) };
}

function overflowing(plan: CanvassPagePlan, content: CanvassContent): CanvassBlock[] {
  return CANVASS_BLOCKS.filter((block) => plan.blocks[block].shown < content.blocks[block].length);
}

/**
 * The largest note size at which every block fits, leaving aside the blocks that would not fit
 * even at the smallest size (they continue after the canvas whatever the size): one very long
 * note does not shrink the type of the whole canvas.
 */
export async function planCanvassPage(content: CanvassContent, brand: Brand, measure: Measure): Promise<CanvassPagePlan> {
  const measured = await measureAll(content, brand, measure);
  const plans = NOTE_SIZES.map((size) => planAt(size, measured.get(size)!, content, brand));
  const smallest = plans[plans.length - 1]!;
  const hopeless = new Set(overflowing(smallest, content));
  return plans.find((plan) => overflowing(plan, content).every((block) => hopeless.has(block))) ?? smallest;
}

function blockBox(block: CanvassBlock, notes: readonly CanvassNote[], plan: CanvassPagePlan, box: Box, brand: Brand): Content {
  const shown = plan.blocks[block].shown;
  const body: Content[] =
    notes.length === 0
      ? emptyBlock(block)
      : [...notes.slice(0, shown).map((note) => noteNode(note.text, plan.noteSize, brand)), ...(shown < notes.length ? [continuedMarker(notes.length - shown)] : [])];
  return {
    table: { widths: [box.width - 2 * PADDING - 2 * BORDER], heights: [innerHeight(box)], body: [[{ stack: [blockHeading(block, brand), ...body] }]], dontBreakRows: true },
    layout: {
      hLineWidth: () => BORDER,
      vLineWidth: () => BORDER,
      hLineColor: () => tint(brand.primaryColour, 0.55),
      vLineColor: () => tint(brand.primaryColour, 0.55),
      fillColor: () => tint(brand.primaryColour, 0.95),
      paddingLeft: () => PADDING,
      paddingRight: () => PADDING,
      paddingTop: () => PADDING,
      paddingBottom: () => PADDING,
    },
  };
}

/** The canvas page's content: a title line and the nine boxes. */
export function canvassPageContent(content: CanvassContent, plan: CanvassPagePlan, brand: Brand, title: { left: string; right: string }): Content[] {
  const boxes = canvassBoxes(brand);
  const box = (block: CanvassBlock, top: number): Content => ({ stack: [blockBox(block, content.blocks[block], plan, boxes[block], brand)], margin: [0, top, 0, 0] });
  const columns: Content = {
    columns: CANVASS_LAYOUT.columns.map((stacked) => ({
      width: boxes[stacked[0]!].width,
      stack: stacked.map((block, index) => box(block, index === 0 ? 0 : GAP)),
    })),
    columnGap: GAP,
  };
  const bottom: Content = {
    columns: CANVASS_LAYOUT.bottom.map((block) => ({ width: boxes[block].width, stack: [box(block, 0)] })),
    columnGap: GAP,
    margin: [0, GAP, 0, 0],
  };
  const titleLine: Content = {
    columns: [
      { text: title.left, fontSize: 15, bold: true, color: brand.primaryColour, width: '*' },
      { text: title.right, fontSize: 8, color: '#555555', alignment: 'right', width: 'auto', margin: [0, 6, 0, 0] },
    ],
    margin: [0, 0, 0, 6],
  };
  return [titleLine, columns, bottom];
}

import { z } from 'zod';
import { entityId, optionalText, requiredText, timestamp } from './text';

/** The business canvass and discovery answers of a client (PRODUCT.md §4). */

export const CANVASS_BLOCKS = [
  'keyPartners',
  'keyActivities',
  'keyResources',
  'valuePropositions',
  'customerRelationships',
  'channels',
  'customerSegments',
  'costStructure',
  'revenueStreams',
] as const;
export type CanvassBlock = (typeof CANVASS_BLOCKS)[number];
export const CANVASS_BLOCK_LABELS: Record<CanvassBlock, string> = {
  keyPartners: 'Key partners',
  keyActivities: 'Key activities',
  keyResources: 'Key resources',
  valuePropositions: 'Value propositions',
  customerRelationships: 'Customer relationships',
  channels: 'Channels',
  customerSegments: 'Customer segments',
  costStructure: 'Cost structure',
  revenueStreams: 'Revenue streams',
};

/** What belongs in each block, in a few words, shown as a prompt on the screen and in the PDF. */
export const CANVASS_BLOCK_HINTS: Record<CanvassBlock, string> = {
  keyPartners: 'Suppliers, vendors and allies the business leans on',
  keyActivities: 'What the business has to do well, every day',
  keyResources: 'People, systems, places and know-how it cannot work without',
  valuePropositions: 'Why customers pick this business over the others',
  customerRelationships: 'How it wins customers and keeps them coming back',
  channels: 'How it reaches customers and delivers to them',
  customerSegments: 'Who the customers are',
  costStructure: 'Where most of the money goes',
  revenueStreams: 'Where the money comes from, and how it is charged',
};

/**
 * The familiar one-page layout: five columns across the top (some split in two), and the cost and
 * revenue blocks sharing the bottom row. Screens and the PDF draw the canvas from this.
 */
export const CANVASS_LAYOUT: { columns: readonly (readonly CanvassBlock[])[]; bottom: readonly CanvassBlock[] } = {
  columns: [['keyPartners'], ['keyActivities', 'keyResources'], ['valuePropositions'], ['customerRelationships', 'channels'], ['customerSegments']],
  bottom: ['costStructure', 'revenueStreams'],
};

export const TRAJECTORIES = ['growing', 'stable', 'shrinking'] as const;
export type Trajectory = (typeof TRAJECTORIES)[number];
export const TRAJECTORY_LABELS: Record<Trajectory, string> = { growing: 'Growing', stable: 'Stable', shrinking: 'Shrinking' };

export const MAX_NOTES_PER_BLOCK = 500;
export const MAX_NOTE_LENGTH = 10_000;
export const MAX_ANSWER_LENGTH = 10_000;

export const DISCOVERY_TOPICS = [
  'customers',
  'serviceArea',
  'criticalOperations',
  'suppliersAndPartners',
  'kpis',
  'goalsAndSuccess',
  'marketPosition',
  'howTheyMakeMoney',
  'salesAndMarketing',
  'growth',
  'risksAndObstacles',
  'complianceObligations',
] as const;
export type DiscoveryTopic = (typeof DISCOVERY_TOPICS)[number];

export const canvassNote = z.strictObject({
  id: entityId,
  text: requiredText('Note', MAX_NOTE_LENGTH),
});
export type CanvassNote = z.infer<typeof canvassNote>;

const blockNotes = z.array(canvassNote).max(MAX_NOTES_PER_BLOCK, { error: `A block can hold at most ${MAX_NOTES_PER_BLOCK} notes` });

export const discoveryAnswer = optionalText('Answer', MAX_ANSWER_LENGTH);

export const canvassContent = z.strictObject({
  blocks: z.strictObject(Object.fromEntries(CANVASS_BLOCKS.map((block) => [block, blockNotes])) as Record<CanvassBlock, typeof blockNotes>),
  discovery: z.strictObject(
    Object.fromEntries(DISCOVERY_TOPICS.map((topic) => [topic, discoveryAnswer])) as Record<DiscoveryTopic, typeof discoveryAnswer>,
  ),
  /** Only for "how the business is doing": growing, stable or shrinking. */
  trajectory: z.enum(TRAJECTORIES).nullable(),
});
export type CanvassContent = z.infer<typeof canvassContent>;

export function emptyCanvassContent(): CanvassContent {
  return {
    blocks: Object.fromEntries(CANVASS_BLOCKS.map((block) => [block, []])) as unknown as CanvassContent['blocks'],
    discovery: Object.fromEntries(DISCOVERY_TOPICS.map((topic) => [topic, ''])) as CanvassContent['discovery'],
    trajectory: null,
  };
}

/** The living canvass: one a client. */
export const canvass = canvassContent.extend({
  clientId: entityId,
  updatedAt: timestamp,
});
export type Canvass = z.infer<typeof canvass>;

/** A dated copy, to compare with later (last year's canvass). */
export const canvassSnapshot = canvassContent.extend({
  id: entityId,
  clientId: entityId,
  label: optionalText('Label', 120),
  takenAt: timestamp,
});
export type CanvassSnapshot = z.infer<typeof canvassSnapshot>;

/** A snapshot as listed: when, what it is called, and how much it holds (without the notes themselves). */
export const canvassSnapshotSummary = z.strictObject({
  id: entityId,
  clientId: entityId,
  label: z.string(),
  takenAt: timestamp,
  noteCount: z.number().int().min(0),
  answerCount: z.number().int().min(0),
});
export type CanvassSnapshotSummary = z.infer<typeof canvassSnapshotSummary>;

export function noteCount(content: Pick<CanvassContent, 'blocks'>): number {
  return CANVASS_BLOCKS.reduce((total, block) => total + content.blocks[block].length, 0);
}

export function answerCount(content: Pick<CanvassContent, 'discovery'>): number {
  return DISCOVERY_TOPICS.filter((topic) => content.discovery[topic] !== '').length;
}

export function summarizeSnapshot(snapshot: CanvassSnapshot): CanvassSnapshotSummary {
  return {
    id: snapshot.id,
    clientId: snapshot.clientId,
    label: snapshot.label,
    takenAt: snapshot.takenAt,
    noteCount: noteCount(snapshot),
    answerCount: answerCount(snapshot),
  };
}

/** Only the content of a canvass or a snapshot: what is compared, copied and exported. */
export function contentOf(source: CanvassContent): CanvassContent {
  return { blocks: source.blocks, discovery: source.discovery, trajectory: source.trajectory };
}

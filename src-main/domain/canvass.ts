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
  text: requiredText('Note', 10_000),
});
export type CanvassNote = z.infer<typeof canvassNote>;

const blockNotes = z.array(canvassNote).max(500, { error: 'A block can hold at most 500 notes' });

export const canvassContent = z.strictObject({
  blocks: z.strictObject(Object.fromEntries(CANVASS_BLOCKS.map((block) => [block, blockNotes])) as Record<CanvassBlock, typeof blockNotes>),
  discovery: z.strictObject(
    Object.fromEntries(DISCOVERY_TOPICS.map((topic) => [topic, optionalText('Answer', 10_000)])) as Record<DiscoveryTopic, ReturnType<typeof optionalText>>,
  ),
  /** Only for "how the business is doing": growing, stable or shrinking. */
  trajectory: z.enum(['growing', 'stable', 'shrinking']).nullable(),
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

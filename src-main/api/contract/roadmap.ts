import { z } from 'zod';
import { ASSET_CATEGORIES } from '../../domain/asset';
import { clientDecision, initiative, INITIATIVE_STATUSES, PRIORITIES } from '../../domain/initiative';
import { DECISIONS } from '../../domain/initiative-history';
import { fiscalQuarter, isoDate, month } from '../../domain/months';
import { DEFAULT_QUARTERS_AHEAD, MAX_QUARTERS_AHEAD } from '../../domain/roadmap';
import { entityId, optionalText } from '../../domain/text';
import { byClient, channel, savedFile } from './shared';

/** The roadmap feature's channels (names listed under ROADMAP in channel-names.ts). */

const cents = z.number().int();
const linkTarget = z.strictObject({ id: entityId, label: z.string() });

export const linkTargets = z.strictObject({
  standards: z.array(linkTarget),
  reviews: z.array(linkTarget),
  goals: z.array(linkTarget),
  assets: z.array(linkTarget),
});

export const roadmapCard = z.strictObject({
  id: entityId,
  title: z.string(),
  status: z.enum(INITIATIVE_STATUSES),
  priority: z.enum(PRIORITIES),
  startQuarter: fiscalQuarter.nullable(),
  durationQuarters: z.number().int(),
  owner: z.string(),
  rank: z.number().int(),
  prices: z.strictObject({ oneTimeCents: cents, monthlyCents: cents, labourCents: cents, upfrontCents: cents }),
  links: z.strictObject({
    standards: z.array(linkTarget),
    reviews: z.array(linkTarget),
    goals: z.array(linkTarget),
    assets: z.array(linkTarget),
    clientRequest: z.string(),
  }),
  decision: clientDecision,
  pushesOverLimit: z.boolean(),
});
export type RoadmapCardView = z.infer<typeof roadmapCard>;

const roadmapColumn = z.strictObject({
  key: z.string(),
  quarter: fiscalQuarter.nullable(),
  label: z.string(),
  months: z.string(),
  past: z.boolean(),
  initiativeIds: z.array(entityId),
  roadmapPriceCents: cents,
  budget: z.strictObject({ priceCents: cents, overLimit: z.boolean() }).nullable(),
});
export type RoadmapColumnView = z.infer<typeof roadmapColumn>;

const roadmapBoard = z.strictObject({
  limitCents: cents.nullable(),
  columns: z.array(roadmapColumn),
  cards: z.array(roadmapCard),
  offBoardCount: z.number().int(),
  planStartMonth: month,
  planEndMonth: month,
});
export type RoadmapBoardView = z.infer<typeof roadmapBoard>;

const decisionInput = z
  .strictObject({
    id: entityId,
    decision: z.enum(DECISIONS, { error: 'Choose approved or declined' }),
    date: isoDate,
    by: optionalText('Decided by', 120),
    note: optionalText('Note', 2000),
  })
  .superRefine((value, context) => {
    if (value.decision === 'declined' && value.note === '') {
      context.addIssue({ code: 'custom', path: ['note'], message: 'Write down why the client declined, in their words' });
    }
  });

const decisionLogEntry = z.strictObject({
  initiativeId: entityId,
  title: z.string(),
  decision: z.enum(DECISIONS),
  date: isoDate.nullable(),
  by: z.string(),
  note: z.string(),
  recordedAt: z.string(),
  quarter: z.string(),
});
export type DecisionLogEntryView = z.infer<typeof decisionLogEntry>;

const replacementGroup = z.strictObject({
  key: z.string(),
  category: z.enum(ASSET_CATEGORIES),
  quarter: fiscalQuarter,
  markupPercent: z.number(),
  assets: z.array(
    z.strictObject({
      assetId: entityId,
      name: z.string(),
      quantity: z.number().int(),
      month,
      overdue: z.boolean(),
      costCents: cents,
      priceCents: cents,
      priceBasis: z.enum(['priced', 'estimated', 'unpriced']),
    }),
  ),
  costCents: cents,
  priceCents: cents,
  overdue: z.boolean(),
});
export type ReplacementGroupView = z.infer<typeof replacementGroup>;

export const roadmapChannels = {
  'roadmap.board': channel(
    z.strictObject({
      clientId: entityId,
      quartersAhead: z.number().int().min(DEFAULT_QUARTERS_AHEAD).max(MAX_QUARTERS_AHEAD).default(DEFAULT_QUARTERS_AHEAD),
    }),
    roadmapBoard,
  ),
  'roadmap.move': channel(
    z.strictObject({ id: entityId, toQuarter: fiscalQuarter.nullable(), beforeId: entityId.nullable().default(null) }),
    z.strictObject({ initiatives: z.array(initiative) }),
  ),
  'roadmap.decide': channel(decisionInput, z.strictObject({ initiative })),
  'roadmap.decisionLog': channel(byClient, z.strictObject({ entries: z.array(decisionLogEntry) })),
  'roadmap.linkTargets': channel(byClient, linkTargets),
  'roadmap.replacementGroups': channel(byClient, z.strictObject({ groups: z.array(replacementGroup), horizonEndMonth: month })),
  'roadmap.fromReplacements': channel(
    z.strictObject({ clientId: entityId, assetIds: z.array(entityId).min(1, { error: 'Choose at least one replacement' }).max(5000) }),
    z.strictObject({ initiatives: z.array(initiative) }),
  ),
  'export.roadmapPdf': channel(byClient, savedFile),
};

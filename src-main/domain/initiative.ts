import { z } from 'zod';
import { cents, percent } from './money';
import { fiscalQuarter, isoDate } from './months';
import { entityId, LONG_TEXT, optionalText, requiredText, timestamp } from './text';

export const INITIATIVE_STATUSES = [
  'proposed',
  'approved',
  'scheduled',
  'inProgress',
  'done',
  'deferred',
  'declined',
] as const;
export type InitiativeStatus = (typeof INITIATIVE_STATUSES)[number];
export const INITIATIVE_STATUS_LABELS: Record<InitiativeStatus, string> = {
  proposed: 'Proposed',
  approved: 'Approved',
  scheduled: 'Scheduled',
  inProgress: 'In progress',
  done: 'Done',
  deferred: 'Deferred',
  declined: 'Declined',
};

export const PRIORITIES = ['high', 'medium', 'low'] as const;
export type Priority = (typeof PRIORITIES)[number];
export const PRIORITY_LABELS: Record<Priority, string> = { high: 'High', medium: 'Medium', low: 'Low' };

export const SPEND_KINDS = ['capex', 'opex'] as const;
export type SpendKind = (typeof SPEND_KINDS)[number];

const idList = z.array(entityId).max(500);

/** Why the initiative exists: the standards, goals, assets and requests it answers (PRODUCT.md §6). */
export const initiativeReasons = z.strictObject({
  standardIds: idList,
  /** The alignment reviews whose findings it answers (with `standardIds`, the finding itself). */
  reviewIds: idList,
  goalIds: idList,
  /** The assets it replaces (PRODUCT.md §5, "Replaced by an initiative"). */
  assetIds: idList,
  clientRequest: optionalText('Client request', 2000),
});

/** Business impact in plain words (PRODUCT.md §3). */
export const businessImpact = z.strictObject({
  productivity: optionalText('Productivity impact', 2000),
  businessRisk: optionalText('Business risk', 2000),
  opportunityCost: optionalText('Opportunity cost', 2000),
});

export const clientDecision = z.strictObject({
  date: isoDate.nullable(),
  by: optionalText('Decided by', 120),
  note: optionalText('Decision note', 2000),
});

export const INITIATIVE_HISTORY_KINDS = ['created', 'moved', 'status', 'approved', 'declined', 'costs', 'proposal'] as const;
export type InitiativeHistoryKind = (typeof INITIATIVE_HISTORY_KINDS)[number];

/** One line of an initiative's history: a move between quarters, a status change, a client decision. */
export const initiativeHistoryEntry = z.strictObject({
  at: timestamp,
  kind: z.enum(INITIATIVE_HISTORY_KINDS),
  /** What it was and what it became, in words ("Q1 FY2027", "Proposed"). */
  from: optionalText('From', 200),
  to: optionalText('To', 200),
  /** The reason given, e.g. the client's words when declining. */
  note: optionalText('Note', 2000),
  /** Who decided, for decisions. */
  by: optionalText('By', 120),
  /** The day the client decided, for approvals and declines; other entries have none. */
  date: isoDate.optional(),
});
export type InitiativeHistoryEntry = z.infer<typeof initiativeHistoryEntry>;

export const labourHours = z
  .number({ error: 'Enter the labour hours' })
  .min(0, { error: 'Hours cannot be negative' })
  .max(100_000, { error: 'That is too many hours' })
  .refine((value) => Math.abs(value * 100 - Math.round(value * 100)) < 1e-6, { error: 'Use at most two decimals' });

export const initiativeFields = z.strictObject({
  title: requiredText('Title', 200),
  description: optionalText('Description', LONG_TEXT),
  why: initiativeReasons,
  businessImpact: businessImpact,
  priority: z.enum(PRIORITIES, { error: 'Choose a priority' }),
  status: z.enum(INITIATIVE_STATUSES, { error: 'Choose a status' }),
  /** Null means unscheduled: no budget events. */
  startQuarter: fiscalQuarter.nullable(),
  durationQuarters: z
    .number({ error: 'Enter a duration' })
    .int({ error: 'The duration is a whole number of quarters' })
    .min(1, { error: 'The duration is at least one quarter' })
    .max(40, { error: 'The duration is at most 40 quarters' }),
  oneTimeCostCents: cents,
  oneTimeSpend: z.enum(SPEND_KINDS, { error: 'Choose capex or opex' }),
  /** Null uses the default initiative one-time markup from settings. */
  oneTimeMarkupPercent: percent.nullable(),
  recurringMonthlyCostCents: cents,
  /** Null uses the default recurring markup from settings. */
  recurringMarkupPercent: percent.nullable(),
  labourHours: labourHours,
  owner: optionalText('Owner', 120),
  clientDecision: clientDecision,
});
export type InitiativeFields = z.infer<typeof initiativeFields>;

export const newInitiative = initiativeFields.partial().required({ title: true });
export type NewInitiative = z.input<typeof newInitiative>;
export const initiativePatch = initiativeFields.partial();
export type InitiativePatch = z.input<typeof initiativePatch>;

export const INITIATIVE_DEFAULTS: Omit<InitiativeFields, 'title'> = {
  description: '',
  why: { standardIds: [], reviewIds: [], goalIds: [], assetIds: [], clientRequest: '' },
  businessImpact: { productivity: '', businessRisk: '', opportunityCost: '' },
  priority: 'medium',
  status: 'proposed',
  startQuarter: null,
  durationQuarters: 1,
  oneTimeCostCents: 0,
  oneTimeSpend: 'capex',
  oneTimeMarkupPercent: null,
  recurringMonthlyCostCents: 0,
  recurringMarkupPercent: null,
  labourHours: 0,
  owner: '',
  clientDecision: { date: null, by: '', note: '' },
};

export const initiative = initiativeFields.extend({
  id: entityId,
  clientId: entityId,
  /** Order within its roadmap column (smaller first). */
  rank: z.number().int().min(0).max(1_000_000_000),
  history: z.array(initiativeHistoryEntry).max(1000),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type Initiative = z.infer<typeof initiative>;

import { z } from 'zod';
import { cents, percent, quantity } from './money';
import { isoDate } from './months';
import { entityId, LONG_TEXT, optionalText, requiredText, timestamp } from './text';
import { clientDecision, labourHours } from './initiative';

/** Proposals (PRODUCT.md §8): a roadmap item turned into something a client can sign. */

export const PROPOSAL_STATUSES = ['draft', 'sent', 'accepted', 'declined'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];
export const PROPOSAL_STATUS_LABELS: Record<ProposalStatus, string> = { draft: 'Draft', sent: 'Sent', accepted: 'Accepted', declined: 'Declined' };

export const LINE_ITEM_KINDS = ['hardware', 'software', 'service'] as const;
export type LineItemKind = (typeof LINE_ITEM_KINDS)[number];
export const LINE_ITEM_KIND_LABELS: Record<LineItemKind, string> = { hardware: 'Hardware', software: 'Software', service: 'Service' };

export const LINE_ITEM_BILLINGS = ['oneTime', 'monthly'] as const;
export type LineItemBilling = (typeof LINE_ITEM_BILLINGS)[number];
export const LINE_ITEM_BILLING_LABELS: Record<LineItemBilling, string> = { oneTime: 'One-time', monthly: 'Monthly' };

/** How long a proposal's prices hold when the consultant does not say (PRODUCT.md §8). */
export const PROPOSAL_VALIDITY_DAYS = 30;

export const proposalLineItem = z.strictObject({
  id: entityId,
  kind: z.enum(LINE_ITEM_KINDS, { error: 'Choose hardware, software or service' }),
  description: requiredText('Description', 300),
  quantity,
  unitCostCents: cents,
  /** Null uses the default markup of its kind from settings. */
  markupPercent: percent.nullable(),
  billing: z.enum(LINE_ITEM_BILLINGS, { error: 'Choose one-time or monthly' }),
  /** The catalogue build it was picked from, if any. */
  catalogueItemId: entityId.nullable(),
});
export type ProposalLineItem = z.infer<typeof proposalLineItem>;

export const proposalStep = z.strictObject({
  id: entityId,
  title: requiredText('Step', 200),
  detail: optionalText('Detail', 4000),
});

export const proposalTime = z.strictObject({
  projectManagementHours: labourHours,
  implementationHours: labourHours,
  standbyHours: labourHours,
  closeOutHours: labourHours,
});
export type ProposalTime = z.infer<typeof proposalTime>;
export type ProposalTimeField = keyof ProposalTime;

/** The four blocks of time a project needs, in the order they happen. */
export const PROPOSAL_TIME_FIELDS: readonly ProposalTimeField[] = ['projectManagementHours', 'implementationHours', 'standbyHours', 'closeOutHours'];
export const PROPOSAL_TIME_LABELS: Record<ProposalTimeField, string> = {
  projectManagementHours: 'Project management',
  implementationHours: 'Implementation',
  standbyHours: 'Standby support',
  closeOutHours: 'Close-out',
};
export const NO_TIME: ProposalTime = { projectManagementHours: 0, implementationHours: 0, standbyHours: 0, closeOutHours: 0 };

export const proposalResource = z.strictObject({
  id: entityId,
  role: requiredText('Role', 120),
  who: optionalText('Who', 120),
});

export const proposalFields = z.strictObject({
  title: requiredText('Title', 200),
  /** The roadmap initiative it delivers, if any. */
  initiativeId: entityId.nullable(),
  summary: optionalText('Summary', LONG_TEXT),
  steps: z.array(proposalStep).max(100),
  time: proposalTime,
  lineItems: z.array(proposalLineItem).max(500),
  resources: z.array(proposalResource).max(50),
  assumptions: optionalText('Assumptions', LONG_TEXT),
  outOfScope: optionalText('Out of scope', LONG_TEXT),
  issueDate: isoDate,
  validUntil: isoDate,
  status: z.enum(PROPOSAL_STATUSES),
  decision: clientDecision,
  /** Private notes for the consultant; never in the client PDF. */
  internalNotes: optionalText('Internal notes', LONG_TEXT),
});
export type ProposalFields = z.infer<typeof proposalFields>;

/** Statuses the consultant sets by hand; accepted and declined are recorded with the client's decision. */
export const EDITABLE_PROPOSAL_STATUSES = ['draft', 'sent'] as const;

/**
 * What an edit may change. The decision is not among them: accepting or declining records it,
 * together with its effect on the roadmap initiative.
 */
export const proposalChanges = proposalFields
  .omit({ decision: true, status: true })
  .extend({ status: z.enum(EDITABLE_PROPOSAL_STATUSES, { error: 'Use Accept or Decline to record the client’s decision' }) })
  .partial();
export type ProposalChanges = z.input<typeof proposalChanges>;

export const proposal = proposalFields.extend({
  id: entityId,
  clientId: entityId,
  /** When it was accepted or declined, for the non-recurring revenue of the dashboard. */
  decidedAt: timestamp.nullable(),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type Proposal = z.infer<typeof proposal>;

/** A proposal as it may be stored after an edit: its prices hold from the issue date on. */
export const proposalRecord = proposal.refine((value) => value.validUntil >= value.issueDate, {
  error: 'The proposal must be valid until its issue date or later',
  path: ['validUntil'],
});

export function isDecided(subject: Pick<Proposal, 'status'>): boolean {
  return subject.status === 'accepted' || subject.status === 'declined';
}

/** One of the consultant's standard builds, pickable as a line item (settings). */
export const catalogueItem = z.strictObject({
  id: entityId,
  name: requiredText('Name', 200),
  kind: z.enum(LINE_ITEM_KINDS),
  description: optionalText('Description', 1000),
  unitCostCents: cents,
  markupPercent: percent,
  billing: z.enum(LINE_ITEM_BILLINGS),
});
export type CatalogueItem = z.infer<typeof catalogueItem>;

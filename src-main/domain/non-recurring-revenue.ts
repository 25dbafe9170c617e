import { labourCents, priceWithMarkup, roundHalfUp, roundToHundredths } from './money';
import { addMonths, isoDateOfLocalDate, monthOfDate, type IsoDate } from './months';
import type { Proposal, ProposalLineItem } from './proposal';
import type { Settings } from './settings';

/**
 * Non-recurring revenue (PRODUCT.md §9): what accepted proposals bring in beyond the monthly fee,
 * averaged over the trailing twelve months, as a share of current MRR. A healthy practice sells
 * projects worth 25–30% of its MRR.
 */

export const NON_RECURRING_TARGET = { lowPercent: 25, highPercent: 30 };

function defaultMarkup(line: Pick<ProposalLineItem, 'kind' | 'billing'>, settings: Pick<Settings, 'markups'>): number {
  if (line.billing === 'monthly') return settings.markups.recurring;
  return line.kind === 'service' ? settings.markups.service : settings.markups.initiativeOneTime;
}

/** A proposal's one-time client price: one-time lines at their client price plus its hours at the labour rate (PRODUCT.md §8). */
export function proposalOneTimePriceCents(subject: Pick<Proposal, 'lineItems' | 'time'>, settings: Pick<Settings, 'markups' | 'labourRateCents'>): number {
  const lines = subject.lineItems
    .filter((line) => line.billing === 'oneTime')
    .reduce((sum, line) => sum + line.quantity * priceWithMarkup(line.unitCostCents, line.markupPercent ?? defaultMarkup(line, settings)), 0);
  const hours = subject.time.projectManagementHours + subject.time.implementationHours + subject.time.standbyHours + subject.time.closeOutHours;
  return lines + labourCents(hours, settings.labourRateCents);
}

/** The day a proposal was accepted: its decision time, else the decision date the consultant wrote. */
function acceptedOn(subject: Pick<Proposal, 'decidedAt' | 'decision' | 'issueDate'>): IsoDate {
  if (subject.decidedAt) return isoDateOfLocalDate(new Date(subject.decidedAt));
  return subject.decision.date ?? subject.issueDate;
}

export interface NonRecurringRevenue {
  acceptedCount: number;
  /** One-time value of the proposals accepted in the trailing twelve months. */
  trailingValueCents: number;
  /** That value / 12. */
  monthlyCents: number;
  /** Monthly non-recurring revenue as a percentage of MRR; null without MRR or without accepted proposals. */
  sharePercent: number | null;
}

export function nonRecurringRevenue(input: {
  proposals: readonly Proposal[];
  settings: Pick<Settings, 'markups' | 'labourRateCents'>;
  totalMrrCents: number;
  today: IsoDate;
}): NonRecurringRevenue {
  const yearAgo = `${addMonths(monthOfDate(input.today), -12)}${input.today.slice(7)}`;
  const accepted = input.proposals.filter((proposal) => {
    if (proposal.status !== 'accepted') return false;
    const day = acceptedOn(proposal);
    return day > yearAgo && day <= input.today;
  });
  const trailingValueCents = accepted.reduce((sum, proposal) => sum + proposalOneTimePriceCents(proposal, input.settings), 0);
  const monthlyCents = roundHalfUp(trailingValueCents / 12);
  return {
    acceptedCount: accepted.length,
    trailingValueCents,
    monthlyCents,
    sharePercent: accepted.length === 0 || input.totalMrrCents === 0 ? null : roundToHundredths((trailingValueCents / 12 / input.totalMrrCents) * 100),
  };
}

import { roundHalfUp, roundToHundredths } from './money';
import { addMonths, isoDateOfLocalDate, monthOfDate, type IsoDate } from './months';
import type { Proposal } from './proposal';
import { proposalValueCents } from './proposal-pricing';
import type { Settings } from './settings';

/**
 * Non-recurring revenue (PRODUCT.md §9): what accepted proposals bring in beyond the monthly fee,
 * averaged over the trailing twelve months, as a share of current MRR. A healthy practice sells
 * projects worth 25–30% of its MRR.
 */

export const NON_RECURRING_TARGET = { lowPercent: 25, highPercent: 30 };

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
  const trailingValueCents = accepted.reduce((sum, proposal) => sum + proposalValueCents(proposal, input.settings), 0);
  const monthlyCents = roundHalfUp(trailingValueCents / 12);
  return {
    acceptedCount: accepted.length,
    trailingValueCents,
    monthlyCents,
    sharePercent: accepted.length === 0 || input.totalMrrCents === 0 ? null : roundToHundredths((trailingValueCents / 12 / input.totalMrrCents) * 100),
  };
}

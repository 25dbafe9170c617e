import type { Initiative } from './initiative';
import type { IsoDate } from './months';
import { NO_TIME, type Proposal, type ProposalFields, type ProposalLineItem } from './proposal';
import { defaultValidUntil } from './proposal-dates';

/** The three ways a proposal starts (PRODUCT.md §8): empty, from a roadmap initiative, or as a copy of an earlier one. */

export function blankProposal(title: string, today: IsoDate): ProposalFields {
  return {
    title,
    initiativeId: null,
    summary: '',
    steps: [],
    time: { ...NO_TIME },
    lineItems: [],
    resources: [],
    assumptions: '',
    outOfScope: '',
    issueDate: today,
    validUntil: defaultValidUntil(today),
    status: 'draft',
    decision: { date: null, by: '', note: '' },
    internalNotes: '',
  };
}

/**
 * A first draft from an initiative: its title and description, its hours as implementation
 * time, and its costs as one line each, so accepting the draft unchanged gives the initiative back
 * its own figures. The consultant then replaces the lump sums with catalogue builds.
 */
export function proposalFromInitiative(item: Initiative, today: IsoDate, newId: () => string): ProposalFields {
  const lines: ProposalLineItem[] = [];
  if (item.oneTimeCostCents > 0) {
    lines.push({
      id: newId(),
      kind: 'hardware',
      description: item.title,
      quantity: 1,
      unitCostCents: item.oneTimeCostCents,
      markupPercent: item.oneTimeMarkupPercent,
      billing: 'oneTime',
      catalogueItemId: null,
    });
  }
  if (item.recurringMonthlyCostCents > 0) {
    lines.push({
      id: newId(),
      kind: 'service',
      description: `${item.title} (monthly)`.slice(0, 300),
      quantity: 1,
      unitCostCents: item.recurringMonthlyCostCents,
      markupPercent: item.recurringMarkupPercent,
      billing: 'monthly',
      catalogueItemId: null,
    });
  }
  return {
    ...blankProposal(item.title, today),
    initiativeId: item.id,
    summary: item.description,
    time: { ...NO_TIME, implementationHours: item.labourHours },
    lineItems: lines,
  };
}

/**
 * A copy of an earlier proposal as a new draft, issued today. Its link to an initiative is kept only
 * for the same client; a copy for another client is a template and keeps its title.
 */
export function proposalCopiedFrom(source: Proposal, forClientId: string, today: IsoDate): ProposalFields {
  const sameClient = source.clientId === forClientId;
  const copy = structuredClone(source);
  return {
    ...blankProposal(sameClient ? `${copy.title} (copy)`.slice(0, 200) : copy.title, today),
    initiativeId: sameClient ? copy.initiativeId : null,
    summary: copy.summary,
    steps: copy.steps,
    time: copy.time,
    lineItems: copy.lineItems,
    resources: copy.resources,
    assumptions: copy.assumptions,
    outOfScope: copy.outOfScope,
    internalNotes: copy.internalNotes,
  };
}

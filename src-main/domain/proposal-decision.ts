import { formatMoney, formatNumber, type MoneyStyle } from './format';
import {
  INITIATIVE_DEFAULTS,
  INITIATIVE_STATUS_LABELS,
  type Initiative,
  type InitiativeHistoryEntry,
  type InitiativeHistoryKind,
  type InitiativeStatus,
} from './initiative';
import { priceWithMarkup } from './money';
import { quarterKey, quarterLabel, type FiscalQuarter, type IsoDate } from './months';
import type { Proposal } from './proposal';
import { priceProposal, totalHours, type ProposalPricingSettings } from './proposal-pricing';

/**
 * The client's answer to a proposal (PRODUCT.md §8). Accepting writes the proposal's costs into its
 * roadmap initiative (made if there is none), so the budget plans what the client signed; declining
 * records the client's reason on the initiative. Both append to the initiative's history.
 *
 * The initiative keeps costs and markups, not prices: its one-time cost is the proposal's one-time
 * cost, and its markup is the two-decimal markup whose price (the budget's rule, quantity 1) comes
 * closest to the proposal's one-time price. A proposal prices each unit, so the two can differ by up
 * to half a hundredth of a percent of the cost (50 cents on $10,000); the difference is reported,
 * never hidden. Monthly lines map the same way onto the recurring cost, and every hour of the
 * proposal becomes the initiative's labour, priced by the same rate.
 */

/** The two-decimal markup whose price for `costCents` is nearest `targetPriceCents` (the lower one on a tie). */
export function closestMarkupPercent(costCents: number, targetPriceCents: number): number {
  if (costCents === 0) return 0;
  const guess = Math.round(((targetPriceCents - costCents) * 10_000) / costCents);
  let best = Math.max(0, guess - 2);
  let bestGap = Number.POSITIVE_INFINITY;
  for (let basisPoints = guess - 2; basisPoints <= guess + 2; basisPoints += 1) {
    if (basisPoints < 0 || basisPoints > 100_000) continue;
    const gap = Math.abs(priceWithMarkup(costCents, basisPoints / 100) - targetPriceCents);
    if (gap < bestGap) {
      best = basisPoints;
      bestGap = gap;
    }
  }
  return best / 100;
}

export interface InitiativeCosts {
  oneTimeCostCents: number;
  oneTimeMarkupPercent: number | null;
  recurringMonthlyCostCents: number;
  recurringMarkupPercent: number | null;
  labourHours: number;
}

export interface CostMapping {
  costs: InitiativeCosts;
  /** What the budget will charge: the one-time price (without labour) and the monthly price. */
  budgetOneTimeCents: number;
  budgetMonthlyCents: number;
  /** Budget price minus proposal price; 0 when they agree to the cent. */
  oneTimeDifferenceCents: number;
  monthlyDifferenceCents: number;
}

export function initiativeCostsFor(subject: Pick<Proposal, 'lineItems' | 'time'>, settings: ProposalPricingSettings): CostMapping {
  const pricing = priceProposal(subject, settings);
  const { oneTimeItems, monthly } = pricing;
  const oneTimeMarkupPercent = oneTimeItems.costCents === 0 ? null : closestMarkupPercent(oneTimeItems.costCents, oneTimeItems.priceCents);
  const recurringMarkupPercent = monthly.costCents === 0 ? null : closestMarkupPercent(monthly.costCents, monthly.priceCents);
  const budgetOneTimeCents = priceWithMarkup(oneTimeItems.costCents, oneTimeMarkupPercent ?? 0);
  const budgetMonthlyCents = priceWithMarkup(monthly.costCents, recurringMarkupPercent ?? 0);
  return {
    costs: {
      oneTimeCostCents: oneTimeItems.costCents,
      oneTimeMarkupPercent,
      recurringMonthlyCostCents: monthly.costCents,
      recurringMarkupPercent,
      labourHours: totalHours(subject.time),
    },
    budgetOneTimeCents,
    budgetMonthlyCents,
    oneTimeDifferenceCents: budgetOneTimeCents - oneTimeItems.priceCents,
    monthlyDifferenceCents: budgetMonthlyCents - monthly.priceCents,
  };
}

function entry(kind: InitiativeHistoryKind, at: string, fields: Partial<Omit<InitiativeHistoryEntry, 'kind' | 'at'>> = {}): InitiativeHistoryEntry {
  return { at, kind, from: '', to: '', note: '', by: '', ...fields };
}

function quarterWords(quarter: FiscalQuarter | null): string {
  return quarter ? quarterLabel(quarter) : 'Unscheduled';
}

function sameQuarter(a: FiscalQuarter | null, b: FiscalQuarter | null): boolean {
  return (a && quarterKey(a)) === (b && quarterKey(b));
}

/** "Cost $2,490.00 one-time + $45.00 a month, 6 h of labour", for the history. */
export function costWords(costs: InitiativeCosts, money: MoneyStyle): string {
  const hours = `${formatNumber(costs.labourHours, money.locale)} h of labour`;
  return `Cost ${formatMoney(costs.oneTimeCostCents, money)} one-time + ${formatMoney(costs.recurringMonthlyCostCents, money)} a month, ${hours}`;
}

function sameCosts(a: InitiativeCosts, b: InitiativeCosts): boolean {
  return (
    a.oneTimeCostCents === b.oneTimeCostCents &&
    a.oneTimeMarkupPercent === b.oneTimeMarkupPercent &&
    a.recurringMonthlyCostCents === b.recurringMonthlyCostCents &&
    a.recurringMarkupPercent === b.recurringMarkupPercent &&
    a.labourHours === b.labourHours
  );
}

function costsOf(item: Initiative): InitiativeCosts {
  const { oneTimeCostCents, oneTimeMarkupPercent, recurringMonthlyCostCents, recurringMarkupPercent, labourHours } = item;
  return { oneTimeCostCents, oneTimeMarkupPercent, recurringMonthlyCostCents, recurringMarkupPercent, labourHours };
}

/** Work under way or finished keeps its status; otherwise the client's yes schedules it, or approves it until it has a quarter. */
export function statusAfterAcceptance(current: InitiativeStatus | null, startQuarter: FiscalQuarter | null): InitiativeStatus {
  if (current === 'inProgress' || current === 'done') return current;
  return startQuarter ? 'scheduled' : 'approved';
}

export interface DecisionInput {
  date: IsoDate;
  by: string;
  note: string;
}

export interface AcceptInput extends DecisionInput {
  /** Where the work goes on the roadmap; null leaves it unscheduled (approved, out of the budget). */
  startQuarter: FiscalQuarter | null;
}

export interface AcceptArgs {
  proposal: Proposal;
  /** The linked initiative; null makes one. */
  initiative: Initiative | null;
  input: AcceptInput;
  settings: ProposalPricingSettings;
  money: MoneyStyle;
  now: string;
  /** Id and roadmap rank for the initiative made when there is none. */
  newInitiative: { id: string; rank: number };
}

export interface Acceptance {
  proposal: Proposal;
  initiative: Initiative;
  created: boolean;
  mapping: CostMapping;
}

function initiativeFromProposal(proposal: Proposal, args: AcceptArgs): Initiative {
  const buysKit = proposal.lineItems.some((line) => line.billing === 'oneTime' && line.kind !== 'service');
  return {
    ...structuredClone(INITIATIVE_DEFAULTS),
    id: args.newInitiative.id,
    clientId: proposal.clientId,
    title: proposal.title,
    description: proposal.summary,
    oneTimeSpend: buysKit ? 'capex' : 'opex',
    rank: args.newInitiative.rank,
    history: [entry('created', args.now, { note: 'Made from the accepted proposal' })],
    createdAt: args.now,
    updatedAt: args.now,
  };
}

export function acceptProposal(args: AcceptArgs): Acceptance {
  const { proposal, input, now } = args;
  const created = args.initiative === null;
  const before = args.initiative ?? initiativeFromProposal(proposal, args);
  const mapping = initiativeCostsFor(proposal, args.settings);
  const status = statusAfterAcceptance(created ? null : before.status, input.startQuarter);
  const history = [...before.history, entry('proposal', now, { to: 'Accepted', note: `Proposal “${proposal.title}” accepted`, by: input.by })];
  if (created || !sameCosts(costsOf(before), mapping.costs)) {
    history.push(entry('costs', now, { from: created ? '' : costWords(costsOf(before), args.money), to: costWords(mapping.costs, args.money) }));
  }
  if (!created && !sameQuarter(before.startQuarter, input.startQuarter)) {
    history.push(entry('moved', now, { from: quarterWords(before.startQuarter), to: quarterWords(input.startQuarter) }));
  }
  history.push(entry('approved', now, { from: INITIATIVE_STATUS_LABELS[before.status], to: INITIATIVE_STATUS_LABELS[status], note: input.note, by: input.by }));
  const initiative: Initiative = {
    ...before,
    ...mapping.costs,
    status,
    startQuarter: input.startQuarter,
    clientDecision: { date: input.date, by: input.by, note: input.note },
    history,
    updatedAt: now,
  };
  return {
    proposal: { ...proposal, initiativeId: initiative.id, status: 'accepted', decision: { date: input.date, by: input.by, note: input.note }, decidedAt: now, updatedAt: now },
    initiative,
    created,
    mapping,
  };
}

export interface DeclineInput extends DecisionInput {
  /** The client turned the work down too: the initiative is declined and leaves the budget. */
  declineInitiative: boolean;
}

export function declineProposal(args: { proposal: Proposal; initiative: Initiative | null; input: DeclineInput; now: string }): {
  proposal: Proposal;
  initiative: Initiative | null;
} {
  const { proposal, input, now } = args;
  const decision = { date: input.date, by: input.by, note: input.note };
  const declined: Proposal = { ...proposal, status: 'declined', decision, decidedAt: now, updatedAt: now };
  if (!args.initiative) return { proposal: declined, initiative: null };
  const before = args.initiative;
  const status: InitiativeStatus = input.declineInitiative ? 'declined' : before.status;
  const history = [
    ...before.history,
    entry('proposal', now, { to: 'Declined', note: `Proposal “${proposal.title}” declined`, by: input.by }),
    entry('declined', now, { from: INITIATIVE_STATUS_LABELS[before.status], to: INITIATIVE_STATUS_LABELS[status], note: input.note, by: input.by }),
  ];
  return { proposal: declined, initiative: { ...before, status, clientDecision: decision, history, updatedAt: now } };
}

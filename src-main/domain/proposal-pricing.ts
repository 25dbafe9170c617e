import { labourCents, marginFromMarkup, marginPercent, priceWithMarkup, roundToHundredths } from './money';
import { PROPOSAL_TIME_FIELDS, type LineItemBilling, type Proposal, type ProposalLineItem, type ProposalTime } from './proposal';
import type { DefaultMarkups, Settings } from './settings';

/**
 * Proposal pricing (PRODUCT.md §5 and §8). A line's client price is quantity × unit client price,
 * the unit price being the unit cost with its markup, rounded half up to the cent. Labour is the
 * proposal's hours at the labour rate, without markup. Screens, the PDF, the accept step and the
 * dashboard's non-recurring revenue all price a proposal here.
 *
 * A line without its own markup takes the settings' default by billing: one-time lines are what the
 * project buys, priced like an initiative's one-time cost (`initiativeOneTime`); monthly lines are
 * recurring costs (`recurring`). The same defaults price the initiative an accepted proposal feeds,
 * so the budget and the proposal agree.
 */

export type ProposalPricingSettings = Pick<Settings, 'markups' | 'labourRateCents' | 'targetMarginPercent'>;

export function defaultMarkupFor(billing: LineItemBilling, markups: DefaultMarkups): number {
  return billing === 'oneTime' ? markups.initiativeOneTime : markups.recurring;
}

export interface LinePrice {
  lineId: string;
  billing: LineItemBilling;
  markupPercent: number;
  /** The markup came from settings, not from the line. */
  markupIsDefault: boolean;
  /** The margin that markup gives (30% markup = 23.08% margin). */
  markupMarginPercent: number;
  unitPriceCents: number;
  /** Quantity × unit price: what the client pays for the line (a month, for monthly lines). */
  priceCents: number;
  costCents: number;
  marginCents: number;
  /** Margin actually earned on the line's price; undefined when the line is free. */
  marginPercent: number | undefined;
  /** Earns less than the consultant's target margin. */
  belowTarget: boolean;
}

export function priceLine(line: ProposalLineItem, settings: ProposalPricingSettings): LinePrice {
  const markupPercent = line.markupPercent ?? defaultMarkupFor(line.billing, settings.markups);
  const unitPriceCents = priceWithMarkup(line.unitCostCents, markupPercent);
  const priceCents = line.quantity * unitPriceCents;
  const costCents = line.quantity * line.unitCostCents;
  const margin = marginPercent(costCents, priceCents);
  return {
    lineId: line.id,
    billing: line.billing,
    markupPercent,
    markupIsDefault: line.markupPercent === null,
    markupMarginPercent: marginFromMarkup(markupPercent),
    unitPriceCents,
    priceCents,
    costCents,
    marginCents: priceCents - costCents,
    marginPercent: margin,
    belowTarget: margin !== undefined && margin < settings.targetMarginPercent,
  };
}

/** Every hour of the proposal; each field has at most two decimals, so the sum is kept to two. */
export function totalHours(time: ProposalTime): number {
  return roundToHundredths(PROPOSAL_TIME_FIELDS.reduce((sum, field) => sum + time[field], 0));
}

export interface CostAndPrice {
  costCents: number;
  priceCents: number;
  marginCents: number;
  marginPercent: number | undefined;
}

function costAndPrice(costCents: number, priceCents: number): CostAndPrice {
  return { costCents, priceCents, marginCents: priceCents - costCents, marginPercent: marginPercent(costCents, priceCents) };
}

function sumOf(lines: readonly LinePrice[], billing: LineItemBilling): CostAndPrice {
  const chosen = lines.filter((line) => line.billing === billing);
  return costAndPrice(
    chosen.reduce((sum, line) => sum + line.costCents, 0),
    chosen.reduce((sum, line) => sum + line.priceCents, 0),
  );
}

export interface ProposalPricing {
  lines: LinePrice[];
  labour: { hours: number; rateCents: number; priceCents: number };
  /** One-time lines (hardware, software, services bought once), without labour. */
  oneTimeItems: CostAndPrice;
  /** Monthly lines, for one month. */
  monthly: CostAndPrice;
  /** What the client pays once: one-time lines and labour. */
  oneTimeTotalCents: number;
  monthlyTotalCents: number;
  /** One-time total plus twelve months of the monthly total. */
  firstYearTotalCents: number;
  /**
   * The consultant's view of the first year. Labour counts at its price, as in the budget (the
   * hours are the consultant's own, billed at the rate without markup), so the margin is what the
   * lines earn.
   */
  firstYear: CostAndPrice;
  /** The first year of the lines alone (one-time + 12 months), labour aside: what the markups earn. */
  firstYearLines: CostAndPrice;
  belowTargetCount: number;
}

export function priceProposal(subject: Pick<Proposal, 'lineItems' | 'time'>, settings: ProposalPricingSettings): ProposalPricing {
  const lines = subject.lineItems.map((line) => priceLine(line, settings));
  const hours = totalHours(subject.time);
  const labour = { hours, rateCents: settings.labourRateCents, priceCents: labourCents(hours, settings.labourRateCents) };
  const oneTimeItems = sumOf(lines, 'oneTime');
  const monthly = sumOf(lines, 'monthly');
  const oneTimeTotalCents = oneTimeItems.priceCents + labour.priceCents;
  const firstYearTotalCents = oneTimeTotalCents + 12 * monthly.priceCents;
  return {
    lines,
    labour,
    oneTimeItems,
    monthly,
    oneTimeTotalCents,
    monthlyTotalCents: monthly.priceCents,
    firstYearTotalCents,
    firstYear: costAndPrice(oneTimeItems.costCents + labour.priceCents + 12 * monthly.costCents, firstYearTotalCents),
    firstYearLines: costAndPrice(oneTimeItems.costCents + 12 * monthly.costCents, oneTimeItems.priceCents + 12 * monthly.priceCents),
    belowTargetCount: lines.filter((line) => line.belowTarget).length,
  };
}

/**
 * What an accepted proposal is worth towards non-recurring revenue (PRODUCT.md §9): what the client
 * pays once, its one-time lines and labour. Monthly lines are recurring revenue, so they are left out.
 */
export function proposalValueCents(subject: Pick<Proposal, 'lineItems' | 'time'>, settings: Pick<Settings, 'markups' | 'labourRateCents'>): number {
  return priceProposal(subject, { ...settings, targetMarginPercent: 0 }).oneTimeTotalCents;
}

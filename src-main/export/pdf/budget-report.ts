import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { budgetTable, pricingGaps, pricingGapsSentence, quarterSpend, replacementCount, SPEND_LABELS } from '../../domain/budget-views';
import { formatMoneyWhole } from '../../domain/format';
import { brandedDocument, type Brand } from '../brand';
import type { BudgetExportInput } from '../budget-export-input';
import { assumptions, fiscalYearSentence, planSpan } from './budget-assumptions';
import { spendChartSection } from './budget-chart';
import { initiativesSection } from './budget-initiatives';
import { ESTIMATE_MARK, replacementList } from './budget-replacements';
import { fiscalYearSummary, quarterTable } from './budget-tables';
import { contentWidth, keyFigures, type KeyFigure } from './pdf-blocks';

/**
 * The client-facing life-cycle budget (PRODUCT.md §5, §10): landscape, client prices only. Cost,
 * markup and margin stay in the consultant's view and never reach this document.
 */

export function budgetReportDocument(input: BudgetExportInput, brand: Brand): TDocumentDefinitions {
  const content: Content[] = [
    { text: brand.documentTitle, style: 'title' },
    { text: input.client.name, style: 'subtitle', margin: [0, 0, 0, 1] },
    { text: `Plan ${planSpan(input)}  ·  ${fiscalYearSentence(input)}`, style: 'small', fontSize: 9, margin: [0, 0, 0, 8] },
    headlineFigures(input, brand),
    spendChartSection(input, brand, contentWidth(brand, true)),
    fiscalYearSummary(input, brand),
    initiativesSection(input, brand),
    replacementList(input, brand),
    quarterTable(input, brand),
    assumptions(input, brand),
  ];
  return brandedDocument(brand, content, { landscape: true });
}

/** Headline figures in whole currency units: a reader takes these in at a glance; the tables keep the cents. */
export function headlineFigures(input: BudgetExportInput, brand: Brand): Content {
  const fiscalYearStartMonth = input.client.fiscalYearStartMonth;
  const bySpend = budgetTable(input.forecast, { granularity: 'fiscalYear', grouping: 'spend', fiscalYearStartMonth });
  const spendTotal = (spend: 'capex' | 'opex') => bySpend.rows.find((row) => row.key === spend)?.total.priceCents ?? 0;
  const overdue = input.forecast.events.filter((event) => event.overdue);
  const overdueCents = overdue.reduce((sum, event) => sum + event.priceCents, 0);
  const gaps = pricingGaps(input.forecast);
  const mark = gaps.estimated > 0 ? ESTIMATE_MARK : '';
  const whole = (cents: number) => formatMoneyWhole(cents, brand.money);
  const figures: KeyFigure[] = [
    {
      label: 'Plan total',
      value: `${whole(bySpend.grandTotal.priceCents)}${mark}`,
      note: gaps.estimated + gaps.unpriced > 0 ? `${planSpan(input)}; ${pricingGapsSentence(gaps)}` : planSpan(input),
    },
    { label: SPEND_LABELS.capex, value: whole(spendTotal('capex')), note: 'Replacements and one-time projects' },
    { label: SPEND_LABELS.opex, value: whole(spendTotal('opex')), note: 'Services, recurring fees and labour' },
    {
      label: 'Overdue now',
      value: whole(overdueCents),
      note: overdue.length === 0 ? 'Nothing overdue' : `${replacementCount(overdue.length)}, planned now`,
      alert: overdue.length > 0,
    },
    ...quarterLimitFigure(input),
  ];
  return keyFigures(figures, brand);
}

function quarterLimitFigure(input: BudgetExportInput): KeyFigure[] {
  const limit = input.client.budgetPlan.spendingLimitPerQuarterCents;
  if (limit === null) return [];
  const quarters = quarterSpend(input.forecast, input.client.fiscalYearStartMonth, limit);
  const over = quarters.filter((quarter) => quarter.overLimit).length;
  return [
    {
      label: 'Quarters over limit',
      value: `${over} of ${quarters.length}`,
      note: over === 0 ? 'All within the limit' : 'See the quarter table',
      alert: over > 0,
    },
  ];
}

import type { CanvasElement, Column, Content } from 'pdfmake/interfaces';
import { budgetTable, quarterSpend, type BudgetTable, type Period } from '../../domain/budget-views';
import { formatMoney, formatMoneyWhole, type MoneyStyle } from '../../domain/format';
import type { Brand } from '../brand';
import type { BudgetExportInput } from '../budget-export-input';
import { heading } from './pdf-blocks';

/**
 * The spend chart of the budget report, drawn with pdfmake canvas shapes: stacked capex and opex
 * per fiscal quarter, or per fiscal year when the plan has too many quarters to read.
 */

/** Past 16 bars the quarter labels and values no longer fit under and above each bar. */
export const MAX_QUARTER_BARS = 16;

const OVER_LIMIT_RED = '#B42318';
const AXIS_GREY = '#98A2B3';
const GRID_GREY = '#EAECF0';
const LABEL_GREY = '#475467';

interface ChartBar {
  /** Under the bar: "Q1", or "FY2027" when charting years. */
  label: string;
  /** A second line under the bar, e.g. "(7 months)" for a partial year. */
  subLabel: string;
  /** Fiscal year of a quarter, drawn once under its group of bars. */
  group: string;
  capexCents: number;
  opexCents: number;
  /** Words above the bar when it breaks the client's spending limit. */
  flag: string;
}

interface ChartGeometry {
  width: number;
  gutter: number;
  plotTop: number;
  plotHeight: number;
  slot: number;
  barWidth: number;
  scaleMax: number;
}

const PLOT_TOP = 26;
const PLOT_HEIGHT = 170;
const GUTTER = 58;
const LABEL_AREA = 30;

/** Heading, legend, chart and caption, kept together on one page. */
export function spendChartSection(input: BudgetExportInput, brand: Brand, width: number): Content {
  return { stack: spendChart(input, brand, width), unbreakable: true };
}

function spendChart(input: BudgetExportInput, brand: Brand, width: number): Content[] {
  const fiscalYearStartMonth = input.client.fiscalYearStartMonth;
  const limit = input.client.budgetPlan.spendingLimitPerQuarterCents;
  const quarters = budgetTable(input.forecast, { granularity: 'quarter', grouping: 'spend', fiscalYearStartMonth });
  const byYear = quarters.periods.length > MAX_QUARTER_BARS;
  const overLimit = quarterSpend(input.forecast, fiscalYearStartMonth, limit).filter((quarter) => quarter.overLimit);
  const bars = byYear
    ? yearBars(budgetTable(input.forecast, { granularity: 'fiscalYear', grouping: 'spend', fiscalYearStartMonth }), overLimit)
    : quarterBars(quarters, new Set(overLimit.map((quarter) => quarter.key)));
  const title = heading(byYear ? 'Spend by fiscal year' : 'Spend by fiscal quarter');
  if (bars.every((bar) => bar.capexCents + bar.opexCents === 0)) {
    return [title, { text: 'Nothing is planned in this period yet.', style: ['small', 'muted'] }];
  }
  const lineLimit = byYear ? null : limit;
  const geometry = chartGeometry(bars, lineLimit, width);
  return [
    title,
    legend(brand, limit, byYear),
    {
      stack: [...axisLabels(geometry, brand.money), ...barLabels(bars, geometry, brand.money), { canvas: shapes(bars, geometry, brand, lineLimit) }],
      margin: [0, 4, 0, 0],
    },
    ...caption(byYear, quarters.periods.length, limit, overLimit.length, brand.money),
  ];
}

function amountsOf(table: BudgetTable, index: number): { capexCents: number; opexCents: number } {
  const amount = (spend: 'capex' | 'opex') => table.rows.find((row) => row.key === spend)?.amounts[index]?.priceCents ?? 0;
  return { capexCents: amount('capex'), opexCents: amount('opex') };
}

function quarterBars(table: BudgetTable, overLimitKeys: ReadonlySet<string>): ChartBar[] {
  return table.periods.map((period, index) => ({
    label: period.label.split(' ')[0] ?? period.label,
    subLabel: period.monthCount < 3 ? `(${period.monthCount} mo)` : '',
    group: period.key.split('-')[0] ?? '',
    ...amountsOf(table, index),
    flag: overLimitKeys.has(period.key) ? 'Over limit' : '',
  }));
}

function yearBars(table: BudgetTable, overLimit: readonly { key: string }[]): ChartBar[] {
  return table.periods.map((period, index) => {
    const quartersOver = overLimit.filter((quarter) => quarter.key.startsWith(`${period.key}-`)).length;
    return {
      label: period.label,
      subLabel: partialYearNote(period),
      group: '',
      ...amountsOf(table, index),
      flag: quartersOver === 0 ? '' : `${quartersOver} ${quartersOver === 1 ? 'quarter' : 'quarters'} over`,
    };
  });
}

function partialYearNote(period: Period): string {
  return period.monthCount < 12 ? `(${period.monthCount} months)` : '';
}

/** A round top for the value axis: 1, 2, 2.5 or 5 times a power of ten, in four steps. */
export function niceScaleMax(valueCents: number): number {
  if (valueCents <= 0) return 100;
  const roughStep = valueCents / 4;
  const power = 10 ** Math.floor(Math.log10(roughStep));
  const step = [1, 2, 2.5, 5, 10].map((factor) => factor * power).find((candidate) => candidate >= roughStep) ?? roughStep;
  return step * 4;
}

function chartGeometry(bars: readonly ChartBar[], limitCents: number | null, width: number): ChartGeometry {
  const tallest = Math.max(...bars.map((bar) => bar.capexCents + bar.opexCents), limitCents ?? 0);
  const slot = (width - GUTTER) / bars.length;
  return {
    width,
    gutter: GUTTER,
    plotTop: PLOT_TOP,
    plotHeight: PLOT_HEIGHT,
    slot,
    barWidth: Math.min(slot * 0.6, 56),
    scaleMax: niceScaleMax(tallest),
  };
}

function yOf(cents: number, geometry: ChartGeometry): number {
  return geometry.plotTop + geometry.plotHeight - (cents / geometry.scaleMax) * geometry.plotHeight;
}

function barLeft(index: number, geometry: ChartGeometry): number {
  return geometry.gutter + index * geometry.slot + (geometry.slot - geometry.barWidth) / 2;
}

function shapes(bars: readonly ChartBar[], geometry: ChartGeometry, brand: Brand, limitCents: number | null): CanvasElement[] {
  const bottom = geometry.plotTop + geometry.plotHeight;
  const elements: CanvasElement[] = [];
  for (let tick = 1; tick <= 4; tick += 1) {
    const y = yOf((geometry.scaleMax * tick) / 4, geometry);
    elements.push({ type: 'line', x1: geometry.gutter, y1: y, x2: geometry.width, y2: y, lineWidth: 0.5, lineColor: GRID_GREY });
  }
  bars.forEach((bar, index) => elements.push(...barShapes(bar, index, geometry, brand)));
  elements.push({ type: 'line', x1: geometry.gutter, y1: bottom, x2: geometry.width, y2: bottom, lineWidth: 0.8, lineColor: AXIS_GREY });
  elements.push(...groupDividers(bars, geometry));
  if (limitCents !== null) {
    const y = yOf(limitCents, geometry);
    elements.push({ type: 'line', x1: geometry.gutter, y1: y, x2: geometry.width, y2: y, lineWidth: 1, lineColor: OVER_LIMIT_RED, dash: { length: 4, space: 3 } });
  }
  return elements;
}

function barShapes(bar: ChartBar, index: number, geometry: ChartGeometry, brand: Brand): CanvasElement[] {
  const x = barLeft(index, geometry);
  const bottom = geometry.plotTop + geometry.plotHeight;
  const capexTop = yOf(bar.capexCents, geometry);
  const opexTop = yOf(bar.capexCents + bar.opexCents, geometry);
  const elements: CanvasElement[] = [];
  if (bar.capexCents > 0) elements.push({ type: 'rect', x, y: capexTop, w: geometry.barWidth, h: bottom - capexTop, color: brand.primaryColour });
  if (bar.opexCents > 0) elements.push({ type: 'rect', x, y: opexTop, w: geometry.barWidth, h: capexTop - opexTop, color: brand.accentColour });
  if (bar.flag) {
    elements.push({ type: 'rect', x: x - 1, y: opexTop - 1, w: geometry.barWidth + 2, h: bottom - opexTop + 1, lineColor: OVER_LIMIT_RED, lineWidth: 1.2 });
  }
  return elements;
}

/** Short ticks on the axis where one fiscal year's quarters end and the next begin. */
function groupDividers(bars: readonly ChartBar[], geometry: ChartGeometry): CanvasElement[] {
  const bottom = geometry.plotTop + geometry.plotHeight;
  const elements: CanvasElement[] = [];
  bars.forEach((bar, index) => {
    if (index === 0 || !bar.group || bar.group === bars[index - 1]?.group) return;
    const x = geometry.gutter + index * geometry.slot;
    elements.push({ type: 'line', x1: x, y1: bottom, x2: x, y2: bottom + LABEL_AREA - 4, lineWidth: 0.6, lineColor: AXIS_GREY });
  });
  return elements;
}

/** Text placed at canvas coordinates; a one-column row gives it a width to align within. */
function textAt(text: string, x: number, y: number, width: number, style: { fontSize: number; alignment: 'left' | 'center' | 'right'; color?: string; bold?: boolean }): Content {
  return { relativePosition: { x, y }, columns: [{ width, text, noWrap: true, color: LABEL_GREY, ...style }] };
}

function axisLabels(geometry: ChartGeometry, money: MoneyStyle): Content[] {
  const labels: Content[] = [];
  for (let tick = 0; tick <= 4; tick += 1) {
    const value = (geometry.scaleMax * tick) / 4;
    labels.push(textAt(compactMoney(value, money), 0, yOf(value, geometry) - 4.5, geometry.gutter - 6, { fontSize: 7, alignment: 'right' }));
  }
  return labels;
}

function barLabels(bars: readonly ChartBar[], geometry: ChartGeometry, money: MoneyStyle): Content[] {
  const bottom = geometry.plotTop + geometry.plotHeight;
  const labels: Content[] = [];
  const fullValues = geometry.slot >= 40;
  bars.forEach((bar, index) => {
    const left = geometry.gutter + index * geometry.slot;
    const total = bar.capexCents + bar.opexCents;
    const top = yOf(total, geometry);
    if (total > 0) {
      const value = fullValues ? formatMoneyWhole(total, money) : compactMoney(total, money);
      labels.push(textAt(value, left, top - 10, geometry.slot, { fontSize: 7, alignment: 'center', color: '#1D2939', bold: true }));
    }
    if (bar.flag) labels.push(textAt(bar.flag, left, top - 19, geometry.slot, { fontSize: 6.5, alignment: 'center', color: OVER_LIMIT_RED, bold: true }));
    labels.push(textAt(bar.label, left, bottom + 3, geometry.slot, { fontSize: 7.5, alignment: 'center' }));
    if (bar.subLabel) labels.push(textAt(bar.subLabel, left, bottom + 13, geometry.slot, { fontSize: 6.5, alignment: 'center' }));
  });
  return [...labels, ...groupLabels(bars, geometry)];
}

/** "FY2027" once under the quarters of that fiscal year. */
function groupLabels(bars: readonly ChartBar[], geometry: ChartGeometry): Content[] {
  const bottom = geometry.plotTop + geometry.plotHeight;
  const labels: Content[] = [];
  let start = 0;
  bars.forEach((bar, index) => {
    const next = bars[index + 1];
    if (next && next.group === bar.group) return;
    if (bar.group) {
      const left = geometry.gutter + start * geometry.slot;
      labels.push(textAt(bar.group, left, bottom + 14, (index - start + 1) * geometry.slot, { fontSize: 7.5, alignment: 'center', bold: true }));
    }
    start = index + 1;
  });
  return labels;
}

function legendSwatch(colour: string, text: string, dashed = false): Column[] {
  const swatch: Column = dashed
    ? { canvas: [{ type: 'line', x1: 0, y1: 5, x2: 16, y2: 5, lineWidth: 1, lineColor: colour, dash: { length: 3, space: 2 } }], width: 20 }
    : { canvas: [{ type: 'rect', x: 0, y: 1, w: 9, h: 9, color: colour }], width: 13 };
  return [swatch, { text, fontSize: 8, color: LABEL_GREY, width: 'auto', margin: [0, 0, 14, 0] }];
}

function legend(brand: Brand, limitCents: number | null, byYear: boolean): Content {
  const items = [...legendSwatch(brand.primaryColour, 'Capital (capex)'), ...legendSwatch(brand.accentColour, 'Operating (opex)')];
  if (limitCents !== null && !byYear) items.push(...legendSwatch(OVER_LIMIT_RED, `Spending limit: ${formatMoney(limitCents, brand.money)} a quarter`, true));
  return { columns: items, columnGap: 0 };
}

function caption(byYear: boolean, quarterCount: number, limitCents: number | null, overLimitCount: number, money: MoneyStyle): Content[] {
  const sentences: string[] = [];
  if (byYear) sentences.push(`The plan runs ${quarterCount} quarters, so the chart shows fiscal years; the quarter table below gives every quarter.`);
  if (limitCents !== null) {
    const over =
      overLimitCount === 0
        ? 'No quarter goes over it.'
        : `${overLimitCount} ${overLimitCount === 1 ? 'quarter goes' : 'quarters go'} over it and ${overLimitCount === 1 ? 'is' : 'are'} outlined in red.`;
    sentences.push(`${byYear ? `The spending limit of ${formatMoney(limitCents, money)} applies to each quarter. ` : ''}${over}`);
  }
  return sentences.length === 0 ? [] : [{ text: sentences.join(' '), style: 'small', margin: [0, 4, 0, 0] }];
}

/** "$25K": short enough for an axis or a narrow bar. */
function compactMoney(cents: number, money: MoneyStyle): string {
  return new Intl.NumberFormat(money.locale, { style: 'currency', currency: money.currency, notation: 'compact', maximumFractionDigits: 1 }).format(cents / 100);
}

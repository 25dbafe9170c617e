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
  scale: ValueScale;
}

const PLOT_TOP = 26;
const PLOT_HEIGHT = 205;
const GUTTER = 58;
const LABEL_AREA = 30;
const CANVAS_HEIGHT = PLOT_TOP + PLOT_HEIGHT + LABEL_AREA;

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
      stack: [
        { canvas: shapes(bars, geometry, brand, lineLimit) },
        ...axisLabels(geometry, brand.money),
        ...barLabels(bars, geometry, brand.money),
      ],
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
    label: `${period.label.split(' ')[0] ?? period.label}${period.monthCount < 3 ? ` (${period.monthCount} mo)` : ''}`,
    subLabel: '',
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

export interface ValueScale {
  step: number;
  steps: number;
  max: number;
}

/** The smallest round step (1, 2, 2.5 or 5 times a power of ten) that reaches the value. */
function roundStepAtLeast(value: number): number {
  const power = 10 ** Math.floor(Math.log10(value));
  return [1, 2, 2.5, 5, 10].map((factor) => factor * power).find((candidate) => candidate >= value) ?? value;
}

/** Round gridlines for the value axis, three to six of them, with the lowest top that fits the value. */
export function valueScale(valueCents: number): ValueScale {
  if (valueCents <= 0) return { step: 2_500, steps: 4, max: 10_000 };
  const candidates = [3, 4, 5, 6].map((steps) => {
    const step = roundStepAtLeast(valueCents / steps);
    return { step, steps, max: step * steps };
  });
  return candidates.reduce((best, candidate) =>
    candidate.max < best.max || (candidate.max === best.max && candidate.steps > best.steps) ? candidate : best,
  );
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
    scale: valueScale(tallest),
  };
}

function yOf(cents: number, geometry: ChartGeometry): number {
  return geometry.plotTop + geometry.plotHeight - (cents / geometry.scale.max) * geometry.plotHeight;
}

function barLeft(index: number, geometry: ChartGeometry): number {
  return geometry.gutter + index * geometry.slot + (geometry.slot - geometry.barWidth) / 2;
}

function shapes(bars: readonly ChartBar[], geometry: ChartGeometry, brand: Brand, limitCents: number | null): CanvasElement[] {
  const bottom = geometry.plotTop + geometry.plotHeight;
  const elements: CanvasElement[] = [];
  for (let tick = 1; tick <= geometry.scale.steps; tick += 1) {
    const y = yOf(geometry.scale.step * tick, geometry);
    elements.push({ type: 'line', x1: geometry.gutter, y1: y, x2: geometry.width, y2: y, lineWidth: 0.5, lineColor: GRID_GREY });
  }
  bars.forEach((bar, index) => elements.push(...barShapes(bar, index, geometry, brand)));
  elements.push({ type: 'line', x1: geometry.gutter, y1: bottom, x2: geometry.width, y2: bottom, lineWidth: 0.8, lineColor: AXIS_GREY });
  elements.push(...groupDividers(bars, geometry));
  // Invisible, but it makes the canvas tall enough for the labels under the axis.
  elements.push({ type: 'line', x1: 0, y1: CANVAS_HEIGHT, x2: 1, y2: CANVAS_HEIGHT, lineWidth: 0.1, strokeOpacity: 0 });
  if (limitCents !== null) {
    const y = yOf(limitCents, geometry);
    const dash = { length: 4, space: 3 };
    elements.push({ type: 'line', x1: geometry.gutter, y1: y, x2: geometry.width, y2: y, lineWidth: 1, lineColor: OVER_LIMIT_RED, dash });
  }
  return elements;
}

function barShapes(bar: ChartBar, index: number, geometry: ChartGeometry, brand: Brand): CanvasElement[] {
  const x = barLeft(index, geometry);
  const bottom = geometry.plotTop + geometry.plotHeight;
  const capexTop = yOf(bar.capexCents, geometry);
  const opexTop = yOf(bar.capexCents + bar.opexCents, geometry);
  const elements: CanvasElement[] = [];
  const w = geometry.barWidth;
  if (bar.capexCents > 0) elements.push({ type: 'rect', x, y: capexTop, w, h: bottom - capexTop, color: brand.primaryColour });
  if (bar.opexCents > 0) elements.push({ type: 'rect', x, y: opexTop, w, h: capexTop - opexTop, color: brand.accentColour });
  if (bar.flag) {
    elements.push({ type: 'rect', x: x - 1, y: opexTop - 1, w: w + 2, h: bottom - opexTop + 1, lineColor: OVER_LIMIT_RED, lineWidth: 1.2 });
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

interface LabelStyle {
  fontSize: number;
  alignment: 'left' | 'center' | 'right';
  color?: string;
  bold?: boolean;
  /** Paints behind the text so a gridline or the limit line does not run through it. */
  background?: string;
}

/**
 * Text placed at canvas coordinates. The labels follow the canvas so they are drawn over its
 * gridlines; they start where the canvas ends, hence the shift up by its height. A one-column row
 * gives each label a width to align within.
 */
function textAt(text: string, x: number, y: number, width: number, style: LabelStyle): Content {
  return { relativePosition: { x, y: y - CANVAS_HEIGHT }, columns: [{ width, text, noWrap: true, color: LABEL_GREY, ...style }] };
}

function axisLabels(geometry: ChartGeometry, money: MoneyStyle): Content[] {
  const labels: Content[] = [];
  for (let tick = 0; tick <= geometry.scale.steps; tick += 1) {
    const value = geometry.scale.step * tick;
    labels.push(textAt(compactMoney(value, money), 0, yOf(value, geometry) - 4.5, geometry.gutter - 6, { fontSize: 7, alignment: 'right' }));
  }
  return labels;
}

function barLabels(bars: readonly ChartBar[], geometry: ChartGeometry, money: MoneyStyle): Content[] {
  const bottom = geometry.plotTop + geometry.plotHeight;
  const labels: Content[] = [];
  const fullValues = geometry.slot >= 40;
  const valueStyle: LabelStyle = { fontSize: 7, alignment: 'center', color: '#1D2939', bold: true, background: '#FFFFFF' };
  const flagStyle: LabelStyle = { fontSize: 6.5, alignment: 'center', color: OVER_LIMIT_RED, bold: true, background: '#FFFFFF' };
  bars.forEach((bar, index) => {
    const left = geometry.gutter + index * geometry.slot;
    const total = bar.capexCents + bar.opexCents;
    const top = yOf(total, geometry);
    if (total > 0) {
      const value = fullValues ? formatMoneyWhole(total, money) : compactMoney(total, money);
      labels.push(textAt(value, left, top - 10, geometry.slot, valueStyle));
    }
    if (bar.flag) labels.push(textAt(bar.flag, left, top - 19, geometry.slot, flagStyle));
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
      const width = (index - start + 1) * geometry.slot;
      labels.push(textAt(bar.group, left, bottom + 14, width, { fontSize: 7.5, alignment: 'center', bold: true }));
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
  if (limitCents !== null && !byYear) {
    items.push(...legendSwatch(OVER_LIMIT_RED, `Spending limit: ${formatMoney(limitCents, brand.money)} a quarter`, true));
  }
  return { columns: items, columnGap: 0 };
}

function caption(byYear: boolean, quarterCount: number, limitCents: number | null, overLimitCount: number, money: MoneyStyle): Content[] {
  const sentences: string[] = [];
  if (byYear) sentences.push(`The plan runs ${quarterCount} quarters, so the chart shows fiscal years; the quarter table gives every quarter.`);
  if (limitCents !== null) sentences.push(limitSentence(byYear, limitCents, overLimitCount, money));
  return sentences.length === 0 ? [] : [{ text: sentences.join(' '), style: 'small', margin: [0, 2, 0, 0] }];
}

function limitSentence(byYear: boolean, limitCents: number, overLimitCount: number, money: MoneyStyle): string {
  const limit = `the spending limit of ${formatMoney(limitCents, money)} a quarter`;
  if (overLimitCount === 0) return `No quarter goes over ${limit}.`;
  const quarters = `${overLimitCount} ${overLimitCount === 1 ? 'quarter goes' : 'quarters go'} over ${limit}`;
  return byYear ? `${quarters}; the years they fall in are outlined in red.` : `${quarters}, outlined in red.`;
}

/** "$25K": short enough for an axis or a narrow bar. */
function compactMoney(cents: number, money: MoneyStyle): string {
  return new Intl.NumberFormat(money.locale, {
    style: 'currency',
    currency: money.currency,
    notation: 'compact',
    minimumFractionDigits: 0,
    maximumFractionDigits: 1,
  }).format(cents / 100);
}

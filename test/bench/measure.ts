import { performance } from 'node:perf_hooks';

/** Timing helpers: median and max of several runs after warm-up runs that are not counted. */

export interface Figure {
  /** Stable key, used in the JSON output. */
  id: string;
  section: string;
  label: string;
  unit: 'ms' | 'MB' | 'count' | 'ratio';
  runs: number;
  median: number;
  max: number;
  min: number;
  samples: number[];
  /** A target from the issue, in the figure's unit; the summary says whether it holds. */
  target?: number;
  /** The physical floor of the same work, measured in the same run on the same bytes (median). */
  floor?: number;
  /** median / floor: how far above what the machine allows. */
  ratio?: number;
  /** What the floor is, in words. */
  floorLabel?: string;
  note?: string;
}

export interface MeasureOptions {
  runs: number;
  warmup: number;
  target?: number;
  note?: string;
  /** Runs before each run, outside the timing (e.g. rebuilding an input that the measured call consumes). */
  before?: () => Promise<void> | void;
  /** The floor this figure is compared with (measured before it). */
  floor?: Figure;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function figureOf(
  id: string,
  section: string,
  label: string,
  samples: readonly number[],
  extra: { unit?: Figure['unit']; target?: number; note?: string; floor?: Figure | undefined } = {},
): Figure {
  const middle = median(samples);
  return {
    id,
    section,
    label,
    unit: extra.unit ?? 'ms',
    runs: samples.length,
    median: middle,
    max: Math.max(...samples),
    min: Math.min(...samples),
    samples: [...samples],
    ...(extra.target !== undefined ? { target: extra.target } : {}),
    ...(extra.floor ? floorOf(middle, extra.floor) : {}),
    ...(extra.note ? { note: extra.note } : {}),
  };
}

/** The floor fields of a figure whose floor was measured as `floor`. */
export function floorOf(value: number, floor: Figure): Pick<Figure, 'floor' | 'ratio' | 'floorLabel'> {
  return { floor: floor.median, ratio: floor.median > 0 ? value / floor.median : Number.POSITIVE_INFINITY, floorLabel: floor.label };
}

/** The same figure given as a ratio to a floor measured afterwards. */
export function withFloor(figure: Figure, floor: Figure): Figure {
  return { ...figure, ...floorOf(figure.median, floor) };
}

/** Times `run` (sync or async) `options.runs` times after `options.warmup` uncounted runs. */
export async function measure(id: string, section: string, label: string, run: () => unknown, options: MeasureOptions): Promise<Figure> {
  const samples: number[] = [];
  for (let index = 0; index < options.warmup + options.runs; index += 1) {
    await options.before?.();
    const started = performance.now();
    const result = run();
    if (result instanceof Promise) await result;
    const elapsed = performance.now() - started;
    if (index >= options.warmup) samples.push(elapsed);
  }
  return figureOf(id, section, label, samples, {
    ...(options.target !== undefined ? { target: options.target } : {}),
    ...(options.note ? { note: options.note } : {}),
    ...(options.floor ? { floor: options.floor } : {}),
  });
}

export function formatValue(value: number, unit: Figure['unit']): string {
  if (unit === 'MB') return `${value.toFixed(1)} MB`;
  if (unit === 'count') return String(Math.round(value));
  if (unit === 'ratio') return formatRatio(value);
  if (value >= 10_000) return `${(value / 1000).toFixed(1)} s`;
  if (value >= 100) return `${Math.round(value)} ms`;
  if (value >= 10) return `${value.toFixed(1)} ms`;
  return `${value.toFixed(2)} ms`;
}

function pad(text: string, width: number, right = false): string {
  return right ? text.padStart(width) : text.padEnd(width);
}

export function formatRatio(ratio: number | undefined): string {
  if (ratio === undefined) return '';
  if (!Number.isFinite(ratio)) return '∞';
  return ratio >= 100 ? `${Math.round(ratio)}×` : `${ratio.toFixed(ratio >= 10 ? 1 : 2)}×`;
}

/** A plain-text table: section, measurement, median, max, runs, floor and ratio, target. */
export function renderTable(figures: readonly Figure[]): string {
  const rows = figures.map((figure) => [
    figure.section,
    figure.label,
    formatValue(figure.median, figure.unit),
    figure.runs > 1 ? formatValue(figure.max, figure.unit) : '',
    String(figure.runs),
    figure.floor === undefined ? '' : formatValue(figure.floor, figure.unit),
    formatRatio(figure.ratio),
    figure.target === undefined ? '' : `${figure.median <= figure.target && figure.max <= figure.target ? 'ok' : figure.median <= figure.target ? 'ok (median)' : 'MISSED'} < ${formatValue(figure.target, figure.unit)}`,
  ]);
  const header = ['Section', 'Measurement', 'Median', 'Max', 'Runs', 'Floor', '× floor', 'Target'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) => cells.map((cell, column) => pad(cell, widths[column]!, column >= 2 && column <= 6)).join('  ');
  const out = [line(header), widths.map((width) => '-'.repeat(width)).join('  ')];
  let section = '';
  for (const row of rows) {
    if (row[0] !== section && section !== '') out.push('');
    section = row[0]!;
    out.push(line(row));
  }
  return out.join('\n');
}

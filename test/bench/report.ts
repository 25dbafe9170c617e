import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { formatRatio, formatValue, type Figure } from './measure';

/**
 * The JSON that `npm run bench -- --out FILE` writes, and `--compare FILE`: the change of every
 * figure against an earlier run, as a ratio. Where a figure has a floor measured in the same run,
 * the change of its ratio to the floor is the one to trust across machines and loads, because the
 * floor moves with the machine.
 */

export const figureRecord = z.object({
  name: z.string(),
  label: z.string(),
  section: z.string(),
  unit: z.enum(['ms', 'MB', 'count', 'ratio']),
  median: z.number(),
  min: z.number(),
  max: z.number(),
  runs: z.number().int().min(1),
  floor: z.number().optional(),
  floorLabel: z.string().optional(),
  ratio: z.number().optional(),
  target: z.number().optional(),
});
export type FigureRecord = z.infer<typeof figureRecord>;

/** What --compare needs of a report; the rest (machine, data, notes) is there for people. */
export const benchReport = z.looseObject({
  generatedAt: z.string(),
  figures: z.array(figureRecord),
});
export type BenchReport = z.infer<typeof benchReport>;

export function recordOf(figure: Figure): FigureRecord {
  return {
    name: figure.id,
    label: figure.label,
    section: figure.section,
    unit: figure.unit,
    median: figure.median,
    min: figure.min,
    max: figure.max,
    runs: figure.runs,
    ...(figure.floor !== undefined ? { floor: figure.floor, floorLabel: figure.floorLabel ?? '' } : {}),
    ...(figure.ratio !== undefined && Number.isFinite(figure.ratio) ? { ratio: figure.ratio } : {}),
    ...(figure.target !== undefined ? { target: figure.target } : {}),
  };
}

export async function readReport(file: string): Promise<BenchReport> {
  return benchReport.parse(JSON.parse(await readFile(file, 'utf8')));
}

export type Verdict = 'slower' | 'faster' | 'same' | 'new' | 'gone';

export interface Change {
  name: string;
  label: string;
  unit: FigureRecord['unit'];
  before: number | null;
  after: number | null;
  /** after / before of the medians. */
  change: number | null;
  /** after / before of the ratios to the floor, where both runs have one. */
  ratioChange: number | null;
  verdict: Verdict;
}

/** A change within ±tolerance (0.15 = 15 %) counts as the same: runs on a shared machine wander that much. */
export function compareReports(before: BenchReport, after: BenchReport, tolerance = 0.15): Change[] {
  const earlier = new Map(before.figures.map((figure) => [figure.name, figure]));
  const changes: Change[] = [];
  for (const figure of after.figures) {
    const old = earlier.get(figure.name);
    earlier.delete(figure.name);
    if (!old) {
      changes.push({ name: figure.name, label: figure.label, unit: figure.unit, before: null, after: figure.median, change: null, ratioChange: null, verdict: 'new' });
      continue;
    }
    const change = old.median > 0 ? figure.median / old.median : null;
    const ratioChange = old.ratio !== undefined && figure.ratio !== undefined && old.ratio > 0 ? figure.ratio / old.ratio : null;
    // The ratio to the floor, when there is one: it does not move with the machine's load.
    const judged = ratioChange ?? change;
    const verdict: Verdict = judged === null || Math.abs(judged - 1) <= tolerance ? 'same' : judged > 1 ? 'slower' : 'faster';
    changes.push({ name: figure.name, label: figure.label, unit: figure.unit, before: old.median, after: figure.median, change, ratioChange, verdict });
  }
  for (const old of earlier.values()) {
    changes.push({ name: old.name, label: old.label, unit: old.unit, before: old.median, after: null, change: null, ratioChange: null, verdict: 'gone' });
  }
  return changes;
}

const VERDICT_WORDS: Record<Verdict, string> = { slower: 'WORSE', faster: 'better', same: '', new: 'new', gone: 'gone' };

/** A plain-text table of the changes, worst first. */
export function renderComparison(changes: readonly Change[], beforeLabel: string): string {
  const order: Record<Verdict, number> = { slower: 0, faster: 1, new: 2, gone: 3, same: 4 };
  const sorted = [...changes].sort((a, b) => order[a.verdict] - order[b.verdict] || (b.ratioChange ?? b.change ?? 0) - (a.ratioChange ?? a.change ?? 0));
  const rows = sorted.map((entry) => [
    entry.label.length > 70 ? `${entry.label.slice(0, 69)}…` : entry.label,
    entry.before === null ? '' : formatValue(entry.before, entry.unit),
    entry.after === null ? '' : formatValue(entry.after, entry.unit),
    entry.change === null ? '' : formatRatio(entry.change),
    entry.ratioChange === null ? '' : formatRatio(entry.ratioChange),
    VERDICT_WORDS[entry.verdict],
  ]);
  const header = ['Measurement', 'Before', 'Now', 'Now/before', 'Floor ratio now/before', ''];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) => cells.map((cell, column) => (column >= 1 && column <= 4 ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!))).join('  ').trimEnd();
  const counts = (['slower', 'faster', 'new', 'gone'] as const).map((verdict) => `${changes.filter((entry) => entry.verdict === verdict).length} ${VERDICT_WORDS[verdict].toLowerCase()}`);
  return [`Compared with ${beforeLabel}: ${counts.join(', ')}.`, line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

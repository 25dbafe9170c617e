import { describe, expect, it } from 'vitest';
import { figureOf, withFloor } from '../bench/measure';
import { benchReport, compareReports, recordOf, renderComparison, type BenchReport } from '../bench/report';

/** The arithmetic of `npm run bench -- --compare FILE` and the JSON shape it reads (the benchmark itself runs apart from the tests). */

function report(figures: BenchReport['figures']): BenchReport {
  return { generatedAt: '2026-12-01T10:00:00.000Z', figures };
}

describe('bench figures as JSON', () => {
  it('carries name, unit, median, min, max, runs, and the floor with its ratio', () => {
    const floor = figureOf('store.40.parseFloor', 'Data file', 'floor', [100, 120, 80]);
    const open = figureOf('store.40.open', 'Data file', 'Open', [150, 130, 170], { floor });
    const record = recordOf(open);
    expect(record).toEqual({ name: 'store.40.open', label: 'Open', section: 'Data file', unit: 'ms', median: 150, min: 130, max: 170, runs: 3, floor: 100, floorLabel: 'floor', ratio: 1.5 });
    expect(benchReport.parse(report([record, recordOf(floor)])).figures).toHaveLength(2);
  });

  it('gives a figure measured before its floor the same ratio', () => {
    const save = figureOf('store.40.save', 'Data file', 'Save', [300, 310, 290]);
    const floor = figureOf('store.40.writeFloor', 'Data file', 'floor', [120]);
    expect(withFloor(save, floor).ratio).toBe(2.5);
  });

  it('refuses a file that is not a benchmark report', () => {
    expect(benchReport.safeParse({ generatedAt: 'x', figures: [{ name: 'a', median: 'fast' }] }).success).toBe(false);
  });
});

describe('comparing two runs', () => {
  const before = report([
    { name: 'open', label: 'Open', section: 's', unit: 'ms', median: 100, min: 90, max: 110, runs: 5, floor: 80, ratio: 1.25 },
    { name: 'export', label: 'Export', section: 's', unit: 'ms', median: 400, min: 390, max: 420, runs: 5 },
    { name: 'dropped', label: 'Dropped', section: 's', unit: 'ms', median: 10, min: 10, max: 10, runs: 1 },
  ]);

  it('judges a figure with a floor by its ratio to the floor, which does not move with the machine', () => {
    // Twice as slow, but the floor is twice as slow too: the same.
    const after = report([{ name: 'open', label: 'Open', section: 's', unit: 'ms', median: 200, min: 190, max: 210, runs: 5, floor: 160, ratio: 1.25 }]);
    const [open] = compareReports(before, after);
    expect(open).toMatchObject({ name: 'open', before: 100, after: 200, change: 2, ratioChange: 1, verdict: 'same' });
  });

  it('shows a regression as a ratio: slower beyond the tolerance, faster below it, new and gone', () => {
    const after = report([
      { name: 'open', label: 'Open', section: 's', unit: 'ms', median: 100, min: 90, max: 110, runs: 5, floor: 50, ratio: 2 },
      { name: 'export', label: 'Export', section: 's', unit: 'ms', median: 300, min: 290, max: 310, runs: 5 },
      { name: 'fresh', label: 'Fresh', section: 's', unit: 'ms', median: 5, min: 5, max: 5, runs: 1 },
    ]);
    const byName = new Map(compareReports(before, after, 0.15).map((change) => [change.name, change]));
    expect(byName.get('open')).toMatchObject({ change: 1, ratioChange: 1.6, verdict: 'slower' });
    expect(byName.get('export')).toMatchObject({ change: 0.75, ratioChange: null, verdict: 'faster' });
    expect(byName.get('fresh')).toMatchObject({ before: null, after: 5, verdict: 'new' });
    expect(byName.get('dropped')).toMatchObject({ before: 10, after: null, verdict: 'gone' });
    const table = renderComparison([...byName.values()], 'last week');
    expect(table.split('\n')[0]).toBe('Compared with last week: 1 worse, 1 better, 1 new, 1 gone.');
    expect(table.split('\n')[3]).toMatch(/^Open\s+100 ms\s+100 ms\s+1\.00×\s+1\.60×\s+WORSE$/);
  });

  it('keeps a change within the tolerance as the same', () => {
    const after = report([{ name: 'export', label: 'Export', section: 's', unit: 'ms', median: 440, min: 430, max: 450, runs: 5 }]);
    expect(compareReports(before, after, 0.15)[0]).toMatchObject({ change: 1.1, verdict: 'same' });
  });
});

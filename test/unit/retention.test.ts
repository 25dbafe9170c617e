import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backupsToKeep, type DatedBackup } from '../../src-main/store/retention';

const DAY_MS = 86_400_000;
const TODAY = '2026-03-20';
const TODAY_START = Date.UTC(2026, 2, 20);

function dayOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function backupAt(daysAgo: number, hour: number, minute = 0): DatedBackup {
  const createdAtMs = TODAY_START - daysAgo * DAY_MS + hour * 3_600_000 + minute * 60_000;
  return { id: `backup-${dayOf(createdAtMs)}-${String(hour).padStart(2, '0')}${String(minute).padStart(2, '0')}`, createdAtMs, day: dayOf(createdAtMs) };
}

function sortedIds(keep: Set<string>): string[] {
  return [...keep].sort();
}

describe('backup retention: worked examples', () => {
  it('keeps the three newest of five backups made today', () => {
    const backups = [9, 10, 11, 12, 13].map((hour) => backupAt(0, hour));
    expect(sortedIds(backupsToKeep(backups, TODAY))).toEqual(['backup-2026-03-20-1100', 'backup-2026-03-20-1200', 'backup-2026-03-20-1300']);
  });

  it("keeps today's two, yesterday's newest and the one from two days ago", () => {
    const backups = [backupAt(0, 8), backupAt(0, 9), backupAt(1, 9), backupAt(1, 17, 45), backupAt(1, 12), backupAt(2, 10)];
    expect(sortedIds(backupsToKeep(backups, TODAY))).toEqual([
      'backup-2026-03-18-1000',
      'backup-2026-03-19-1745',
      'backup-2026-03-20-0800',
      'backup-2026-03-20-0900',
    ]);
  });

  it('keeps the newest backup of each of the ten most recent days when nothing was saved today', () => {
    const backups: DatedBackup[] = [];
    for (let daysAgo = 1; daysAgo <= 12; daysAgo += 1) for (const hour of [8, 13, 18]) backups.push(backupAt(daysAgo, hour));
    const keep = backupsToKeep(backups, TODAY);
    expect(keep.size).toBe(10);
    const expected = Array.from({ length: 10 }, (_, index) => backupAt(index + 1, 18).id).sort();
    expect(sortedIds(keep)).toEqual(expected);
  });

  it("keeps 3 from today and the newest of each of the 7 previous days when there are many of both", () => {
    const backups: DatedBackup[] = [];
    for (let daysAgo = 0; daysAgo <= 15; daysAgo += 1) for (const hour of [7, 11, 15, 19]) backups.push(backupAt(daysAgo, hour));
    const keep = backupsToKeep(backups, TODAY);
    expect(keep.size).toBe(10);
    const expected = [backupAt(0, 19), backupAt(0, 15), backupAt(0, 11), ...Array.from({ length: 7 }, (_, index) => backupAt(index + 1, 19))];
    expect(sortedIds(keep)).toEqual(expected.map((backup) => backup.id).sort());
  });

  it('keeps nothing when there are no backups', () => {
    expect(backupsToKeep([], TODAY).size).toBe(0);
  });
});

/** Backups spread over the last 30 days, with distinct times; today may have none. */
const backupSets = fc
  .uniqueArray(fc.integer({ min: 0, max: 30 * DAY_MS - 1 }), { minLength: 0, maxLength: 60 })
  .chain((offsets) =>
    fc.record({
      offsets: fc.constant(offsets),
      daysAfterNewest: fc.integer({ min: 0, max: 2 }),
      order: fc.shuffledSubarray(offsets, { minLength: offsets.length, maxLength: offsets.length }),
    }),
  )
  .map(({ order, daysAfterNewest }) => {
    const origin = Date.UTC(2026, 0, 1);
    const backups: DatedBackup[] = order.map((offset, index) => {
      const createdAtMs = origin + offset;
      return { id: `b${index}-${offset}`, createdAtMs, day: dayOf(createdAtMs) };
    });
    const newest = backups.reduce((max, backup) => Math.max(max, backup.createdAtMs), origin);
    const today = dayOf(newest + daysAfterNewest * DAY_MS);
    return { backups, today };
  });

function newestFirst(backups: readonly DatedBackup[]): DatedBackup[] {
  return [...backups].sort((a, b) => b.createdAtMs - a.createdAtMs);
}

describe('backup retention: properties', () => {
  it('never keeps more than 10 backups, and keeps only backups that exist', () => {
    fc.assert(
      fc.property(backupSets, ({ backups, today }) => {
        const keep = backupsToKeep(backups, today);
        expect(keep.size).toBeLessThanOrEqual(10);
        const known = new Set(backups.map((backup) => backup.id));
        for (const id of keep) expect(known.has(id)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("keeps at most 3 from today, and they are today's newest", () => {
    fc.assert(
      fc.property(backupSets, ({ backups, today }) => {
        const keep = backupsToKeep(backups, today);
        const todays = newestFirst(backups.filter((backup) => backup.day === today));
        const keptToday = todays.filter((backup) => keep.has(backup.id));
        expect(keptToday.length).toBeLessThanOrEqual(3);
        expect(keptToday.map((backup) => backup.id)).toEqual(todays.slice(0, 3).map((backup) => backup.id));
      }),
      { numRuns: 500 },
    );
  });

  it("keeps at most one per earlier day, and it is that day's newest", () => {
    fc.assert(
      fc.property(backupSets, ({ backups, today }) => {
        const keep = backupsToKeep(backups, today);
        const days = new Set(backups.map((backup) => backup.day).filter((day) => day < today));
        for (const day of days) {
          const ofDay = newestFirst(backups.filter((backup) => backup.day === day));
          const kept = ofDay.filter((backup) => keep.has(backup.id));
          expect(kept.length).toBeLessThanOrEqual(1);
          if (kept.length === 1) expect(kept[0]?.id).toBe(ofDay[0]?.id);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('always keeps the newest backup overall', () => {
    fc.assert(
      fc.property(backupSets, ({ backups, today }) => {
        fc.pre(backups.length > 0);
        const keep = backupsToKeep(backups, today);
        expect(keep.has(newestFirst(backups)[0]!.id)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('prefers recent days: an earlier day is dropped only when 10 are kept, and then every more recent day is kept', () => {
    fc.assert(
      fc.property(backupSets, ({ backups, today }) => {
        const keep = backupsToKeep(backups, today);
        const earlierDays = [...new Set(backups.map((backup) => backup.day).filter((day) => day < today))].sort().reverse();
        const keptDay = earlierDays.map((day) => backups.some((backup) => backup.day === day && keep.has(backup.id)));
        const firstDropped = keptDay.indexOf(false);
        if (firstDropped >= 0) {
          expect(keep.size).toBe(10);
          expect(keptDay.slice(firstDropped).every((kept) => !kept)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('gives the same answer whatever order the backups are listed in', () => {
    fc.assert(
      fc.property(backupSets, ({ backups, today }) => {
        const forward = sortedIds(backupsToKeep(backups, today));
        const reversed = sortedIds(backupsToKeep([...backups].reverse(), today));
        expect(reversed).toEqual(forward);
      }),
      { numRuns: 200 },
    );
  });
});

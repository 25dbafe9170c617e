import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backupsToDelete, backupsToKeep, type DatedBackup, type ShelvedBackup } from '../../src-main/store/retention';

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

const KINDS: readonly ShelvedBackup['kind'][] = ['open', 'interval', 'manual', 'pre-migration', 'pre-restore'];
const NOW_MS = Date.UTC(2026, 2, 20, 12);
const NOW = { ms: NOW_MS, today: dayOf(NOW_MS) };

/** A backups folder as rotation sees it: every kind, some not valid, some dated up to a year ahead. */
const shelves = fc
  .array(
    fc.record({
      offset: fc.integer({ min: -40 * DAY_MS, max: 365 * DAY_MS }),
      future: fc.boolean(),
      kind: fc.constantFrom(...KINDS),
      valid: fc.boolean(),
      sequence: fc.integer({ min: 0, max: 2 }),
    }),
    { maxLength: 50 },
  )
  .map((entries) =>
    entries.map((entry, index): ShelvedBackup => {
      const createdAtMs = entry.future ? NOW_MS + Math.abs(entry.offset) + 1 : NOW_MS - Math.abs(entry.offset) % (40 * DAY_MS);
      return { id: `b${index}`, kind: entry.kind, valid: entry.valid, createdAtMs, day: dayOf(createdAtMs), sequence: entry.sequence };
    }),
  );

describe('backup rotation on a whole folder: properties', () => {
  it('never deletes a manual backup, a file that is not valid, or one it was told to keep', () => {
    fc.assert(
      fc.property(shelves, fc.nat(60), (shelf, protectIndex) => {
        const protect = new Set([`b${protectIndex}`]);
        const doomed = backupsToDelete(shelf, NOW, protect);
        for (const backup of shelf) {
          if (backup.kind === 'manual' || !backup.valid || protect.has(backup.id)) expect(doomed.has(backup.id)).toBe(false);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never deletes the newest valid backup, counting a future date as now and real backups first', () => {
    fc.assert(
      fc.property(shelves, (shelf) => {
        const valid = shelf.filter((backup) => backup.valid);
        fc.pre(valid.length > 0);
        const real = valid.filter((backup) => backup.createdAtMs <= NOW_MS);
        const newest = real.length > 0 ? real.reduce((a, b) => (b.createdAtMs > a.createdAtMs || (b.createdAtMs === a.createdAtMs && (b.sequence ?? 0) > (a.sequence ?? 0)) ? b : a)) : undefined;
        const doomed = backupsToDelete(shelf, NOW);
        if (newest && newest.day === NOW.today) expect(doomed.has(newest.id)).toBe(false);
        expect(valid.some((backup) => !doomed.has(backup.id))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps at most 10 valid automatic backups, at most 3 of them from today (a future date counting as today)', () => {
    fc.assert(
      fc.property(shelves, (shelf) => {
        const doomed = backupsToDelete(shelf, NOW);
        const kept = shelf.filter((backup) => backup.valid && (backup.kind === 'open' || backup.kind === 'interval') && !doomed.has(backup.id));
        expect(kept.length).toBeLessThanOrEqual(10);
        expect(kept.filter((backup) => backup.day >= NOW.today).length).toBeLessThanOrEqual(3);
      }),
      { numRuns: 500 },
    );
  });

  it('gives real backups of today precedence over future-dated ones', () => {
    fc.assert(
      fc.property(shelves, (shelf) => {
        const doomed = backupsToDelete(shelf, NOW);
        const automatic = shelf.filter((backup) => backup.valid && (backup.kind === 'open' || backup.kind === 'interval'));
        const realToday = automatic.filter((backup) => backup.createdAtMs <= NOW_MS && backup.day === NOW.today);
        const keptFuture = automatic.filter((backup) => backup.createdAtMs > NOW_MS && !doomed.has(backup.id));
        if (keptFuture.length > 0) expect(realToday.filter((backup) => doomed.has(backup.id))).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps only the newest snapshot of each kind among the valid ones, and every one that is not valid', () => {
    fc.assert(
      fc.property(shelves, (shelf) => {
        const doomed = backupsToDelete(shelf, NOW);
        for (const kind of ['pre-migration', 'pre-restore'] as const) {
          const keptValid = shelf.filter((backup) => backup.kind === kind && backup.valid && !doomed.has(backup.id));
          expect(keptValid.length).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('backup rotation on a whole folder: worked examples', () => {
  const at = (id: string, kind: ShelvedBackup['kind'], iso: string, valid = true, sequence = 0): ShelvedBackup => ({
    id,
    kind,
    valid,
    createdAtMs: Date.parse(iso),
    day: iso.slice(0, 10),
    sequence,
  });

  it('lets three broken future-dated files take no place from the real backups', () => {
    const shelf = [
      at('future-1', 'open', '2031-01-01T00:00:00Z', false),
      at('future-2', 'interval', '2031-01-02T00:00:00Z', false),
      at('future-3', 'manual', '2031-01-03T00:00:00Z', false),
      at('today-1', 'open', '2026-03-20T08:00:00Z'),
      at('today-2', 'interval', '2026-03-20T09:00:00Z'),
      at('today-3', 'interval', '2026-03-20T10:00:00Z'),
      at('today-4', 'interval', '2026-03-20T11:00:00Z'),
      at('yesterday', 'open', '2026-03-19T08:00:00Z'),
    ];
    expect([...backupsToDelete(shelf, NOW)]).toEqual(['today-1']);
  });

  it('orders backups of one millisecond by their sequence', () => {
    const shelf = [0, 1, 2, 3].map((sequence) => at(`same-${sequence}`, 'interval', '2026-03-20T08:00:00Z', true, sequence));
    expect([...backupsToDelete(shelf, NOW)]).toEqual(['same-0']);
  });

  it('deletes an older snapshot once a newer one of its kind exists, even when the newer one is not valid', () => {
    const shelf = [
      at('restore-old', 'pre-restore', '2026-03-18T08:00:00Z'),
      at('restore-new', 'pre-restore', '2026-03-19T08:00:00Z', false),
      at('migration', 'pre-migration', '2025-01-01T08:00:00Z'),
      at('manual', 'manual', '2026-03-20T08:00:00Z'),
    ];
    expect([...backupsToDelete(shelf, NOW)]).toEqual(['restore-old']);
  });
});

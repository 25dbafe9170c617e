import type { BackupKind } from '../domain/app-state';

/**
 * Which backups rotation deletes (ARCHITECTURE.md, Data). Pure, so it can be property-tested.
 * - Automatic backups (on opening, while working) keep the 3 newest from today, the newest one of
 *   each earlier day, and never more than 10 in all.
 * - A manual backup is the consultant's: rotation never deletes it.
 * - The snapshot taken before a migration, a restore or a repair is kept until the next one of its kind.
 * - A file that does not read back as a valid backup is never counted and never deleted.
 * - A date in the future counts as now, so a wrong clock cannot push the real backups out.
 * - The newest valid backup is never deleted.
 */

export interface DatedBackup {
  id: string;
  /** Milliseconds since the epoch. */
  createdAtMs: number;
  /** The local calendar day the backup was made, 'YYYY-MM-DD'. */
  day: string;
  /** Orders backups made within the same millisecond: higher is newer. */
  sequence?: number;
}

export interface ShelvedBackup extends DatedBackup {
  kind: BackupKind;
  valid: boolean;
}

export const KEEP_TODAY = 3;
export const KEEP_TOTAL = 10;

const AUTOMATIC: readonly BackupKind[] = ['open', 'interval'];
const SNAPSHOTS: readonly BackupKind[] = ['pre-migration', 'pre-restore', 'pre-repair'];

/** A backup as rotation orders it: one dated in the future stands as made today (see asOf). */
interface Ordered {
  id: string;
  createdAtMs: number;
  day: string;
  sequence?: number;
  future?: boolean;
}

/**
 * Newest first: by day, then the real ones before those from a clock that ran ahead, then by time,
 * then by sequence within a millisecond, then by name so the order is total.
 */
function newestFirst<T extends Ordered>(backups: readonly T[]): T[] {
  return [...backups].sort(
    (a, b) =>
      b.day.localeCompare(a.day) ||
      Number(a.future ?? false) - Number(b.future ?? false) ||
      b.createdAtMs - a.createdAtMs ||
      (b.sequence ?? 0) - (a.sequence ?? 0) ||
      b.id.localeCompare(a.id),
  );
}

export function backupsToKeep(backups: readonly DatedBackup[], today: string): Set<string> {
  const keep = new Set<string>();
  let keptToday = 0;
  const daysKept = new Set<string>();
  for (const backup of newestFirst(backups)) {
    if (keep.size >= KEEP_TOTAL) break;
    if (backup.day >= today) {
      if (keptToday < KEEP_TODAY) {
        keep.add(backup.id);
        keptToday += 1;
      }
    } else if (!daysKept.has(backup.day)) {
      keep.add(backup.id);
      daysKept.add(backup.day);
    }
  }
  return keep;
}

/**
 * A backup dated after `now` counts as made now: today, and so within today's three. Among today's
 * it ranks after the real ones, so a clock that ran ahead cannot push out what was really made today.
 */
function asOf<T extends ShelvedBackup>(backup: T, now: { ms: number; today: string }): T & { future: boolean } {
  if (backup.createdAtMs <= now.ms) return { ...backup, future: false };
  return { ...backup, createdAtMs: now.ms, day: now.today, future: true };
}

/** The ids rotation deletes; everything else stays. `protect` names backups that must stay (the one just made). */
export function backupsToDelete(shelf: readonly ShelvedBackup[], now: { ms: number; today: string }, protect: ReadonlySet<string> = new Set()): Set<string> {
  const valid = newestFirst(shelf.filter((backup) => backup.valid).map((backup) => asOf(backup, now)));
  const doomed = new Set<string>();
  const automatic = valid.filter((backup) => AUTOMATIC.includes(backup.kind));
  const keep = backupsToKeep(automatic, now.today);
  for (const backup of automatic) if (!keep.has(backup.id)) doomed.add(backup.id);
  for (const kind of SNAPSHOTS) {
    const newest = newestFirst(shelf.filter((backup) => backup.kind === kind).map((backup) => asOf(backup, now)))[0];
    for (const backup of valid) if (backup.kind === kind && backup.id !== newest?.id) doomed.add(backup.id);
  }
  const newestValid = valid[0];
  if (newestValid) doomed.delete(newestValid.id);
  for (const id of protect) doomed.delete(id);
  return doomed;
}

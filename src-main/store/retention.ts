/**
 * Which backups to keep (ARCHITECTURE.md, Data): the 3 newest from today, the newest one of each
 * earlier day, and never more than 10 in all, newest first. Pure, so it can be property-tested.
 */

export interface DatedBackup {
  id: string;
  /** Milliseconds since the epoch. */
  createdAtMs: number;
  /** The local calendar day the backup was made, 'YYYY-MM-DD'. */
  day: string;
}

export const KEEP_TODAY = 3;
export const KEEP_TOTAL = 10;

export function backupsToKeep(backups: readonly DatedBackup[], today: string): Set<string> {
  const newestFirst = [...backups].sort((a, b) => b.createdAtMs - a.createdAtMs || b.id.localeCompare(a.id));
  const keep = new Set<string>();
  let keptToday = 0;
  const daysKept = new Set<string>();
  for (const backup of newestFirst) {
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

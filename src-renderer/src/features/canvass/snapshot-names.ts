import type { CanvassSnapshotSummary } from '../../../../src-main/domain/canvass';

/** "12 March 2026" in the consultant's locale. */
export function snapshotDate(takenAt: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(takenAt));
}

/** "Annual review (12 March 2026)", or the date alone when the snapshot has no label. */
export function snapshotName(snapshot: Pick<CanvassSnapshotSummary, 'label' | 'takenAt'>, locale: string): string {
  const date = snapshotDate(snapshot.takenAt, locale);
  return snapshot.label ? `${snapshot.label} (${date})` : date;
}

export function countWords(count: number, one: string, many: string): string {
  return `${count.toLocaleString()} ${count === 1 ? one : many}`;
}

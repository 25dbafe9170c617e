import {
  INITIATIVE_STATUS_LABELS,
  type Initiative,
  type InitiativeHistoryEntry,
  type InitiativeHistoryKind,
  type InitiativeStatus,
} from './initiative';
import { quarterKey, quarterLabel, type FiscalQuarter, type IsoDate } from './months';

/**
 * An initiative's history (PRODUCT.md §6): its moves between quarters, its status changes and the
 * client's decisions. Every channel that changes an initiative records history through here.
 */

export const UNSCHEDULED_LABEL = 'Unscheduled';

export function quarterWords(quarter: FiscalQuarter | null): string {
  return quarter ? quarterLabel(quarter) : UNSCHEDULED_LABEL;
}

export function sameQuarter(a: FiscalQuarter | null, b: FiscalQuarter | null): boolean {
  return (a === null ? null : quarterKey(a)) === (b === null ? null : quarterKey(b));
}

export function historyEntry(kind: InitiativeHistoryKind, at: string, fields: Partial<Omit<InitiativeHistoryEntry, 'kind' | 'at'>> = {}): InitiativeHistoryEntry {
  return { at, kind, from: '', to: '', note: '', by: '', ...fields };
}

/** What an edit changed that belongs in the history: its quarter and its status. */
export function historyForChange(
  before: Pick<Initiative, 'status' | 'startQuarter'>,
  after: Pick<Initiative, 'status' | 'startQuarter'>,
  at: string,
): InitiativeHistoryEntry[] {
  const entries: InitiativeHistoryEntry[] = [];
  if (!sameQuarter(before.startQuarter, after.startQuarter)) {
    entries.push(historyEntry('moved', at, { from: quarterWords(before.startQuarter), to: quarterWords(after.startQuarter) }));
  }
  if (before.status !== after.status) {
    entries.push(historyEntry('status', at, { from: INITIATIVE_STATUS_LABELS[before.status], to: INITIATIVE_STATUS_LABELS[after.status] }));
  }
  return entries;
}

export const DECISIONS = ['approved', 'declined'] as const;
export type Decision = (typeof DECISIONS)[number];
export const DECISION_LABELS: Record<Decision, string> = { approved: 'Approved', declined: 'Declined' };

export interface DecisionInput {
  decision: Decision;
  date: IsoDate;
  by: string;
  note: string;
}

/** Work already under way or finished stays where it is when the client approves it again. */
const KEEPS_STATUS_WHEN_APPROVED: readonly InitiativeStatus[] = ['approved', 'scheduled', 'inProgress', 'done'];

function statusAfter(current: InitiativeStatus, decision: Decision): InitiativeStatus {
  if (decision === 'declined') return 'declined';
  return KEEPS_STATUS_WHEN_APPROVED.includes(current) ? current : 'approved';
}

/**
 * The client's approval or decline: the decision is recorded on the initiative and in its history.
 * A declined initiative leaves the budget (the forecast skips it) but keeps its place and history.
 */
export function applyDecision(
  item: Pick<Initiative, 'status' | 'history'>,
  input: DecisionInput,
  at: string,
): Pick<Initiative, 'status' | 'clientDecision' | 'history'> {
  const status = statusAfter(item.status, input.decision);
  const entry = historyEntry(input.decision, at, {
    from: INITIATIVE_STATUS_LABELS[item.status],
    to: INITIATIVE_STATUS_LABELS[status],
    note: input.note,
    by: input.by,
    date: input.date,
  });
  return { status, clientDecision: { date: input.date, by: input.by, note: input.note }, history: [...item.history, entry] };
}

export interface DecisionLogEntry {
  initiativeId: string;
  title: string;
  decision: Decision;
  /** The day the client decided; null for a decision recorded without one. */
  date: IsoDate | null;
  by: string;
  note: string;
  /** When it was recorded. */
  recordedAt: string;
  /** Where the initiative sits now, in words. */
  quarter: string;
}

function isDecision(kind: InitiativeHistoryKind): kind is Decision {
  return (DECISIONS as readonly string[]).includes(kind);
}

/** Every decision the client made on its initiatives, most recent first. */
export function decisionLog(initiatives: readonly Initiative[]): DecisionLogEntry[] {
  const entries: DecisionLogEntry[] = [];
  for (const item of initiatives) {
    for (const entry of item.history) {
      if (!isDecision(entry.kind)) continue;
      entries.push({
        initiativeId: item.id,
        title: item.title,
        decision: entry.kind,
        date: entry.date ?? null,
        by: entry.by,
        note: entry.note,
        recordedAt: entry.at,
        quarter: quarterWords(item.startQuarter),
      });
    }
  }
  const dayOf = (entry: DecisionLogEntry) => entry.date ?? entry.recordedAt.slice(0, 10);
  return entries.sort((a, b) => dayOf(b).localeCompare(dayOf(a)) || b.recordedAt.localeCompare(a.recordedAt));
}

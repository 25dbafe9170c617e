import type { IsoDate } from './months';
import { isDecided, PROPOSAL_VALIDITY_DAYS, type Proposal } from './proposal';

/** A proposal's dates: when its prices stop holding, and whether that day has passed. */

const DAY_MS = 86_400_000;

function utcDay(date: IsoDate): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return new Date(utcDay(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from one date to another; negative when `to` is earlier. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((utcDay(to) - utcDay(from)) / DAY_MS);
}

export function defaultValidUntil(issueDate: IsoDate): IsoDate {
  return addDays(issueDate, PROPOSAL_VALIDITY_DAYS);
}

/** Still waiting for the client, and its validity date is behind us (the last valid day is not expired). */
export function isExpired(subject: Pick<Proposal, 'status' | 'validUntil'>, today: IsoDate): boolean {
  return !isDecided(subject) && subject.validUntil < today;
}

/** "Valid for 12 more days", "Last valid day today", "Expired 3 days ago"; empty once decided. */
export function validityWords(subject: Pick<Proposal, 'status' | 'validUntil'>, today: IsoDate): string {
  if (isDecided(subject)) return '';
  const left = daysBetween(today, subject.validUntil);
  if (left < 0) return `Expired ${plural(-left, 'day')} ago`;
  if (left === 0) return 'Last valid day today';
  return `Valid for ${plural(left, 'more day')}`;
}

function plural(count: number, noun: string): string {
  return `${count} ${count === 1 ? noun : `${noun}s`}`;
}

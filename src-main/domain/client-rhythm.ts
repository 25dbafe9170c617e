import { clientCadence, recommendedCadence, type Cadence } from './cadence';
import type { Client } from './client';
import { byMeetingTime, type Meeting } from './meeting';
import { addMonths, monthOfDate, type IsoDate } from './months';
import { uniqueTouchCount, type Touch } from './touch';

/** Where one client stands against its cadence (PRODUCT.md §7): last touch, this month's touches, meetings. */
export interface ClientRhythm {
  clientId: string;
  cadence: Cadence & { overridden: boolean };
  recommended: Cadence;
  lastTouch: Pick<Touch, 'id' | 'date' | 'channel' | 'contactId'> | null;
  touchesThisMonth: number;
  /** The month's unique touches reach the cadence (always true when it asks for none). */
  touchesMet: boolean;
  escalationsThisMonth: number;
  lastHeldMeeting: Pick<Meeting, 'id' | 'date' | 'type'> | null;
  nextMeeting: Pick<Meeting, 'id' | 'date' | 'time' | 'type'> | null;
  /** Strategy meetings planned or held from today over the next twelve months. */
  strategyMeetingsNext12Months: number;
}

export function clientRhythm(
  subject: Pick<Client, 'id' | 'complexity' | 'cadenceOverride'>,
  meetings: readonly Meeting[],
  touches: readonly Touch[],
  today: IsoDate,
): ClientRhythm {
  const cadence = clientCadence(subject);
  const own = meetings.filter((entry) => entry.clientId === subject.id && entry.status !== 'cancelled').sort(byMeetingTime);
  const ownTouches = touches.filter((entry) => entry.clientId === subject.id);
  const thisMonth = ownTouches.filter((entry) => monthOfDate(entry.date) === monthOfDate(today) && entry.date <= today);
  const contacts = ownTouches.filter((entry) => entry.kind === 'touch' && entry.date <= today).sort((a, b) => a.date.localeCompare(b.date));
  const last = contacts.at(-1) ?? null;
  const held = own.filter((entry) => entry.status === 'held' && entry.date <= today).at(-1) ?? null;
  const next = own.find((entry) => entry.status === 'planned' && entry.date >= today) ?? null;
  const yearAhead = `${addMonths(monthOfDate(today), 12)}${today.slice(7)}`;
  const touchesThisMonth = uniqueTouchCount(thisMonth);
  return {
    clientId: subject.id,
    cadence,
    recommended: recommendedCadence(subject.complexity),
    lastTouch: last && { id: last.id, date: last.date, channel: last.channel, contactId: last.contactId },
    touchesThisMonth,
    touchesMet: touchesThisMonth >= cadence.touchesPerMonth,
    escalationsThisMonth: thisMonth.filter((entry) => entry.kind === 'escalation').length,
    lastHeldMeeting: held && { id: held.id, date: held.date, type: held.type },
    nextMeeting: next && { id: next.id, date: next.date, time: next.time, type: next.type },
    strategyMeetingsNext12Months: own.filter((entry) => entry.type === 'strategy' && entry.date >= today && entry.date < yearAhead).length,
  };
}

import { meeting, MEETING_DEFAULTS, type Meeting } from '../../domain/meeting';
import { isoDateOfLocalDate } from '../../domain/months';
import { notFound } from '../errors';
import type { HandlerContext } from '../handler-context';
import type { ItemKind } from './client-items';

/** Shared by the meeting, touch, action-item and export handlers. */

export const MEETINGS: ItemKind<Meeting> = {
  collection: 'meetings',
  label: 'Meeting',
  stored: meeting,
  defaults: MEETING_DEFAULTS,
  inputKey: 'meeting',
  titleField: 'title',
};

/** The consultant's calendar day, by the app's clock. */
export function todayOf(context: HandlerContext): string {
  return isoDateOfLocalDate(context.clock());
}

export function requireMeeting(context: HandlerContext, id: string): Meeting {
  const found = context.store.data.meetings.find((candidate) => candidate.id === id);
  if (!found) throw notFound('That meeting');
  return found;
}

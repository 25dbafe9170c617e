import type { ActionItem } from './action-item';
import type { Asset } from './asset';
import { INITIATIVE_STATUS_LABELS, type Initiative, type InitiativeHistoryEntry } from './initiative';
import { byMeetingTime, type Meeting } from './meeting';
import { isoDateOfLocalDate, type IsoDate } from './months';
import type { AlignmentReview } from './review';

/**
 * "Since our last meeting" (PRODUCT.md §7): what changed for a client between its previous held
 * meeting and now. A meeting opens by going over this, so it is part of the prep pack.
 */

export interface InitiativeChange {
  initiativeId: string;
  title: string;
  /** The day it happened (local date of the history entry). */
  date: IsoDate;
  /** The client's reason or the consultant's note, if any. */
  note: string;
}

export interface InitiativeMove extends InitiativeChange {
  from: string;
  to: string;
}

export interface AlignmentThenAndNow {
  then: { reviewId: string; date: IsoDate; score: number | undefined } | null;
  now: { reviewId: string; date: IsoDate; score: number | undefined };
}

export interface SinceLastMeeting {
  previousMeeting: Pick<Meeting, 'id' | 'date' | 'type' | 'title'>;
  /** Changes from this day (the previous meeting's, so what it decided counts)... */
  since: IsoDate;
  /** ...up to and including this one (the meeting's day, or today when the meeting is still ahead). */
  until: IsoDate;
  /** Null when the client has no completed review by `until`, or scores are not available. */
  alignment: AlignmentThenAndNow | null;
  approved: InitiativeChange[];
  declined: InitiativeChange[];
  completed: InitiativeChange[];
  moved: InitiativeMove[];
  /** Assets bought in the period: new or replacement equipment in service. */
  assetsReplaced: Pick<Asset, 'id' | 'name' | 'quantity' | 'purchaseDate'>[];
  actionItemsClosed: Pick<ActionItem, 'id' | 'text' | 'owner' | 'resolution'>[];
  actionItemsOpened: Pick<ActionItem, 'id' | 'text' | 'owner' | 'dueDate'>[];
}

export interface SinceLastMeetingInput {
  meeting: Pick<Meeting, 'id' | 'clientId' | 'date'>;
  meetings: readonly Meeting[];
  reviews: readonly AlignmentReview[];
  initiatives: readonly Initiative[];
  assets: readonly Asset[];
  actionItems: readonly ActionItem[];
  today: IsoDate;
  /** The alignment score of a review (PRODUCT.md §3), from the standards feature; without it there is no alignment line. */
  scoreOf?: (review: AlignmentReview) => number | undefined;
}

/** A stored timestamp as the consultant's calendar day. */
function localDay(timestamp: string): IsoDate {
  return isoDateOfLocalDate(new Date(timestamp));
}

type Classification = 'approved' | 'declined' | 'completed' | 'moved' | null;

function classify(entry: InitiativeHistoryEntry): Classification {
  if (entry.kind === 'moved') return 'moved';
  if (entry.kind === 'approved' || (entry.kind === 'status' && entry.to === INITIATIVE_STATUS_LABELS.approved)) return 'approved';
  if (entry.kind === 'declined' || (entry.kind === 'status' && entry.to === INITIATIVE_STATUS_LABELS.declined)) return 'declined';
  if (entry.kind === 'status' && entry.to === INITIATIVE_STATUS_LABELS.done) return 'completed';
  return null;
}

function latestCompletedReview(reviews: readonly AlignmentReview[], onOrBefore: IsoDate): AlignmentReview | null {
  return (
    reviews
      .filter((review) => review.status === 'completed' && review.date <= onOrBefore)
      .sort((a, b) => a.date.localeCompare(b.date) || (a.completedAt ?? '').localeCompare(b.completedAt ?? ''))
      .at(-1) ?? null
  );
}

/** Null when the client has held no meeting before this one: there is no "last meeting" to speak of. */
export function sinceLastMeeting(input: SinceLastMeetingInput): SinceLastMeeting | null {
  const clientId = input.meeting.clientId;
  const previous = input.meetings
    .filter((entry) => entry.clientId === clientId && entry.id !== input.meeting.id && entry.status === 'held' && entry.date < input.meeting.date)
    .sort(byMeetingTime)
    .at(-1);
  if (!previous) return null;
  const since = previous.date;
  const until = input.meeting.date < input.today ? input.meeting.date : input.today;
  const inPeriod = (day: IsoDate | null) => day !== null && day >= since && day <= until;

  const reviews = input.reviews.filter((review) => review.clientId === clientId);
  const nowReview = latestCompletedReview(reviews, until);
  const thenReview = latestCompletedReview(reviews, since);
  const scoreOf = input.scoreOf;
  const alignment: AlignmentThenAndNow | null =
    nowReview && scoreOf
      ? {
          then: thenReview && { reviewId: thenReview.id, date: thenReview.date, score: scoreOf(thenReview) },
          now: { reviewId: nowReview.id, date: nowReview.date, score: scoreOf(nowReview) },
        }
      : null;

  const changes = { approved: [] as InitiativeChange[], declined: [] as InitiativeChange[], completed: [] as InitiativeChange[], moved: [] as InitiativeMove[] };
  for (const initiative of input.initiatives.filter((entry) => entry.clientId === clientId)) {
    // One line an initiative and kind of change: the latest of the period says where it ended up.
    const latest = new Map<Exclude<Classification, null>, InitiativeHistoryEntry>();
    for (const entry of initiative.history) {
      const kind = classify(entry);
      if (kind && inPeriod(localDay(entry.at))) latest.set(kind, entry);
    }
    for (const [kind, entry] of latest) {
      const change = { initiativeId: initiative.id, title: initiative.title, date: localDay(entry.at), note: entry.note };
      if (kind === 'moved') {
        const first = initiative.history.find((candidate) => classify(candidate) === 'moved' && inPeriod(localDay(candidate.at)));
        changes.moved.push({ ...change, from: first?.from ?? entry.from, to: entry.to });
      } else changes[kind].push(change);
    }
  }
  const byDate = (a: { date: IsoDate; title: string }, b: { date: IsoDate; title: string }) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title);

  const actionItems = input.actionItems.filter((item) => item.clientId === clientId);
  return {
    previousMeeting: { id: previous.id, date: previous.date, type: previous.type, title: previous.title },
    since,
    until,
    alignment,
    approved: changes.approved.sort(byDate),
    declined: changes.declined.sort(byDate),
    completed: changes.completed.sort(byDate),
    moved: changes.moved.sort(byDate),
    assetsReplaced: input.assets
      .filter((asset) => asset.clientId === clientId && inPeriod(asset.purchaseDate))
      .map((asset) => ({ id: asset.id, name: asset.name, quantity: asset.quantity, purchaseDate: asset.purchaseDate })),
    actionItemsClosed: actionItems
      .filter((item) => item.status === 'done' && item.closedAt !== null && inPeriod(localDay(item.closedAt)))
      .map((item) => ({ id: item.id, text: item.text, owner: item.owner, resolution: item.resolution })),
    actionItemsOpened: actionItems
      .filter((item) => item.meetingId === previous.id || inPeriod(localDay(item.createdAt)))
      .map((item) => ({ id: item.id, text: item.text, owner: item.owner, dueDate: item.dueDate })),
  };
}

/** Whether anything at all changed, so an empty section is left out of the prep pack. */
export function hasChangesSinceLastMeeting(summary: SinceLastMeeting): boolean {
  return (
    summary.alignment !== null ||
    [summary.approved, summary.declined, summary.completed, summary.moved, summary.assetsReplaced, summary.actionItemsClosed, summary.actionItemsOpened].some(
      (list) => list.length > 0,
    )
  );
}

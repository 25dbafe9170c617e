/** Factories for meetings, touches, action items, reviews and proposals, each run through its schema. */
import { actionItem, ACTION_ITEM_DEFAULTS, type ActionItem } from '../../src-main/domain/action-item';
import { meeting, MEETING_DEFAULTS, type Meeting } from '../../src-main/domain/meeting';
import { proposal, type Proposal } from '../../src-main/domain/proposal';
import { alignmentReview, type AlignmentReview } from '../../src-main/domain/review';
import { touch, TOUCH_DEFAULTS, type Touch } from '../../src-main/domain/touch';
import { CLIENT_ID, STAMP } from './factories';

export function makeMeeting(overrides: Partial<Meeting> = {}): Meeting {
  return meeting.parse({ ...structuredClone(MEETING_DEFAULTS), id: 'meeting-1', clientId: CLIENT_ID, type: 'strategy', date: '2027-01-12', createdAt: STAMP, updatedAt: STAMP, ...overrides });
}

export function makeTouch(overrides: Partial<Touch> = {}): Touch {
  return touch.parse({ ...TOUCH_DEFAULTS, id: 'touch-1', clientId: CLIENT_ID, date: '2027-01-05', channel: 'call', createdAt: STAMP, updatedAt: STAMP, ...overrides });
}

export function makeActionItem(overrides: Partial<ActionItem> = {}): ActionItem {
  return actionItem.parse({ ...ACTION_ITEM_DEFAULTS, id: 'action-1', clientId: CLIENT_ID, text: 'Send the budget', closedAt: null, createdAt: STAMP, updatedAt: STAMP, ...overrides });
}

export function makeReview(overrides: Partial<AlignmentReview> = {}): AlignmentReview {
  return alignmentReview.parse({
    id: 'review-1',
    clientId: CLIENT_ID,
    date: '2027-01-01',
    title: '',
    status: 'completed',
    startedFromId: null,
    items: [],
    privateNotes: '',
    completedAt: STAMP,
    createdAt: STAMP,
    updatedAt: STAMP,
    ...overrides,
  });
}

export function makeProposal(overrides: Partial<Proposal> = {}): Proposal {
  return proposal.parse({
    id: 'proposal-1',
    clientId: CLIENT_ID,
    title: 'Firewall replacement',
    initiativeId: null,
    summary: '',
    steps: [],
    time: { projectManagementHours: 0, implementationHours: 0, standbyHours: 0, closeOutHours: 0 },
    lineItems: [],
    resources: [],
    assumptions: '',
    outOfScope: '',
    issueDate: '2027-01-10',
    validUntil: '2027-02-09',
    status: 'draft',
    decision: { date: null, by: '', note: '' },
    internalNotes: '',
    decidedAt: null,
    createdAt: STAMP,
    updatedAt: STAMP,
    ...overrides,
  });
}

/** A timestamp at local midday of a day, as the app stores "when" for a change made that day. */
export function middayOf(date: string): string {
  return new Date(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)), 12).toISOString();
}

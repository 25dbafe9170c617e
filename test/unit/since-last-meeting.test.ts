import { describe, expect, it } from 'vitest';
import { hasChangesSinceLastMeeting, sinceLastMeeting, type SinceLastMeetingInput } from '../../src-main/domain/since-last-meeting';
import type { AlignmentReview } from '../../src-main/domain/review';
import { makeAsset, makeInitiative } from './factories';
import { makeActionItem, makeMeeting, makeReview, middayOf } from './meeting-factories';

/** Scores by review id, standing in for the alignment score of PRODUCT.md §3. */
const SCORES: Record<string, number | undefined> = { 'review-autumn': 62.5, 'review-winter': 78.4, 'review-empty': undefined };
const scoreOf = (review: AlignmentReview) => SCORES[review.id];

const previous = makeMeeting({ id: 'meeting-oct', date: '2026-10-13', status: 'held' });
const next = makeMeeting({ id: 'meeting-jan', date: '2027-01-12', status: 'planned' });

function input(overrides: Partial<SinceLastMeetingInput> = {}): SinceLastMeetingInput {
  return {
    meeting: next,
    meetings: [makeMeeting({ id: 'meeting-jul', date: '2026-07-14', status: 'held' }), previous, makeMeeting({ id: 'meeting-nov', date: '2026-11-20', status: 'cancelled' }), next],
    reviews: [],
    initiatives: [],
    assets: [],
    actionItems: [],
    today: '2027-01-05',
    scoreOf,
    ...overrides,
  };
}

describe('since our last meeting', () => {
  it('looks back to the previous held meeting (not a cancelled one) and up to today while the meeting is ahead', () => {
    const summary = sinceLastMeeting(input())!;
    expect(summary.previousMeeting.id).toBe('meeting-oct');
    expect(summary.since).toBe('2026-10-13');
    expect(summary.until).toBe('2027-01-05');
    expect(hasChangesSinceLastMeeting(summary)).toBe(false);
  });

  it('stops at the meeting’s own day once the meeting is past', () => {
    expect(sinceLastMeeting(input({ today: '2027-03-01' }))!.until).toBe('2027-01-12');
  });

  it('has nothing to say before a client’s first held meeting', () => {
    expect(sinceLastMeeting(input({ meetings: [next] }))).toBeNull();
    expect(sinceLastMeeting(input({ meeting: makeMeeting({ id: 'meeting-jul', date: '2026-07-14' }) }))).toBeNull();
  });

  it('gives the alignment score then (last review by the previous meeting) and now (last review by today)', () => {
    const reviews = [
      makeReview({ id: 'review-autumn', date: '2026-10-01' }),
      makeReview({ id: 'review-winter', date: '2026-12-15' }),
      makeReview({ id: 'review-draft', date: '2027-01-02', status: 'inProgress', completedAt: null }),
      makeReview({ id: 'review-other', clientId: 'client-cedar-law', date: '2027-01-03' }),
    ];
    const summary = sinceLastMeeting(input({ reviews }))!;
    expect(summary.alignment).toEqual({
      then: { reviewId: 'review-autumn', date: '2026-10-01', score: 62.5 },
      now: { reviewId: 'review-winter', date: '2026-12-15', score: 78.4 },
    });
    expect(hasChangesSinceLastMeeting(summary)).toBe(true);
  });

  it('leaves the alignment line out when scoring is not available', () => {
    const reviews = [makeReview({ id: 'review-winter', date: '2026-12-15' })];
    expect(sinceLastMeeting(input({ reviews, scoreOf: undefined }))!.alignment).toBeNull();
    expect(sinceLastMeeting(input({ reviews }))!.alignment).toEqual({ then: null, now: { reviewId: 'review-winter', date: '2026-12-15', score: 78.4 } });
  });

  it('lists initiatives approved, declined, completed and moved in the period, from their history', () => {
    const entry = (date: string, kind: 'approved' | 'declined' | 'status' | 'moved' | 'costs', from = '', to = '', note = '') => ({ at: middayOf(date), kind, from, to, note, by: '' });
    const initiatives = [
      makeInitiative({ id: 'firewall', title: 'Firewall refresh', history: [entry('2026-10-13', 'approved'), entry('2026-12-01', 'status', 'Approved', 'Done')] }),
      makeInitiative({ id: 'portal', title: 'Client portal', history: [entry('2026-11-02', 'declined', '', '', 'Not this year')] }),
      makeInitiative({ id: 'mfa', title: 'MFA rollout', history: [entry('2026-11-10', 'status', 'Proposed', 'Approved'), entry('2026-11-11', 'costs')] }),
      makeInitiative({
        id: 'win11',
        title: 'Windows 11',
        history: [entry('2026-10-20', 'moved', 'Q1 FY2027', 'Q2 FY2027'), entry('2026-12-20', 'moved', 'Q2 FY2027', 'Q3 FY2027')],
      }),
      makeInitiative({ id: 'old', title: 'Old news', history: [entry('2026-09-30', 'approved'), entry('2027-01-06', 'declined')] }),
    ];
    const summary = sinceLastMeeting(input({ initiatives }))!;
    expect(summary.approved.map((change) => [change.title, change.date])).toEqual([
      ['Firewall refresh', '2026-10-13'],
      ['MFA rollout', '2026-11-10'],
    ]);
    expect(summary.declined).toEqual([{ initiativeId: 'portal', title: 'Client portal', date: '2026-11-02', note: 'Not this year' }]);
    expect(summary.completed.map((change) => change.title)).toEqual(['Firewall refresh']);
    // Two moves in the period read as one, from where it was to where it ended up.
    expect(summary.moved).toEqual([{ initiativeId: 'win11', title: 'Windows 11', date: '2026-12-20', note: '', from: 'Q1 FY2027', to: 'Q3 FY2027' }]);
  });

  it('lists assets bought in the period as replaced or added', () => {
    const assets = [
      makeAsset({ id: 'laptops', name: 'Laptops', quantity: 3, purchaseDate: '2026-11-15' }),
      makeAsset({ id: 'server', name: 'Server', purchaseDate: '2022-01-10' }),
      makeAsset({ id: 'unknown', name: 'Switch', purchaseDate: null }),
    ];
    expect(sinceLastMeeting(input({ assets }))!.assetsReplaced).toEqual([{ id: 'laptops', name: 'Laptops', quantity: 3, purchaseDate: '2026-11-15' }]);
  });

  it('lists action items closed in the period and those opened, including what the last meeting agreed', () => {
    const actionItems = [
      makeActionItem({ id: 'a-closed', text: 'Order the firewall', status: 'done', resolution: 'Installed', closedAt: middayOf('2026-11-01'), createdAt: middayOf('2026-10-13') }),
      makeActionItem({ id: 'a-from-meeting', text: 'Send staff list', meetingId: 'meeting-oct', createdAt: middayOf('2026-10-14') }),
      makeActionItem({ id: 'a-new', text: 'Check licences', owner: 'Paula', dueDate: '2027-01-20', createdAt: middayOf('2026-12-03') }),
      makeActionItem({ id: 'a-closed-before', text: 'Old', status: 'done', resolution: 'Done', closedAt: middayOf('2026-09-01'), createdAt: middayOf('2026-08-01') }),
      makeActionItem({ id: 'a-after', text: 'Later', createdAt: middayOf('2027-01-06') }),
    ];
    const summary = sinceLastMeeting(input({ actionItems }))!;
    expect(summary.actionItemsClosed).toEqual([{ id: 'a-closed', text: 'Order the firewall', owner: '', resolution: 'Installed' }]);
    expect(summary.actionItemsOpened.map((item) => item.id)).toEqual(['a-closed', 'a-from-meeting', 'a-new']);
  });
});

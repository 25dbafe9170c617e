import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelName } from '../../src-main/api/contract/channel-names';
import { openPractice, type OpenPractice } from '../../src-main/api/open-practice';
import type { ActionItem } from '../../src-main/domain/action-item';
import type { Client } from '../../src-main/domain/client';
import type { Meeting } from '../../src-main/domain/meeting';
import { folderPlatform, type PlatformRecord } from '../harness/test-platform';

/** Meetings, touches, action items and their exports through the contract, against a real store on disk. */

let folder = '';
let practice: OpenPractice;
let record: PlatformRecord;
let client: Client;
let other: Client;

async function call<T>(channel: ChannelName, input: unknown): Promise<T> {
  const result = await practice.registry.invoke(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

async function refused(channel: ChannelName, input: unknown) {
  const before = await readFile(path.join(folder, 'practice.json'));
  const result = await practice.registry.invoke(channel, input);
  if (result.ok) throw new Error(`${channel} was accepted`);
  // A refused call writes nothing.
  expect((await readFile(path.join(folder, 'practice.json'))).equals(before)).toBe(true);
  return result.error;
}

beforeEach(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'vcio-meetings-'));
  let counter = 0;
  const platform = folderPlatform(path.join(folder, 'exports'));
  record = platform.record;
  practice = await openPractice({
    dataDir: path.join(folder, 'data'),
    platform: platform.platform,
    clock: () => new Date('2026-11-22T10:00:00'),
    newId: () => `id${(counter += 1)}`,
  });
  folder = path.join(folder, 'data');
  client = (
    await call<{ client: Client }>('clients.create', {
      client: { name: 'Harbour Light Dental', privateNotes: 'Owner is selling the practice next year', contacts: [{ name: 'Dr. Maya Chen', decisionMaker: true, email: 'maya@example.com' }] },
    })
  ).client;
  other = (await call<{ client: Client }>('clients.create', { client: { name: 'Cedar Law', contacts: [{ name: 'Ada Price' }] } })).client;
});

afterEach(async () => {
  await practice.close();
  await rm(path.dirname(folder), { recursive: true, force: true });
});

describe('meetings', () => {
  it('plans a year in one write, and refuses a date planned twice without writing anything', async () => {
    const error = await refused('meetings.planYear', { clientId: client.id, dates: ['2027-01-12', '2027-02-09', '2027-01-12'], time: '09:30', durationMinutes: 60 });
    expect(error.issues?.[0]?.path).toBe('dates.2');
    const { meetings } = await call<{ meetings: Meeting[] }>('meetings.planYear', { clientId: client.id, dates: ['2027-02-09', '2027-01-12'], time: '09:30', durationMinutes: 60 });
    expect(meetings.map((meeting) => [meeting.date, meeting.time, meeting.type, meeting.status])).toEqual([
      ['2027-01-12', '09:30', 'strategy', 'planned'],
      ['2027-02-09', '09:30', 'strategy', 'planned'],
    ]);
    const preview = await call<{ dates: Array<{ date: string; clash: string | null }> }>('meetings.planYearPreview', {
      clientId: client.id,
      pattern: { startDate: '2027-01-01', meetingsPerYear: 4, weekday: 2, weekOfMonth: 2 },
    });
    expect(preview.dates[0]).toEqual({ date: '2027-01-12', clash: 'Strategy meeting already on this day at 09:30' });
    expect(preview.dates[1]).toEqual({ date: '2027-04-13', clash: null });
  });

  it('takes attendees from the client’s own contacts only', async () => {
    const error = await refused('meetings.create', { clientId: client.id, meeting: { type: 'checkIn', date: '2027-01-05', attendeeIds: [other.contacts[0]!.id] } });
    expect(error.issues).toEqual([{ path: 'meeting.attendeeIds.0', message: 'Not one of this client’s contacts' }]);
    const { meeting } = await call<{ meeting: Meeting }>('meetings.create', { clientId: client.id, meeting: { type: 'checkIn', date: '2027-01-05', attendeeIds: [client.contacts[0]!.id] } });
    expect(meeting).toMatchObject({ status: 'planned', time: '09:00', durationMinutes: 60, agenda: [] });
  });

  it('keeps the action items of a deleted meeting with the client', async () => {
    const { meeting } = await call<{ meeting: Meeting }>('meetings.create', { clientId: client.id, meeting: { type: 'strategy', date: '2026-11-01', status: 'held' } });
    await call('actionItems.create', { clientId: client.id, actionItem: { text: 'Send the quote', meetingId: meeting.id } });
    await call('meetings.delete', { ids: [meeting.id] });
    const { actionItems } = await call<{ actionItems: ActionItem[] }>('actionItems.list', { clientId: client.id });
    expect(actionItems.map((item) => [item.text, item.meetingId])).toEqual([['Send the quote', null]]);
  });
});

describe('action items and touches', () => {
  it('closes an item only with a resolution, dates the closing, and clears it on reopening', async () => {
    const { actionItem } = await call<{ actionItem: ActionItem }>('actionItems.create', { clientId: client.id, actionItem: { text: 'Order the firewall', dueDate: '2026-11-01' } });
    expect(actionItem.closedAt).toBeNull();
    const error = await refused('actionItems.update', { id: actionItem.id, changes: { status: 'done' } });
    expect(error.issues).toEqual([{ path: 'changes.resolution', message: 'Say how it was resolved' }]);
    const closed = (await call<{ actionItem: ActionItem }>('actionItems.update', { id: actionItem.id, changes: { status: 'done', resolution: 'Installed on Sunday' } })).actionItem;
    expect(closed).toMatchObject({ status: 'done', resolution: 'Installed on Sunday', closedAt: new Date('2026-11-22T10:00:00').toISOString() });
    const reopened = (await call<{ actionItem: ActionItem }>('actionItems.update', { id: actionItem.id, changes: { status: 'open' } })).actionItem;
    expect(reopened.closedAt).toBeNull();
    const list = await call<{ actionItems: ActionItem[]; today: string }>('actionItems.list', { status: 'open' });
    expect(list.today).toBe('2026-11-22');
    expect(list.actionItems.map((item) => item.id)).toEqual([actionItem.id]);
  });

  it('refuses an item tied to another client’s meeting, and a touch with another client’s contact', async () => {
    const { meeting } = await call<{ meeting: Meeting }>('meetings.create', { clientId: other.id, meeting: { type: 'strategy', date: '2026-11-01' } });
    expect((await refused('actionItems.create', { clientId: client.id, actionItem: { text: 'X', meetingId: meeting.id } })).issues?.[0]?.path).toBe('actionItem.meetingId');
    const error = await refused('touches.create', { clientId: client.id, touch: { date: '2026-11-20', channel: 'call', contactId: other.contacts[0]!.id } });
    expect(error.issues?.[0]?.path).toBe('touch.contactId');
  });

  it('reports the client’s rhythm after a touch', async () => {
    await call('touches.create', { clientId: client.id, touch: { date: '2026-11-20', channel: 'video', contactId: client.contacts[0]!.id, summary: 'Talked budget' } });
    const { rhythm } = await call<{ rhythm: { touchesThisMonth: number; touchesMet: boolean; lastTouch: { date: string } } }>('meetings.rhythm', { clientId: client.id });
    expect(rhythm).toMatchObject({ touchesThisMonth: 1, touchesMet: true, lastTouch: { date: '2026-11-20' } });
  });
});

describe('meeting exports', () => {
  async function meetingWithAgenda() {
    const agenda = [
      { id: 'a1', title: 'Backups and recovery', minutes: 20, notes: 'Last restore test passed', question: 'Which files would hurt most to lose?' },
      { id: 'a2', title: 'Firewall replacement', minutes: 15, notes: '', question: '' },
    ];
    await call('meetings.create', { clientId: client.id, meeting: { type: 'strategy', date: '2026-09-15', status: 'held' } });
    const { meeting } = await call<{ meeting: Meeting }>('meetings.create', {
      clientId: client.id,
      meeting: { type: 'strategy', date: '2026-12-01', time: '08:30', agenda, attendeeIds: [client.contacts[0]!.id], decisions: 'Replace the firewall\nTest restores monthly' },
    });
    await call('actionItems.create', { clientId: client.id, actionItem: { text: 'Book the Sunday install', owner: 'Dana', dueDate: '2026-12-10', meetingId: meeting.id } });
    return meeting;
  }

  const textOf = (file: string) => execFileSync('pdftotext', ['-layout', file, '-']).toString();

  it('writes the agenda with its questionnaire, and the summary with decisions and action items, never the private notes', async () => {
    const meeting = await meetingWithAgenda();
    const agenda = await call<{ savedTo: string }>('export.meetingAgendaPdf', { meetingId: meeting.id, includeQuestionnaire: true });
    const agendaText = textOf(agenda.savedTo);
    expect(path.basename(agenda.savedTo)).toBe('Harbour Light Dental - Meeting agenda 2026-12-01 - 2026-11-22.pdf');
    for (const expected of ['Backups and recovery', 'Last restore test passed', '8:30 AM', '8:50 AM', 'Firewall replacement', 'Dr. Maya Chen', 'Before we meet', 'Which files would hurt most to lose?', 'Anything you would like us to cover under “Firewall replacement”?']) {
      expect(agendaText).toContain(expected);
    }
    const withoutQuestions = textOf((await call<{ savedTo: string }>('export.meetingAgendaPdf', { meetingId: meeting.id, includeQuestionnaire: false })).savedTo);
    expect(withoutQuestions).not.toContain('Before we meet');

    const summaryText = textOf((await call<{ savedTo: string }>('export.meetingSummaryPdf', { meetingId: meeting.id })).savedTo);
    for (const expected of ['Decisions', 'Replace the firewall', 'Test restores monthly', 'Book the Sunday install', 'Dana', 'Dec 10, 2026']) expect(summaryText).toContain(expected);
    for (const text of [agendaText, summaryText]) expect(text).not.toContain('selling the practice');
  });

  it('builds the prep pack from the chosen sections in their order, leaves out the empty ones, and remembers the choice', async () => {
    const meeting = await meetingWithAgenda();
    const plan = await call<{ chosen: string[]; withData: string[] }>('meetings.prepPackPlan', { id: meeting.id });
    expect(plan.chosen).toEqual(['sinceLastMeeting', 'agenda', 'alignment', 'roadmap', 'budget', 'actionItems']);
    // No budget items and no reviews: agenda, open action items, and what changed since September (the new action item).
    expect(plan.withData).toEqual(['sinceLastMeeting', 'agenda', 'actionItems']);
    const { savedTo } = await call<{ savedTo: string }>('export.prepPackPdf', { meetingId: meeting.id, sections: ['actionItems', 'agenda', 'budget'] });
    const text = textOf(savedTo);
    expect(text.indexOf('Open action items', text.indexOf('In this pack') + 20)).toBeLessThan(text.lastIndexOf('Backups and recovery'));
    expect(text).not.toContain('Budget summary');
    expect(text).not.toContain('Since our last meeting');
    const stored = JSON.parse(await readFile(path.join(folder, 'practice.json'), 'utf8')) as { data: { clients: Client[] } };
    expect(stored.data.clients.find((entry) => entry.id === client.id)!.prepPackSections).toEqual(['actionItems', 'agenda', 'budget']);
    expect((await call<{ chosen: string[] }>('meetings.prepPackPlan', { id: meeting.id })).chosen).toEqual(['actionItems', 'agenda', 'budget']);
  });

  it('writes the prep packs of the coming meetings into one chosen folder, one call each', async () => {
    const meeting = await meetingWithAgenda();
    const later = (await call<{ meeting: Meeting }>('meetings.create', { clientId: other.id, meeting: { type: 'checkIn', date: '2027-02-01' } })).meeting;
    const target = path.join(path.dirname(folder), 'packs');
    await mkdir(target);
    record.nextChosenFolder = target;
    const batch = await call<{ batchId: string; folder: string; meetings: Array<{ meetingId: string; clientName: string; date: string }> }>('export.prepPackBatchStart', { days: 14 });
    expect(batch.folder).toBe(target);
    expect(batch.meetings).toEqual([{ meetingId: meeting.id, clientName: 'Harbour Light Dental', date: '2026-12-01' }]);
    expect((await practice.registry.invoke('export.prepPackBatchWrite', { batchId: batch.batchId, meetingId: later.id })).ok).toBe(false);
    const written = await call<{ savedTo: string }>('export.prepPackBatchWrite', { batchId: batch.batchId, meetingId: meeting.id });
    expect(await readdir(target)).toEqual([path.basename(written.savedTo)]);
    expect(textOf(written.savedTo)).toContain('Backups and recovery');
    // The batch is over once every pack is written.
    expect((await practice.registry.invoke('export.prepPackBatchWrite', { batchId: batch.batchId, meetingId: meeting.id })).ok).toBe(false);
    // A cancelled folder dialog starts nothing.
    record.nextChosenFolder = null;
    expect(await call('export.prepPackBatchStart', { days: 14 })).toMatchObject({ batchId: null, folder: null });
  });
});

describe('playbook objectives', () => {
  it('stores the consultant’s objectives for a year and forgets them when all are cleared', async () => {
    const none = { uniqueTouches: null, escalatedIssues: null, clientMeetings: null, technologySummaries: null, budgetsCompleted: null, proposalsCompleted: null };
    const { summary } = await call<{ summary: { objectives: Record<string, { value: number | null; edited: boolean }> } }>('playbook.setObjectives', {
      year: 2027,
      objectives: { ...none, escalatedIssues: 24 },
    });
    expect(summary.objectives.escalatedIssues).toEqual({ value: 24, fromCadence: null, edited: true });
    // Two active clients of complexity 5: 4 strategy meetings each.
    expect(summary.objectives.clientMeetings).toEqual({ value: 8, fromCadence: 8, edited: false });
    const settings = await call<{ settings: { playbookObjectives: unknown[] } }>('settings.get', {});
    expect(settings.settings.playbookObjectives).toEqual([{ year: 2027, objectives: { ...none, escalatedIssues: 24 } }]);
    await call('playbook.setObjectives', { year: 2027, objectives: none });
    expect((await call<{ settings: { playbookObjectives: unknown[] } }>('settings.get', {})).settings.playbookObjectives).toEqual([]);
  });
});

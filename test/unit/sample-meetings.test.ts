import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { clientRhythm } from '../../src-main/domain/client-rhythm';
import { decisionMakers } from '../../src-main/domain/client';
import { emptyPractice, practiceData } from '../../src-main/domain/practice';
import { playbookSummary } from '../../src-main/domain/playbook';
import { expandSampleMeetings, sampleMeetingsFile } from '../../src-main/domain/sample-meetings';
import { expandSample, samplePracticeFile } from '../../src-main/domain/sample-practice';
import { sinceLastMeeting } from '../../src-main/domain/since-last-meeting';

const resources = path.resolve(import.meta.dirname, '../../resources');
const TODAY = '2026-11-18';
const NOW = '2026-11-18T14:30:00.000Z';

function loadSample() {
  let counter = 0;
  const newId = () => `id${(counter += 1)}`;
  const practiceFile = samplePracticeFile.parse(JSON.parse(readFileSync(path.join(resources, 'sample-practice.json'), 'utf8')));
  const meetingsFile = sampleMeetingsFile.parse(JSON.parse(readFileSync(path.join(resources, 'sample-meetings.json'), 'utf8')));
  const practice = expandSample(practiceFile, TODAY.slice(0, 7), newId, NOW);
  const rhythm = expandSampleMeetings(meetingsFile, practice.clients, practice.initiatives, TODAY, newId, NOW);
  const initiatives = practice.initiatives.map((item) => ({ ...item, history: [...item.history, ...(rhythm.initiativeHistory.get(item.id) ?? [])].sort((a, b) => a.at.localeCompare(b.at)) }));
  const data = practiceData.parse({ ...emptyPractice(), ...practice, initiatives, meetings: rhythm.meetings, actionItems: rhythm.actionItems, touches: rhythm.touches });
  return { data, meetingsFile, practiceFile };
}

describe('the sample practice’s year of meetings', () => {
  const { data, meetingsFile } = loadSample();
  const active = data.clients.filter((client) => client.status === 'active');

  it('expands into a valid practice: a year behind and meetings ahead, on working days', () => {
    expect(Object.keys(meetingsFile.clients).sort()).toEqual(data.clients.map((client) => client.name).sort());
    const dates = data.meetings.map((meeting) => meeting.date).sort();
    expect(dates[0]! < '2026-01-01').toBe(true);
    expect(dates.at(-1)! > TODAY).toBe(true);
    for (const meeting of data.meetings) {
      expect([0, 6], meeting.date).not.toContain(new Date(`${meeting.date}T00:00:00Z`).getUTCDay());
      if (meeting.date > TODAY) expect(meeting.status).toBe('planned');
    }
    expect(data.meetings.filter((meeting) => meeting.status === 'held').length).toBeGreaterThan(30);
  });

  it('gives each active client with a decision maker a last touch and a next meeting', () => {
    for (const client of active.filter((entry) => decisionMakers(entry).length > 0)) {
      const rhythm = clientRhythm(client, data.meetings, data.touches, TODAY);
      expect(rhythm.lastTouch, client.name).not.toBeNull();
      expect(rhythm.nextMeeting, client.name).not.toBeNull();
    }
    // The client without a decision maker has met nobody lately: the dashboard's lists have someone to show.
    const riverbend = data.clients.find((client) => client.name.startsWith('Riverbend'))!;
    expect(clientRhythm(riverbend, data.meetings, data.touches, TODAY).lastHeldMeeting!.date < '2026-08-18').toBe(true);
  });

  it('has action items both open and closed with their resolution, and a planned meeting left in the past', () => {
    expect(data.actionItems.some((item) => item.status === 'done' && item.resolution !== '' && item.closedAt !== null)).toBe(true);
    expect(data.actionItems.some((item) => item.status === 'open')).toBe(true);
    expect(data.actionItems.every((item) => item.status === 'open' || item.resolution !== '')).toBe(true);
    expect(data.meetings.some((meeting) => meeting.status === 'planned' && meeting.date < TODAY)).toBe(true);
  });

  it('fills the playbook and gives the next meetings something to say since the last one', () => {
    const summary = playbookSummary({ year: 2026, ...data, stored: [] });
    expect(summary.totals.uniqueTouches).toBeGreaterThan(50);
    expect(summary.totals.escalatedIssues).toBeGreaterThan(3);
    expect(summary.totals.clientMeetings).toBeGreaterThan(20);
    expect(summary.totals.budgetsCompleted).toBeGreaterThan(5);
    const northgate = data.clients.find((client) => client.name.startsWith('Northgate'))!;
    const next = data.meetings.filter((meeting) => meeting.clientId === northgate.id && meeting.status === 'planned' && meeting.date > TODAY).sort((a, b) => a.date.localeCompare(b.date))[0]!;
    const since = sinceLastMeeting({ meeting: next, ...data, today: TODAY })!;
    expect(since.approved.map((change) => change.title)).toEqual(['Close the CMMC Level 2 gaps before contract renewal']);
    expect(since.moved[0]).toMatchObject({ title: 'Move the shop-floor PCs to Windows 11', from: 'Q4 FY2026', to: 'Q1 FY2027' });
    expect(since.actionItemsClosed.length).toBeGreaterThan(0);
  });

  it('refuses a sample that names a client the sample practice does not have', () => {
    const practice = expandSample(samplePracticeFile.parse(JSON.parse(readFileSync(path.join(resources, 'sample-practice.json'), 'utf8'))), '2026-11', () => 'x', NOW);
    const broken = sampleMeetingsFile.parse({ clients: { 'Nobody Ltd': { meetings: [] } } });
    expect(() => expandSampleMeetings(broken, practice.clients, practice.initiatives, TODAY, () => 'y', NOW)).toThrow('Nobody Ltd');
  });
});

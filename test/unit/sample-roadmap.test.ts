import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openPractice } from '../../src-main/api/open-practice';
import { goal } from '../../src-main/domain/goal';
import { alignmentReview } from '../../src-main/domain/review';
import { expandSampleRoadmap, sampleRoadmapFile } from '../../src-main/domain/sample-roadmap';
import { standard } from '../../src-main/domain/standard';
import { folderPlatform, REPOSITORY_ROOT } from '../harness/test-platform';
import { CLIENT_ID, makeAsset, makeInitiative, makePractice, STAMP } from './factories';

/**
 * The sample roadmaps: their links are resolved by name once every part of the sample practice is
 * there (a link whose target is absent is left out), decisions and moves are on record, and the
 * whole sample still loads and validates.
 */

const TODAY = '2026-11';
const NOW = '2026-11-22T10:00:00.000Z';

function practiceWithTargets() {
  const practice = makePractice();
  const mfa = standard.parse({
    id: 'std-mfa',
    category: 'Identity',
    name: 'Multi-factor authentication for email',
    question: 'Is multi-factor authentication required for every mailbox?',
    whyWeAsk: '',
    howToFind: '',
    references: [{ title: 'CISA', url: 'https://www.cisa.gov/mfa' }],
    priority: 'high',
    type: 'technology',
    frequency: 'annual',
    tags: [],
    frameworks: [],
    active: true,
    origin: 'default',
    createdAt: STAMP,
    updatedAt: STAMP,
  });
  const review = alignmentReview.parse({
    id: 'review-1',
    clientId: CLIENT_ID,
    date: '2026-10-01',
    title: 'Autumn review',
    status: 'completed',
    startedFromId: null,
    items: [{ standardId: 'std-mfa', wording: { category: 'Identity', name: mfa.name, question: mfa.question, whyWeAsk: '', howToFind: '', references: [], priority: 'high', type: 'technology' }, answer: 'misaligned', note: '', engineerNote: '', initiativeId: null }],
    privateNotes: '',
    completedAt: STAMP,
    createdAt: STAMP,
    updatedAt: STAMP,
  });
  const secondOffice = goal.parse({ id: 'goal-1', clientId: CLIENT_ID, title: 'Open a second office', horizon: 'twoYears', measureOfSuccess: '', status: 'open', createdAt: STAMP, updatedAt: STAMP });
  return {
    ...practice,
    standards: [mfa],
    reviews: [review],
    goals: [secondOffice],
    assets: [...practice.assets, makeAsset({ id: 'asset-fw', name: 'SonicWall firewall', category: 'firewall', purchaseDate: '2020-01-10' })],
    initiatives: [makeInitiative({ id: 'i-fw', title: 'Replace the firewall', startQuarter: { fiscalYear: 2027, quarter: 1 }, history: [] })],
  };
}

describe('expanding the sample roadmap', () => {
  const file = sampleRoadmapFile.parse({
    clients: {
      'Harbor Dental Group': {
        initiatives: [
          {
            title: 'Replace the firewall',
            links: { goals: ['Open a second office', 'A goal nobody wrote'], standards: ['Multi-factor authentication for email', 'Unknown standard'], assets: ['SonicWall firewall'] },
            decision: { decision: 'approved', daysAgo: 10, by: 'Dr. Maya Chen', note: 'Go ahead.' },
            movedFromQuartersFromNow: null,
          },
        ],
        additions: [{ title: 'Guest Wi-Fi', status: 'inProgress', startQuartersFromNow: 0, oneTimeCostCents: 35_000, links: { clientRequest: 'Patients ask for Wi-Fi.' } }],
      },
    },
  });
  let counter = 0;
  const expanded = expandSampleRoadmap(file, practiceWithTargets(), new Set([CLIENT_ID]), TODAY, () => `new${(counter += 1)}`, NOW);

  it('links what exists by name, the review that found the standard misaligned too, and leaves out what is absent', () => {
    const [firewall] = expanded.updated;
    expect(firewall!.why).toEqual({ standardIds: ['std-mfa'], reviewIds: ['review-1'], goalIds: ['goal-1'], assetIds: ['asset-fw'], clientRequest: '' });
  });

  it('records the decision with its date, and the earlier move', () => {
    const [firewall] = expanded.updated;
    expect(firewall!.status).toBe('approved');
    expect(firewall!.clientDecision).toEqual({ date: '2026-11-12', by: 'Dr. Maya Chen', note: 'Go ahead.' });
    expect(firewall!.history.map((entry) => [entry.kind, entry.from, entry.to])).toEqual([
      ['moved', 'Unscheduled', 'Q1 FY2027'],
      ['approved', 'Approved', 'Approved'],
    ]);
  });

  it('adds the roadmap-only initiatives, scheduled relative to today', () => {
    expect(expanded.added.map((item) => [item.title, item.status, item.startQuarter, item.why.clientRequest])).toEqual([
      ['Guest Wi-Fi', 'inProgress', { fiscalYear: 2026, quarter: 4 }, 'Patients ask for Wi-Fi.'],
    ]);
  });
});

describe('the sample practice with its roadmaps', () => {
  it('loads, gives roadmaps a mix of statuses with decisions on record, and links each named asset', async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'vcio-sample-roadmap-'));
    const practice = await openPractice({ dataDir: folder, platform: folderPlatform(path.join(folder, 'exports')).platform, clock: () => new Date(NOW) });
    try {
      const result = await practice.registry.invoke('sample.load', {});
      expect(result.ok).toBe(true);
      const data = practice.store.data;
      expect(new Set(data.initiatives.map((item) => item.status))).toEqual(new Set(['proposed', 'approved', 'scheduled', 'inProgress', 'done', 'deferred', 'declined']));
      const kessler = data.clients.find((client) => client.name === 'Kessler & Obi LLP')!;
      const portal = data.initiatives.find((item) => item.clientId === kessler.id && item.title.startsWith('Secure client portal'))!;
      expect(portal.history.at(-1)).toMatchObject({ kind: 'declined', by: 'Daniel Obi' });
      const sharePoint = data.initiatives.find((item) => item.clientId === kessler.id && item.title.startsWith('Move the file server'))!;
      const fileServer = data.assets.find((item) => item.clientId === kessler.id && item.name.startsWith('HPE ProLiant ML350'))!;
      expect(sharePoint.why.assetIds).toEqual([fileServer.id]);

      // Every asset the sample file names exists in the sample practice, and every standard in the
      // default library, so no link is silently lost.
      const file = sampleRoadmapFile.parse(JSON.parse(readFileSync(path.join(REPOSITORY_ROOT, 'resources/sample-roadmap.json'), 'utf8')));
      const library = JSON.parse(readFileSync(path.join(REPOSITORY_ROOT, 'resources/standards-library.json'), 'utf8')) as { standards: Array<{ name: string }> };
      const standardNames = new Set(library.standards.map((entry) => entry.name));
      for (const [clientName, roadmap] of Object.entries(file.clients)) {
        const client = data.clients.find((candidate) => candidate.name === clientName);
        expect(client, clientName).toBeDefined();
        const names = new Set(data.assets.filter((item) => item.clientId === client!.id).map((item) => item.name));
        const titles = new Set(data.initiatives.filter((item) => item.clientId === client!.id).map((item) => item.title));
        for (const story of [...roadmap.initiatives, ...roadmap.additions]) {
          expect(titles.has(story.title), `${clientName}: ${story.title}`).toBe(true);
          for (const name of story.links.assets) expect(names.has(name), `${clientName}: ${name}`).toBe(true);
          for (const name of story.links.standards) expect(standardNames.has(name), `${clientName}: ${name}`).toBe(true);
        }
      }
    } finally {
      await practice.close();
      await rm(folder, { recursive: true, force: true });
    }
  });
});

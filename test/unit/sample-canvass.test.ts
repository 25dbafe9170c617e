import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CANVASS_BLOCKS } from '../../src-main/domain/canvass';
import { diffCanvass } from '../../src-main/domain/canvass-diff';
import { emptyPractice, practiceData } from '../../src-main/domain/practice';
import { expandSampleCanvass, sampleCanvassFile, type SampleCanvassFile } from '../../src-main/domain/sample-canvass';
import { expandSample, samplePracticeFile } from '../../src-main/domain/sample-practice';
import { DEFAULT_SETTINGS } from '../../src-main/domain/settings';

/** The sample practice's canvasses, goals and snapshots, expanded as the app loads them. */

const RESOURCES = path.resolve(import.meta.dirname, '../../resources');
const LOADED_AT = '2026-11-09T14:30:00.000Z';
const practiceFile = samplePracticeFile.parse(JSON.parse(readFileSync(path.join(RESOURCES, 'sample-practice.json'), 'utf8')));
const canvassFile = sampleCanvassFile.parse(JSON.parse(readFileSync(path.join(RESOURCES, 'sample-canvass.json'), 'utf8')));

function load(file: SampleCanvassFile = canvassFile) {
  let counter = 0;
  const newId = () => `id${(counter += 1)}`;
  const sample = expandSample(practiceFile, '2026-11', newId, LOADED_AT);
  const strategy = expandSampleCanvass(file, sample, newId, LOADED_AT);
  for (const link of strategy.goalLinks) sample.initiatives.find((item) => item.id === link.initiativeId)!.why.goalIds.push(link.goalId);
  const practice = practiceData.parse({
    ...emptyPractice(),
    settings: { ...DEFAULT_SETTINGS, consultant: practiceFile.consultant },
    ...sample,
    canvasses: strategy.canvasses,
    canvassSnapshots: strategy.canvassSnapshots,
    goals: strategy.goals,
  });
  return { practice, strategy };
}

describe('sample canvasses', () => {
  const { practice, strategy } = load();

  it('fills all nine blocks of a canvass and records goals for every sample client', () => {
    expect(Object.keys(canvassFile).sort()).toEqual(practiceFile.clients.map((client) => client.name).sort());
    for (const client of practice.clients) {
      const canvass = practice.canvasses.find((item) => item.clientId === client.id);
      expect(canvass, client.name).toBeDefined();
      for (const block of CANVASS_BLOCKS) expect(canvass!.blocks[block].length, `${client.name} ${block}`).toBeGreaterThan(0);
      expect(Object.values(canvass!.discovery).filter(Boolean).length, client.name).toBeGreaterThanOrEqual(8);
      expect(canvass!.trajectory, client.name).not.toBeNull();
      expect(practice.goals.filter((item) => item.clientId === client.id).length, client.name).toBeGreaterThan(0);
    }
  });

  it('links goals to the initiatives that serve them, within the same client', () => {
    expect(strategy.goalLinks.length).toBeGreaterThan(10);
    for (const initiative of practice.initiatives) {
      for (const goalId of initiative.why.goalIds) expect(practice.goals.find((item) => item.id === goalId)?.clientId).toBe(initiative.clientId);
    }
    const dental = practice.clients.find((client) => client.name === 'Brightwater Family Dental')!;
    const firewall = practice.initiatives.find((item) => item.clientId === dental.id && item.title === 'Replace the end-of-life firewall')!;
    expect(firewall.why.goalIds.map((id) => practice.goals.find((item) => item.id === id)!.title)).toEqual(['Pass the HIPAA risk assessment every year']);
  });

  it('gives some clients an older snapshot that differs from today, dated in the past', () => {
    expect(practice.canvassSnapshots.length).toBeGreaterThanOrEqual(3);
    for (const snapshot of practice.canvassSnapshots) {
      expect(snapshot.takenAt < LOADED_AT).toBe(true);
      const now = practice.canvasses.find((item) => item.clientId === snapshot.clientId)!;
      expect(diffCanvass(snapshot, now).changeCount).toBeGreaterThan(0);
    }
    const dental = practice.clients.find((client) => client.name === 'Brightwater Family Dental')!;
    const snapshot = practice.canvassSnapshots.find((item) => item.clientId === dental.id)!;
    expect(snapshot).toMatchObject({ label: 'Annual review', takenAt: '2025-11-09T14:30:00.000Z' });
    const diff = diffCanvass(snapshot, practice.canvasses.find((item) => item.clientId === dental.id)!);
    const byBlock = Object.fromEntries(diff.blocks.map((entry) => [entry.block, entry]));
    expect(byBlock['valuePropositions']!.added.map((note) => note.text)).toEqual(['Same-week visits for emergencies']);
    expect(byBlock['keyPartners']!.removed.map((note) => note.text)).toEqual(['Old answering service for after-hours calls']);
    expect(byBlock['keyActivities']!.changed).toEqual([expect.objectContaining({ before: 'Saturday clinic twice a month', after: 'Saturday clinic once a month' })]);
    expect(diff.answers.map((answer) => answer.topic)).toEqual(['goalsAndSuccess']);
  });

  it('keeps the private context of the sample clients out of their canvasses', () => {
    for (const client of practice.clients.filter((item) => item.privateNotes)) {
      const canvass = practice.canvasses.find((item) => item.clientId === client.id)!;
      const words = JSON.stringify(canvass).toLowerCase() + JSON.stringify(practice.goals.filter((item) => item.clientId === client.id)).toLowerCase();
      for (const secret of ['retire', 'sell the practice', 'merger', 'merging', 'veterinary group', 'buyer']) expect(words, `${client.name}: ${secret}`).not.toContain(secret);
    }
  });

  it('names the mistake when the sample points at a note or an initiative that does not exist', () => {
    const broken = structuredClone(canvassFile);
    broken['Tidewater Outfitters']!.goals[0]!.servedBy = ['A project nobody planned'];
    expect(() => load(broken)).toThrow(/Tidewater Outfitters: no initiative called "A project nobody planned"/);
    const wrongNote = structuredClone(canvassFile);
    wrongNote['Brightwater Family Dental']!.snapshot!.notYet = { channels: ['Carrier pigeons'] };
    expect(() => load(wrongNote)).toThrow(/"Carrier pigeons" is not a note of channels/);
  });
});

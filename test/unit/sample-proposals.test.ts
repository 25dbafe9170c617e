import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPractice, type OpenPractice } from '../../src-main/api/open-practice';
import type { Initiative } from '../../src-main/domain/initiative';
import { practiceData, type PracticeData } from '../../src-main/domain/practice';
import type { Proposal } from '../../src-main/domain/proposal';
import { isExpired } from '../../src-main/domain/proposal-dates';
import { initiativeCostsFor } from '../../src-main/domain/proposal-decision';
import { proposalValueCents } from '../../src-main/domain/proposal-pricing';
import { folderPlatform } from '../harness/test-platform';

/** The sample practice's proposals as the app loads them: every status, and answers that reached the roadmap. */

const NOW = new Date('2026-11-20T10:00:00');
const TODAY = '2026-11-20';

let folder = '';
let practice: OpenPractice;
let data: PracticeData;

beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'vcio-sample-proposals-'));
  let counter = 0;
  practice = await openPractice({ dataDir: folder, platform: folderPlatform(path.join(folder, 'exports')).platform, clock: () => new Date(NOW), newId: () => `id${(counter += 1)}` });
  const loaded = await practice.registry.invoke('sample.load', {});
  if (!loaded.ok) throw new Error(loaded.error.message);
  data = structuredClone(practice.store.data) as PracticeData;
});

afterAll(async () => {
  await practice?.close();
  await rm(folder, { recursive: true, force: true });
});

function initiativeOf(proposal: Proposal): Initiative {
  return data.initiatives.find((item) => item.id === proposal.initiativeId)!;
}

describe('the sample proposals', () => {
  it('are valid records of the practice, in every status, with expired ones among those sent', () => {
    expect(practiceData.safeParse(data).success).toBe(true);
    const statuses = data.proposals.map((proposal) => proposal.status);
    for (const status of ['draft', 'sent', 'accepted', 'declined'] as const) expect(statuses).toContain(status);
    const expired = data.proposals.filter((proposal) => isExpired(proposal, TODAY));
    expect(expired.length).toBeGreaterThanOrEqual(2);
    expect(expired.every((proposal) => proposal.status === 'sent')).toBe(true);
    expect(data.proposals.filter((proposal) => proposal.status === 'sent' && !isExpired(proposal, TODAY)).length).toBeGreaterThanOrEqual(2);
  });

  it('link their sample initiatives by title, and pick builds from the catalogue', () => {
    const linked = data.proposals.filter((proposal) => proposal.initiativeId !== null);
    expect(linked.length).toBeGreaterThanOrEqual(data.proposals.length - 1);
    for (const proposal of linked) expect(initiativeOf(proposal).clientId).toBe(proposal.clientId);
    const catalogueIds = new Set(data.settings.catalogue.map((item) => item.id));
    const picked = data.proposals.flatMap((proposal) => proposal.lineItems).filter((line) => line.catalogueItemId !== null);
    expect(picked.length).toBeGreaterThan(5);
    expect(picked.every((line) => catalogueIds.has(line.catalogueItemId!))).toBe(true);
  });

  it('carry accepted proposals into their initiatives: the proposal’s costs, a quarter or approval, and the history', () => {
    const accepted = data.proposals.filter((proposal) => proposal.status === 'accepted');
    expect(accepted.length).toBeGreaterThanOrEqual(4);
    for (const proposal of accepted) {
      const item = initiativeOf(proposal);
      const { oneTimeCostCents, oneTimeMarkupPercent, recurringMonthlyCostCents, recurringMarkupPercent, labourHours } = item;
      expect({ oneTimeCostCents, oneTimeMarkupPercent, recurringMonthlyCostCents, recurringMarkupPercent, labourHours }).toEqual(initiativeCostsFor(proposal, data.settings).costs);
      expect(item.status).toBe(item.startQuarter ? 'scheduled' : 'approved');
      expect(item.history.map((entry) => entry.kind)).toEqual(expect.arrayContaining(['proposal', 'approved']));
      expect(proposal.decidedAt! < NOW.toISOString()).toBe(true);
      expect(proposal.decision.by).not.toBe('');
    }
  });

  it('record declines on the initiative, declined or kept as the consultant chose', () => {
    const declined = data.proposals.filter((proposal) => proposal.status === 'declined');
    expect(declined.length).toBeGreaterThanOrEqual(2);
    const statuses = declined.map((proposal) => initiativeOf(proposal).status);
    expect(statuses).toContain('declined');
    expect(statuses.some((status) => status !== 'declined')).toBe(true);
    for (const proposal of declined) {
      expect(initiativeOf(proposal).history.at(-1)).toMatchObject({ kind: 'declined', note: proposal.decision.note });
      expect(proposal.decision.note).not.toBe('');
    }
  });

  it('bring some non-recurring revenue from the last twelve months', () => {
    const yearAgo = new Date(NOW.getTime() - 365 * 86_400_000).toISOString();
    const value = data.proposals
      .filter((proposal) => proposal.status === 'accepted' && proposal.decidedAt! > yearAgo)
      .reduce((sum, proposal) => sum + proposalValueCents(proposal, data.settings), 0);
    expect(value).toBeGreaterThan(1_000_000);
  });
});

import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../src-main/api/contract';
import { openPractice, type OpenPractice } from '../../src-main/api/open-practice';
import { DEFAULT_CATALOGUE, lineFromCatalogue } from '../../src-main/domain/proposal-catalogue';
import { priceProposal } from '../../src-main/domain/proposal-pricing';
import { folderPlatform } from '../harness/test-platform';

/** The proposals channels against a real practice on disk: drafts, edits, the client's answer and its effect on the roadmap and the budget. */

let folder = '';
let practice: OpenPractice;
let clientId = '';
let initiativeId = '';

async function call<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const result = await practice.registry.invoke(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value;
}

async function refused<C extends ChannelName>(channel: C, input: ChannelInput<C>) {
  const result = await practice.registry.invoke(channel, input);
  if (result.ok) throw new Error(`${channel} was expected to be refused`);
  return result.error;
}

beforeEach(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'vcio-proposals-'));
  let counter = 0;
  practice = await openPractice({
    dataDir: folder,
    platform: folderPlatform(path.join(folder, 'exports')).platform,
    clock: () => new Date('2026-11-20T10:00:00'),
    newId: () => `id${(counter += 1)}`,
  });
  clientId = (await call('clients.create', { client: { name: 'Harbour Light Dental', fiscalYearStartMonth: 1 } })).client.id;
  initiativeId = (
    await call('initiatives.create', {
      clientId,
      initiative: { title: 'Replace the firewall', description: 'A supported firewall.', oneTimeCostCents: 249_000, labourHours: 6, startQuarter: { fiscalYear: 2027, quarter: 1 } },
    })
  ).initiative.id;
});

afterEach(async () => {
  await practice.close();
  await rm(folder, { recursive: true, force: true });
});

describe('starting a proposal', () => {
  it('starts blank as a draft issued today and valid for 30 days', async () => {
    const { proposal } = await call('proposals.create', { clientId, from: { kind: 'blank' } });
    expect(proposal).toMatchObject({ title: 'New proposal', status: 'draft', issueDate: '2026-11-20', validUntil: '2026-12-20', initiativeId: null, lineItems: [], decidedAt: null });
    expect(practice.store.data.proposals).toHaveLength(1);
  });

  it('starts from an initiative with its title, description, costs and hours', async () => {
    const { proposal } = await call('proposals.create', { clientId, from: { kind: 'initiative', initiativeId } });
    expect(proposal).toMatchObject({ title: 'Replace the firewall', summary: 'A supported firewall.', initiativeId, time: { implementationHours: 6 } });
    expect(proposal.lineItems).toMatchObject([{ description: 'Replace the firewall', unitCostCents: 249_000, markupPercent: null, billing: 'oneTime', quantity: 1 }]);
  });

  it('refuses an initiative of another client, on the field that named it', async () => {
    const other = (await call('clients.create', { client: { name: 'Cedar Law' } })).client.id;
    const error = await refused('proposals.create', { clientId: other, from: { kind: 'initiative', initiativeId } });
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.issues?.map((issue) => issue.path)).toEqual(['from.initiativeId']);
  });

  it('copies an earlier proposal as a new draft; for another client it keeps the title and drops the initiative', async () => {
    const { proposal: original } = await call('proposals.create', { clientId, from: { kind: 'initiative', initiativeId } });
    const other = (await call('clients.create', { client: { name: 'Cedar Law' } })).client.id;
    const sameClient = (await call('proposals.create', { clientId, from: { kind: 'proposal', proposalId: original.id } })).proposal;
    const template = (await call('proposals.create', { clientId: other, from: { kind: 'proposal', proposalId: original.id } })).proposal;
    expect(sameClient).toMatchObject({ title: 'Replace the firewall (copy)', initiativeId, clientId, lineItems: original.lineItems });
    expect(template).toMatchObject({ title: 'Replace the firewall', initiativeId: null, clientId: other, lineItems: original.lineItems });
    const origins = await call('proposals.origins', {});
    expect(origins.proposals.map((item) => item.clientName).sort()).toEqual(['Cedar Law', 'Harbour Light Dental', 'Harbour Light Dental']);
  });
});

describe('editing a proposal', () => {
  it('saves steps, time, catalogue lines and resources, and refuses a validity before the issue date', async () => {
    const { proposal } = await call('proposals.create', { clientId, from: { kind: 'blank', title: 'Network refresh' } });
    const firewall = lineFromCatalogue(DEFAULT_CATALOGUE.find((item) => item.id === 'catalogue-firewall')!, 'l1');
    const { proposal: saved } = await call('proposals.update', {
      id: proposal.id,
      changes: {
        steps: [{ id: 's1', title: 'Survey the site', detail: '' }],
        time: { projectManagementHours: 2, implementationHours: 8, standbyHours: 2, closeOutHours: 1 },
        lineItems: [firewall],
        resources: [{ id: 'r1', role: 'Network engineer', who: 'Sam Ortiz' }],
        status: 'sent',
      },
    });
    expect(saved).toMatchObject({ status: 'sent', lineItems: [{ catalogueItemId: 'catalogue-firewall', unitCostCents: 189_000, markupPercent: 30 }] });
    const error = await refused('proposals.update', { id: proposal.id, changes: { validUntil: '2026-11-01' } });
    expect(error.issues?.map((issue) => issue.path)).toEqual(['changes.validUntil']);
  });

  it('leaves accepted and declined to the client’s decision', async () => {
    const { proposal } = await call('proposals.create', { clientId, from: { kind: 'blank' } });
    const error = await refused('proposals.update', { id: proposal.id, changes: { status: 'accepted' as 'sent' } });
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.issues?.[0]).toMatchObject({ path: 'changes.status', message: 'Use Accept or Decline to record the client’s decision' });
  });

  it('deletes proposals', async () => {
    const { proposal } = await call('proposals.create', { clientId, from: { kind: 'blank' } });
    expect(await call('proposals.delete', { ids: [proposal.id] })).toEqual({ deleted: 1 });
    expect((await refused('proposals.get', { id: proposal.id })).code).toBe('NOT_FOUND');
  });

  it('deletes a client’s proposals with the client, and the practice still opens', async () => {
    const other = (await call('clients.create', { client: { name: 'Northfield Veterinary', fiscalYearStartMonth: 1 } })).client.id;
    const { proposal: kept } = await call('proposals.create', { clientId: other, from: { kind: 'blank' } });
    await call('proposals.create', { clientId, from: { kind: 'initiative', initiativeId } });
    await call('clients.delete', { id: clientId });
    expect(practice.store.data.proposals.map((item) => item.id)).toEqual([kept.id]);
    await practice.close();
    practice = await openPractice({ dataDir: folder, platform: folderPlatform(path.join(folder, 'exports')).platform, clock: () => new Date('2026-11-20T10:00:00'), newId: () => 'reopened' });
    expect(practice.store.data.proposals).toHaveLength(1);
  });
});

describe('the client’s answer', () => {
  it('accepting updates the initiative and the budget, and locks the proposal', async () => {
    const { proposal } = await call('proposals.create', { clientId, from: { kind: 'initiative', initiativeId } });
    const switchBuild = lineFromCatalogue(DEFAULT_CATALOGUE.find((item) => item.id === 'catalogue-switch-24-poe')!, 'switch', 2);
    const licences = lineFromCatalogue(DEFAULT_CATALOGUE.find((item) => item.id === 'catalogue-m365-business-premium')!, 'licences', 12);
    const { proposal: edited } = await call('proposals.update', {
      id: proposal.id,
      changes: { lineItems: [...proposal.lineItems, switchBuild, licences], time: { projectManagementHours: 2, implementationHours: 10, standbyHours: 2, closeOutHours: 1 } },
    });
    const pricing = priceProposal(edited, practice.store.data.settings);

    const answer = await call('proposals.accept', { id: proposal.id, date: '2026-11-19', by: 'Dr. Maya Chen', note: '', startQuarter: { fiscalYear: 2027, quarter: 2 } });
    expect(answer.createdInitiative).toBe(false);
    expect(answer.proposal).toMatchObject({ status: 'accepted', decidedAt: '2026-11-20T10:00:00.000Z', decision: { date: '2026-11-19', by: 'Dr. Maya Chen' } });
    expect(answer.initiative).toMatchObject({ id: initiativeId, status: 'scheduled', startQuarter: { fiscalYear: 2027, quarter: 2 }, oneTimeCostCents: 249_000 + 2 * 118_000, recurringMonthlyCostCents: 12 * 1_980, labourHours: 15 });
    expect(answer.initiative.history.map((entry) => entry.kind)).toEqual(['created', 'proposal', 'costs', 'moved', 'approved']);

    const forecast = await call('budget.forecast', { clientId });
    const events = forecast.events.filter((event) => event.sourceId === initiativeId);
    const oneTime = events.find((event) => event.kind === 'oneTime')!;
    expect(oneTime.month).toBe('2027-04');
    expect(oneTime.priceCents).toBe(pricing.oneTimeItems.priceCents + answer.oneTimeDifferenceCents);
    expect(events.find((event) => event.kind === 'labour')!.priceCents).toBe(pricing.labour.priceCents);
    expect(events.find((event) => event.kind === 'recurring')!.priceCents).toBe(pricing.monthlyTotalCents + answer.monthlyDifferenceCents);

    expect((await refused('proposals.update', { id: proposal.id, changes: { title: 'Changed' } })).code).toBe('CONFLICT');
    const noted = await call('proposals.update', { id: proposal.id, changes: { internalNotes: 'PO 4471 received', title: edited.title } });
    expect(noted.proposal).toMatchObject({ status: 'accepted', internalNotes: 'PO 4471 received', title: edited.title });
    expect((await refused('proposals.decline', { id: proposal.id, date: '2026-11-20', by: '', note: 'Changed our mind', declineInitiative: true })).code).toBe('CONFLICT');
  });

  it('accepting a proposal without an initiative puts a new one on the roadmap', async () => {
    const { proposal } = await call('proposals.create', { clientId, from: { kind: 'blank', title: 'Wi-Fi for the waiting room' } });
    await call('proposals.update', { id: proposal.id, changes: { time: { projectManagementHours: 0, implementationHours: 4, standbyHours: 0, closeOutHours: 0 } } });
    const answer = await call('proposals.accept', { id: proposal.id, date: '2026-11-19', by: '', note: '', startQuarter: null });
    expect(answer.createdInitiative).toBe(true);
    expect(answer.initiative).toMatchObject({ title: 'Wi-Fi for the waiting room', status: 'approved', startQuarter: null, labourHours: 4, clientId });
    expect(answer.proposal.initiativeId).toBe(answer.initiative.id);
    expect(practice.store.data.initiatives.map((item) => item.title)).toEqual(['Replace the firewall', 'Wi-Fi for the waiting room']);
  });

  it('declining records the reason on the initiative and takes it out of the budget', async () => {
    const { proposal } = await call('proposals.create', { clientId, from: { kind: 'initiative', initiativeId } });
    const answer = await call('proposals.decline', { id: proposal.id, date: '2026-11-19', by: 'Dr. Maya Chen', note: 'Waiting for the insurance renewal.', declineInitiative: true });
    expect(answer.proposal).toMatchObject({ status: 'declined', decision: { note: 'Waiting for the insurance renewal.' } });
    expect(answer.initiative).toMatchObject({ status: 'declined', clientDecision: { date: '2026-11-19', by: 'Dr. Maya Chen', note: 'Waiting for the insurance renewal.' } });
    expect(answer.initiative?.history.at(-1)).toMatchObject({ kind: 'declined', note: 'Waiting for the insurance renewal.' });
    const forecast = await call('budget.forecast', { clientId });
    expect(forecast.events.filter((event) => event.sourceId === initiativeId)).toEqual([]);
  });

  it('refuses a decline without a reason', async () => {
    const { proposal } = await call('proposals.create', { clientId, from: { kind: 'blank' } });
    const error = await refused('proposals.decline', { id: proposal.id, date: '2026-11-19', by: '', note: '  ', declineInitiative: true });
    expect(error.issues?.map((issue) => issue.path)).toEqual(['note']);
  });

  it('lists the client’s proposals with today’s date for marking expiry', async () => {
    await call('proposals.create', { clientId, from: { kind: 'blank' } });
    const listed = await call('proposals.list', { clientId });
    expect(listed.today).toBe('2026-11-20');
    expect(listed.proposals).toHaveLength(1);
  });
});

import { mkdtemp, readdir, readFile, rm, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openPractice } from '../../src-main/api/open-practice';
import { repairReferences } from '../../src-main/domain/integrity';
import type { PracticeData } from '../../src-main/domain/practice';
import { serializePractice } from '../../src-main/store/practice-file';
import { BACKUP_FOLDER_NAME, DATA_FILE_NAME } from '../../src-main/store/practice-store';
import { folderPlatform } from '../harness/test-platform';
import { makeAsset, makeInitiative, makePractice } from './factories';

/**
 * References between records stay whole: deleting a client or an asset leaves nothing pointing at
 * it, and a file that does hold dangling references (written by an older release, or edited by hand)
 * is repaired when it is opened, after a backup of it as it was, and the consultant is told.
 */

/** Harbor Dental's practice with an asset of a client that is gone and an initiative linking to a deleted asset. */
function practiceWithOrphans(): PracticeData {
  const data = makePractice();
  const harbor = data.clients[0]!;
  data.assets.push(makeAsset({ id: 'asset-of-nobody', clientId: 'client-deleted-long-ago', name: 'Orphan printer' }));
  data.initiatives.push(
    makeInitiative({ id: 'initiative-linked', clientId: harbor.id, title: 'Replace reception PCs', why: { ...makeInitiative().why, assetIds: ['asset-reception-pcs', 'asset-deleted'] } }),
  );
  return data;
}

describe('repairing references', () => {
  it('removes records of a missing client and drops links to missing records, saying how many', () => {
    const { data, repairs } = repairReferences(JSON.parse(JSON.stringify(practiceWithOrphans())));
    const repaired = data as PracticeData;
    expect(repaired.assets.map((asset) => asset.id)).not.toContain('asset-of-nobody');
    expect(repaired.initiatives.find((initiative) => initiative.id === 'initiative-linked')!.why.assetIds).toEqual(['asset-reception-pcs']);
    expect(repairs.map((repair) => [repair.where, repair.count])).toEqual([
      ['assets', 1],
      ['initiatives.why.assetIds', 1],
    ]);
  });

  it('drops meeting attendees and touch contacts who are no longer contacts of their client', () => {
    const data = makePractice();
    const harbor = data.clients[0]!;
    harbor.contacts = [{ id: 'contact-maya', name: 'Dr. Maya Chen', role: 'Owner', email: '', phone: '', decisionMaker: true }];
    const stamp = '2026-11-02T09:00:00.000Z';
    const meeting = { id: 'meeting-review', clientId: harbor.id, type: 'strategy', date: '2026-11-02', attendeeIds: ['contact-maya', 'contact-left'] };
    const touches = [
      { id: 'touch-kept', clientId: harbor.id, kind: 'touch', date: '2026-11-01', channel: 'call', contactId: 'contact-maya', summary: '', createdAt: stamp, updatedAt: stamp },
      { id: 'touch-cleared', clientId: harbor.id, kind: 'touch', date: '2026-11-03', channel: 'email', contactId: 'contact-left', summary: 'Sent the quote', createdAt: stamp, updatedAt: stamp },
    ];
    const { data: repairedData, repairs } = repairReferences({ ...JSON.parse(JSON.stringify(data)), meetings: [meeting], touches });
    const repaired = repairedData as { meetings: Array<{ attendeeIds: string[] }>; touches: Array<{ id: string; contactId: string | null; summary: string }> };
    expect(repaired.meetings[0]!.attendeeIds).toEqual(['contact-maya']);
    expect(repaired.touches.map((touch) => [touch.id, touch.contactId])).toEqual([
      ['touch-kept', 'contact-maya'],
      ['touch-cleared', null],
    ]);
    expect(repaired.touches[1]!.summary).toBe('Sent the quote');
    expect(repairs.map((repair) => [repair.where, repair.count])).toEqual([
      ['meetings.attendeeIds', 1],
      ['touches.contactId', 1],
    ]);
  });

  it('leaves a whole practice as it is', () => {
    const whole = makePractice();
    const result = repairReferences(whole);
    expect(result.repairs).toEqual([]);
    expect(result.data).toBe(whole);
    expect(repairReferences(null)).toEqual({ data: null, repairs: [] });
  });
});

let folder = '';
afterEach(async () => {
  if (folder) await rm(folder, { recursive: true, force: true });
  folder = '';
});

describe('opening a file with dangling references', () => {
  it('backs the file up as it was, repairs it, says so, and opens clean the next time', async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'vcio-integrity-'));
    const dataDir = path.join(folder, 'data');
    await mkdir(dataDir);
    const original = serializePractice(practiceWithOrphans());
    await writeFile(path.join(dataDir, DATA_FILE_NAME), original);
    const options = { dataDir, platform: folderPlatform(path.join(folder, 'exports')).platform, clock: () => new Date('2026-03-20T09:00:00Z') };

    const practice = await openPractice(options);
    const status = await practice.registry.invoke('app.status', {});
    expect(status.ok && status.value.state).toBe('ok');
    expect(status.ok && status.value.repairedAtOpen).toMatch(/1 assets of a client that no longer exists.*1 initiatives links to assets that no longer exist/);
    expect(practice.store.data.assets.some((asset) => asset.id === 'asset-of-nobody')).toBe(false);
    const backups = await readdir(path.join(dataDir, BACKUP_FOLDER_NAME));
    const preRepair = backups.filter((name) => name.endsWith('-pre-repair.json'));
    expect(preRepair).toHaveLength(1);
    expect(await readFile(path.join(dataDir, BACKUP_FOLDER_NAME, preRepair[0]!), 'utf8')).toBe(original);
    const listed = await practice.registry.invoke('backups.list', {});
    expect(listed.ok && JSON.stringify(listed.value)).toContain('pre-repair');
    await practice.close();

    const onDisk = JSON.parse(await readFile(path.join(dataDir, DATA_FILE_NAME), 'utf8')) as { data: PracticeData };
    expect(onDisk.data.assets.some((asset) => asset.id === 'asset-of-nobody')).toBe(false);
    const again = await openPractice(options);
    const second = await again.registry.invoke('app.status', {});
    expect(second.ok && second.value.repairedAtOpen).toBeNull();
    await again.close();
  });
});

/** A new practice in its own folder, and a way to call its channels that throws on a refusal. */
async function openFreshPractice() {
  folder = await mkdtemp(path.join(tmpdir(), 'vcio-integrity-'));
  const practice = await openPractice({ dataDir: path.join(folder, 'data'), platform: folderPlatform(path.join(folder, 'exports')).platform });
  const invoke = async <T>(channel: string, input: unknown) => {
    const result = await practice.registry.invoke(channel, input);
    if (!result.ok) throw new Error(result.error.message);
    return result.value as T;
  };
  return { practice, invoke };
}

describe('deleting leaves no dangling references', () => {
  it('a deleted client takes its records along, and a deleted asset leaves no initiative linking to it', async () => {
    const { practice, invoke } = await openFreshPractice();
    const { client } = await invoke<{ client: { id: string } }>('clients.create', { client: { name: 'Harbor Dental' } });
    const { asset } = await invoke<{ asset: { id: string } }>('assets.create', { clientId: client.id, asset: { name: 'Old server', category: 'server', unitCostCents: 500_000 } });
    const { initiative } = await invoke<{ initiative: { id: string } }>('initiatives.create', {
      clientId: client.id,
      initiative: { title: 'Replace the server', why: { standardIds: [], reviewIds: [], goalIds: [], assetIds: [asset.id], clientRequest: '' } },
    });
    await invoke('assets.delete', { ids: [asset.id] });
    expect(practice.store.data.initiatives.find((item) => item.id === initiative.id)!.why.assetIds).toEqual([]);
    await invoke('clients.delete', { id: client.id });
    expect(repairReferences(structuredClone(practice.store.data)).repairs).toEqual([]);
    expect(practice.store.data.initiatives).toEqual([]);
    await practice.close();
  });
});

describe('removing a contact from a client', () => {
  it('takes them off its meetings and touches, and the meeting can still be saved', async () => {
    const { practice, invoke } = await openFreshPractice();
    type Person = { id: string; name: string; role: string; email: string; phone: string; decisionMaker: boolean };
    const people = [
      { name: 'Dr. Maya Chen', role: 'Owner', email: '', phone: '', decisionMaker: true },
      { name: 'Sam Ortiz', role: 'Office manager', email: '', phone: '', decisionMaker: true },
    ];
    const { client } = await invoke<{ client: { id: string; contacts: Person[] } }>('clients.create', { client: { name: 'Harbor Dental', contacts: people } });
    const [maya, sam] = client.contacts;
    const { meeting } = await invoke<{ meeting: { id: string } }>('meetings.create', { clientId: client.id, meeting: { type: 'strategy', date: '2027-01-12', attendeeIds: [maya!.id, sam!.id] } });
    const { touch } = await invoke<{ touch: { id: string } }>('touches.create', { clientId: client.id, touch: { date: '2026-11-20', channel: 'call', contactId: sam!.id, summary: 'Budget call' } });

    await invoke('clients.update', { id: client.id, changes: { contacts: [maya] } });
    expect(practice.store.data.meetings.find((item) => item.id === meeting.id)!.attendeeIds).toEqual([maya!.id]);
    expect(practice.store.data.touches.find((item) => item.id === touch.id)).toMatchObject({ contactId: null, summary: 'Budget call' });
    const stored = practice.store.data.meetings.find((item) => item.id === meeting.id)!;
    await invoke('meetings.update', { id: meeting.id, changes: { attendeeIds: stored.attendeeIds, minutes: 'Agreed the spring refresh.' } });
    expect(repairReferences(structuredClone(practice.store.data)).repairs).toEqual([]);
    await practice.close();
  });
});

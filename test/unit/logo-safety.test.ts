import { execFileSync } from 'node:child_process';
import * as nodeFs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openPractice, type OpenPractice } from '../../src-main/api/open-practice';
import { solidPng } from '../fixtures/budget-workbook-sample';
import { folderPlatform } from '../harness/test-platform';

/**
 * A logo that is cut off or damaged: refused when it is chosen, and, if such a file reaches the data
 * folder anyway (copied by hand, a disk fault), every export still succeeds without it and says so.
 */

let folder = '';
let practice: OpenPractice;
let clientId = '';

beforeEach(async () => {
  folder = await nodeFs.mkdtemp(path.join(os.tmpdir(), 'vcio-logo-'));
  practice = await openPractice({ dataDir: path.join(folder, 'data'), platform: folderPlatform(path.join(folder, 'exports')).platform });
  const created = await practice.registry.invoke('clients.create', { client: { name: 'Harbour Light Dental' } });
  if (!created.ok) throw new Error(created.error.message);
  clientId = created.value.client.id;
});

afterEach(async () => {
  await practice.close();
  await nodeFs.rm(folder, { recursive: true, force: true });
});

function file(name: string, bytes: Uint8Array) {
  return { name, dataBase64: Buffer.from(bytes).toString('base64') };
}

/** How many images a PDF holds, as poppler lists them. */
function imagesIn(pdf: string): number {
  const listing = execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' });
  return listing.trim().split('\n').length - 2;
}

const LOGO = solidPng(240, 60, [31, 78, 121]);
const CUT_OFF = LOGO.slice(0, Math.floor(LOGO.length / 2));

describe('choosing a logo', () => {
  it('refuses a PNG that is cut off, with a clear message, and changes nothing', async () => {
    const before = await nodeFs.readFile(practice.store.dataFile);
    const result = await practice.registry.invoke('settings.setLogo', { file: file('logo.png', CUT_OFF) });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        message: 'The logo file is incomplete: it ends before the image does (it may have been cut off while copying or downloading). Save it again and choose it once more.',
      },
    });
    expect((await nodeFs.readFile(practice.store.dataFile)).equals(before)).toBe(true);
    expect(practice.store.data.settings.logo).toBeNull();
  });

  it('accepts the whole PNG, and the PDF carries it', async () => {
    const result = await practice.registry.invoke('settings.setLogo', { file: file('logo.png', LOGO) });
    expect(result).toMatchObject({ ok: true, value: { settings: { logo: { width: 240, height: 60 } } } });
    const exported = await practice.registry.invoke('export.clientProfilePdf', { clientId });
    if (!exported.ok) throw new Error(exported.error.message);
    expect(exported.value.notice).toBeUndefined();
    expect(imagesIn(exported.value.savedTo!)).toBe(1);
  });
});

describe('a damaged logo already in the data folder', () => {
  beforeEach(async () => {
    // As if the file had been cut off on disk after it was chosen: the settings still name it.
    await nodeFs.writeFile(path.join(practice.store.dataDir, 'brand-logo.png'), CUT_OFF);
    await practice.store.mutate((draft) => {
      draft.settings.logo = { fileName: 'brand-logo.png', mimeType: 'image/png', width: 240, height: 60, byteLength: CUT_OFF.length };
    });
  });

  it('leaves the PDF without a logo, and the export says so', async () => {
    const exported = await practice.registry.invoke('export.clientProfilePdf', { clientId });
    if (!exported.ok) throw new Error(`the export failed: ${exported.error.message}`);
    expect(exported.value.notice).toBe('Made without your logo: its file in the data folder is incomplete or damaged, so it cannot be drawn. Choose the logo again in Settings.');
    expect(imagesIn(exported.value.savedTo!)).toBe(0);
    expect(execFileSync('pdftotext', [exported.value.savedTo!, '-'], { encoding: 'utf8' })).toContain('Harbour Light Dental');
  });

  it('leaves the budget report and the workbook without it too', async () => {
    const report = await practice.registry.invoke('export.budgetPdf', { clientId });
    const workbook = await practice.registry.invoke('export.budgetWorkbook', { clientId });
    expect(report).toMatchObject({ ok: true, value: { notice: expect.stringMatching(/^Made without your logo/) } });
    expect(workbook).toMatchObject({ ok: true, value: { notice: expect.stringMatching(/^Made without your logo/) } });
  });

  it('says so when the logo file is missing altogether', async () => {
    await nodeFs.rm(path.join(practice.store.dataDir, 'brand-logo.png'));
    const exported = await practice.registry.invoke('export.clientProfilePdf', { clientId });
    expect(exported).toMatchObject({ ok: true, value: { notice: 'Made without your logo: its file is missing from the data folder. Choose the logo again in Settings.' } });
  });
});

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DATA_DIR_VARIABLE, rememberDataDir, resolveDataDir } from '../../src-main/platform/data-location';

let userData = '';

beforeEach(async () => {
  userData = await mkdtemp(path.join(os.tmpdir(), 'vcio-userdata-'));
});

afterEach(async () => {
  await rm(userData, { recursive: true, force: true });
});

describe('where the practice lives', () => {
  it('is "Practice" in the app-data folder by default', async () => {
    expect(await resolveDataDir({}, userData)).toBe(path.join(userData, 'Practice'));
  });

  it('is the folder the consultant moved it to, once remembered', async () => {
    await rememberDataDir(userData, '/srv/practice');
    expect(await resolveDataDir({}, userData)).toBe('/srv/practice');
  });

  it('is VCIO_DATA_DIR when set, whatever was remembered', async () => {
    await rememberDataDir(userData, '/srv/practice');
    expect(await resolveDataDir({ [DATA_DIR_VARIABLE]: 'relative/folder' }, userData)).toBe(path.resolve('relative/folder'));
  });

  it('falls back to the default when the remembered location is unreadable or not absolute', async () => {
    await writeFile(path.join(userData, 'data-location.json'), '{ not json');
    expect(await resolveDataDir({}, userData)).toBe(path.join(userData, 'Practice'));
    await writeFile(path.join(userData, 'data-location.json'), JSON.stringify({ dataDir: 'relative' }));
    expect(await resolveDataDir({}, userData)).toBe(path.join(userData, 'Practice'));
  });
});

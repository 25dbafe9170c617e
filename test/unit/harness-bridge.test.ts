import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../harness/harness';

/** The loopback bridge answers a request too large for it in words, as the app's own errors are. */

let folder = '';
let harness: Harness;

beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'vcio-bridge-'));
  harness = await startHarness({ dataDir: path.join(folder, 'data'), exportsDir: path.join(folder, 'exports') });
});

afterAll(async () => {
  await harness.close();
  await rm(folder, { recursive: true, force: true });
});

describe('an over-size body sent to the bridge', () => {
  it('is answered 413 with a JSON error that says it is too large', async () => {
    const file = { name: 'devices.csv', dataBase64: 'A'.repeat(45 * 1024 * 1024) };
    const response = await fetch(`${harness.url}api/assets.importPreview`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ clientId: 'x', file }),
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      ok: false,
      error: { code: 'INVALID_INPUT', message: 'Too large: this request is 46 MB; at most 40 MB can be sent at once (a file can be at most 20 MB).' },
    });
  });

  it('leaves the bridge answering the next request', async () => {
    const response = await fetch(`${harness.url}api/app.status`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ ok: true, value: { state: 'ok' } });
  });
});

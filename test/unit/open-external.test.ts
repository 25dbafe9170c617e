import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openPractice, type OpenPractice } from '../../src-main/api/open-practice';
import { EXTERNAL_LINK_RULE, isSafeExternalUrl } from '../../src-main/domain/links';
import { folderPlatform, type PlatformRecord } from '../harness/test-platform';

/**
 * app.openExternal through the registry: the rule it applies is the validator's (https and mailto
 * only), its message says exactly that, and what it hands to the system is what it was given.
 */

let folder = '';
let practice: OpenPractice;
let record: PlatformRecord;

beforeEach(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'vcio-links-'));
  const platform = folderPlatform(path.join(folder, 'exports'));
  record = platform.record;
  practice = await openPractice({ dataDir: folder, platform: platform.platform });
});

afterEach(async () => {
  await practice.close();
  await rm(folder, { recursive: true, force: true });
});

describe('app.openExternal', () => {
  it('opens https pages and mailto addresses, unchanged', async () => {
    for (const url of ['https://www.cisecurity.org/controls/v8', 'mailto:maya@harbordental.example?subject=Q3%20budget']) {
      expect(await practice.registry.invoke('app.openExternal', { url })).toEqual({ ok: true, value: { opened: true } });
    }
    expect(record.openedLinks).toEqual(['https://www.cisecurity.org/controls/v8', 'mailto:maya@harbordental.example?subject=Q3%20budget']);
  });

  it('refuses http:// (it is not upgraded behind the consultant\'s back), with the message of the rule', async () => {
    for (const url of ['http://cedarlaw.example', 'HTTP://cedarlaw.example/team', 'http://localhost:5177/']) {
      const answer = await practice.registry.invoke('app.openExternal', { url });
      expect(answer).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: EXTERNAL_LINK_RULE, issues: [{ path: 'url' }] } });
    }
    expect(record.openedLinks).toEqual([]);
  });

  it('refuses a bare domain, other schemes and credentials: nothing reaches the system', async () => {
    for (const url of ['cedarlaw.example', 'javascript:alert(1)', 'file:///etc/passwd', 'ftp://example.com/x', 'https://user:pw@example.com', 'ms-msdt:/id PCWDiagnostic']) {
      const answer = await practice.registry.invoke('app.openExternal', { url });
      expect(answer.ok, url).toBe(false);
    }
    expect(record.openedLinks).toEqual([]);
  });

  it('says what the validator allows: the message names https and mailto, and both pass the validator', () => {
    expect(EXTERNAL_LINK_RULE).toMatch(/\bhttps\b/);
    expect(EXTERNAL_LINK_RULE).toMatch(/\bmailto\b/);
    expect(EXTERNAL_LINK_RULE).not.toMatch(/\bhttp\b(?!s)/);
    expect(isSafeExternalUrl('https://example.com')).toBe(true);
    expect(isSafeExternalUrl('mailto:a@example.com')).toBe(true);
    expect(isSafeExternalUrl('http://example.com')).toBe(false);
  });
});

import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '../../src-main/store/migrations';

const root = path.resolve(import.meta.dirname, '../..');
let outDir = '';

describe('npm run demo:export', () => {
  beforeAll(async () => {
    outDir = await mkdtemp(path.join(os.tmpdir(), 'vcio-demo-test-'));
    execFileSync(path.join(root, 'node_modules/.bin/tsx'), ['test/harness/demo-export.ts', '--out', outDir], { cwd: root, stdio: 'pipe' });
  }, 120_000);

  afterAll(async () => {
    await rm(outDir, { recursive: true, force: true });
  });

  it('writes every export for every sample client, and the database', async () => {
    const files = await readdir(outDir);
    const practice = JSON.parse(await readFile(path.join(outDir, 'practice.json'), 'utf8')) as { schemaVersion: number; data: { clients: Array<{ name: string }> } };
    expect(practice.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(practice.data.clients.length).toBeGreaterThanOrEqual(6);
    for (const client of practice.data.clients) {
      const own = files.filter((file) => file.startsWith(`${client.name} - `) && !file.startsWith(`${client.name} - Proposal - `));
      expect(own.map((file) => file.replace(/ - \d{4}-\d{2}-\d{2}\./, '.').slice(client.name.length + 3)).sort()).toEqual([
        'Budget workbook (internal).xlsx',
        'Budget workbook.xlsx',
        'Client profile.pdf',
        'Life-cycle budget.pdf',
      ]);
    }
  });

  it('writes one proposal PDF for every proposal of the sample practice, in every status', async () => {
    const practice = JSON.parse(await readFile(path.join(outDir, 'practice.json'), 'utf8')) as {
      data: { clients: Array<{ id: string; name: string }>; proposals: Array<{ clientId: string; title: string; status: string }> };
    };
    const files = await readdir(outDir);
    expect(new Set(practice.data.proposals.map((proposal) => proposal.status))).toEqual(new Set(['draft', 'sent', 'accepted', 'declined']));
    const expected = practice.data.proposals.map((proposal) => `${practice.data.clients.find((client) => client.id === proposal.clientId)!.name} - Proposal - ${proposal.title}`).sort();
    expect(files.filter((file) => file.includes(' - Proposal - ')).map((file) => file.replace(/ - \d{4}-\d{2}-\d{2}\.pdf$/, '')).sort()).toEqual(expected);
  });

  it('writes client profiles that name the client, the consultant company and the page numbers, without private notes', async () => {
    const practice = JSON.parse(await readFile(path.join(outDir, 'practice.json'), 'utf8')) as {
      data: { clients: Array<{ name: string; privateNotes: string }>; settings: { consultant: { company: string } } };
    };
    const company = practice.data.settings.consultant.company;
    expect(company).not.toBe('');
    const files = await readdir(outDir);
    for (const client of practice.data.clients) {
      const profile = files.find((file) => file.startsWith(`${client.name} - Client profile`))!;
      const text = execFileSync('pdftotext', [path.join(outDir, profile), '-']).toString().replace(/\s+/g, ' ');
      expect(text).toContain(client.name);
      expect(text).toContain(company);
      expect(text).toContain('Page 1 of 1');
      const sensitive = client.privateNotes.replace(/\s+/g, ' ').slice(0, 30);
      if (sensitive) expect(text).not.toContain(sensitive);
    }
  });
});

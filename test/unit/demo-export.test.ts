import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatScore, latestCompletedReview, reviewScore, SCORE_BAND_LABELS } from '../../src-main/domain/alignment';
import { CURRENT_SCHEMA_VERSION } from '../../src-main/store/migrations';
import { judgePracticeBytes } from '../../src-main/store/practice-file';

const root = path.resolve(import.meta.dirname, '../..');
let outDir = '';

describe('npm run demo:export', () => {
  beforeAll(async () => {
    outDir = await mkdtemp(path.join(os.tmpdir(), 'vcio-demo-test-'));
    execFileSync(path.join(root, 'node_modules/.bin/tsx'), ['test/harness/demo-export.ts', '--out', outDir], { cwd: root, stdio: 'pipe' });
  }, 300_000);

  afterAll(async () => {
    await rm(outDir, { recursive: true, force: true });
  });

  it('writes every export for every sample client, and the database', async () => {
    const files = await readdir(outDir);
    const practice = JSON.parse(await readFile(path.join(outDir, 'practice.json'), 'utf8')) as { schemaVersion: number; data: { clients: Array<{ name: string }> } };
    expect(practice.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(practice.data.clients.length).toBeGreaterThanOrEqual(6);
    for (const client of practice.data.clients) {
      const own = files.filter((file) => file.startsWith(`${client.name} - `) && !file.includes(' - Meeting ') && !file.startsWith(`${client.name} - Proposal - `));
      expect(own.map((file) => file.replace(/ - \d{4}-\d{2}-\d{2}\./, '.').slice(client.name.length + 3)).sort()).toEqual([
        'Budget workbook (internal).xlsx',
        'Budget workbook.xlsx',
        'Business canvass.pdf',
        'Business questions.pdf',
        'Client profile.pdf',
        'Life-cycle budget.pdf',
        'Roadmap.pdf',
        'Technical alignment summary.pdf',
      ]);
    }
    expect(files.filter((file) => / - Standards library - \d{4}-\d{2}-\d{2}\.xlsx$/.test(file))).toHaveLength(1);
  });

  it('writes alignment summaries with the latest score and band, and no engineer or private notes', async () => {
    const verdict = judgePracticeBytes(await readFile(path.join(outDir, 'practice.json')));
    if (verdict.kind !== 'ok') throw new Error(`practice.json is ${verdict.kind}`);
    const practice = { data: verdict.data };
    const files = await readdir(outDir);
    for (const client of practice.data.clients) {
      const latest = latestCompletedReview(practice.data.reviews.filter((review) => review.clientId === client.id))!;
      const { score, band } = reviewScore(latest);
      const summary = files.find((file) => file.startsWith(`${client.name} - Technical alignment summary`))!;
      const text = execFileSync('pdftotext', [path.join(outDir, summary), '-']).toString().replace(/\s+/g, ' ');
      expect(text).toContain(formatScore(score));
      expect(text).toContain(SCORE_BAND_LABELS[band!]);
      for (const item of latest.items.filter((entry) => entry.engineerNote !== '')) expect(text).not.toContain(item.engineerNote.slice(0, 30));
      if (latest.privateNotes) expect(text).not.toContain(latest.privateNotes.slice(0, 30));
    }
  });

  it('writes the agenda and prep pack of each client’s next meeting, the summary of its last one, and the playbook', async () => {
    const practice = JSON.parse(await readFile(path.join(outDir, 'practice.json'), 'utf8')) as {
      data: { clients: Array<{ id: string; name: string }>; meetings: Array<{ clientId: string; status: string }> };
    };
    const files = await readdir(outDir);
    const meetingFiles = (name: string) =>
      files
        .filter((file) => file.startsWith(`${name} - Meeting `))
        .map((file) => file.slice(name.length + 3).replace(/ \d{4}-\d{2}-\d{2} - \d{4}-\d{2}-\d{2}\./, '.'))
        .sort();
    for (const client of practice.data.clients) {
      const statuses = practice.data.meetings.filter((meeting) => meeting.clientId === client.id).map((meeting) => meeting.status);
      const expected = [
        ...(statuses.includes('planned') ? ['Meeting agenda.pdf', 'Meeting prep pack.pdf'] : []),
        ...(statuses.includes('held') ? ['Meeting summary.pdf'] : []),
      ];
      expect(meetingFiles(client.name), client.name).toEqual(expected.sort());
    }
    expect(files.filter((file) => /vCIO playbook \d{4}/.test(file) && file.endsWith('.xlsx'))).toHaveLength(1);
    const northgate = files.find((file) => file.startsWith('Northgate Precision Machining - Meeting prep pack'))!;
    const pack = execFileSync('pdftotext', [path.join(outDir, northgate), '-']).toString().replace(/\s+/g, ' ');
    for (const heading of ['Meeting prep pack', 'Since our last meeting', 'Agenda', 'Budget summary', 'Open action items']) expect(pack).toContain(heading);
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

  it('writes the business canvass of each client from the sample, with every block of its canvas on the first page and no private notes', async () => {
    const practice = JSON.parse(await readFile(path.join(outDir, 'practice.json'), 'utf8')) as {
      data: { clients: Array<{ id: string; name: string; privateNotes: string }>; canvasses: Array<{ clientId: string; blocks: Record<string, Array<{ text: string }>> }> };
    };
    const files = await readdir(outDir);
    for (const client of practice.data.clients) {
      const canvass = practice.data.canvasses.find((item) => item.clientId === client.id);
      expect(canvass, client.name).toBeDefined();
      const pdf = path.join(outDir, files.find((file) => file.startsWith(`${client.name} - Business canvass`))!);
      // Compared without spaces and hyphens: a note wraps wherever its box ends, and pdftotext joins a word hyphenated at a line end.
      const bare = (text: string) => text.replace(/[\s-]+/g, '');
      const firstPage = bare(execFileSync('pdftotext', ['-f', '1', '-l', '1', pdf, '-']).toString());
      expect(firstPage).toContain('KEYPARTNERS');
      expect(firstPage).toContain('REVENUESTREAMS');
      for (const note of Object.values(canvass!.blocks).flat()) expect(firstPage).toContain(bare(note.text));
      const whole = execFileSync('pdftotext', [pdf, '-']).toString().replace(/\s+/g, ' ');
      const sensitive = client.privateNotes.replace(/\s+/g, ' ').slice(0, 30);
      if (sensitive) expect(whole).not.toContain(sensitive);
      const questions = path.join(outDir, files.find((file) => file.startsWith(`${client.name} - Business questions`))!);
      expect(execFileSync('pdftotext', [questions, '-']).toString()).toContain('Compliance obligations');
    }
  });
});

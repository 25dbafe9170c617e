import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '../../src-main/store/migrations';
import { judgePracticeBytes, serializePractice, type FileVerdict } from '../../src-main/store/practice-file';
import { bytesOf, DAMAGED_FILES, envelopeBytes } from './damaged-files';
import { makePractice } from './factories';


function damagedReason(verdict: FileVerdict): string {
  if (verdict.kind !== 'damaged') throw new Error(`expected a damaged verdict, got ${verdict.kind}`);
  return verdict.reason;
}

describe('judging the bytes of a data file', () => {
  it('reads back the restore a file carries, and a file without one as having none', () => {
    const practice = makePractice();
    const restoredFrom = { preRestoreId: 'practice-2026-03-01T10-00-00-000Z-pre-restore.json', restoredId: 'practice-2026-02-01T10-00-00-000Z-manual.json', at: '2026-03-01T10:00:00.000Z' };
    const verdict = judgePracticeBytes(bytesOf(serializePractice(practice, restoredFrom)));
    expect(verdict).toMatchObject({ kind: 'ok', restoredFrom });
    expect(judgePracticeBytes(bytesOf(JSON.stringify({ schemaVersion: 3, restoredFrom: { preRestoreId: 7 }, data: practice })))).toMatchObject({ kind: 'ok', restoredFrom: null });
  });

  it('accepts a file it wrote itself, as is, without migrating', () => {
    const practice = makePractice();
    const verdict = judgePracticeBytes(bytesOf(serializePractice(practice)));
    expect(verdict).toEqual({ kind: 'ok', data: practice, fileVersion: CURRENT_SCHEMA_VERSION, migrated: false, restoredFrom: null, repairs: [] });
  });

  for (const damaged of DAMAGED_FILES) {
    it(`reports a damaged file (${damaged.kind}) with a reason`, () => {
      expect(damagedReason(judgePracticeBytes(damaged.bytes()))).toMatch(damaged.reason);
    });
  }

  it('says the file holds text or a list instead of a practice', () => {
    expect(damagedReason(judgePracticeBytes(bytesOf('"hello"')))).toBe('The data file holds string instead of a practice.');
    expect(damagedReason(judgePracticeBytes(bytesOf('[]')))).toMatch(/instead of a practice/);
  });

  it('reports bytes that are not UTF-8 as unreadable', () => {
    expect(damagedReason(judgePracticeBytes(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])))).toMatch(/not readable JSON/);
  });

  it('reports a missing, fractional or zero schema version', () => {
    const withoutVersion = bytesOf(JSON.stringify({ data: makePractice() }));
    expect(damagedReason(judgePracticeBytes(withoutVersion))).toBe('The data file has no valid schema version.');
    for (const version of [null, '2', 1.5, 0, -1]) {
      const verdict = judgePracticeBytes(envelopeBytes(makePractice(), version));
      expect(damagedReason(verdict), String(version)).toBe('The data file has no valid schema version.');
    }
  });

  it('names the broken field and counts further problems', () => {
    const practice = makePractice();
    const broken = {
      ...practice,
      clients: practice.clients.map((client) => ({ ...client, mrrCents: -1, complexity: 11, users: 1.5, fiscalYearStartMonth: 13 })),
    };
    const reason = damagedReason(judgePracticeBytes(envelopeBytes(broken)));
    expect(reason).toMatch(/^The data file does not have the expected content: clients\.0\.mrrCents: An amount cannot be negative; /);
    expect(reason).toMatch(/; and \d+ more\.$/);
  });

  it('reports the same client id appearing twice', () => {
    const practice = makePractice();
    const twice = { ...practice, clients: [practice.clients[0], practice.clients[0]] };
    expect(damagedReason(judgePracticeBytes(envelopeBytes(twice)))).toMatch(/Client id client-harbor-dental appears twice/);
  });

  it('keeps the schema version of a damaged file when it could read it', () => {
    const verdict = judgePracticeBytes(envelopeBytes({ ...makePractice(), clients: 'x' }));
    expect(verdict).toMatchObject({ kind: 'damaged', fileVersion: CURRENT_SCHEMA_VERSION });
  });

  it('reports a schema 1 file that cannot be upgraded', () => {
    const verdict = judgePracticeBytes(envelopeBytes({ settings: 'x', clients: [] }, 1));
    expect(verdict).toMatchObject({ kind: 'damaged', fileVersion: 1 });
    expect(damagedReason(verdict)).toBe('The data file (schema 1) could not be upgraded: settings is not an object.');
  });

  it('refuses a file from a newer version, naming both schema versions', () => {
    const next = CURRENT_SCHEMA_VERSION + 1;
    const verdict = judgePracticeBytes(envelopeBytes(makePractice(), next));
    expect(verdict.kind).toBe('newer');
    if (verdict.kind !== 'newer') return;
    expect(verdict.fileVersion).toBe(next);
    expect(verdict.reason).toContain(`schema ${next}`);
    expect(verdict.reason).toContain(`reads up to ${CURRENT_SCHEMA_VERSION}`);
    expect(verdict.reason).toMatch(/has not been changed/);
  });

  it('refuses a newer file even when its content would not be valid today', () => {
    expect(judgePracticeBytes(envelopeBytes({ somethingNew: true }, 99)).kind).toBe('newer');
  });
});

describe('writing the data file', () => {
  it('writes the current schema version and the practice under "data", ending in a new line', () => {
    const text = serializePractice(makePractice());
    const parsed = JSON.parse(text) as { schemaVersion: number; data: { clients: Array<{ name: string }> } };
    expect(parsed.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(parsed.data.clients.map((client) => client.name)).toEqual(['Harbor Dental Group', 'Cedar Law']);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.charCodeAt(0)).toBe('{'.charCodeAt(0));
  });

  it('round-trips: what it writes reads back equal, and writing it again gives the same text', () => {
    const practice = makePractice();
    const first = serializePractice(practice);
    const verdict = judgePracticeBytes(bytesOf(first));
    if (verdict.kind !== 'ok') throw new Error(`not ok: ${verdict.kind}`);
    expect(verdict.data).toEqual(practice);
    expect(serializePractice(verdict.data)).toBe(first);
  });

  it('keeps accents, quotes and line breaks in client text through a round trip', () => {
    const practice = makePractice();
    practice.clients[0]!.notes = 'Café "Zürich" branch\nSecond line – ünïcödé ✓';
    const verdict = judgePracticeBytes(bytesOf(serializePractice(practice)));
    expect(verdict.kind === 'ok' ? verdict.data.clients[0]?.notes : null).toBe('Café "Zürich" branch\nSecond line – ünïcödé ✓');
  });
});

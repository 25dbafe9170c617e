/** Damaged data files, shared by the practice-file and practice-store tests. */
import { CURRENT_SCHEMA_VERSION } from '../../src-main/store/migrations';
import { serializePractice } from '../../src-main/store/practice-file';
import { makePractice } from './factories';

const encoder = new TextEncoder();

export function bytesOf(text: string): Uint8Array {
  return encoder.encode(text);
}

/** `{ schemaVersion, data }` as bytes; the version is whatever the test says, even a wrong type. */
export function envelopeBytes(data: unknown, schemaVersion: unknown = CURRENT_SCHEMA_VERSION): Uint8Array {
  return bytesOf(JSON.stringify({ schemaVersion, data }));
}

/**
 * The kinds of damage a data file can suffer, shared with the store test. Each is a function so
 * that every test gets fresh bytes.
 */
export const DAMAGED_FILES: ReadonlyArray<{ kind: string; bytes: () => Uint8Array; reason: RegExp }> = [
  { kind: 'empty', bytes: () => new Uint8Array(0), reason: /empty/ },
  {
    kind: 'truncated JSON',
    bytes: () => {
      const full = bytesOf(serializePractice(makePractice()));
      return full.slice(0, Math.floor(full.length / 2));
    },
    reason: /not readable JSON .*truncated/,
  },
  { kind: 'zero-filled', bytes: () => new Uint8Array(4096), reason: /only zero bytes/ },
  { kind: 'literal null', bytes: () => bytesOf('null'), reason: /holds null instead of a practice/ },
  {
    kind: 'UTF-8 byte-order mark',
    bytes: () => new Uint8Array([0xef, 0xbb, 0xbf, ...bytesOf(serializePractice(makePractice()))]),
    reason: /byte-order mark/,
  },
  {
    kind: 'clients is not a list',
    bytes: () => envelopeBytes({ ...makePractice(), clients: 'x' }),
    reason: /does not have the expected content: clients: /,
  },
  // An asset of a client that does not exist is repaired at open instead (reference-integrity.test.ts).
  {
    kind: 'a client id repeated',
    bytes: () => {
      const practice = makePractice();
      practice.clients[1]!.id = practice.clients[0]!.id;
      return envelopeBytes(practice);
    },
    reason: /clients\.1\.id: Client id .* appears twice/,
  },
];

import { repairReferences, type ReferenceRepair } from '../domain/integrity';
import type { PracticeData } from '../domain/practice';
import { CURRENT_SCHEMA_VERSION, migrate } from './migrations';
import { expandStoredPractice, storedFormOf, storedPracticeData, type StoredPracticeData } from './stored-practice';

/** How the bytes of a data file (or a backup) are judged. Pure: no disk access here. */

export type FileVerdict =
  | {
      kind: 'ok';
      data: PracticeData;
      fileVersion: number;
      migrated: boolean;
      restoredFrom: RestoreRecord | null;
      /** Dangling references repaired in `data` (domain/integrity.ts); the bytes judged still hold them. */
      repairs: ReferenceRepair[];
    }
  | { kind: 'damaged'; reason: string; fileVersion: number | null }
  | { kind: 'newer'; reason: string; fileVersion: number };

/**
 * Written with the data a restore put in place, in the same file, so the restore and its undo are one
 * atomic write: the file holds either the old practice (no undo) or the restored one with its undo.
 * The next save writes the envelope without it, and with it goes the undo.
 */
export interface RestoreRecord {
  /** The pre-restore backup that holds what the restore replaced. */
  preRestoreId: string;
  /** The backup that was restored. */
  restoredId: string;
  at: string;
}

export interface Envelope {
  schemaVersion: number;
  restoredFrom?: RestoreRecord;
  data: StoredPracticeData;
}

export function serializePractice(practice: PracticeData, restoredFrom?: RestoreRecord): string {
  const data = storedFormOf(practice);
  const envelope: Envelope = restoredFrom ? { schemaVersion: CURRENT_SCHEMA_VERSION, restoredFrom, data } : { schemaVersion: CURRENT_SCHEMA_VERSION, data };
  // Compact: indenting made the file a third larger and its save a third slower, for no reader.
  return `${JSON.stringify(envelope)}\n`;
}

function restoreRecordOf(value: unknown): RestoreRecord | null {
  const record = value as Partial<RestoreRecord> | null | undefined;
  if (typeof record !== 'object' || record === null) return null;
  const { preRestoreId, restoredId, at } = record;
  return typeof preRestoreId === 'string' && typeof restoredId === 'string' && typeof at === 'string' ? { preRestoreId, restoredId, at } : null;
}

function describeIssues(issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>): string {
  const shown = issues
    .slice(0, 3)
    .map((issue) => `${issue.path.map(String).join('.') || 'data'}: ${issue.message}`)
    .join('; ');
  return issues.length > 3 ? `${shown}; and ${issues.length - 3} more` : shown;
}

export function judgePracticeBytes(bytes: Uint8Array): FileVerdict {
  if (bytes.length === 0) return { kind: 'damaged', reason: 'The data file is empty.', fileVersion: null };
  if (bytes.every((value) => value === 0)) {
    return { kind: 'damaged', reason: 'The data file contains only zero bytes (it was cut off during a crash or a disk fault).', fileVersion: null };
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return {
      kind: 'damaged',
      reason: 'The data file starts with a byte-order mark, which vCIO Desk never writes: another program has changed it.',
      fileVersion: null,
    };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (error) {
    return { kind: 'damaged', reason: `The data file is not readable JSON (${(error as Error).message}); it may be truncated.`, fileVersion: null };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { kind: 'damaged', reason: `The data file holds ${parsed === null ? 'null' : typeof parsed} instead of a practice.`, fileVersion: null };
  }
  const envelope = parsed as { schemaVersion?: unknown; restoredFrom?: unknown; data?: unknown };
  const version = envelope.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { kind: 'damaged', reason: 'The data file has no valid schema version.', fileVersion: null };
  }
  if (version > CURRENT_SCHEMA_VERSION) {
    return {
      kind: 'newer',
      reason: `The data file was written by a newer version of vCIO Desk (schema ${version}; this version reads up to ${CURRENT_SCHEMA_VERSION}). It has not been changed. Update vCIO Desk to open it, or restore a backup.`,
      fileVersion: version,
    };
  }
  let candidate: unknown;
  try {
    candidate = version < CURRENT_SCHEMA_VERSION ? migrate(envelope.data, version) : envelope.data;
  } catch (error) {
    return { kind: 'damaged', reason: `The data file (schema ${version}) could not be upgraded: ${(error as Error).message}.`, fileVersion: version };
  }
  const { data: repaired, repairs } = repairReferences(candidate);
  const result = storedPracticeData.safeParse(repaired);
  if (!result.success) {
    return { kind: 'damaged', reason: `The data file does not have the expected content: ${describeIssues(result.error.issues)}.`, fileVersion: version };
  }
  return { kind: 'ok', data: expandStoredPractice(result.data), fileVersion: version, migrated: version < CURRENT_SCHEMA_VERSION, restoredFrom: restoreRecordOf(envelope.restoredFrom), repairs };
}

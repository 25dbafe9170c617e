import { z } from 'zod';
import { month } from './months';
import { timestamp } from './text';

/**
 * What the store and the desktop side report about the practice itself: whether it can be
 * changed, its backups, the state of the last save. The contract re-exports these; the store uses
 * them without knowing the contract.
 */

export const APP_STATES = ['ok', 'recovery', 'readOnly'] as const;
export type AppState = (typeof APP_STATES)[number];

export const BACKUP_KINDS = ['open', 'interval', 'manual', 'pre-migration', 'pre-restore', 'pre-repair'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

export const backupId = z
  .string()
  .max(120)
  .regex(/^[A-Za-z0-9._-]+\.json$/, { error: 'That is not the name of a backup' });

export const backupInfo = z.strictObject({
  id: backupId,
  kind: z.enum(BACKUP_KINDS),
  createdAt: timestamp,
  sizeBytes: z.number().int().min(0),
  schemaVersion: z.number().int().nullable(),
  valid: z.boolean(),
  clientCount: z.number().int().nullable(),
});
export type BackupInfo = z.infer<typeof backupInfo>;

export const appStatus = z.strictObject({
  state: z.enum(APP_STATES),
  /** Why the state is not ok, in words for the consultant. */
  reason: z.string().nullable(),
  dataDir: z.string(),
  dataFile: z.string(),
  /** The schema version this version of the app writes. */
  schemaVersion: z.number().int(),
  /** The version found in the file, when it could be read. */
  fileSchemaVersion: z.number().int().nullable(),
  offeredBackup: backupInfo.nullable(),
  /** A change that is in memory but not yet on disk, and why. */
  unsaved: z.strictObject({ message: z.string(), since: timestamp }).nullable(),
  lastSavedAt: timestamp.nullable(),
  practiceEmpty: z.boolean(),
  /** What the check of references at open repaired (records of a deleted client, links to deleted records); null when nothing. */
  repairedAtOpen: z.string().nullable(),
  /** The current month on the main side, so that screens and exports agree on "now". */
  today: month,
});
export type AppStatus = z.infer<typeof appStatus>;

export const saveState = z.strictObject({
  state: z.enum(['saving', 'saved', 'failed']),
  message: z.string().nullable(),
  at: timestamp,
});
export type SaveState = z.infer<typeof saveState>;

export const MENU_COMMANDS = ['goto.dashboard', 'goto.clients', 'goto.settings', 'client.new', 'palette.open', 'backup.now', 'data.openFolder'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
export const menuCommand = z.strictObject({ command: z.enum(MENU_COMMANDS) });

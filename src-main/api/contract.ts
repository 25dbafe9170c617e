import { z } from 'zod';
import { asset, assetPatch, newAsset } from '../domain/asset';
import { importMapping } from '../domain/asset-import';
import { budgetPlan, client, clientPatch, newClient } from '../domain/client';
import { clientListQuery, clientSummary } from '../domain/client-list';
import { initiative, initiativePatch, newInitiative } from '../domain/initiative';
import { month } from '../domain/months';
import { newService, service, servicePatch } from '../domain/service';
import { settings, settingsPatch } from '../domain/settings';
import { entityId, timestamp } from '../domain/text';
import type { ChannelName, EventName } from './channel-names';

/** The typed contract: channel name -> input and output schemas. Inputs are strict: unknown keys are refused. */

const nothing = z.strictObject({});
const byId = z.strictObject({ id: entityId });
const byClient = z.strictObject({ clientId: entityId });

export const APP_STATES = ['ok', 'recovery', 'readOnly'] as const;
export type AppState = (typeof APP_STATES)[number];

export const BACKUP_KINDS = ['open', 'interval', 'manual', 'pre-migration', 'pre-restore'] as const;

const backupId = z
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
export const menuCommand = z.strictObject({ command: z.enum(MENU_COMMANDS) });

export const settingsView = z.strictObject({
  settings,
  /** The logo as a data URL for display; null without a logo. */
  logoDataUrl: z.string().nullable(),
  dataDir: z.string(),
});
export type SettingsView = z.infer<typeof settingsView>;

const savedFile = z.strictObject({
  /** Null when the consultant cancelled the save dialog. */
  savedTo: z.string().nullable(),
  fileName: z.string(),
});
export type SavedFile = z.infer<typeof savedFile>;

/** A file handed over by the renderer (chosen by the consultant in a file picker). */
const uploadedFile = z.strictObject({
  name: z.string().min(1).max(255),
  dataBase64: z
    .string()
    .max(28_000_000, { error: 'The file is larger than 20 MB' })
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: 'The file content is not valid base64' }),
});

const importRow = z.strictObject({
  rowNumber: z.number().int(),
  label: z.string(),
  status: z.enum(['ready', 'error', 'duplicate']),
  asset: z
    .strictObject({
      name: z.string(),
      category: z.string(),
      quantity: z.number(),
      unitCostCents: z.number(),
      purchaseDate: z.string().nullable(),
      warrantyEnd: z.string().nullable(),
      serial: z.string(),
    })
    .nullable(),
  errors: z.array(z.string()),
  warnings: z.array(z.string()),
});

const importPreview = z.strictObject({
  headers: z.array(z.string()),
  sheets: z.array(z.string()),
  sheet: z.string().nullable(),
  mapping: importMapping,
  mappingSource: z.enum(['given', 'remembered', 'suggested']),
  /** The first rows as they are in the file, for the mapping step. */
  sampleRows: z.array(z.array(z.string())),
  dateOrder: z.enum(['MDY', 'DMY']),
  dateOrderDetected: z.boolean(),
  rows: z.array(importRow),
  readyCount: z.number().int(),
  errorCount: z.number().int(),
  duplicateCount: z.number().int(),
});
export type ImportPreview = z.infer<typeof importPreview>;

const importRequest = z.strictObject({
  clientId: entityId,
  file: uploadedFile,
  sheet: z.string().max(200).nullable().default(null),
  mapping: importMapping.nullable().default(null),
});

const budgetEvent = z.strictObject({
  month,
  monthOffset: z.number().int(),
  costCents: z.number().int(),
  priceCents: z.number().int(),
  markupPercent: z.number(),
  source: z.enum(['asset', 'service', 'initiative']),
  sourceId: entityId,
  kind: z.enum(['replacement', 'monthlyService', 'annualService', 'oneTime', 'recurring', 'labour']),
  category: z.string(),
  spend: z.enum(['capex', 'opex']),
  label: z.string(),
  overdue: z.boolean(),
});

const forecastView = z.strictObject({
  startMonth: month,
  endMonth: month,
  horizonYears: z.number().int(),
  months: z.array(month),
  events: z.array(budgetEvent),
  ageUnknownAssetIds: z.array(entityId),
  quarters: z.array(z.strictObject({ key: z.string(), label: z.string(), priceCents: z.number().int(), overLimit: z.boolean() })),
  totals: z.strictObject({ costCents: z.number().int(), priceCents: z.number().int() }),
});
export type ForecastView = z.infer<typeof forecastView>;

function channel<I extends z.ZodType, O extends z.ZodType>(input: I, output: O) {
  return { input, output };
}

export const contract = {
  'app.status': channel(nothing, appStatus),
  'app.retrySave': channel(nothing, appStatus),
  'app.openDataFolder': channel(nothing, z.strictObject({ opened: z.boolean() })),
  'app.openExternal': channel(z.strictObject({ url: z.string().max(2000) }), z.strictObject({ opened: z.boolean() })),

  'clients.list': channel(z.strictObject({ query: clientListQuery.optional() }), z.strictObject({ clients: z.array(clientSummary) })),
  'clients.get': channel(byId, z.strictObject({ client })),
  'clients.create': channel(z.strictObject({ client: newClient }), z.strictObject({ client })),
  'clients.update': channel(z.strictObject({ id: entityId, changes: clientPatch }), z.strictObject({ client })),
  'clients.archive': channel(z.strictObject({ id: entityId, archived: z.boolean() }), z.strictObject({ client })),
  'clients.delete': channel(
    byId,
    z.strictObject({ deletedId: entityId, removed: z.strictObject({ assets: z.number().int(), services: z.number().int(), initiatives: z.number().int() }) }),
  ),

  'settings.get': channel(nothing, settingsView),
  'settings.update': channel(z.strictObject({ changes: settingsPatch }), settingsView),
  'settings.setLogo': channel(z.strictObject({ file: uploadedFile }), settingsView),
  'settings.removeLogo': channel(nothing, settingsView),
  'settings.moveDataFolder': channel(nothing, z.strictObject({ moved: z.boolean(), dataDir: z.string() })),

  'backups.list': channel(nothing, z.strictObject({ backups: z.array(backupInfo), undoAvailable: z.boolean() })),
  'backups.create': channel(nothing, z.strictObject({ backup: backupInfo })),
  'backups.restore': channel(z.strictObject({ id: backupId }), z.strictObject({ restored: backupInfo, undoAvailable: z.boolean() })),
  'backups.undoRestore': channel(nothing, z.strictObject({ undone: z.boolean() })),

  'sample.load': channel(nothing, z.strictObject({ clientsAdded: z.number().int() })),

  'assets.list': channel(byClient, z.strictObject({ assets: z.array(asset) })),
  'assets.create': channel(z.strictObject({ clientId: entityId, asset: newAsset }), z.strictObject({ asset })),
  'assets.update': channel(z.strictObject({ id: entityId, changes: assetPatch }), z.strictObject({ asset })),
  'assets.duplicate': channel(byId, z.strictObject({ asset })),
  'assets.delete': channel(z.strictObject({ ids: z.array(entityId).min(1).max(10_000) }), z.strictObject({ deleted: z.number().int() })),
  'assets.importPreview': channel(importRequest, importPreview),
  'assets.importCommit': channel(
    importRequest.extend({ mapping: importMapping }),
    z.strictObject({ created: z.number().int(), skipped: z.number().int() }),
  ),

  'services.list': channel(byClient, z.strictObject({ services: z.array(service) })),
  'services.create': channel(z.strictObject({ clientId: entityId, service: newService }), z.strictObject({ service })),
  'services.update': channel(z.strictObject({ id: entityId, changes: servicePatch }), z.strictObject({ service })),
  'services.duplicate': channel(byId, z.strictObject({ service })),
  'services.delete': channel(z.strictObject({ ids: z.array(entityId).min(1).max(10_000) }), z.strictObject({ deleted: z.number().int() })),

  'initiatives.list': channel(byClient, z.strictObject({ initiatives: z.array(initiative) })),
  'initiatives.create': channel(z.strictObject({ clientId: entityId, initiative: newInitiative }), z.strictObject({ initiative })),
  'initiatives.update': channel(z.strictObject({ id: entityId, changes: initiativePatch }), z.strictObject({ initiative })),
  'initiatives.delete': channel(z.strictObject({ ids: z.array(entityId).min(1).max(10_000) }), z.strictObject({ deleted: z.number().int() })),

  'budget.setPlan': channel(z.strictObject({ clientId: entityId, plan: budgetPlan }), z.strictObject({ client })),
  'budget.forecast': channel(byClient, forecastView),

  'export.clientProfilePdf': channel(z.strictObject({ clientId: entityId, includePrivateNotes: z.boolean().default(false) }), savedFile),
  'export.budgetPdf': channel(byClient, savedFile),
  'export.budgetWorkbook': channel(z.strictObject({ clientId: entityId, internal: z.boolean().default(false) }), savedFile),
} satisfies Record<ChannelName, { input: z.ZodType; output: z.ZodType }>;

/** Compile-time check that every listed name has a channel and every channel is listed. */
type MissingChannels = Exclude<ChannelName, keyof typeof contract>;
type UnlistedChannels = Exclude<keyof typeof contract, ChannelName>;
const contractIsComplete: [MissingChannels, UnlistedChannels] extends [never, never] ? true : never = true;
void contractIsComplete;

export type Contract = typeof contract;
export type ChannelInput<C extends ChannelName> = z.input<Contract[C]['input']>;
export type ChannelOutput<C extends ChannelName> = z.output<Contract[C]['output']>;

export const events = {
  'data.saveState': saveState,
  'menu.command': menuCommand,
} satisfies Record<EventName, z.ZodType>;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;

export const ERROR_CODES = [
  'INVALID_INPUT',
  'UNKNOWN_CHANNEL',
  'NOT_FOUND',
  'CONFLICT',
  'NOT_WRITABLE',
  'SAVE_FAILED',
  'IMPORT_FAILED',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface FieldIssue {
  /** Dotted path to the field, e.g. "client.contacts.0.email". */
  path: string;
  message: string;
}

export interface ChannelError {
  code: ErrorCode;
  message: string;
  issues?: FieldIssue[];
}

export type ChannelResult<C extends ChannelName> = { ok: true; value: ChannelOutput<C> } | { ok: false; error: ChannelError };

/** What the preload puts on window.vcio; the same shape is served by the test harness. */
export interface VcioBridge {
  invoke<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<ChannelResult<C>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}


import type { z } from 'zod';
import { menuCommand, saveState } from '../../domain/app-state';
import { appChannels } from './app';
import { assetChannels } from './assets';
import { backupChannels } from './backups';
import { budgetChannels } from './budget';
import { canvassChannels } from './canvass';
import type { ChannelName, EventName } from './channel-names';
import { clientChannels } from './clients';
import { dashboardChannels } from './dashboard';
import { exportChannels } from './exports';
import { initiativeChannels } from './initiatives';
import { meetingChannels } from './meetings';
import { actionItemChannels } from './action-items';
import { playbookChannels } from './playbook';
import { touchChannels } from './touches';
import { proposalChannels } from './proposals';
import { reviewChannels } from './reviews';
import { roadmapChannels } from './roadmap';
import { sampleChannels } from './sample';
import { serviceChannels } from './services';
import { settingsChannels } from './settings';
import { standardChannels } from './standards';

/**
 * The typed contract: channel name -> input and output schemas, assembled from one module a
 * feature. Inputs are strict: unknown keys are refused.
 */
export const contract = {
  ...appChannels,
  ...clientChannels,
  ...settingsChannels,
  ...backupChannels,
  ...sampleChannels,
  ...assetChannels,
  ...serviceChannels,
  ...initiativeChannels,
  ...budgetChannels,
  ...exportChannels,
  ...standardChannels,
  ...reviewChannels,
  ...canvassChannels,
  ...roadmapChannels,
  ...meetingChannels,
  ...touchChannels,
  ...actionItemChannels,
  ...playbookChannels,
  ...proposalChannels,
  ...dashboardChannels,
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

export { CHANNEL_NAMES, EVENT_NAMES, isChannelName, isEventName, type ChannelName, type EventName } from './channel-names';
export { APP_STATES, BACKUP_KINDS, MENU_COMMANDS, type AppState, type AppStatus, type BackupInfo, type SaveState } from '../../domain/app-state';
export type { ImportPreview } from './assets';
export type { ForecastView } from './budget';
export { settingsView, type SettingsView } from './settings';
export type { SavedFile } from './shared';

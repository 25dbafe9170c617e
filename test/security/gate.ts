import type { IpcMain, WebFrameMain, WebPreferences } from 'electron';
import { CHANNEL_NAMES, EVENT_NAMES } from '../../src-main/api/contract/channel-names';
import type { Registry } from '../../src-main/api/registry';

/**
 * The security gate for what Electronegativity cannot see: each check takes the thing as the app
 * really builds it (the window's preferences, the builder's fuses, the surface the preload
 * exposes) and lists what is wrong with it, in words. An empty list passes. test/unit/
 * security-gate.test.ts runs them on the app and on deliberately bad copies, to show they trip.
 */

/** Every preference that keeps the renderer a web page, and the value it must have. */
export const REQUIRED_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  navigateOnDragDrop: false,
} as const satisfies WebPreferences;

/** Switches that turn on Blink features or pass arguments to the renderer process. */
const FORBIDDEN_PREFERENCES = ['enableBlinkFeatures', 'additionalArguments'] as const;

export function webPreferencesProblems(preferences: WebPreferences, platform: NodeJS.Platform): string[] {
  const problems: string[] = [];
  for (const [key, value] of Object.entries(REQUIRED_PREFERENCES)) {
    const actual = (preferences as Record<string, unknown>)[key];
    if (actual !== value) problems.push(`${key} is ${String(actual)}, must be ${String(value)}`);
  }
  for (const key of FORBIDDEN_PREFERENCES) {
    if (key in preferences) problems.push(`${key} must not be set`);
  }
  if (typeof preferences.preload !== 'string' || !/[\\/]preload[\\/]preload\.cjs$/.test(preferences.preload)) problems.push('the preload must be the built out/preload/preload.cjs');
  // Hunspell dictionaries come from the internet everywhere but macOS.
  if (platform !== 'darwin' && preferences.spellcheck !== false) problems.push(`spellcheck must be off on ${platform} (it downloads dictionaries)`);
  return problems;
}

/** The fuses of the packaged app and the value each must have. */
export const REQUIRED_FUSES = {
  runAsNode: false,
  enableCookieEncryption: true,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  grantFileProtocolExtraPrivileges: false,
  loadBrowserProcessSpecificV8Snapshot: false,
} as const;

export function fuseProblems(fuses: Record<string, unknown> | undefined): string[] {
  if (!fuses) return ['no electronFuses in the builder configuration'];
  const problems: string[] = [];
  for (const [name, value] of Object.entries(REQUIRED_FUSES)) {
    if (fuses[name] !== value) problems.push(`fuse ${name} is ${String(fuses[name])}, must be ${String(value)}`);
  }
  for (const name of Object.keys(fuses)) {
    if (!(name in REQUIRED_FUSES)) problems.push(`fuse ${name} is not one the gate knows: decide and add it`);
  }
  return problems;
}

/** What a preload did when it ran against a recording stand-in for electron. */
export interface PreloadSurface {
  exposures: Array<{ key: string; api: unknown }>;
  /** The stand-in's ipcRenderer: the preload must not hand it, or any of its functions, to the page. */
  ipcRenderer: Record<string, unknown>;
  invoked: unknown[][];
  listening: string[];
  removed: string[];
}

/** Every value reachable from `value` through own properties, a few levels deep. */
function reachable(value: unknown, depth = 3, seen = new Set<unknown>()): unknown[] {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function') || seen.has(value)) return [];
  seen.add(value);
  const found: unknown[] = [value];
  if (depth === 0) return found;
  for (const key of Reflect.ownKeys(value)) {
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    if (descriptor && 'value' in descriptor) found.push(...reachable(descriptor.value, depth - 1, seen));
  }
  return found;
}

/**
 * The preload must expose window.vcio with invoke and on, and nothing else; invoke must pass
 * exactly the contract's channel names to the one IPC channel; on exactly its event names.
 */
export async function preloadProblems(surface: PreloadSurface): Promise<string[]> {
  const problems: string[] = [];
  const keys = surface.exposures.map((exposure) => exposure.key);
  if (keys.length !== 1 || keys[0] !== 'vcio') problems.push(`exposes ${JSON.stringify(keys)}, must expose only "vcio"`);
  const ipcParts = new Set<unknown>([surface.ipcRenderer, ...Object.values(surface.ipcRenderer)]);
  for (const exposure of surface.exposures) {
    if (reachable(exposure.api).some((value) => ipcParts.has(value))) problems.push(`"${exposure.key}" hands ipcRenderer (or one of its functions) to the page`);
  }
  const api = surface.exposures.find((exposure) => exposure.key === 'vcio')?.api as Record<string, unknown> | undefined;
  if (!api) return problems;
  const apiKeys = Reflect.ownKeys(api).map(String).sort();
  if (JSON.stringify(apiKeys) !== JSON.stringify(['invoke', 'on'])) problems.push(`window.vcio has ${JSON.stringify(apiKeys)}, must have only invoke and on`);
  const { invoke, on } = api as { invoke?: unknown; on?: unknown };
  if (typeof invoke !== 'function' || typeof on !== 'function') return [...problems, 'invoke and on must be functions'];

  for (const outsider of ['store.readFile', 'vcio:invoke', '__proto__', 'constructor', '', 'clients.list ', { toString: () => 'clients.list' }, 42]) {
    const before = surface.invoked.length;
    const answer = (await (invoke as (channel: unknown, input: unknown) => Promise<unknown>)(outsider, {})) as { ok?: boolean; error?: { code?: string } } | undefined;
    if (surface.invoked.length !== before) problems.push(`invoke passed ${JSON.stringify(String(outsider))}, not a contract channel, to the main side`);
    else if (answer?.ok !== false || answer.error?.code !== 'UNKNOWN_CHANNEL') problems.push(`invoke answered ${JSON.stringify(String(outsider))} without UNKNOWN_CHANNEL`);
  }
  for (const channel of CHANNEL_NAMES) {
    const input = { probe: channel };
    surface.invoked.length = 0;
    await (invoke as (channel: unknown, input: unknown) => Promise<unknown>)(channel, input);
    const call = surface.invoked[0];
    if (surface.invoked.length !== 1 || call?.[0] !== 'vcio:invoke' || call[1] !== channel || call[2] !== input) problems.push(`invoke did not pass ${channel} to vcio:invoke as it was`);
  }

  for (const outsider of ['vcio:invoke', 'data.saveStat', '__proto__']) {
    const before = surface.listening.length;
    try {
      (on as (event: unknown, listener: unknown) => unknown)(outsider, () => undefined);
      problems.push(`on accepted ${JSON.stringify(outsider)}, not a contract event`);
    } catch {
      // refused, as it should
    }
    if (surface.listening.length !== before) problems.push(`on listened to an IPC channel for ${JSON.stringify(outsider)}`);
  }
  try {
    (on as (event: unknown, listener: unknown) => unknown)(EVENT_NAMES[0], 'not a function');
    problems.push('on accepted a listener that is not a function');
  } catch {
    // refused, as it should
  }
  for (const event of EVENT_NAMES) {
    surface.listening.length = 0;
    surface.removed.length = 0;
    const stop = (on as (event: unknown, listener: unknown) => unknown)(event, () => undefined);
    if (JSON.stringify(surface.listening) !== JSON.stringify([`vcio:event:${event}`])) problems.push(`on(${event}) listened to ${JSON.stringify(surface.listening)}`);
    if (typeof stop !== 'function') problems.push(`on(${event}) gave no way to stop listening`);
    else {
      stop();
      if (JSON.stringify(surface.removed) !== JSON.stringify([`vcio:event:${event}`])) problems.push(`stopping on(${event}) removed ${JSON.stringify(surface.removed)}`);
    }
  }
  return problems;
}

type Serve = (ipcMain: IpcMain, registry: Registry, isTrustedFrame: (frame: WebFrameMain | null) => boolean) => void;
type Listener = (event: unknown, ...args: unknown[]) => unknown;

/**
 * Every listener the IPC transport registers must check the sender frame: a message from a frame
 * that is not the app's own reaches no handler, on whatever channel, with whatever contract name.
 */
export async function ipcProblems(serve: Serve): Promise<string[]> {
  const registrations: Array<{ method: string; channel: string; listener: Listener }> = [];
  const record = (method: string) => (channel: string, listener: Listener) => {
    registrations.push({ method, channel, listener });
  };
  const ipcMain = {
    handle: record('handle'),
    handleOnce: record('handleOnce'),
    on: record('on'),
    once: record('once'),
    addListener: record('addListener'),
    prependListener: record('prependListener'),
    prependOnceListener: record('prependOnceListener'),
  };
  const reached: unknown[][] = [];
  const registry = {
    invoke: async (channel: unknown, input: unknown) => {
      reached.push([channel, input]);
      return { ok: true, value: {} };
    },
  } as unknown as Registry;
  const appFrame = { url: 'app://vcio/index.html' };
  serve(ipcMain as unknown as IpcMain, registry, (frame) => frame === (appFrame as unknown as WebFrameMain));

  const problems: string[] = [];
  if (registrations.length === 0) return ['the transport registers no IPC listener'];
  const strangers = [null, { url: 'https://attacker.example/' }, { url: 'app://vcio/index.html' }, { url: 'file:///etc/passwd' }];
  const eventFrom = (senderFrame: unknown) => ({ senderFrame, sender: {}, frameId: 1, processId: 1, reply: () => undefined, returnValue: undefined });
  for (const { method, channel, listener } of registrations) {
    for (const stranger of strangers) {
      for (const name of [...CHANNEL_NAMES, 'store.readFile']) {
        reached.length = 0;
        await listener(eventFrom(stranger), name, { probe: true });
        if (reached.length > 0) problems.push(`ipcMain.${method}('${channel}') let ${JSON.stringify(stranger)} reach the registry with ${name}`);
      }
    }
  }
  reached.length = 0;
  for (const { listener } of registrations) await listener(eventFrom(appFrame), 'app.status', {});
  if (reached.length === 0) problems.push("the app's own frame cannot reach the registry");
  return problems;
}

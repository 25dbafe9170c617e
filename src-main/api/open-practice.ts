import { randomUUID } from 'node:crypto';
import type { SaveState } from './contract';
import { readDefaultLibrary } from './default-library';
import type { HandlerContext } from './handler-context';
import { handlers } from './handlers';
import { createRegistry, type Registry } from './registry';
import type { PlatformPort } from '../platform/port';
import type { FileSystem } from '../store/durable-file';
import { PracticeStore } from '../store/practice-store';

export interface OpenPracticeOptions {
  dataDir: string;
  platform: PlatformPort;
  clock?: () => Date;
  newId?: () => string;
  fs?: FileSystem;
  onSaveState?: (state: SaveState) => void;
  log?: (message: string, error: unknown) => void;
}

export interface OpenPractice {
  store: PracticeStore;
  context: HandlerContext;
  registry: Registry;
  close(): Promise<void>;
}

/** The store and the registry over it: what the Electron app, the test harness and the demo script share. */
export async function openPractice(options: OpenPracticeOptions): Promise<OpenPractice> {
  const clock = options.clock ?? (() => new Date());
  const log = options.log ?? ((message: string, error: unknown) => console.error(message, error));
  const store = await PracticeStore.open({
    dataDir: options.dataDir,
    clock,
    defaultStandards: () => readDefaultLibrary(options.platform, clock().toISOString(), log),
    ...(options.fs ? { fs: options.fs } : {}),
    ...(options.onSaveState ? { onSaveState: options.onSaveState } : {}),
  });
  const context: HandlerContext = {
    store,
    platform: options.platform,
    clock,
    newId: options.newId ?? (() => randomUUID().replace(/-/g, '').slice(0, 20)),
    savedExports: new Map(),
  };
  return { store, context, registry: createRegistry(handlers, context, options.log), close: () => store.close() };
}

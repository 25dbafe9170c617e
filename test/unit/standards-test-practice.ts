import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { openPractice, type OpenPractice } from '../../src-main/api/open-practice';
import { DEFAULT_LIBRARY_FILE, type DefaultLibraryFile } from '../../src-main/domain/standards-library';
import { SMALL_LIBRARY } from '../fixtures/small-standards-library';
import { folderPlatform, type PlatformRecord } from '../harness/test-platform';

/** A practice in a temporary folder whose default standards library is the small test library (or none). */
export interface TestPractice {
  practice: OpenPractice;
  folder: string;
  record: PlatformRecord;
  call<T>(channel: string, input: unknown): Promise<T>;
  failure(channel: string, input: unknown): Promise<{ code: string; message: string }>;
  close(): Promise<void>;
}

export async function openTestPractice(library: DefaultLibraryFile | null = SMALL_LIBRARY, clock = () => new Date('2026-11-22T10:00:00Z')): Promise<TestPractice> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'vcio-standards-'));
  const { platform, record } = folderPlatform(path.join(folder, 'exports'));
  let counter = 0;
  const practice = await openPractice({
    dataDir: path.join(folder, 'data'),
    platform: {
      ...platform,
      readResource: async (name) => {
        if (name !== DEFAULT_LIBRARY_FILE) return platform.readResource(name);
        if (!library) throw new Error('no default library in this test');
        return new TextEncoder().encode(JSON.stringify(library));
      },
    },
    clock,
    newId: () => `id${(counter += 1)}`,
    log: () => undefined,
  });
  return {
    practice,
    folder,
    record,
    async call<T>(channel: string, input: unknown) {
      const result = await practice.registry.invoke(channel, input);
      if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
      return result.value as T;
    },
    async failure(channel: string, input: unknown) {
      const result = await practice.registry.invoke(channel, input);
      if (result.ok) throw new Error(`${channel} was expected to fail`);
      return result.error;
    },
    async close() {
      await practice.close();
      await rm(folder, { recursive: true, force: true });
    },
  };
}

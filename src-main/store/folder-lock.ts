import { hostname } from 'node:os';
import path from 'node:path';
import type { FileSystem } from './durable-file';

/** One writer per data folder: a lock file naming the process that holds it. */

export const LOCK_FILE = '.vcio-desk.lock';

interface LockOwner {
  pid: number;
  host: string;
  startedAt: string;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export type LockResult = { acquired: true; release: () => Promise<void> } | { acquired: false; holder: string };

export async function acquireFolderLock(folder: string, fs: FileSystem): Promise<LockResult> {
  const file = path.join(folder, LOCK_FILE);
  const me: LockOwner = { pid: process.pid, host: hostname(), startedAt: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const handle = await fs.open(file, 'wx', 0o600);
      await handle.writeFile(JSON.stringify(me));
      await handle.close();
      return {
        acquired: true,
        release: async () => {
          const current = await fs.readFile(file, 'utf8').catch(() => '');
          if (current === JSON.stringify(me)) await fs.unlink(file).catch(() => undefined);
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      let owner: LockOwner | undefined;
      try {
        owner = JSON.parse(await fs.readFile(file, 'utf8')) as LockOwner;
      } catch {
        owner = undefined;
      }
      const stale = !owner || (owner.host === me.host && !isAlive(owner.pid)) || (owner.host === me.host && owner.pid === me.pid);
      if (!stale) return { acquired: false, holder: `process ${owner!.pid} on ${owner!.host} (since ${owner!.startedAt})` };
      await fs.unlink(file).catch(() => undefined);
    }
  }
  return { acquired: false, holder: 'another process' };
}

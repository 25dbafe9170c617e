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

/**
 * The state letter of a process in /proc/<pid>/stat ("1234 (name) Z ..."), on Linux; null where
 * there is no /proc. The name may hold spaces and parentheses, so the state follows the last ")".
 */
async function linuxProcessState(pid: number, fs: FileSystem): Promise<string | null> {
  const stat = await fs.readFile(`/proc/${pid}/stat`, 'utf8').catch(() => null);
  if (stat === null) return null;
  return stat.slice(stat.lastIndexOf(')') + 1).trim().charAt(0) || null;
}

/** A process that has exited but was not yet reaped by its parent (a zombie) holds nothing. */
async function isAlive(pid: number, fs: FileSystem): Promise<boolean> {
  // 0 and negative numbers name process groups, not a process.
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const state = await linuxProcessState(pid, fs);
  return state !== 'Z' && state !== 'X';
}

export type LockResult = { acquired: true; release: () => Promise<void> } | { acquired: false; holder: string };

export async function acquireFolderLock(folder: string, fs: FileSystem): Promise<LockResult> {
  const file = path.join(folder, LOCK_FILE);
  const me: LockOwner = { pid: process.pid, host: hostname(), startedAt: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const handle = await fs.open(file, 'wx', 0o600);
      try {
        await handle.writeFile(JSON.stringify(me));
      } catch (error) {
        // A full disk: the lock file was created but could not say whose it is; it is not left behind.
        await handle.close().catch(() => undefined);
        await fs.unlink(file).catch(() => undefined);
        throw error;
      }
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
      const stale = !owner || (owner.host === me.host && (owner.pid === me.pid || !(await isAlive(owner.pid, fs))));
      if (!stale) return { acquired: false, holder: `process ${owner!.pid} on ${owner!.host} (since ${owner!.startedAt})` };
      await fs.unlink(file).catch(() => undefined);
    }
  }
  return { acquired: false, holder: 'another process' };
}

/** Why a data folder that cannot be written opens for reading only, by the error's code. */
const UNWRITABLE_FOLDER: Record<string, string> = {
  ENOSPC: 'The disk is full',
  EDQUOT: 'The disk quota is used up',
  EROFS: 'The data folder is on a read-only disk',
  EACCES: 'Permission to write in the data folder was denied',
  EPERM: 'The operating system refused to let vCIO Desk write in the data folder',
};

/**
 * The lock taken when the practice is opened. A folder another copy is using, or one that cannot be
 * written at all, still opens, read-only, with `reason` saying why in words; nothing is written there.
 */
export async function lockForOpening(folder: string, fs: FileSystem): Promise<{ acquired: true; release: () => Promise<void> } | { acquired: false; reason: string }> {
  try {
    const lock = await acquireFolderLock(folder, fs);
    if (lock.acquired) return lock;
    return { acquired: false, reason: `Another copy of vCIO Desk is using this data folder (${lock.holder}). Changes are disabled here.` };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    const cause = UNWRITABLE_FOLDER[code];
    if (!cause) throw error;
    const remedy = code === 'ENOSPC' || code === 'EDQUOT' ? 'Free some space' : 'Make the folder writable (or move the practice to one that is)';
    return { acquired: false, reason: `${cause}, so the practice is open for reading only and nothing can be changed. ${remedy}, then open vCIO Desk again.` };
  }
}

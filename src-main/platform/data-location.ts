import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { writeFileDurably } from '../store/durable-file';

/**
 * Where the practice lives: VCIO_DATA_DIR when set (tests, the harness, portable use), else the folder
 * the consultant chose (remembered in a small pointer file), else "Practice" in the app-data folder.
 */

export const DATA_DIR_VARIABLE = 'VCIO_DATA_DIR';
const POINTER_FILE = 'data-location.json';

export async function resolveDataDir(environment: NodeJS.ProcessEnv, userDataDir: string): Promise<string> {
  const override = environment[DATA_DIR_VARIABLE];
  if (override && override.trim() !== '') return path.resolve(override);
  try {
    const pointer = JSON.parse(await readFile(path.join(userDataDir, POINTER_FILE), 'utf8')) as { dataDir?: unknown };
    if (typeof pointer.dataDir === 'string' && path.isAbsolute(pointer.dataDir)) return pointer.dataDir;
  } catch {
    // No pointer yet, or an unreadable one: the default folder is the safe choice.
  }
  return path.join(userDataDir, 'Practice');
}

export async function rememberDataDir(userDataDir: string, dataDir: string): Promise<void> {
  await writeFileDurably(path.join(userDataDir, POINTER_FILE), JSON.stringify({ dataDir }, null, 2));
}

/**
 * Child process of restore-kill.test.ts, run with `node --import tsx`: opens the practice in a data
 * folder and restores a backup, killing itself with SIGKILL just before the `killAt`-th step of the
 * restore that touches the disk (opening, renaming, deleting or creating a file or folder). With
 * `killAt` 0 it finishes and prints how many such steps the restore took.
 *
 * Usage: node --import tsx restore-kill-child.ts <data folder> <backup id> <killAt>
 */
import * as nodeFs from 'node:fs/promises';
import { writeSync } from 'node:fs';
import type { FileSystem } from '../../src-main/store/durable-file';
import { PracticeStore } from '../../src-main/store/practice-store';

const [dataDir, backupId, killAtText] = process.argv.slice(2);
if (!dataDir || !backupId || killAtText === undefined) throw new Error('usage: restore-kill-child.ts <data folder> <backup id> <killAt>');
const killAt = Number(killAtText);

let armed = false;
let steps = 0;
function step(): void {
  if (!armed) return;
  steps += 1;
  if (steps === killAt) process.kill(process.pid, 'SIGKILL');
}

function counted<F extends (...args: never[]) => unknown>(operation: F): F {
  return ((...args: Parameters<F>) => {
    step();
    return operation(...args);
  }) as F;
}

const fs: FileSystem = {
  ...nodeFs,
  open: counted(nodeFs.open),
  rename: counted(nodeFs.rename),
  unlink: counted(nodeFs.unlink),
  mkdir: counted(nodeFs.mkdir),
  rm: counted(nodeFs.rm),
};

const store = await PracticeStore.open({ dataDir, fs });
if (store.state !== 'ok') throw new Error(`the practice did not open: ${store.status().reason}`);
armed = true;
await store.restore(backupId);
armed = false;
writeSync(1, `steps ${steps}\n`);
await store.close();

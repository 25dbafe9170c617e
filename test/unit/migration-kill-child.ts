/**
 * Child process of migration-kill.test.ts, run bundled (fault-disks.ts): opens a data folder holding
 * a practice of an older schema, so that it is migrated, and kills itself with SIGKILL just before
 * the `killAt`-th step of the open that touches the disk (kill-steps.ts). With `killAt` 0 it finishes
 * and prints how many such steps the open took.
 *
 * Usage: node migration-kill-child.js <data folder> <killAt>
 */
import { writeSync } from 'node:fs';
import { PracticeStore } from '../../src-main/store/practice-store';
import { FAULT_CLOCK } from './fault-clock';
import { killingFileSystem } from './kill-steps';

const [dataDir, killAtText] = process.argv.slice(2);
if (!dataDir || killAtText === undefined) throw new Error('usage: migration-kill-child.js <data folder> <killAt>');
const disk = killingFileSystem(Number(killAtText));

disk.arm(true);
const store = await PracticeStore.open({ dataDir, fs: disk.fs, clock: () => new Date(FAULT_CLOCK) });
disk.arm(false);
if (store.state !== 'ok') throw new Error(`the practice did not open: ${store.status().reason}`);
writeSync(1, `steps ${disk.steps()}\n`);
await store.close();

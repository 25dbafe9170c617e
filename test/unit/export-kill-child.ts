/**
 * Child process of export-kill.test.ts, run bundled (fault-disks.ts): opens the practice in a data
 * folder, then asks the registry for one export, saved into the exports folder by a platform that
 * writes through the product's export writer, and kills itself with SIGKILL just before the
 * `killAt`-th step of the export that touches the disk (kill-steps.ts). With `killAt` 0 it finishes
 * and prints how many such steps the export took.
 *
 * Usage: node export-kill-child.js <data folder> <exports folder> <channel> <input JSON> <killAt>
 */
import { writeSync } from 'node:fs';
import * as nodeFs from 'node:fs/promises';
import path from 'node:path';
import { openPractice } from '../../src-main/api/open-practice';
import type { PlatformPort } from '../../src-main/platform/port';
import { folderPlatform } from '../harness/test-platform';
import { FAULT_CLOCK } from './fault-clock';
import { killingFileSystem } from './kill-steps';

const [dataDir, exportsDir, channel, inputJson, killAtText] = process.argv.slice(2);
if (!dataDir || !exportsDir || !channel || !inputJson || killAtText === undefined) throw new Error('usage: export-kill-child.js <data folder> <exports folder> <channel> <input JSON> <killAt>');
const disk = killingFileSystem(Number(killAtText));

// Bundled, this file no longer sits beside test/harness: the bundled resources are found from the
// working folder, the repository.
const resourcesDir = path.join(process.cwd(), 'resources');
const platform: PlatformPort = {
  ...folderPlatform(exportsDir, disk.fs).platform,
  resourcesDir,
  readResource: async (name) => new Uint8Array(await nodeFs.readFile(path.join(resourcesDir, path.basename(name)))),
};
const practice = await openPractice({ dataDir, fs: disk.fs, platform, clock: () => new Date(FAULT_CLOCK) });
if (practice.store.state !== 'ok') throw new Error(`the practice did not open: ${practice.store.status().reason}`);
disk.arm(true);
const result = await practice.registry.invoke(channel, JSON.parse(inputJson));
disk.arm(false);
if (!result.ok) throw new Error(`the export failed: ${result.error.message}`);
writeSync(1, `steps ${disk.steps()}\n`);
await practice.close();
// The export worker would keep the process alive until it idles out.
process.exit(0);

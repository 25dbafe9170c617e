/**
 * Child process of durability.test.ts: reads the state counter n in the data file, then saves states
 * n+1, n+2, ... with the real durable writer until it is killed. Plain JavaScript, so that node starts
 * it in a few tens of milliseconds; the test transpiles the TypeScript modules it imports beforehand.
 *
 * Usage: node durability-child.js <folder with durable-file.mjs, durability-states.mjs, template.json> <data file>
 * Prints "ready <n>" once it is about to write, and "saving <k>" just before each write starts.
 */
import { writeSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [modulesDir, dataFile] = process.argv.slice(2);
if (!modulesDir || !dataFile) throw new Error('usage: durability-child.js <modules folder> <data file>');

const { SerialWriter } = await import(pathToFileURL(path.join(modulesDir, 'durable-file.mjs')).href);
const { counterOf, envelopeText } = await import(pathToFileURL(path.join(modulesDir, 'durability-states.mjs')).href);
const template = JSON.parse(await readFile(path.join(modulesDir, 'template.json'), 'utf8'));

const start = counterOf(JSON.parse(await readFile(dataFile, 'utf8')).data);
const writer = new SerialWriter(dataFile);
// writeSync: each line is in the pipe before the next step runs, so a kill cannot lose an announced save.
writeSync(1, `ready ${start}\n`);
for (let counter = start + 1; ; counter += 1) {
  const text = envelopeText(template, counter);
  writeSync(1, `saving ${counter}\n`);
  await writer.write(() => text);
}

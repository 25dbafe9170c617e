import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startHarness } from './harness';

/**
 * `npm run harness -- --data-dir DIR --port N`: the app in a browser, over loopback, for tests and
 * looking. Calls need the token it prints (or VCIO_HARNESS_TOKEN, when set); the page it serves has it.
 */

const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    port: { type: 'string', default: '0' },
    'exports-dir': { type: 'string' },
  },
});

const dataDir = path.resolve(values['data-dir'] ?? (await mkdtemp(path.join(os.tmpdir(), 'vcio-harness-'))));
const harness = await startHarness({
  dataDir,
  port: Number(values.port),
  ...(values['exports-dir'] ? { exportsDir: path.resolve(values['exports-dir']) } : {}),
});
console.log(`vCIO Desk harness: ${harness.url}`);
console.log(`token for calls from outside the page (header x-vcio-token): ${harness.token}`);
console.log(`data folder: ${harness.dataDir}`);
console.log(`exports folder: ${harness.exportsDir}`);

const stop = () => {
  void harness.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

/**
 * Starts the export worker from its TypeScript sources (unit tests, the harness, the demo and
 * benchmark scripts) through tsx, a development dependency. The built app starts the bundled
 * out/main/export-worker.js instead and never loads this file.
 */
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);

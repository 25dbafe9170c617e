import { parentPort } from 'node:worker_threads';
import { workerTasks, type TaskReply, type TaskRequest } from './worker-tasks';

/**
 * The export worker: reads import files and renders documents on a thread of its own, so that the
 * thread answering the screens never waits for them (worker-pool.ts starts and bounds it). Built as
 * its own entry (out/main/export-worker.js, see electron.vite.config.ts).
 */

const port = parentPort;
if (!port) throw new Error('worker.ts runs as a worker thread');

port.on('message', (request: TaskRequest) => {
  const run = workerTasks[request.task] as (argument: unknown) => Promise<unknown>;
  run(request.argument).then(
    (value) => port.postMessage({ id: request.id, ok: true, value } satisfies TaskReply),
    (error: unknown) => port.postMessage({ id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) } satisfies TaskReply),
  );
});

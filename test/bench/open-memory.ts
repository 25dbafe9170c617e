import { PracticeStore } from '../../src-main/store/practice-store';

/**
 * Run by the benchmark in a child process (node --expose-gc --import tsx): opens the practice in
 * DATA_DIR as the app's main process does and prints its memory (after a full collection) before and
 * after, as one line of JSON.
 */

const dataDir = process.argv[2];
const collect = (globalThis as { gc?: () => void }).gc;
if (!dataDir || !collect) {
  console.error('Usage: node --expose-gc --import tsx test/bench/open-memory.ts DATA_DIR');
  process.exit(2);
}
const settle = () => {
  collect();
  collect();
  return process.memoryUsage();
};
const before = settle();
const store = await PracticeStore.open({ dataDir });
if (store.state !== 'ok') throw new Error(`The practice did not open: ${store.status().reason}`);
const after = settle();
const clients = store.data.clients.length;
await store.close();
console.log(JSON.stringify({ clients, rssBefore: before.rss, rssAfter: after.rss, heapBefore: before.heapUsed + before.external, heapAfter: after.heapUsed + after.external }));

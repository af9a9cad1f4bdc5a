// A child process for the kill test: appends records to a store as fast as it can and prints
// `ack <n>` once each append has resolved (what an inbox does before answering 2xx).
import { JsonlStore } from '../../src/core/storage/jsonlStore';

const file = process.argv[2];
if (!file) throw new Error('usage: storeWriter FILE');
const store = new JsonlStore<{ n: number; body: string }>({ file, formatVersion: 1, maxBytes: 64 * 1024, keepFiles: 50 });
const body = 'x'.repeat(300);

async function main(): Promise<void> {
  for (let n = 0; ; n++) {
    await store.append({ n, body });
    process.stdout.write(`ack ${n}\n`);
  }
}
void main();

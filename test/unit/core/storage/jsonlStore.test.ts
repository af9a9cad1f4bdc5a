// The append-only store keeps every acknowledged record through rotation, a torn last line and a
// process killed mid-append; damaged lines are counted, never fatal; rewrites are all-or-nothing.
import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { JsonlStore, StoreError, decodeLine, encodeLine } from '../../../../src/core/storage/jsonlStore';

async function tmpDir(): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), 'mok-store-'));
}

describe('JsonlStore', () => {
  it('appends and reads back in order, with the time of each record', async () => {
    const dir = await tmpDir();
    const store = new JsonlStore<{ n: number }>({ file: path.join(dir, 'a', 'inbox.jsonl'), formatVersion: 1, now: () => new Date('2026-12-01T10:00:00Z') });
    await Promise.all([1, 2, 3].map((n) => store.append({ n })));
    const r = await store.readAll();
    assert.deepEqual(r.records, [1, 2, 3].map((n) => ({ at: '2026-12-01T10:00:00.000Z', data: { n } })));
    assert.equal(r.corrupt, 0);
    await store.close();
  });

  it('writes a newline before each record, so a torn line never swallows the next one', async () => {
    const dir = await tmpDir();
    const file = path.join(dir, 's.jsonl');
    const store = new JsonlStore<{ n: number }>({ file, formatVersion: 1 });
    await store.append({ n: 1 });
    await store.close();
    // A crash in the middle of the second record's write…
    const torn = encodeLine({ v: 1, at: 'x', d: { n: 2 } });
    await fs.appendFile(file, torn.slice(0, torn.length - 5));
    const again = new JsonlStore<{ n: number }>({ file, formatVersion: 1 });
    await again.append({ n: 3 });
    const r = await again.readAll();
    assert.deepEqual(
      r.records.map((x) => x.data.n),
      [1, 3],
    );
    assert.equal(r.corrupt, 1);
    await again.close();
  });

  it('rejects a line whose check does not match (hand-edited or damaged)', () => {
    const line = encodeLine({ v: 1, at: 'now', d: { a: 1 } }).slice(1);
    assert.deepEqual(decodeLine(line), { v: 1, at: 'now', d: { a: 1 } });
    assert.equal(decodeLine(line.replace('"a":1', '"a":2')), undefined);
    assert.equal(decodeLine('garbage'), undefined);
  });

  it('rotates past its size and keeps the newest files; reading spans them oldest first', async () => {
    const dir = await tmpDir();
    const file = path.join(dir, 'h.jsonl');
    const store = new JsonlStore<{ n: number; pad: string }>({ file, formatVersion: 1, maxBytes: 400, keepFiles: 2 });
    for (let n = 0; n < 20; n++) await store.append({ n, pad: 'p'.repeat(60) });
    const names = (await fs.readdir(dir)).sort();
    assert.deepEqual(names, ['h.1.jsonl', 'h.2.jsonl', 'h.jsonl']);
    const r = await store.readAll();
    const ns = r.records.map((x) => x.data.n);
    assert.deepEqual(ns, [...ns].sort((a, b) => a - b), 'oldest first');
    assert.equal(ns[ns.length - 1], 19);
    assert.ok(ns.length < 20, 'the oldest rotated file was dropped');
    await store.close();
  });

  it('refuses a record bigger than the limit with a clear error', async () => {
    const store = new JsonlStore<string>({ file: path.join(await tmpDir(), 'x.jsonl'), formatVersion: 1, maxBytes: 100 });
    await assert.rejects(store.append('y'.repeat(200)), (e: unknown) => e instanceof StoreError && e.reason === 'tooLarge' && /larger than the store's limit of 100 bytes/.test(e.message));
  });

  it('reads records of an older format version through upgrade, and counts what it refuses', async () => {
    const dir = await tmpDir();
    const file = path.join(dir, 'v.jsonl');
    await fs.writeFile(file, encodeLine({ v: 1, at: 't1', d: { name: 'old' } }) + encodeLine({ v: 2, at: 't2', d: { title: 'new' } }) + encodeLine({ v: 9, at: 't3', d: {} }));
    const store = new JsonlStore<{ title: string }>({
      file,
      formatVersion: 2,
      upgrade: (d, v) => (v === 1 && d && typeof d === 'object' && 'name' in d ? { title: String(d.name) } : undefined),
    });
    const r = await store.readAll();
    assert.deepEqual(
      r.records.map((x) => x.data.title),
      ['old', 'new'],
    );
    assert.equal(r.skipped, 1);
  });

  it('rewrites atomically and clears', async () => {
    const dir = await tmpDir();
    const store = new JsonlStore<{ n: number }>({ file: path.join(dir, 'r.jsonl'), formatVersion: 1, maxBytes: 200, keepFiles: 3 });
    for (let n = 0; n < 10; n++) await store.append({ n });
    const all = (await store.readAll()).records;
    await store.rewrite(all.filter((r) => r.data.n % 2 === 0));
    assert.deepEqual(
      (await store.readAll()).records.map((r) => r.data.n),
      [0, 2, 4, 6, 8],
    );
    assert.deepEqual(await fs.readdir(dir), ['r.jsonl']);
    await store.append({ n: 10 });
    await store.clear();
    assert.deepEqual((await store.readAll()).records, []);
  });

  it('says which folder it cannot write to', async () => {
    const dir = await tmpDir();
    const blocker = path.join(dir, 'file');
    await fs.writeFile(blocker, 'not a folder');
    const store = new JsonlStore<number>({ file: path.join(blocker, 'x.jsonl'), formatVersion: 1 });
    await assert.rejects(store.append(1), (e: unknown) => e instanceof StoreError && e.reason === 'unwritable' && e.message.includes(blocker));
  });

  it('writes concurrent appends together, in order, rotating inside a batch, and never behind a later rewrite', async () => {
    const dir = await tmpDir();
    const store = new JsonlStore<{ n: number; pad: string }>({ file: path.join(dir, 'g.jsonl'), formatVersion: 1, maxBytes: 1000, keepFiles: 20 });
    await Promise.all(Array.from({ length: 40 }, (_, n) => store.append({ n, pad: 'p'.repeat(50) })));
    assert.deepEqual(
      (await store.readAll()).records.map((r) => r.data.n),
      Array.from({ length: 40 }, (_, n) => n),
    );
    assert.ok((await fs.readdir(dir)).length > 2, 'rotated while writing one batch');
    // Appends before a rewrite are in what the rewrite replaces; appends after it come after it.
    const before = [store.append({ n: 100, pad: '' }), store.append({ n: 101, pad: '' })];
    const rewritten = store.rewrite([]);
    const after = store.append({ n: 102, pad: '' });
    await Promise.all([...before, rewritten, after]);
    assert.deepEqual(
      (await store.readAll()).records.map((r) => r.data.n),
      [102],
    );
    await store.close();
  });

  it('loses no acknowledged record when the writing process is killed mid-stream', async function () {
    this.timeout(20_000);
    const dir = await tmpDir();
    const file = path.join(dir, 'kill.jsonl');
    const child = spawn(process.execPath, [path.join(__dirname, '../../../support/storeWriter.child.js'), file], { stdio: ['ignore', 'pipe', 'inherit'] });
    let acked = -1;
    let buffer = '';
    await new Promise<void>((resolve, reject) => {
      child.on('error', reject);
      child.stdout.on('data', (c: Buffer) => {
        buffer += c.toString();
        const lines = buffer.split('\n');
        buffer = lines.pop() ?? '';
        for (const l of lines) if (l.startsWith('ack ')) acked = Number(l.slice(4));
        // Let it rotate a few times, then kill it in the middle of whatever it is writing.
        if (acked >= 600 && !child.killed) {
          child.kill('SIGKILL');
          resolve();
        }
      });
    });
    await new Promise((r) => child.once('exit', r));
    const r = await new JsonlStore<{ n: number }>({ file, formatVersion: 1, keepFiles: 50, maxBytes: 64 * 1024 }).readAll();
    const seen = new Set(r.records.map((x) => x.data.n));
    for (let n = 0; n <= acked; n++) assert.ok(seen.has(n), `acknowledged record ${n} is missing`);
    assert.ok(r.corrupt <= 1, `at most the torn last line is damaged (got ${r.corrupt})`);
  });
});

// `mok webhook listen|list|replay` and `mok sandbox trigger` as users run them (the built
// dist/cli.js in child processes): the listening line, a sandbox delivering MOK-side events to
// the listener, `--json` shapes exactly as documented, replay by id prefix, and bad input — a
// port in use, a store that cannot be written, a damaged line, an unknown id — each a clear
// message with its exit code and no stack trace.
import { strict as assert } from 'node:assert';
import { spawn, type ChildProcess } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startReceiver, until } from '../../support/receiver';

const CLI = path.resolve(__dirname, '../../../cli.js');
const ENV = { ...process.env, MOK_TEST_SECRET: 'sandbox-webhook-secret' };
const NO_STACK = /\n\s+at [^\n]+\(/;
const JSON_KEYS = ['id', 'receivedAt', 'method', 'path', 'headers', 'body', 'bodyEncoding', 'valid', 'hints', 'duplicateOf'];

function run(args: string[], env: NodeJS.ProcessEnv = ENV): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const c = spawn(process.execPath, [CLI, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    c.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    c.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    c.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** A long-running command; resolves once a line matching `ready` appears on `stream`. */
function start(args: string[], ready: RegExp, stream: 'stdout' | 'stderr' = 'stdout'): Promise<{ child: ChildProcess; match: RegExpExecArray; out: () => string; err: () => string; stop(): Promise<number | null> }> {
  const child = spawn(process.execPath, [CLI, ...args], { env: ENV, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  return new Promise((resolve, reject) => {
    const check = () => {
      const m = ready.exec(stream === 'stdout' ? out : err);
      if (m) {
        resolve({
          child,
          match: m,
          out: () => out,
          err: () => err,
          stop: () =>
            new Promise((r) => {
              if (child.exitCode !== null) return r(child.exitCode);
              child.once('exit', (code) => r(code));
              child.kill('SIGTERM');
            }),
        });
      }
    };
    child.stdout?.on('data', (d: Buffer) => ((out += d.toString()), check()));
    child.stderr?.on('data', (d: Buffer) => ((err += d.toString()), check()));
    child.once('exit', (code) => reject(new Error(`exited with ${code}: ${out}${err}`)));
  });
}

describe('cli mok webhook listen|list|replay, mok sandbox trigger', function () {
  this.timeout(60_000);
  let dir = '';
  before(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'mok-cli-inbox-'));
  });

  it('listens, receives MOK-side events from a sandbox, lists them as JSON and replays one byte for byte', async () => {
    const store = path.join(dir, 'store');
    const listen = await start(['webhook', 'listen', '--port', '0', '--store', store, '--secret-env', 'MOK_TEST_SECRET'], /listening on (http:\/\/127\.0\.0\.1:\d+)\n/);
    const inboxUrl = listen.match[1]!;
    const sandbox = await start(['sandbox', '--port', '0', '--webhook-url', `${inboxUrl}/webhooks/mok`, '--webhook-auth', 'bearer'], /listening on (http:\/\/\S+)\n/);
    const local = await startReceiver(204);
    try {
      const sbUrl = sandbox.match[1]!;
      const created = await run(['sandbox', 'trigger', 'created', '--url', sbUrl]);
      assert.equal(created.status, 0, created.stderr);
      assert.match(created.stdout, /^service_request\.created 00032-\d{5}-\S+ \(id \d+, pending\)\n$/);
      assert.match(created.stderr, /webhook queued for http:\/\/127\.0\.0\.1:\d+\/webhooks\/mok/);
      const updated = await run(['sandbox', 'trigger', 'updated', '--url', sbUrl, '--status', 'in_progress', '--json']);
      assert.equal(updated.status, 0, updated.stderr);
      assert.equal((JSON.parse(updated.stdout) as { service_request: { current_status: string } }).service_request.current_status, 'in_progress');
      await until(() => listen.out().split('\n').filter((l) => l.startsWith('evt_')).length >= 2, 10_000);
      assert.match(listen.out(), /evt_\w+ {2}\S+ {2}POST \/webhooks\/mok {2}service_request\.created #\d+ pending {2}✓ valid {2}Bearer unchecked/);

      const list = await run(['webhook', 'list', '--store', store, '--json']);
      assert.equal(list.status, 0, list.stderr);
      const events = JSON.parse(list.stdout) as Array<Record<string, unknown>>;
      assert.equal(events.length, 2);
      for (const e of events) assert.deepEqual(Object.keys(e), JSON_KEYS);
      assert.deepEqual(events.map((e) => e.valid), [true, true]);
      const first = events[0]!;
      assert.equal((first.headers as Record<string, string>).authorization, 'Bearer sandbo…[redacted]');
      const text = await run(['webhook', 'list', '--store', store]);
      assert.equal(text.stdout.trim().split('\n').length, 2);

      const target = local.url;
      const replay = await run(['webhook', 'replay', String(first.id).slice(0, 12), '--store', store, '--url', target], { ...ENV, MOK_WEBHOOK_AUTH_TOKEN: 'sandbox-webhook-token' });
      assert.equal(replay.status, 0, replay.stderr);
      assert.match(replay.stderr, /answered 204 in \d+ ms/);
      assert.equal(local.received[0]?.body.toString('utf8'), first.body);
      const unknown = await run(['webhook', 'replay', 'evt_nope', '--store', store, '--url', target]);
      assert.equal(unknown.status, 2);
      assert.match(unknown.stderr, /no event "evt_nope"/);
      const unreachable = await run(['webhook', 'replay', String(first.id), '--store', store, '--url', 'http://127.0.0.1:9/x']);
      assert.equal(unreachable.status, 1);
      assert.doesNotMatch(unreachable.stderr, NO_STACK);
    } finally {
      assert.equal(await sandbox.stop(), 0);
      assert.equal(await listen.stop(), 0);
      await local.close();
    }
  });

  it('--json: the listening line on stderr, one event per JSON line on stdout', async () => {
    const store = path.join(dir, 'json');
    const listen = await start(['webhook', 'listen', '--port', '0', '--store', store, '--secret-env', 'MOK_TEST_SECRET', '--json'], /listening on (http:\/\/\S+)\n/, 'stderr');
    try {
      const res = await fetch(`${listen.match[1]}/hooks`, { method: 'POST', body: '{"event":"service_request.created","payload":{"id":1}}', headers: { 'x-signature': 'ab'.repeat(32) } });
      assert.equal(res.status, 200);
      await until(() => listen.out().endsWith('\n'));
      const line = JSON.parse(listen.out()) as Record<string, unknown>;
      assert.deepEqual(Object.keys(line), JSON_KEYS);
      assert.equal(line.valid, false);
      assert.deepEqual((line.hints as Array<{ code: string }>).map((h) => h.code), ['wrong-secret']);
    } finally {
      await listen.stop();
    }
  });

  it('bad input: a port in use, a store that cannot be written, a damaged line, a missing store', async () => {
    const store = path.join(dir, 'busy');
    const first = await start(['webhook', 'listen', '--port', '0', '--store', store, '--secret-env', 'MOK_TEST_SECRET'], /listening on http:\/\/127\.0\.0\.1:(\d+)\n/);
    try {
      const port = first.match[1]!;
      const busy = await run(['webhook', 'listen', '--port', port, '--store', path.join(dir, 'other'), '--secret-env', 'MOK_TEST_SECRET']);
      assert.equal(busy.status, 2);
      assert.match(busy.stderr, new RegExp(`port ${port} is already in use; pick another with --port \\(e\\.g\\. --port ${Number(port) + 1}, or 0 for any free port\\)`));
      const locked = await run(['webhook', 'listen', '--port', '0', '--store', store, '--secret-env', 'MOK_TEST_SECRET']);
      assert.equal(locked.status, 2);
      assert.match(locked.stderr, /Another process \(pid \d+\) is already listening with the inbox/);
    } finally {
      await first.stop();
    }
    const blocker = path.join(dir, 'a-file');
    await fs.writeFile(blocker, 'not a folder');
    const unwritable = await run(['webhook', 'listen', '--port', '0', '--store', path.join(blocker, 'inbox'), '--secret-env', 'MOK_TEST_SECRET']);
    assert.equal(unwritable.status, 2);
    assert.match(unwritable.stderr, /Cannot create the folder/);
    assert.doesNotMatch(unwritable.stderr, NO_STACK);

    await fs.appendFile(path.join(store, 'inbox.jsonl'), '\nnot a record');
    const damaged = await run(['webhook', 'list', '--store', store, '--json']);
    assert.equal(damaged.status, 0);
    assert.match(damaged.stderr, /1 damaged line in .*inbox\.jsonl was skipped; every other event is kept/);
    assert.deepEqual(JSON.parse(damaged.stdout), []);
    const missing = await run(['webhook', 'list', '--store', path.join(dir, 'nowhere')]);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /no inbox folder/);
    const noSecret = await run(['webhook', 'listen', '--port', '0', '--store', store]);
    assert.equal(noSecret.status, 2);
    assert.match(noSecret.stderr, /--secret-env VAR/);
  });

  it('mok sandbox trigger: bad usage exits 2, no sandbox exits 1, bad flags of mok sandbox exit 2', async () => {
    const usage = await run(['sandbox', 'trigger', 'deleted']);
    assert.equal(usage.status, 2);
    assert.match(usage.stderr, /created\|updated/);
    const none = await run(['sandbox', 'trigger', 'created', '--url', 'http://127.0.0.1:9']);
    assert.equal(none.status, 1);
    assert.match(none.stderr, /no sandbox answers at http:\/\/127\.0\.0\.1:9/);
    const every = await run(['sandbox', '--port', '0', '--simulate-every', 'often']);
    assert.equal(every.status, 2);
    assert.match(every.stderr, /--simulate-every must be a number of seconds/);
    const auth = await run(['sandbox', '--port', '0', '--webhook-auth', 'digest']);
    assert.equal(auth.status, 2);
    for (const r of [usage, none, every, auth]) assert.doesNotMatch(r.stderr, NO_STACK);
  });

  it('mok sandbox --simulate-every: traffic mode sends created and updated webhooks on its own', async () => {
    const store = path.join(dir, 'traffic');
    const listen = await start(['webhook', 'listen', '--port', '0', '--store', store, '--secret-env', 'MOK_TEST_SECRET'], /listening on (http:\/\/\S+)\n/);
    const sandbox = await start(['sandbox', '--port', '0', '--webhook-url', listen.match[1]!, '--simulate-every', '0.1'], /listening on (http:\/\/\S+)\n/);
    try {
      await until(() => /service_request\.created/.test(listen.out()) && /service_request\.updated/.test(listen.out()), 20_000);
      assert.match(sandbox.out(), /traffic every 0\.1 s/);
    } finally {
      await sandbox.stop();
      await listen.stop();
    }
  });
});

// `mok webhook verify|sign|send` as users run it: the built dist/cli.js in a child process, with
// exit codes, stdout JSON, stderr messages, and a real local receiver for `send`.
import { strict as assert } from 'node:assert';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { diagnoseSignature } from '../../../src/core/webhooks/doctor';
import { WEBHOOK_BODY_LIMIT } from '../../../src/core/webhooks/errors';
import { vector } from '../../support/webhookVectors';

const CLI = path.resolve(__dirname, '../../../cli.js');
const SECRET = 'sandbox-webhook-secret';
const ENV = { MOK_TEST_WEBHOOK_SECRET: SECRET };

let dir = '';
function file(name: string, content: string | Buffer): string {
  const p = path.join(dir, name);
  fs.writeFileSync(p, content);
  return p;
}

function run(args: string[], opts: { input?: string | Buffer; env?: NodeJS.ProcessEnv } = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], { input: opts.input ?? '', env: { ...process.env, ...ENV, ...opts.env }, timeout: 20_000 });
  return { status: r.status, stdout: r.stdout.toString('utf8'), stderr: r.stderr.toString('utf8') };
}

/** Like `run`, without blocking the event loop (the `send` receiver runs in this process). */
function runAsync(args: string[], opts: { input?: string | Buffer; env?: NodeJS.ProcessEnv } = {}): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const c = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, ...ENV, ...opts.env }, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    c.stdout.on('data', (d: Buffer) => out.push(d));
    c.stderr.on('data', (d: Buffer) => err.push(d));
    c.stdin.end(opts.input ?? '');
    c.on('close', (status) => resolve({ status, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
  });
}

const NO_STACK = /\n\s+at [^\n]+\(/;

/** Runs `jobs` at most three at a time (the machine is shared), results in order. */
async function limited<T>(jobs: Array<() => Promise<T>>): Promise<T[]> {
  const results: T[] = [];
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const i = next++;
      results[i] = await jobs[i]!();
    }
  };
  await Promise.all([worker(), worker(), worker()]);
  return results;
}

describe('cli mok webhook', function () {
  this.timeout(60_000);

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mok-webhook-cli-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('is listed in mok --help; mok webhook --help documents the commands and exit codes', () => {
    assert.match(run(['--help']).stdout, /webhook verify .*\n.*--request-file RAW_HTTP/);
    const h = run(['webhook', '--help']);
    assert.equal(h.status, 0);
    for (const s of ['verify (--secret-env VAR | --secret-file FILE)', 'sign (--secret-env VAR | --secret-file FILE) [--body-file FILE]', 'send --url URL --event service_request.created|service_request.updated', 'Exit codes:', 'malformed one']) {
      assert.ok(h.stdout.includes(s), s);
    }
    assert.equal(run(['webhook', 'verify', '--help']).status, 0);
    assert.equal(run(['webhook']).status, 2);
    assert.match(run(['webhook', 'frobnicate']).stderr, /unknown command "frobnicate"/);
  });

  it('sign prints the lower-case hex signature and a newline, from a file or stdin', () => {
    const v = vector('valid: Spanish accents (raw UTF-8)');
    const body = Buffer.from(v.body, 'base64');
    const fromFile = run(['webhook', 'sign', '--secret-env', 'MOK_TEST_WEBHOOK_SECRET', '--body-file', file('sign.json', body)]);
    assert.equal(fromFile.status, 0);
    assert.equal(fromFile.stdout, `${v.signature}\n`);
    const fromStdin = run(['webhook', 'sign', '--secret-file', file('secret', SECRET)], { input: body });
    assert.equal(fromStdin.stdout, `${v.signature}\n`);
  });

  it('verify: valid exits 0 with the verdict, the fingerprint and the byte view', () => {
    const v = vector('valid: emoji (4-byte UTF-8)');
    const r = run(['webhook', 'verify', '--secret-env', 'MOK_TEST_WEBHOOK_SECRET', '--signature', v.signature, '--body-file', file('emoji.json', Buffer.from(v.body, 'base64'))]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^VALID/);
    assert.match(r.stdout, /fingerprint {2}fae57342/);
    assert.match(r.stdout, /non-ASCII characters: 6: U\+00FA ú at byte 69, U\+1F697 🚗 at byte 73/);
    assert.match(r.stdout, /JSON: valid, non-ASCII characters as raw UTF-8/);
    assert.equal(r.stderr, '');
  });

  it('verify --json prints exactly one JSON document; invalid exits 1 with the hints', async () => {
    const cases = ['trailing-newline: LF added after signing', 'prefixed-signature: sha256=<hex>', 'uppercase-hex', 'base64-signature', 'secret-whitespace: receiver secret ends with a newline', 'wrong-secret'];
    const results = await limited(cases.map((name, i) => () => runAsync(['webhook', 'verify', '--secret-file', file(`vsecret${i}`, vector(name).secret), '--signature', vector(name).signature, '--json'], { input: Buffer.from(vector(name).body, 'base64') })));
    for (const [i, name] of cases.entries()) {
      const v = vector(name);
      const r = results[i]!;
      assert.equal(r.status, 1, name);
      const json = JSON.parse(r.stdout) as { valid: boolean; expected: string; received: string; fingerprint: string; hints: Array<{ code: string; message: string }> };
      assert.deepEqual(Object.keys(json), ['valid', 'expected', 'received', 'fingerprint', 'hints']);
      assert.equal(json.valid, false);
      assert.equal(json.expected, v.expected);
      assert.equal(json.received, v.signature);
      assert.match(json.fingerprint, /^[0-9a-f]{8}$/);
      assert.deepEqual(
        json.hints.map((h) => h.code),
        v.hints,
        name,
      );
      assert.equal(r.stderr, '');
    }
  });

  it('verify: a malformed signature exits 1 and explains the malformation', () => {
    const r = run(['webhook', 'verify', '--secret-env', 'MOK_TEST_WEBHOOK_SECRET', '--signature', 'a'.repeat(40), '--json'], { input: '{}' });
    assert.equal(r.status, 1);
    const json = JSON.parse(r.stdout) as { hints: Array<{ code: string; message: string }> };
    assert.equal(json.hints[0]!.code, 'wrong-length');
    assert.match(json.hints[0]!.message, /HMAC-SHA1/);
    const text = run(['webhook', 'verify', '--secret-env', 'MOK_TEST_WEBHOOK_SECRET', '--signature', 'not hex'], { input: '{}' });
    assert.equal(text.status, 1);
    assert.match(text.stdout, /not-hex: The signature contains "n" at character 1/);
  });

  it('verify --request-file reads X-Signature in any case, CRLF or LF headers, and compares Content-Length', () => {
    const v = vector('trailing-newline: LF added after signing');
    const body = Buffer.from(v.body, 'base64');
    for (const [eol, header] of [
      ['\r\n', 'X-Signature'],
      ['\n', 'x-SIGNATURE'],
    ] as const) {
      const raw = Buffer.concat([Buffer.from(`POST /hooks HTTP/1.1${eol}Content-Type: application/json${eol}${header}: ${v.signature}${eol}Content-Length: ${body.length - 1}${eol}${eol}`), body]);
      const r = run(['webhook', 'verify', '--secret-env', 'MOK_TEST_WEBHOOK_SECRET', '--request-file', file('req.http', raw)]);
      assert.equal(r.status, 1, r.stderr);
      assert.match(r.stdout, /trailing-newline: The signature matches the body without its final line break/);
      assert.match(r.stdout, new RegExp(`${body.length} bytes, but Content-Length says ${body.length - 1}`));
    }
    const ok = Buffer.concat([Buffer.from(`POST /hooks HTTP/1.1\r\nX-Signature: ${v.expected}\r\n\r\n`), body]);
    assert.equal(run(['webhook', 'verify', '--secret-env', 'MOK_TEST_WEBHOOK_SECRET', '--request-file', file('ok.http', ok), '--json']).status, 0);
  });

  it('bad input exits 2 with a clear message and no stack trace', async () => {
    const secretFlag = ['--secret-env', 'MOK_TEST_WEBHOOK_SECRET'];
    const big = path.join(dir, 'big.json');
    fs.writeFileSync(big, Buffer.alloc(WEBHOOK_BODY_LIMIT + 1, 0x20));
    const cases: Array<[string, string[], RegExp, string?]> = [
      ['not HTTP', ['webhook', 'verify', ...secretFlag, '--request-file', file('not.http', '{"event":"x"}\n')], /not a raw HTTP request: it starts like a JSON body/],
      ['no X-Signature', ['webhook', 'verify', ...secretFlag, '--request-file', file('nosig.http', 'POST / HTTP/1.1\r\nHost: x\r\n\r\n{}')], /no X-Signature header \(headers found: Host\)/],
      ['binary body', ['webhook', 'verify', ...secretFlag, '--signature', 'ab', '--body-file', file('bin.gz', Buffer.from([0x1f, 0x8b, 8, 0, 0, 0]))], /is binary \(it starts like a gzip archive\)/],
      ['binary body on stdin', ['webhook', 'sign', ...secretFlag], /the body on stdin is binary \(a NUL byte at offset 1\)/, 'a\0b'],
      ['body over the limit', ['webhook', 'verify', ...secretFlag, '--signature', 'ab', '--body-file', big], /is 10\.0 MiB; webhook bodies are limited to 10\.0 MiB/],
      ['missing body file', ['webhook', 'verify', ...secretFlag, '--signature', 'ab', '--body-file', path.join(dir, 'nope.json')], /cannot read the body file .*nope\.json: no such file/],
      ['unreadable secret file', ['webhook', 'sign', '--secret-file', path.join(dir, 'missing-secret')], /cannot read the secret file given with --secret-file: no such file/],
      ['a directory as secret file', ['webhook', 'sign', '--secret-file', dir], /cannot read the secret file given with --secret-file: it is a directory/],
      ['empty secret file', ['webhook', 'sign', '--secret-file', file('empty', '')], /the secret file given with --secret-file is empty/],
      ['whitespace secret file', ['webhook', 'sign', '--secret-file', file('blank', ' \n')], /contains only whitespace/],
      ['unset variable', ['webhook', 'sign', '--secret-env', 'MOK_TEST_UNSET_VARIABLE'], /the environment variable named by --secret-env is not set/],
      ['no secret', ['webhook', 'sign'], /give the webhook secret with --secret-env VAR/],
      ['two secrets', ['webhook', 'sign', ...secretFlag, '--secret-file', 'x'], /one way: --secret-env VAR or --secret-file FILE, not both/],
      ['signature and request file', ['webhook', 'verify', ...secretFlag, '--signature', 'ab', '--request-file', 'x'], /--request-file carries its own body and X-Signature/],
      ['no signature', ['webhook', 'verify', ...secretFlag], /give the received X-Signature with --signature HEX/],
      ['unknown flag', ['webhook', 'verify', ...secretFlag, '--sig', 'ab'], /Unknown option '--sig'/],
      ['bad url', ['webhook', 'send', ...secretFlag, '--url', 'ftp://x', '--event', 'service_request.created'], /--url must be an http\(s\) URL/],
      ['bad event', ['webhook', 'send', ...secretFlag, '--url', 'http://127.0.0.1:9', '--event', 'contract.created'], /--event must be one of service_request\.created, service_request\.updated/],
      ['bad break', ['webhook', 'send', ...secretFlag, '--url', 'http://127.0.0.1:9', '--event', 'service_request.created', '--break', 'everything'], /--break must be one of trailing-newline, crlf/],
      ['break needing JSON', ['webhook', 'send', ...secretFlag, '--url', 'http://127.0.0.1:9', '--event', 'service_request.created', '--break', 'reserialized-json', '--body-file', file('plain.txt', 'plain')], /re-formats JSON, and the body is not JSON/],
    ];
    const results = await limited(cases.map(([, args, , input]) => () => runAsync(args, { input })));
    for (const [i, [name, , message]] of cases.entries()) {
      const r = results[i]!;
      assert.equal(r.status, 2, `${name}: ${r.stderr}`);
      assert.match(r.stderr, message, name);
      assert.match(r.stderr, /^mok webhook/, name);
      assert.doesNotMatch(r.stderr, NO_STACK, name);
      assert.equal(r.stdout, '', name);
    }
  });

  it('never prints the secret: not in output, errors, --json or --verbose logs, not even typed where its name belongs', async () => {
    const secret = 'Zq9SecretValueXy';
    const secretFile = file('leak-secret', `${secret}\n`);
    const body = file('leak.json', '{"a":"b"}');
    const outputs = await Promise.all([
      runAsync(['webhook', 'verify', '--secret-file', secretFile, '--signature', 'ab', '--body-file', body, '--json', '--verbose']),
      runAsync(['webhook', 'verify', '--secret-file', secretFile, '--signature', 'a'.repeat(64), '--body-file', body, '--verbose']),
      runAsync(['webhook', 'verify', '--secret-env', 'LEAK', '--request-file', file('leak.http', `POST / HTTP/1.1\nX-Signature: x\n\n{}`), '--verbose'], { env: { LEAK: secret } }),
      runAsync(['webhook', 'sign', '--secret-env', secret], { input: '{}' }),
      runAsync(['webhook', 'sign', '--secret-file', secret], { input: '{}' }),
      runAsync(['webhook', 'send', '--secret-env', 'LEAK', '--url', 'http://127.0.0.1:9/', '--event', 'service_request.created', '--verbose'], { env: { LEAK: secret } }),
    ]);
    for (const r of outputs) {
      assert.ok(!r.stdout.includes(secret) && !r.stderr.includes(secret), `${r.stdout}\n${r.stderr}`);
      assert.ok(!r.stdout.includes('Zq9Secret') && !r.stderr.includes('Zq9Secret'));
    }
    assert.equal(outputs[3].status, 2);
  });

  it('a closed stdout pipe is not an error', async () => {
    const status = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const c = spawn(process.execPath, [CLI, 'webhook', '--help'], { stdio: ['ignore', 'pipe', 'pipe'] });
      c.stdout.destroy();
      let stderr = '';
      c.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      c.on('close', (code) => resolve({ code, stderr }));
    });
    assert.equal(status.stderr, '');
    assert.equal(status.code, 0);
  });

  describe('send', () => {
    let server: http.Server;
    let url = '';
    let answer = 200;
    const received: Array<{ headers: http.IncomingHttpHeaders; body: Buffer }> = [];

    before(async () => {
      server = http.createServer((req, res) => {
        const chunks: Buffer[] = [];
        req.on('data', (c: Buffer) => chunks.push(c));
        req.on('end', () => {
          received.push({ headers: req.headers, body: Buffer.concat(chunks) });
          res.writeHead(answer, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: answer < 300 }));
        });
      });
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks/mok?token=t0ken`;
    });
    after(() => new Promise<void>((r) => server.close(() => r())));
    beforeEach(() => {
      received.length = 0;
      answer = 200;
    });

    it('posts the example service request signed, with Webhook-From, and prints the answer', async () => {
      const r = await runAsync(['webhook', 'send', '--url', url, '--event', 'service_request.updated', '--secret-env', 'MOK_TEST_WEBHOOK_SECRET']);
      assert.equal(r.status, 0, r.stderr);
      assert.equal(r.stdout, '{"ok":true}\n');
      assert.match(r.stderr, /answered 200 in \d+ ms/);
      assert.doesNotMatch(r.stderr, /t0ken/);
      const got = received[0]!;
      assert.equal(got.headers['content-type'], 'application/json');
      assert.equal(got.headers['webhook-from'], 'mok-devtools.local');
      const payload = JSON.parse(got.body.toString('utf8')) as { event: string; payload: { id: number; current_status: string; technician_name: string } };
      assert.equal(payload.event, 'service_request.updated');
      assert.equal(payload.payload.current_status, 'assigned');
      assert.equal(payload.payload.technician_name, 'María Eugenia Arce Gamboa');
      assert.ok(diagnoseSignature({ secret: SECRET, body: got.body, signature: String(got.headers['x-signature']) }).valid);
    });

    it('sends a body file as is; a non-2xx answer exits 1', async () => {
      answer = 401;
      const body = file('send.json', '{"event":"service_request.created","payload":{"id":1}}');
      const r = await runAsync(['webhook', 'send', '--url', url, '--event', 'service_request.created', '--body-file', body, '--secret-env', 'MOK_TEST_WEBHOOK_SECRET']);
      assert.equal(r.status, 1);
      assert.match(r.stderr, /answered 401 .*\(not 2xx\)/);
      assert.equal(r.stdout, '{"ok":false}\n');
      assert.equal(received[0]!.body.toString(), fs.readFileSync(body, 'utf8'));
    });

    it('--break sends a broken webhook that the doctor names with the same code', async () => {
      for (const variant of ['trailing-newline', 'reserialized-json', 'base64-signature', 'secret-whitespace']) {
        received.length = 0;
        const r = await runAsync(['webhook', 'send', '--url', url, '--event', 'service_request.created', '--secret-env', 'MOK_TEST_WEBHOOK_SECRET', '--break', variant]);
        assert.equal(r.status, 0, r.stderr);
        assert.match(r.stderr, /deliberately broken/);
        const got = received[0]!;
        const d = diagnoseSignature({ secret: SECRET, body: got.body, signature: String(got.headers['x-signature']) });
        assert.deepEqual(
          d.hints.map((h) => h.code),
          [variant],
        );
      }
    });

    it('an unreachable receiver exits 1 with the origin named', async () => {
      const r = await runAsync(['webhook', 'send', '--url', 'http://127.0.0.1:9/hooks', '--event', 'service_request.created', '--secret-env', 'MOK_TEST_WEBHOOK_SECRET']);
      assert.equal(r.status, 1);
      assert.match(r.stderr, /Could not reach http:\/\/127\.0\.0\.1:9/);
      assert.doesNotMatch(r.stderr, NO_STACK);
    });
  });
});

// Fuzzing `mok` with argument vectors made of its own commands, flags and awkward values (empty,
// missing, unreadable files, broken JSON, unknown operations, unreachable URLs). Property: every
// run ends by itself with exit 0, 1 or 2 and never prints a stack trace or a raw JavaScript error
// — bad input always gets a sentence. Long-running commands (sandbox, webhook listen) are only
// asked for --help; anything written goes to a temporary directory.
import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { checkAsyncProperty, fuzzParams, fuzzTimeout, reportFuzzCases } from '../../support/fuzz';

const CLI = path.resolve(__dirname, '../../../cli.js');
const dir = mkdtempSync(path.join(os.tmpdir(), 'mok-fuzz-cli-'));

function run(args: string[]): Promise<{ status: number | null; stderr: string; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: dir, env: { PATH: process.env.PATH ?? '', HOME: dir, MOK_BASE_URL: '', MOK_ORG: '' } });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`mok ${args.join(' ')} did not end within 20 s`));
    }, 20_000);
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stderr, stdout });
    });
    child.stdin.end('');
  });
}

const COMMANDS: string[][] = [[], ['nope'], ['call'], ['operations'], ['openapi'], ['validate'], ['schema', 'lint'], ['scaffold'], ['webhook'], ['webhook', 'verify'], ['webhook', 'sign'], ['webhook', 'send'], ['webhook', 'list'], ['webhook', 'replay'], ['sandbox', 'trigger'], ['sandbox', '--help'], ['webhook', 'listen', '--help']];
const FLAGS = [
  '--param', '--query', '--header', '--body', '--file', '--example', '--request', '--env', '--base-url', '--sandbox', '--yes', '--json', '--api', '--schema', '--template', '--model',
  '--org', '--formats', '--format', '--language', '--secret-env', '--secret-file', '--signature', '--body-file', '--request-file', '--url', '--event', '--break', '--status',
  '--service-request', '--verbose', '--force', '--list-models', '--environments-file', '--secrets-file', '--timeout-ms', '--documents-url', '--version', '--nope', '-x', '--', '-',
];
const VALUES = [
  '', 'k=v', '=', 'x', '-1', '0', '1e999', 'NaN', '@/nonexistent/file.json', '/nonexistent/dir/file', '.', dir, 'http://127.0.0.1:1', 'not a url', 'ftp://x', 'serviceRequests.list', 'contracts.lookup',
  'documents.download', 'serviceRequests.create:body', 'factura_mensual@1', 'factura_mensual@9.9', 'ñ', '{"a":', '{}', '[]', 'null', 'id=1', 'service_request.created', 'trailing-newline', 'HOME', 'mok', 'yoigo', 'sarif', 'json',
];
const argv = fc
  .tuple(
    fc.constantFrom(...COMMANDS),
    fc.array(fc.oneof(fc.constantFrom(...FLAGS), fc.constantFrom(...VALUES), fc.tuple(fc.constantFrom(...FLAGS), fc.constantFrom(...VALUES)).map(([f, v]) => `${f}=${v}`)), { maxLength: 6 }),
  )
  .map(([command, rest]) => [...command, ...rest])
  // Writing files only ever happens in the temporary directory.
  .map((args) => args.flatMap((a, i) => (a === '--out' || a.startsWith('--out=') || a === '--store' || args[i - 1] === '--out' ? [] : [a])));

describe('fuzz: the mok command line', function () {
  this.timeout(fuzzTimeout(120_000));
  after(() => reportFuzzCases('the mok command line'));

  it('any argument vector ends with 0, 1 or 2 and a sentence, never a stack trace', async () => {
    await checkAsyncProperty(
      'cli',
      fc.asyncProperty(argv, async (args) => {
        const r = await run(args);
        const what = `mok ${args.map((a) => JSON.stringify(a)).join(' ')} → ${r.status}\n${r.stderr.slice(0, 800)}`;
        assert.ok(r.status === 0 || r.status === 1 || r.status === 2, what);
        assert.doesNotMatch(r.stderr, /^\s+at .+:\d+:\d+\)?$/m, what);
        assert.doesNotMatch(r.stderr, /\b(TypeError|ReferenceError|RangeError|SyntaxError|AssertionError)\b/, what);
        if (r.status === 2) assert.ok(r.stderr.trim().length > 0, `${what}: bad usage says what is wrong`);
      }),
      fuzzParams(41, 8000),
    );
  });
});

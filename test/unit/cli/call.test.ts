// `mok call` as users run it (the built dist/cli.js as a child process): examples, request files,
// environments files with secrets from the environment, live-environment confirmation, binary
// answers, and refusals that name what is wrong and send nothing.
import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { RunningSandbox } from '../../../src/sandbox/server';
import { withSandbox } from '../../support/sandbox';

const CLI = path.resolve(__dirname, '../../../cli.js');

/** Runs the CLI without blocking this process (the sandbox it calls lives here). */
function mok(args: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string; input?: string } = {}): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, ...options.env };
  for (const k of Object.keys(env)) if (k.startsWith('MOK_') && !(options.env && k in options.env)) delete env[k];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { env, cwd: options.cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

function tmp(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'mok-call-'));
}

describe('mok call', function () {
  this.timeout(60_000);
  let sb: RunningSandbox;
  before(async () => {
    sb = await withSandbox();
  });
  after(() => sb.close());

  it('--example --sandbox sends the document\'s example to an in-process sandbox', async () => {
    const r = await mok(['call', 'contracts.lookup', '--example', '--sandbox', '--json']);
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout) as { status: number; body: { contracts: { access_identifier: string }[] } };
    assert.equal(out.status, 200);
    assert.ok(out.body.contracts.some((c) => c.access_identifier === '123456789'));
  });

  it('suggests the closest operation for a typo and exits 2', async () => {
    const r = await mok(['call', 'serviceRequest.list', '--sandbox']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /unknown operation "serviceRequest\.list"; did you mean "serviceRequests\.list"\?/);
  });

  it('refuses a request that fails its check, naming each part, and sends nothing (--force sends it)', async () => {
    const r = await mok(['call', 'serviceRequests.get', '--base-url', sb.url, '--sandbox', '--param', 'id=abc', '--query', 'x=1']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /not sent/);
    assert.match(r.stderr, /\/params\/id {2}expected a whole number/);
    const missing = await mok(['call', 'serviceRequests.get', '--base-url', sb.url, '--sandbox']);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /\/params\/id {2}the path parameter "id" is required/);
    const body = await mok(['call', 'serviceRequests.create', '--base-url', sb.url, '--sandbox', '--body', '{"service_request":{"servce_name":"Grúa"}}']);
    assert.equal(body.status, 2);
    assert.match(body.stderr, /\/body\/service_request\/servce_name {2}"servce_name" is not an accepted field here \(did you mean "service_name"\?\)/);
    const forced = await mok(['call', 'providerRanking.get', '--base-url', sb.url, '--sandbox', '--force', '--json']);
    assert.equal(forced.status, 1);
    assert.equal((JSON.parse(forced.stdout) as { status: number }).status, 422);
  });

  it('runs a saved request file, reading its body from the file and its files relative to it', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'list.mok-request.json'), JSON.stringify({ operation: 'serviceRequests.list', query: { current_status: 'completed', 'page[size]': 2 } }));
    const r = await mok(['call', '--request', path.join(dir, 'list.mok-request.json'), '--base-url', sb.url, '--sandbox', '--json']);
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout) as { body: { service_requests: { current_status: string }[] } };
    assert.equal(out.body.service_requests.length, 2);
    assert.ok(out.body.service_requests.every((s) => s.current_status === 'completed'));
    writeFileSync(path.join(dir, 'bad.mok-request.json'), JSON.stringify({ operation: 'plans.list', headers: { Authorization: 'Bearer x' } }));
    const bad = await mok(['call', '--request', path.join(dir, 'bad.mok-request.json'), '--sandbox']);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /credentials never go in a request file/);
  });

  it('uses an environment of the project with secrets from MOK_* variables, and asks --yes for a live write', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'mok.environments.json'), JSON.stringify([{ name: 'Prod', kind: 'live', mokBaseUrl: sb.url, documentsBaseUrl: sb.url }]));
    const env = { MOK_CLIENT_ID: 'sandbox-client', MOK_CLIENT_SECRET: 'sandbox-secret' };
    const read = await mok(['call', 'plans.list', '--env', 'Prod', '--json'], { cwd: dir, env });
    assert.equal(read.status, 0, read.stderr);
    const write = await mok(['call', 'whatsapp.request', '--env', 'Prod', '--body', '{"whatsapp_number":"+34600000001"}'], { cwd: dir, env });
    assert.equal(write.status, 2);
    assert.match(write.stderr, /"Prod" is a live environment: add --yes/);
    const confirmed = await mok(['call', 'whatsapp.request', '--env', 'Prod', '--yes', '--body', '{"whatsapp_number":"+34600000001"}'], { cwd: dir, env });
    assert.equal(confirmed.status, 0, confirmed.stderr);
    const unknown = await mok(['call', 'plans.list', '--env', 'Staging'], { cwd: dir, env });
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /no environment "Staging" in .*mok\.environments\.json; it has: Prod/);
    assert.doesNotMatch(read.stderr + write.stderr + confirmed.stderr, /sandbox-secret/);
  });

  it('uploads a dynamic template as multipart, its HBS byte for byte, from a request file naming the files', async () => {
    const dir = tmp();
    const hbs = '<h1>{{CUSTOMER.NAME}}</h1>\n<p>Total: {{TOTAL_AMOUNT}} €</p>\n';
    writeFileSync(path.join(dir, 'es.hbs'), hbs);
    writeFileSync(path.join(dir, 'es.config.json'), '{"page":{"size":"A4"}}');
    const structure = { $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'object', properties: { TOTAL_AMOUNT: { type: 'number' } } };
    writeFileSync(
      path.join(dir, 'create.mok-request.json'),
      JSON.stringify({
        operation: 'templates.create',
        body: { metadata: { external_id: 'recibo_cli', description: 'Recibo', default_language: 'ES', sources: [{ language: 'ES', template_part_name: 'es_hbs', editor_config_part_name: 'es_cfg', structure, engine_version: '3.12' }] } },
        files: { es_hbs: 'es.hbs', es_cfg: 'es.config.json' },
      }),
    );
    const created = await mok(['call', '--request', path.join(dir, 'create.mok-request.json'), '--base-url', sb.url, '--sandbox', '--json']);
    assert.equal(created.status, 0, created.stderr);
    const minor = await mok(['call', 'templates.minor', '--param', 'id=recibo_cli', '--param', 'major=1', '--param', 'minor=0', '--base-url', sb.url, '--sandbox', '--json']);
    const url = (JSON.parse(minor.stdout) as { body: { sources: { template_url: string }[] } }).body.sources[0]?.template_url ?? '';
    assert.equal(await (await fetch(url)).text(), hbs);
    const missing = await mok(['call', 'documents.create', '--base-url', sb.url, '--sandbox', '--body', '{"name":"x","extension":"pdf"}']);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /\/files\/content {2}the file part "content" is required: pick a file for it/);
    const unreadable = await mok(['call', 'documents.create', '--base-url', sb.url, '--sandbox', '--body', '{"name":"x","extension":"pdf"}', '--file', `content=${path.join(dir, 'nope.pdf')}`]);
    assert.equal(unreadable.status, 2);
    assert.match(unreadable.stderr, /cannot read the file part .*nope\.pdf/);
  });

  it('reads the body from standard input', async () => {
    const r = await mok(['call', 'whatsapp.request', '--base-url', sb.url, '--sandbox', '--body', '-', '--json'], { input: '{"whatsapp_number":"+34600000002"}' });
    assert.equal(r.status, 0, r.stderr);
  });

  it('writes a file answer (a PDF) with --out byte for byte, and summarises it without', async () => {
    const dir = tmp();
    const pdf = path.join(dir, 'document.pdf');
    const r = await mok(['call', 'documents.download', '--example', '--base-url', sb.url, '--sandbox', '--out', pdf]);
    assert.equal(r.status, 0, r.stderr);
    const bytes = readFileSync(pdf);
    assert.equal(bytes.subarray(0, 5).toString('latin1'), '%PDF-', 'a real PDF, not JSON or text');
    assert.match(bytes.subarray(-8).toString('latin1'), /%%EOF\s*$/);
    const summary = await mok(['call', 'documents.download', '--example', '--base-url', sb.url, '--sandbox']);
    assert.equal(summary.status, 0, summary.stderr);
    assert.equal(summary.stdout.trim().split('\n').length, 1, 'one line, no bytes on the terminal');
    assert.match(summary.stdout, new RegExp(`^200 .*application/pdf.*${bytes.length}`));
    const json = await mok(['call', 'templates.list', '--base-url', sb.url, '--sandbox', '--out', path.join(dir, 'list.json')]);
    assert.equal(json.status, 0, json.stderr);
    assert.match(readFileSync(path.join(dir, 'list.json'), 'utf8'), /"templates"/);
  });

  it('lists operations of one API', async () => {
    const r = await mok(['operations', '--api', 'documents', '--json']);
    assert.equal(r.status, 0);
    const ops = JSON.parse(r.stdout) as { id: string; api: string }[];
    assert.ok(ops.length >= 92 && ops.every((o) => o.api === 'documents'));
    assert.equal((await mok(['operations', '--api', 'nope'])).status, 2);
  });
});

// `mok validate`, `mok schema lint` and `mok scaffold` as users run them: real child processes
// on dist/cli.js, the API being an in-process sandbox. Output shapes, exit codes (0/1/2), bad
// input, and a reader that closes the pipe early.
import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { RunningSandbox } from '../../../src/sandbox/server';
import { withSandbox } from '../../support/sandbox';

const CLI = path.resolve(__dirname, '../../../cli.js');
const FIXTURES = path.resolve(__dirname, '../../../../test/fixtures');
const SEED_FILL = path.join(FIXTURES, 'fills/seed-example.mok-fill.json');
const INVOICE = path.join(FIXTURES, 'seeds/documents/invoice-structure.json');

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI without blocking this process (the sandbox it calls lives here). */
function run(args: string[], input?: string): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, MOK_BASE_URL: '', MOK_ORG: '' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
    child.stdin.end(input ?? '');
  });
}

describe('cli mok validate / schema lint / scaffold', function () {
  this.timeout(30_000);
  let sb: RunningSandbox;
  let dir: string;
  const api = () => ['--sandbox', '--base-url', sb.url];
  const file = (name: string, value: unknown) => {
    const p = path.join(dir, name);
    writeFileSync(p, typeof value === 'string' ? value : JSON.stringify(value, null, 2));
    return p;
  };

  before(async () => {
    sb = await withSandbox();
    dir = mkdtempSync(path.join(os.tmpdir(), 'mok-validate-'));
  });
  after(() => sb.close());

  it('validates a fill file against the template version it names: file:line:col  /pointer  message, exit 1', async () => {
    const r = await run(['validate', ...api(), SEED_FILL]);
    assert.equal(r.status, 1, r.stderr);
    const lines = r.stdout.trim().split('\n');
    assert.equal(lines[0], `${SEED_FILL}:14:3  /fields_values/DISCOUNT_AMOUNT  DISCOUNT_AMOUNT is required: the template requires it when HAS_DISCOUNT is true, and that rule also applies when HAS_DISCOUNT is missing (its "if" has no "required")`);
    assert.ok(lines.includes(`${SEED_FILL}:15:5  /fields_values/customer  customer is not a field here (did you mean CUSTOMER? CUSTOMER is required)`));
    assert.ok(lines.includes(`${SEED_FILL}:31:20  /fill_priority  must be one of "low", "high" (got "string")`));
    assert.match(r.stderr, /1 file checked, 1 invalid/);
  });

  it('--json prints [{file, valid, errors:[{pointer, line, column, keyword, message}]}]', async () => {
    const r = await run(['validate', ...api(), '--json', SEED_FILL]);
    assert.equal(r.status, 1);
    const out = JSON.parse(r.stdout) as { file: string; valid: boolean; errors: Record<string, unknown>[]; warnings: unknown[] }[];
    assert.equal(out.length, 1);
    assert.equal(out[0]?.valid, false);
    assert.deepEqual(Object.keys(out[0].errors[0]!), ['pointer', 'line', 'column', 'keyword', 'message']);
    assert.deepEqual(out[0]?.errors.find((e) => e['pointer'] === '/fields_values/customer'), {
      pointer: '/fields_values/customer',
      line: 15,
      column: 5,
      keyword: 'additionalProperties',
      message: 'customer is not a field here (did you mean CUSTOMER? CUSTOMER is required)',
    });
  });

  it('--schema validates fill files and plain JSON; exit 0 when valid', async () => {
    const valid = file('valid.json', { CUSTOMER: { dni: '1', name: 'x' }, PRODUCTS: [], TOTAL_AMOUNT: 0, PAYMENT_METHOD: 'bank_transfer', HAS_DISCOUNT: false });
    const ok = await run(['validate', '--schema', INVOICE, valid]);
    assert.equal(ok.status, 0, ok.stdout + ok.stderr);
    assert.equal(ok.stdout, '');
    const bad = file('bad.json', { CUSTOMER: { dni: '1', name: 'x' }, PRODUCTS: [], TOTAL_AMOUNT: '0', PAYMENT_METHOD: 'Card' });
    const r = await run(['validate', '--schema', INVOICE, valid, bad]);
    assert.equal(r.status, 1);
    assert.ok(r.stdout.includes(`${bad}:7:19  /TOTAL_AMOUNT  must be a number, but is a string ("0")`), r.stdout);
    assert.ok(r.stdout.includes('(got "Card"; did you mean "card"?)'));
  });

  it('--template ID@MAJOR.MINOR, and a missing version says which exist (exit 2)', async () => {
    const r = await run(['validate', ...api(), '--template', 'factura_mensual@2.0', SEED_FILL]);
    assert.equal(r.status, 1);
    assert.match(r.stdout, /\/fields_values\/INVOICE_NUMBER  INVOICE_NUMBER is required/);
    const missing = await run(['validate', ...api(), '--template', 'factura_mensual@3', SEED_FILL]);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /factura_mensual has no major version 3; its majors: 1 \(latest 1\.1\), 2 \(latest 2\.0\)/);
    const typo = await run(['validate', ...api(), '--template', 'factura_mensal@1', SEED_FILL]);
    assert.match(typo.stderr, /did you mean "factura_mensual"\?/);
  });

  it('warnings (tags, pinned minor) do not fail a valid file', async () => {
    const scaffold = await run(['scaffold', ...api(), 'factura_mensual@1.0']);
    assert.equal(scaffold.status, 0, scaffold.stderr);
    const value = JSON.parse(scaffold.stdout) as { template: unknown; document: { tags: string[] } };
    assert.deepEqual(value.template, { external_id: 'factura_mensual', major: 1, minor: 0 });
    value.document.tags = ['draft'];
    const p = file('pinned.mok-fill.json', value);
    const r = await run(['validate', ...api(), p]);
    assert.equal(r.status, 0, r.stdout);
    assert.match(r.stdout, /\/template\/minor  warning: the fill endpoint takes the major only and fills with its latest minor, 1\.1/);
    assert.match(r.stdout, /\/document\/tags\/0  warning: tags are stored in UPPERCASE: "draft" becomes "DRAFT"/);
  });

  it('--format sarif and junit', async () => {
    const sarif = JSON.parse((await run(['validate', ...api(), '--format', 'sarif', SEED_FILL])).stdout) as { version: string; runs: { results: { ruleId: string; locations: { physicalLocation: { region: { startLine: number } } }[] }[] }[] };
    assert.equal(sarif.version, '2.1.0');
    const result = sarif.runs[0]?.results.find((x) => x.ruleId === 'schema/additionalProperties');
    assert.equal(result?.locations[0]?.physicalLocation.region.startLine, 15);
    const junit = await run(['validate', ...api(), '--format', 'junit', SEED_FILL]);
    assert.match(junit.stdout, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="mok validate" tests="1" failures="1">/);
    assert.match(junit.stdout, /<failure message="6 problems" type="invalid">/);
  });

  it('bad usage and unreadable input exit 2 with a message', async () => {
    assert.equal((await run(['validate'])).status, 2);
    const both = await run(['validate', '--schema', INVOICE, '--template', 'x@1', SEED_FILL]);
    assert.equal(both.status, 2);
    assert.match(both.stderr, /give one of --schema, --template or --model, not several/);
    const missing = await run(['validate', '--schema', INVOICE, path.join(dir, 'nope.json')]);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /cannot read .*nope\.json: no such file/);
    const notSchema = await run(['validate', '--schema', file('s.json', '[1]'), SEED_FILL]);
    assert.equal(notSchema.status, 2);
    assert.match(notSchema.stderr, /s\.json:1:1: not a usable JSON Schema: a JSON Schema must be an object or a boolean, not an array/);
    const badSchema = await run(['validate', '--schema', file('t.json', '{\n  "type": "strin"\n}'), SEED_FILL]);
    assert.match(badSchema.stderr, /t\.json:2:11: not a usable JSON Schema: "type": "strin" is not a JSON Schema type \(did you mean "string"\?\)/);
    const noApi = await run(['validate', SEED_FILL]);
    assert.equal(noApi.status, 2);
    assert.match(noApi.stderr, /choose the API: --sandbox, --base-url URL, or --env NAME/);
    const plain = await run(['validate', ...api(), INVOICE]);
    assert.match(plain.stderr, /is not a fill file .*give --schema or --template/);
    assert.equal((await run(['validate', '--formats', 'maybe', '--schema', INVOICE, SEED_FILL])).status, 2);
  });

  it('malformed, huge and deep files: one positioned problem each, exit 1', async () => {
    const broken = file('broken.json', '{\n  "A": 1\n  "B": 2\n}');
    const r = await run(['validate', '--schema', INVOICE, broken]);
    assert.equal(r.status, 1);
    assert.equal(r.stdout, `${broken}:3:3  /  a comma is missing\n`);
    const deep = await run(['validate', '--schema', INVOICE, file('deep.json', `${'['.repeat(1000)}${']'.repeat(1000)}`)]);
    assert.match(deep.stdout, /:1:129  \/  this JSON nests more than 128 levels deep here/);
  });

  it('reads stdin as "-", and formats as annotations with --formats annotate', async () => {
    const schema = file('email.json', { properties: { E: { format: 'email' } } });
    assert.equal((await run(['validate', '--schema', schema, '-'], '{"E": "nope"}')).status, 1);
    assert.equal((await run(['validate', '--schema', schema, '--formats', 'annotate', '-'], '{"E": "nope"}')).status, 0);
  });

  it('a reader that closes the pipe early is not an error', async () => {
    const items = Array.from({ length: 3000 }, () => ({}));
    const data = file('many.json', items);
    const schema = file('item.json', { items: { required: ['A'] } });
    const result = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [CLI, 'validate', '--schema', schema, data]);
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.stdout.once('data', () => child.stdout.destroy());
      child.on('exit', (code) => resolve({ code, stderr }));
    });
    assert.equal(result.code, 1);
    assert.doesNotMatch(result.stderr, /EPIPE|Error:/);
  });

  it('schema lint finds the seed invoice defects with rule ids (exit 1), --json and sarif', async () => {
    const r = await run(['schema', 'lint', INVOICE]);
    assert.equal(r.status, 1);
    assert.deepEqual(
      r.stdout
        .trim()
        .split('\n')
        .map((l) => l.split('  ').slice(0, 3).join('  ')),
      [
        `${INVOICE}:39:9  /properties/CUSTOMER/required/0  required-not-declared`,
        `${INVOICE}:40:9  /properties/CUSTOMER/required/1  required-not-declared`,
        `${INVOICE}:118:11  /allOf/0/if/properties/HAS_DISCOUNT  if-without-required`,
        `${INVOICE}:133:22  /allOf/1/if/properties/PAYMENT_METHOD/const  if-const-outside-enum`,
      ],
    );
    const json = JSON.parse((await run(['schema', 'lint', '--json', INVOICE])).stdout) as { valid: boolean; findings: { rule: string; severity: string; pointer: string; line: number; column: number; message: string }[] }[];
    assert.equal(json[0]?.valid, false);
    const { message, ...rest } = json[0].findings[2]!;
    assert.deepEqual(rest, { rule: 'if-without-required', severity: 'warning', pointer: '/allOf/0/if/properties/HAS_DISCOUNT', line: 118, column: 11 });
    assert.match(message, /^this "if" also holds when HAS_DISCOUNT is missing/);
    const clean = await run(['schema', 'lint', file('clean.json', { type: 'object', properties: { A: { type: 'string' } }, required: ['A'] })]);
    assert.equal(clean.status, 0);
    const sarif = JSON.parse((await run(['schema', 'lint', '--format', 'sarif', INVOICE])).stdout) as { runs: { tool: { driver: { rules: { id: string }[] } } }[] };
    assert.deepEqual(
      sarif.runs[0]?.tool.driver.rules.map((x) => x.id),
      ['if-const-outside-enum', 'if-without-required', 'required-not-declared'],
    );
  });

  it('scaffold prints a fill file that validates, and refuses unknown languages and versions (exit 2)', async () => {
    const out = path.join(dir, 'new.mok-fill.json');
    const r = await run(['scaffold', ...api(), 'factura_mensual@1', '--out', out]);
    assert.equal(r.status, 0, r.stderr);
    const value = JSON.parse(readFileSync(out, 'utf8')) as { template: unknown; language: string; fill_priority: string };
    assert.deepEqual(value.template, { external_id: 'factura_mensual', major: 1 });
    assert.equal(value.language, 'ES');
    assert.equal((await run(['validate', ...api(), out])).status, 0);
    const lang = await run(['scaffold', ...api(), 'factura_mensual@1', '--language', 'CA']);
    assert.equal(lang.status, 2);
    // masmovil's 1.x line is Spanish only (the Documents document's new-minor example sends only ES).
    assert.match(lang.stderr, /factura_mensual v1\.1 has no CA source; its languages: ES\./);
    assert.equal((await run(['scaffold', ...api(), 'factura_mensual@9'])).status, 2);
    assert.equal((await run(['scaffold', ...api(), 'factura mensual'])).status, 2);
  });

  it('--model validates any JSON against an operation body or a named schema; unknown models are bad usage with a suggestion', async () => {
    const wrong = file('sr.json', '{\n  "service_request": {\n    "servce_name": "Grúa",\n    "service_id": "12"\n  }\n}\n');
    const r = await run(['validate', '--model', 'serviceRequests.create:body', wrong]);
    assert.equal(r.status, 1, r.stderr);
    assert.deepEqual(r.stdout.trim().split('\n'), [
      `${wrong}:3:5  /service_request/servce_name  "servce_name" is not an accepted field here (did you mean "service_name"?)`,
      `${wrong}:4:19  /service_request/service_id  must be a number, but is a string ("12")`,
    ]);
    const error = file('error.json', { errors: [{ status: 422, code: 'invalid', detail: 'service_id is missing' }] });
    const json = await run(['validate', '--model', 'MokErrorResponse', '--json', error]);
    assert.equal(json.status, 0, json.stdout + json.stderr);
    assert.deepEqual(JSON.parse(json.stdout), [{ file: error, valid: true, errors: [], warnings: [] }]);
    const typo = await run(['validate', '--model', 'serviceRequest.create:body', wrong]);
    assert.equal(typo.status, 2);
    assert.match(typo.stderr, /did you mean "serviceRequests\.create:body"\?.*--list-models/);
    assert.equal((await run(['validate', '--model', 'MokErrorResponse', '--schema', INVOICE, error])).status, 2);
    const list = await run(['validate', '--list-models']);
    assert.equal(list.status, 0);
    assert.match(list.stdout, /^serviceRequests\.create:body +POST \/api\/v1\/provider_networks\/service_requests/m);
  });
});

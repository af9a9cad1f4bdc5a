// `mok fill` and `mok template diff` as users run them: real child processes on dist/cli.js, the
// API a sandbox over HTTP. A scaffolded fill file fills to COMPLETED (--wait, --json, --out), a fill
// the source analysis says would FAIL is refused before anything is sent (and, forced, FAILS with
// the API's message next to the predicted cause), invalid data is refused, exit codes 0/1/2.
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { RunningSandbox } from '../../../src/sandbox/server';
import { runCli as run } from '../../support/cliRun';
import { withSandbox } from '../../support/sandbox';

describe('cli mok fill / mok template diff', function () {
  this.timeout(30_000);
  let sb: RunningSandbox;
  let dir: string;
  let scaffold: Record<string, unknown>;
  const api = () => ['--sandbox', '--base-url', sb.url];
  const file = (name: string, value: unknown) => {
    const p = path.join(dir, name);
    writeFileSync(p, JSON.stringify(value, null, 2));
    return p;
  };
  const fillRequests = () => sb.journal.list().filter((e) => e.operation === 'templates.fill');

  before(async () => {
    sb = await withSandbox();
    dir = mkdtempSync(path.join(os.tmpdir(), 'mok-fill-'));
    const r = await run(['scaffold', 'factura_mensual@2', ...api()]);
    assert.equal(r.status, 0, r.stderr);
    scaffold = JSON.parse(r.stdout) as Record<string, unknown>;
  });
  after(() => sb.close());

  it('a scaffolded fill file fills to COMPLETED with --wait: each status on stderr, "COMPLETED id document" on stdout, origin sent', async () => {
    const f = file('ok.mok-fill.json', scaffold);
    const r = await run(['fill', f, '--wait', ...api()]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^COMPLETED \S+ \S+\n$/);
    assert.match(r.stderr, /mok fill: CREATED \d+\.\d s \(fill process \S+\)\n/);
    assert.match(r.stderr, /mok fill: COMPLETED \d+\.\d s\n/);
    const sent = fillRequests().at(-1);
    assert.equal(sent?.requestHeaders['fill-process-origin'], 'mok-cli');
  });

  it('without --wait: accepted is exit 0 with "CREATED id"; --origin sets the header', async () => {
    const f = file('nowait.mok-fill.json', scaffold);
    const r = await run(['fill', f, '--origin', 'sales-platform', ...api()]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^CREATED \S+\n$/);
    assert.equal(fillRequests().at(-1)?.requestHeaders['fill-process-origin'], 'sales-platform');
  });

  it('--json prints one document: status, ids, template, timings', async () => {
    const f = file('json.mok-fill.json', scaffold);
    const r = await run(['fill', f, '--wait', '--json', ...api()]);
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout) as Record<string, unknown>;
    assert.equal(out['status'], 'COMPLETED');
    assert.equal(out['file'], f);
    assert.ok(typeof out['fill_process_id'] === 'string' && typeof out['filled_document_id'] === 'string');
    assert.deepEqual(out['template'], { external_id: 'factura_mensual', major: 2, minor: 0, org: 'masmovil' });
    assert.deepEqual(Object.keys(out['timings'] as object), ['CREATED', 'PROCESSING', 'COMPLETED']);
    assert.deepEqual(out['problems'], []);
  });

  it('invalid data is refused with its problems (file:line:col), nothing sent, exit 1', async () => {
    const before = fillRequests().length;
    const f = file('bad.mok-fill.json', { ...scaffold, fields_values: { customer: {} } });
    const r = await run(['fill', f, '--wait', ...api()]);
    assert.equal(r.status, 1);
    assert.match(r.stdout, new RegExp(`^${f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+  /fields_values/customer  customer is not a field here`, 'm'));
    assert.match(r.stderr, /refused, nothing was sent: \d+ problems? \(--force sends anyway\)/);
    assert.equal(fillRequests().length, before);
  });

  it('a fill the source analysis says would FAIL is refused before sending, the variable named', async () => {
    // factura_mensual 1.x (the API document's structure) requires "dni"/"name" but its source
    // prints CUSTOMER.NAME and CUSTOMER.DNI: valid data, and a FAILED fill.
    const v1 = { template: { external_id: 'factura_mensual', major: 1 }, language: 'ES', document: { name: 'factura_v1' }, fill_priority: 'high', fields_values: { CUSTOMER: { dni: '12345678Z', name: 'Ana' }, PRODUCTS: [], TOTAL_AMOUNT: 1, PAYMENT_METHOD: 'card', HAS_DISCOUNT: false, CARD_LAST_DIGITS: '4242' } };
    const before = fillRequests().length;
    const r = await run(['fill', file('v1.mok-fill.json', v1), '--wait', ...api()]);
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stdout, /\/fields_values\/CUSTOMER\/NAME  CUSTOMER\.NAME is printed by the ES source \(line \d+, column \d+\) but fields_values has no CUSTOMER\.NAME: the fill will FAIL with "Template variable 'CUSTOMER\.NAME' missing in payload\."/);
    assert.equal(fillRequests().length, before);
  });

  it("the API document's FAILED example: predicted and refused; forced, FAILED with the API's message and the likely cause, exit 1", async () => {
    const telco = { template: { external_id: 'telco_services', major: 1 }, language: 'ES', document: { name: 'resumen_2025_11' }, fill_priority: 'high', fields_values: { customerId: 'C000123', services: [{ name: 'Fibra 1Gb', monthlyPrice: 30 }], totalMonthly: 30 } };
    const f = file('telco.mok-fill.json', telco);
    const refused = await run(['fill', f, '--wait', ...api()]);
    assert.equal(refused.status, 1);
    assert.match(refused.stdout, /\/fields_values\/customerName  customerName is printed by the ES source \(line \d+, column \d+\) but fields_values has no customerName: the fill will FAIL with "Template variable 'customerName' missing in payload\."/);
    const forced = await run(['fill', f, '--wait', '--force', '--json', ...api()]);
    assert.equal(forced.status, 1, forced.stderr);
    const out = JSON.parse(forced.stdout) as { status: string; error: { message: string; cause: string }; template: unknown };
    assert.equal(out.status, 'FAILED');
    assert.deepEqual(out.template, { external_id: 'telco_services', major: 1, minor: 2, org: 'masmovil' });
    assert.equal(out.error.message, "Template variable 'customerName' missing in payload.");
    assert.match(out.error.cause, /^the ES source prints customerName at line \d+, column \d+, and the data sent has no customerName$/);
    assert.match(forced.stderr, /mok fill: FAILED: Template variable 'customerName' missing in payload\.\nmok fill: likely cause: the ES source prints customerName/);
  });

  it('--out saves the filled document (implies --wait)', async () => {
    const target = path.join(dir, 'factura.pdf');
    const r = await run(['fill', file('out.mok-fill.json', scaffold), '--out', target, ...api()]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^COMPLETED \S+ \S+\n$/);
    const pdf = readFileSync(target).toString('latin1');
    assert.match(pdf, /^%PDF-1\.4[\s\S]*\(Factura n\xba F\d{4}-\d{6}\)/);
    assert.match(r.stderr, new RegExp(`saved the filled document to ${target.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  });

  it('bad usage and unreadable files are exit 2', async () => {
    assert.equal((await run(['fill', ...api()])).status, 2);
    const missing = await run(['fill', path.join(dir, 'nope.mok-fill.json'), ...api()]);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /no such file/);
    assert.equal((await run(['fill', file('x.mok-fill.json', scaffold), '--origin', 'has space', ...api()])).status, 2);
    assert.equal((await run(['fill', file('y.mok-fill.json', scaffold)])).status, 2);
  });

  it('mok template diff: each change of 1.1 → 2 with breaking or ok; --json; exit 2 for a version that does not exist', async () => {
    const r = await run(['template', 'diff', 'factura_mensual@1.1', 'factura_mensual@2', ...api()]);
    assert.equal(r.status, 0, r.stderr);
    const lines = r.stdout.split('\n');
    assert.match(lines[0] ?? '', /^factura_mensual 1\.1 → factura_mensual 2\.0: \d+ changes?, \d+ breaking for existing fill data$/);
    assert.ok(lines.some((l) => /^ {2}breaking {2}INVOICE_NUMBER +added: new required field: existing fill data lacks it$/.test(l)), r.stdout);
    assert.ok(lines.some((l) => /^ {2}ok {8}BILLING_PERIOD +added: new optional field$/.test(l)), r.stdout);
    const json = await run(['template', 'diff', 'factura_mensual@1.1', 'factura_mensual@2.0', '--json', ...api()]);
    const doc = JSON.parse(json.stdout) as { from: unknown; to: unknown; breaking: number; changes: { path: string; kind: string; breaking: boolean }[] };
    assert.deepEqual(doc.from, { external_id: 'factura_mensual', version: '1.1' });
    assert.ok(doc.breaking > 0 && doc.changes.some((c) => c.path === 'INVOICE_NUMBER' && c.kind === 'added' && c.breaking));
    const missing = await run(['template', 'diff', 'factura_mensual@1.1', 'factura_mensual@7', ...api()]);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /factura_mensual has no major version 7; its majors: 1 \(latest 1\.1\), 2 \(latest 2\.0\)/);
    assert.equal((await run(['template', 'diff', 'factura_mensual@1', ...api()])).status, 2);
  });

  it('scaffold then fill: every variable the sources print has a value', () => {
    const text = JSON.stringify(scaffold);
    for (const v of ['INVOICE_NUMBER', 'BILLING_PERIOD', 'IBAN', 'CARD_LAST_DIGITS', 'DISCOUNT_AMOUNT']) assert.ok(text.includes(`"${v}"`), v);
  });
});

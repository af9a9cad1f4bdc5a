// Fill files: the request part (contract errors, tag warnings), the template binding (what
// exists when something is missing, a pinned minor that is not the latest, a language the
// template lacks) and fields_values against the version's structure — each at its line:column in
// the file, as the editor and `mok validate` show them.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkFillText } from '../../../../src/core/fill/checkFill';
import { isFillDocument, parseTemplateRef, requestProblems, tagProblems, templateRefOf } from '../../../../src/core/fill/fillFile';
import { cachedTemplateSource, resolveTemplate } from '../../../../src/core/fill/templates';
import { ApiError } from '../../../../src/core/errors';
import type { Problem } from '../../../../src/core/problems/problem';
import { SchemaValidator } from '../../../../src/core/validation/ajv';
import { createLocator } from '../../../../src/core/validation/locate';
import { fakeTemplateSource } from '../../../support/templates';

const FIXTURES = path.resolve(__dirname, '../../../../../test/fixtures');
const SEED_FILL = readFileSync(path.join(FIXTURES, 'fills/seed-example.mok-fill.json'), 'utf8');

function placed(text: string, problems: readonly Problem[]): string[] {
  const locator = createLocator(text);
  return problems.map((p) => {
    const loc = p.span ? { line: 0, column: p.span.offset } : locator.locate(p.pointer, p.target === 'key' ? 'key' : 'value');
    return `${loc.line}:${loc.column} ${p.severity} ${p.code} ${p.pointer}`;
  });
}

function fillText(overrides: Record<string, unknown>): string {
  const base = { template: { external_id: 'factura_mensual', major: 2 }, language: 'ES', document: { name: 'factura_2025_001', tags: ['DRAFT'] }, fill_priority: 'low', fields_values: {} };
  return JSON.stringify({ ...base, ...overrides }, null, 2);
}

describe('fill files — request part', () => {
  it('unknown members, enum values and an empty name, with did-you-mean', () => {
    const problems = requestProblems({ template: { external_id: 'x', major: 1 }, language: 'es', document: { name: '' }, fieldsValues: {}, fill_priority: 'string' });
    const by = (pointer: string) => problems.find((p) => p.pointer === pointer);
    assert.equal(by('/fieldsValues')?.message, '"fieldsValues" is not an accepted field here (did you mean "fields_values"?)');
    assert.equal(by('/language')?.data?.suggestion, 'ES');
    assert.deepEqual(by('/fill_priority')?.data?.allowed, ['low', 'high']);
    assert.equal(by('/document/name')?.message, 'document.name must not be empty');
    assert.equal(by('/fields_values')?.code, 'field/missing');
  });

  it('tag rules of the API document are warnings, one per tag', () => {
    const problems = tagProblems(['draft', 'MY TAG', '', 'null', 'DRAFT', 'A', 'B']);
    assert.deepEqual(
      problems.map((p) => [p.pointer, p.code, p.severity]),
      [
        ['/document/tags/0', 'fill/tag-case', 'warning'],
        ['/document/tags/1', 'fill/tag-whitespace', 'warning'],
        ['/document/tags/2', 'fill/tag-blank', 'warning'],
        ['/document/tags/3', 'fill/tag-reserved', 'warning'],
        ['/document/tags/4', 'fill/tag-duplicate', 'warning'],
        ['/document/tags', 'fill/tag-count', 'warning'],
      ],
    );
    assert.equal(problems[0]?.message, 'tags are stored in UPPERCASE: "draft" becomes "DRAFT"');
    assert.equal(problems[0]?.data?.suggestion, 'DRAFT');
  });

  it('reads the binding and template references', () => {
    assert.deepEqual(templateRefOf({ template: { external_id: 'factura_mensual', major: 1, minor: 1, org: 'yoigo' } }), { externalId: 'factura_mensual', major: 1, minor: 1, org: 'yoigo' });
    assert.equal(templateRefOf({ template: { external_id: 'Factura', major: 1 } }), undefined);
    assert.deepEqual(parseTemplateRef('factura_mensual@1.2'), { externalId: 'factura_mensual', major: 1, minor: 2 });
    assert.equal(parseTemplateRef('factura_mensual'), undefined);
    assert.ok(isFillDocument({ language: 'ES', fields_values: {} }));
    assert.ok(!isFillDocument({ CUSTOMER: {} }));
    assert.ok(isFillDocument(undefined, 'x.mok-fill.json'));
  });
});

describe('fill files — template resolution', () => {
  it('names what exists when a template, major or minor is missing', async () => {
    const source = fakeTemplateSource();
    const template = await resolveTemplate(source, { externalId: 'factura_mensal', major: 1 });
    assert.ok(!template.ok && template.reason === 'missing');
    assert.equal(template.problems[0]?.message, 'there is no dynamic template "factura_mensal" in org "masmovil" (did you mean "factura_mensual"?)');
    assert.equal(template.problems[0]?.pointer, '/template/external_id');
    const major = await resolveTemplate(source, { externalId: 'factura_mensual', major: 3 });
    assert.equal(major.problems[0]?.message, 'factura_mensual has no major version 3; its majors: 1 (latest 1.1), 2 (latest 2.0)');
    const minor = await resolveTemplate(source, { externalId: 'factura_mensual', major: 1, minor: 7 });
    assert.equal(minor.problems[0]?.message, 'factura_mensual major 1 has no minor 7; its minors: 1.1, 1.0');
    assert.equal(minor.problems[0]?.pointer, '/template/minor');
  });

  it('warns when a pinned minor is not the latest (the fill endpoint uses the latest)', async () => {
    const r = await resolveTemplate(fakeTemplateSource(), { externalId: 'factura_mensual', major: 1, minor: 0 });
    assert.ok(r.ok);
    assert.equal(r.template.detail.version, '1.0');
    assert.equal(r.template.latest.version, '1.1');
    assert.equal(r.problems[0]?.code, 'fill/minor-not-latest');
    assert.equal(r.problems[0]?.message, 'the fill endpoint takes the major only and fills with its latest minor, 1.1; this file is checked against the pinned 1.0');
  });

  it('an unreachable API is a warning, and failures are not cached', async () => {
    const failing = fakeTemplateSource(undefined, { fail: new ApiError({ reason: 'network', message: 'Could not reach http://127.0.0.1:9' }) });
    const cached = cachedTemplateSource(failing);
    const r = await resolveTemplate(cached, { externalId: 'factura_mensual', major: 1 });
    assert.ok(!r.ok && r.reason === 'unavailable');
    assert.equal(r.problems[0]?.severity, 'warning');
    assert.match(r.problems[0]?.message ?? '', /^could not load factura_mensual v1 from Sandbox: Could not reach/);
    await resolveTemplate(cached, { externalId: 'factura_mensual', major: 1 });
    assert.equal(failing.calls, 2);
  });

  it('caches answers per template major', async () => {
    const source = fakeTemplateSource();
    const cached = cachedTemplateSource(source);
    await resolveTemplate(cached, { externalId: 'factura_mensual', major: 1 });
    await resolveTemplate(cached, { externalId: 'factura_mensual', major: 1, minor: 0 });
    assert.equal(source.calls, 1);
    cached.clear();
    await resolveTemplate(cached, { externalId: 'factura_mensual', major: 1 });
    assert.equal(source.calls, 2);
  });
});

describe('fill files — the whole check', () => {
  const validator = new SchemaValidator();

  it('the API document fill example bound to factura_mensual 1: every problem at its place', async () => {
    const check = await checkFillText(SEED_FILL, { validator, source: fakeTemplateSource() });
    assert.equal(check.template?.detail.version, '1.1');
    assert.deepEqual(placed(SEED_FILL, check.problems), [
      '31:20 error field/value /fill_priority',
      '14:3 error schema/required /fields_values/DISCOUNT_AMOUNT',
      '14:3 error schema/required /fields_values/PAYMENT_METHOD',
      '15:5 error schema/additionalProperties /fields_values/customer',
      '19:5 error schema/additionalProperties /fields_values/products',
      '29:5 error schema/additionalProperties /fields_values/total_amount',
    ]);
  });

  it('warns when the template lacks the language', async () => {
    const text = fillText({ language: 'CA', fields_values: { INVOICE_NUMBER: 'F2025-000001' } });
    const check = await checkFillText(text, { validator, source: fakeTemplateSource() });
    const p = check.problems.find((x) => x.code === 'fill/language-unavailable');
    assert.equal(p?.message, 'factura_mensual v2.0 has no CA source (it has ES, EN): the fill will be refused');
    assert.equal(p?.severity, 'warning');
  });

  it('a fill file without "template" says how to add it', async () => {
    const text = JSON.stringify({ language: 'ES', document: { name: 'x' }, fields_values: {} });
    const check = await checkFillText(text, { validator, source: fakeTemplateSource() });
    assert.equal(check.problems[0]?.code, 'fill/template-missing');
  });

  it('plain data against a schema (not a fill file)', async () => {
    const check = await checkFillText('{"A": 1}', { validator, fill: false, target: { kind: 'schema', schema: { properties: { A: { type: 'string' } } } } });
    assert.deepEqual(placed('{"A": 1}', check.problems), ['1:7 error schema/type /A']);
  });

  it('malformed JSON: the exact position, nothing else', async () => {
    const text = '{\n  "language": "ES"\n  "document": {}\n}';
    const check = await checkFillText(text, { validator, source: fakeTemplateSource() });
    assert.equal(check.problems.length, 1);
    assert.equal(check.problems[0]?.code, 'json/comma-expected');
    assert.equal(check.problems[0]?.span?.offset, 23); // the "document" key that lacks a comma before it
  });

  it('huge or deeply nested files get one clear limit problem', async () => {
    const deep = `${'['.repeat(500)}${']'.repeat(500)}`;
    const d = await checkFillText(deep, { validator });
    assert.equal(d.problems[0]?.code, 'limit/depth');
    assert.equal(d.problems[0]?.message, 'this JSON nests more than 128 levels deep here; MOK DevTools checks up to 128 levels');
    const huge = `{"fields_values": {"x": "${'a'.repeat(9 * 1024 * 1024)}"}}`;
    const h = await checkFillText(huge, { validator });
    assert.equal(h.problems[0]?.code, 'limit/size');
    assert.match(h.problems[0]?.message ?? '', /^this file has 9\.0 MB; MOK DevTools checks files up to 8 MB$/);
  });

  it('a structure declaring another $schema is validated as 2020-12, and says so', async () => {
    const check = await checkFillText('{"A": 1}', { validator, fill: false, target: { kind: 'schema', schema: { $schema: 'https://example.com/my-meta', required: ['B'] } } });
    assert.deepEqual(
      check.problems.map((p) => [p.code, p.severity]),
      [
        ['schema/dialect', 'info'],
        ['schema/required', 'error'],
      ],
    );
    assert.match(check.problems[0]?.message ?? '', /does not download meta-schemas and validates it as JSON Schema draft 2020-12/);
  });

  it('a structure that does not compile is one error on the binding', async () => {
    const check = await checkFillText('{"A": 1}', { validator, fill: false, target: { kind: 'schema', schema: { type: 'strin' } } });
    assert.equal(check.problems[0]?.code, 'schema/invalid-structure');
    assert.match(check.problems[0]?.message ?? '', /"type": "strin" is not a JSON Schema type/);
  });
});

// Template sources against the structure and against a fill's data: what a source reads (block
// scopes, `this`, `../`, `@root`, block parameters, helpers vs variables), the variables the
// structure does not declare (did-you-mean, forbidden vs unchecked), syntax errors at their place,
// and the variables a fill's data lacks — all at once, each with line and column.
import { strict as assert } from 'node:assert';
import { EXAMPLE_INVOICE_STRUCTURE } from '../../../../src/core/catalogue/documents';
import { checkSource, missingVariableFailure, variableOfFailure } from '../../../../src/core/sources/check';
import { declaration } from '../../../../src/core/sources/declared';
import { parseSource } from '../../../../src/core/sources/parse';
import { ANY_ITEM } from '../../../../src/core/sources/paths';
import { sourceUsage } from '../../../../src/core/sources/usage';
import { seedTemplates } from '../../../../src/sandbox/documents/seed';

function usage(source: string): string[] {
  const p = parseSource(source);
  if (!p.ok) throw new Error(p.problem.message);
  return sourceUsage(p.program).variables.map((v) => `${v.kind} ${v.name} ${v.place.line}:${v.place.column}${v.guards.length ? ` [${v.guards.join(' > ')}]` : ''}`);
}

function at(source: string, problems: readonly { span?: { offset: number }; code: string; severity: string }[]): string[] {
  const p = parseSource(source);
  return problems.map((x) => {
    const pos = p.lines.position(x.span?.offset ?? 0);
    return `${pos.line}:${pos.column} ${x.severity} ${x.code}`;
  });
}

const STRUCTURE = {
  type: 'object',
  additionalProperties: false,
  properties: {
    CUSTOMER: { type: 'object', properties: { NAME: { type: 'string' }, ADDRESS: { type: 'object', properties: { CITY: { type: 'string' } } } } },
    PRODUCTS: { type: 'array', items: { type: 'object', properties: { NAME: { type: 'string' }, PRICE: { type: 'number' } } } },
    TOTAL: { type: 'number' },
    NOTE: { type: 'string' },
    HAS_DISCOUNT: { type: 'boolean' },
  },
  required: ['CUSTOMER'],
};

describe('sources — what a source reads', () => {
  it('block scopes: each items, with contexts, ../, this, @root, block parameters; helpers are not variables', () => {
    const source = [
      '{{CUSTOMER.NAME}}',
      '{{#each PRODUCTS}}{{NAME}} {{this.PRICE}} {{../TOTAL}} {{@index}} {{@root.NOTE}}{{/each}}',
      '{{#with CUSTOMER.ADDRESS}}{{CITY}}{{/with}}',
      '{{#each PRODUCTS as |p i|}}{{p.NAME}}{{i}}{{/each}}',
      '{{#if HAS_DISCOUNT}}{{money TOTAL}}{{else}}-{{/if}}',
    ].join('\n');
    assert.deepEqual(usage(source), [
      'value CUSTOMER.NAME 1:3',
      'list PRODUCTS 2:9',
      'value PRODUCTS[].NAME 2:21 [#each PRODUCTS]',
      'value PRODUCTS[].PRICE 2:30 [#each PRODUCTS]',
      'value TOTAL 2:45 [#each PRODUCTS]',
      'value NOTE 2:69 [#each PRODUCTS]',
      'context CUSTOMER.ADDRESS 3:9',
      'value CUSTOMER.ADDRESS.CITY 3:29 [#with CUSTOMER.ADDRESS]',
      'list PRODUCTS 4:9',
      'value PRODUCTS[].NAME 4:30 [#each PRODUCTS]',
      'condition HAS_DISCOUNT 5:7',
      'argument TOTAL 5:29 [#if HAS_DISCOUNT]',
    ]);
  });

  it('declaration: followed through items, closed objects and did-you-mean', () => {
    assert.deepEqual(declaration(STRUCTURE, ['PRODUCTS', ANY_ITEM, 'PRICE']), { status: 'declared', types: ['number'] });
    assert.deepEqual(declaration(STRUCTURE, ['customer', 'NAME']), { status: 'undeclared', at: 0, closed: true, suggestion: 'CUSTOMER' });
    assert.deepEqual(declaration(STRUCTURE, ['CUSTOMER', 'EMAIL']), { status: 'undeclared', at: 1, closed: false });
    assert.deepEqual(declaration(STRUCTURE, ['TOTAL', 'AMOUNT']), { status: 'notObject', at: 1, types: ['number'] });
  });
});

describe('sources — against the structure', () => {
  it('reports every undeclared variable at once, each at its place, forbidden ones as errors when always printed', () => {
    const source = '<h1>{{customer.NAME}}</h1>\n<p>{{CUSTOMER.EMAIL}}</p>\n{{#if VIP}}{{VIP_CODE}}{{/if}}\n{{TOTAL.AMOUNT}}\n{{CUSTOMER}}';
    const r = checkSource(source, { structure: STRUCTURE });
    assert.deepEqual(at(source, r.problems), ['1:7 error source/undeclared', '2:6 warning source/undeclared', '3:7 warning source/undeclared', '3:14 warning source/undeclared', '4:3 warning source/not-object', '5:3 warning source/prints-object']);
    assert.equal(r.problems[0]?.message, 'customer is not declared in the structure (did you mean CUSTOMER?), which allows no other fields there: no valid fill can send it, so every fill that prints it FAILS');
    assert.equal(r.problems[1]?.message, 'CUSTOMER.EMAIL is not declared in the structure: fill data is never checked for it, and a fill without it FAILS here');
    assert.equal(r.problems[2]?.message, 'VIP is not declared in the structure, which allows no other fields there: it is never set, so this block always takes its {{else}}');
  });

  it('a variable printed outside any {{#if}} that the structure does not require: valid data without it FAILS', () => {
    const telco = seedTemplates()['masmovil']!.find((t) => t.externalId === 'telco_services')!;
    const v12 = telco.versions.find((v) => v.version === '1.2')!;
    const r = checkSource(v12.sources.ES ?? '', { structure: v12.structure });
    const optional = r.problems.filter((p) => p.code === 'source/optional-printed');
    assert.deepEqual(optional.map((p) => p.message), ['customerName is printed outside any {{#if}}, but the structure does not require customerName: data without it passes validation and its fill FAILS (require it, or wrap the line in {{#if customerName}})']);
    // 1.1 prints the same fields except the greeting: nothing to say.
    const v11 = telco.versions.find((v) => v.version === '1.1')!;
    assert.deepEqual(checkSource(v11.sources.ES ?? '', { structure: v11.structure }).problems.map((p) => p.code), []);
  });

  it('a syntax error is one problem at the token the parser stopped on', () => {
    const source = '<p>\n  {{#if A}}x\n  {{/each}}';
    const r = checkSource(source, { structure: STRUCTURE });
    assert.equal(r.ok, false);
    assert.equal(r.problems.length, 1);
    assert.equal(r.problems[0]?.code, 'source/syntax');
    assert.match(r.problems[0]?.message ?? '', /if doesn't match each/);
    const unclosed = checkSource('a {{NAME', { structure: STRUCTURE });
    assert.deepEqual(at('a {{NAME', unclosed.problems), ['1:5 error source/syntax']);
    assert.equal(unclosed.problems[0]?.message, 'Handlebars syntax error: a {{ is never closed with }}');
    const open = checkSource('{{#if A}}x', { structure: STRUCTURE });
    assert.deepEqual(at('{{#if A}}x', open.problems), ['1:11 error source/syntax']);
    assert.equal(open.problems[0]?.message, 'Handlebars syntax error: the source ends where a closing {{/…}} for an open block is expected');
  });

  it('the seeded sources read only what their structures declare (no undeclared variable anywhere)', () => {
    for (const templates of Object.values(seedTemplates())) {
      for (const t of templates) {
        for (const v of t.versions) {
          for (const [lang, source] of Object.entries(v.sources)) {
            const r = checkSource(source ?? '', { structure: v.structure });
            const bad = r.problems.filter((p) => p.code === 'source/undeclared' || p.code === 'source/syntax');
            assert.deepEqual(bad.map((p) => p.message), [], `${t.externalId} ${v.version} ${lang}`);
          }
        }
      }
    }
  });
});

describe('sources — against fields_values', () => {
  it('names every variable the data lacks where the source prints it, worded as the API fails the fill', () => {
    const source = '<p>{{CUSTOMER.NAME}}</p>\n{{#each PRODUCTS}}{{NAME}}{{/each}}\n{{#if HAS_DISCOUNT}}{{DISCOUNT_AMOUNT}}{{/if}}';
    const r = checkSource(source, { structure: EXAMPLE_INVOICE_STRUCTURE, fieldsValues: { CUSTOMER: {}, PRODUCTS: [{ NAME: 'Fibra' }, { PRICE: 1 }] } });
    const missing = r.problems.filter((p) => p.code === 'source/missing-variable');
    assert.deepEqual(at(source, missing), ['1:6 error source/missing-variable', '2:21 error source/missing-variable']);
    assert.equal(missing[0]?.message, `CUSTOMER.NAME is missing in fields_values: a fill with this data FAILS here ("Template variable 'CUSTOMER.NAME' missing in payload.")`);
    assert.equal(missing[1]?.data?.['variable'], 'PRODUCTS[1].NAME');
  });

  it('the API document\'s FAILED message names the variable, and is read back', () => {
    assert.equal(missingVariableFailure('customerName'), "Template variable 'customerName' missing in payload.");
    assert.equal(variableOfFailure("Template variable 'customerName' missing in payload."), 'customerName');
    assert.equal(variableOfFailure('Something else'), undefined);
  });
});

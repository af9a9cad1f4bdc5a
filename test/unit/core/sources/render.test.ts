// Rendering template sources as the preview and the fill prediction do: the same output as
// Handlebars' own compiler wherever the data has what the source prints (every seeded source and a
// set of hand-written edge cases, plus generated ones), every missing variable recorded at its
// place, and, in marked output, a placeholder that fits its HTML context.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import Handlebars from 'handlebars';
import { applyMarks } from '../../../../src/core/sources/markup';
import { renderPreview } from '../../../../src/core/sources/preview';
import { parseSource } from '../../../../src/core/sources/parse';
import { renderProgram, type RenderOptions } from '../../../../src/core/sources/render';
import { seedTemplates } from '../../../../src/sandbox/documents/seed';

function render(source: string, data: unknown, options: RenderOptions = {}) {
  const parsed = parseSource(source);
  if (!parsed.ok) throw new Error(parsed.problem.message);
  return renderProgram(parsed.program, data, options);
}

function handlebars(source: string, data: unknown): string {
  return Handlebars.compile(source)(data);
}

const EDGE_CASES: [string, string, unknown][] = [
  ['each over an array with @index, @first, @last, ../ and else', '{{#each A}}{{@index}}:{{N}}{{#if @first}}F{{/if}}{{#if @last}}L{{/if}}{{../B}}|{{else}}none{{/each}}', { A: [{ N: 1 }, { N: '<2>' }], B: 'b' }],
  ['each over an empty array takes else', '{{#each A}}x{{else}}none{{/each}}', { A: [] }],
  ['each over an object with @key', '{{#each O}}{{@key}}={{this}};{{/each}}', { O: { a: 1, b: true } }],
  ['block parameters', '{{#each A as |item i|}}{{i}}-{{item.N}} {{/each}}', { A: [{ N: 'x' }, { N: 'y' }] }],
  ['with and its else', '{{#with C}}{{D}}{{else}}noC{{/with}}/{{#with E}}e{{else}}noE{{/with}}', { C: { D: false } }],
  ['sections: object, list, flag, inverted', '{{#O}}[{{N}}]{{/O}}{{#L}}({{N}}){{/L}}{{#T}}t{{/T}}{{^Z}}noZ{{/Z}}', { O: { N: 1 }, L: [{ N: 2 }, { N: 3 }], T: true }],
  ['if: 0, includeZero, empty array, unless', '{{#if Z}}z{{else}}!z{{/if}}{{#if Z includeZero=true}}Z{{/if}}{{#if E}}e{{else}}!e{{/if}}{{#unless U}}u{{/unless}}', { Z: 0, E: [] }],
  ['else if chains', '{{#if A}}a{{else if B}}b{{else}}c{{/if}}', { B: 1 }],
  ['escaping and raw output', '{{X}}|{{{X}}}|{{&X}}|{{Y}}|{{N}}|{{F}}', { X: `<a href='x'>&"=\``, Y: null, N: 0, F: false }],
  ['arrays and objects printed', '{{A}}|{{O}}', { A: [1, 2], O: { a: 1 } }],
  ['@root and lookup', '{{#each A}}{{@root.T}}{{lookup ../M @index}}{{/each}}', { A: ['x', 'y'], T: 'T', M: ['m0', 'm1'] }],
  ['whitespace control and standalone lines', 'a\n  {{#if X}}\n  b {{~X~}} c\n  {{/if}}\nd', { X: 'x' }],
  ['comments', 'a{{! one }}{{!-- two }} --}}b', {}],
  ['nested paths and this', '{{#with A}}{{this.B.C}}{{./B.C}}{{/with}}{{this.A.B.C}}', { A: { B: { C: 'c' } } }],
];

describe('sources — rendering like Handlebars', () => {
  for (const [name, source, data] of EDGE_CASES) {
    it(name, () => assert.equal(render(source, data).output, handlebars(source, data)));
  }

  it('every seeded source, with data that has every field its structure declares', () => {
    let count = 0;
    for (const templates of Object.values(seedTemplates())) {
      for (const t of templates) {
        for (const v of t.versions) {
          for (const [lang, source] of Object.entries(v.sources)) {
            if (!source) continue;
            const data = fullData(v.structure);
            assert.equal(render(source, data).output, handlebars(source, data), `${t.externalId} ${v.version} ${lang}`);
            count++;
          }
        }
      }
    }
    assert.ok(count > 5);
  });

  it('generated templates and data render as Handlebars renders them', () => {
    const key = fc.constantFrom('A', 'B', 'C');
    const value = fc.oneof(fc.string({ maxLength: 6 }), fc.integer({ min: -2, max: 2 }), fc.boolean(), fc.constant(null));
    // Through JSON, as fields_values arrive (no null-prototype objects).
    const data = fc.dictionary(key, fc.oneof(value, fc.array(fc.dictionary(key, value), { maxLength: 3 }), fc.dictionary(key, value))).map((d) => JSON.parse(JSON.stringify(d)) as unknown);
    const leaf = fc.oneof(key.map((k) => `{{${k}}}`), key.map((k) => `{{{${k}}}}`), fc.constantFrom('x', '<b>', ' ', '{{@index}}', '{{this.A}}', '{{../A}}'));
    const tpl: fc.Arbitrary<string> = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, tie('block')),
      block: fc.tuple(fc.constantFrom('if', 'unless', 'each', 'with'), key, fc.array(tie('node') as fc.Arbitrary<string>, { maxLength: 3 }), fc.array(tie('node') as fc.Arbitrary<string>, { maxLength: 2 })).map(([h, k, body, inverse]) => `{{#${h} ${k}}}${body.join('')}${inverse.length ? `{{else}}${inverse.join('')}` : ''}{{/${h}}}`),
    })).node as fc.Arbitrary<string>;
    fc.assert(
      fc.property(fc.array(tpl, { maxLength: 4 }), data, (parts, d) => {
        const source = parts.join('');
        assert.equal(render(source, d).output, handlebars(source, d), source);
      }),
      { numRuns: Number(process.env.MOK_FUZZ_RUNS ?? 300), seed: 10 },
    );
  });
});

describe('sources — missing variables', () => {
  it('records each printed variable the data lacks, with its place and the full path read', () => {
    const source = '<p>{{CUSTOMER.NAME}}</p>\n{{#each PRODUCTS}}<td>{{NAME}}</td>{{/each}}\n{{#if HAS_DISCOUNT}}{{DISCOUNT}}{{/if}}';
    const r = render(source, { PRODUCTS: [{ NAME: 'a' }, {}], HAS_DISCOUNT: false });
    const missing = r.notes.filter((n) => n.kind === 'missing').map((n) => `${n.variable}@${n.place.line}:${n.place.column}`);
    assert.deepEqual(missing, ['CUSTOMER.NAME@1:6', 'PRODUCTS[1].NAME@2:25']);
    assert.deepEqual(r.notes.find((n) => n.variable === 'PRODUCTS[1].NAME')?.path, ['PRODUCTS', 1, 'NAME']);
  });

  it('a condition, a loop or a context the data lacks is absent (its else renders), not missing', () => {
    const r = render('{{#if A}}a{{/if}}{{#each B}}b{{/each}}{{#with C}}c{{/with}}{{#D}}d{{/D}}', {});
    assert.deepEqual(
      r.notes.map((n) => `${n.kind}:${n.variable}`),
      ['absent:A', 'absent:B', 'absent:C', 'absent:D'],
    );
  });

  it('null is a value (it prints nothing, as Handlebars does), not a missing variable', () => {
    assert.equal(render('[{{A}}]', { A: null }).notes.length, 0);
  });

  it('custom helpers and partials are noted: the preview cannot run them', () => {
    const r = render('{{formatDate DATE "dd/MM"}}{{> footer}}{{#upper NAME}}x{{/upper}}', { DATE: '2025-01-01', NAME: 'n' });
    assert.deepEqual(
      r.notes.map((n) => `${n.kind}:${n.variable}`),
      ['helper:formatDate', 'partial:footer', 'helper:upper'],
    );
  });

  it('stops at the output cap and says so', () => {
    const r = render('{{#each A}}xxxxxxxxxx{{/each}}', { A: Array.from({ length: 1000 }, () => 1) }, { maxOutput: 95 });
    assert.equal(r.output.length, 95);
    assert.equal(r.truncated, true);
  });
});

describe('sources — marks in the preview', () => {
  function marked(source: string, data: unknown): string {
    const r = render(source, data, { marks: true, escapeAll: true });
    return applyMarks(r.output, r.notes);
  }

  it('a missing variable in text becomes a <mark> showing the placeholder, escaped', () => {
    assert.equal(
      marked('<p>{{CUSTOMER.NAME}}</p>', {}),
      '<p><mark class="mok-missing" data-mok-note="0" title="CUSTOMER.NAME is missing in fields_values: the fill would FAIL (line 1)">{{CUSTOMER.NAME}}</mark></p>',
    );
  });

  it('inside an attribute, a comment, a style or a title, the placeholder is plain text (no element there)', () => {
    assert.equal(marked('<a href="/x/{{ID}}" title=\'{{T}}\'>ok</a>', {}), '<a href="/x/{{ID}}" title=\'{{T}}\'>ok</a>');
    assert.equal(marked('<!-- {{C}} --><style>p{color:{{COLOR}} }</style><title>{{T}}</title><p>{{P}}</p>', {}).replace(/ title="[^"]*"/, ''), '<!-- {{C}} --><style>p{color:{{COLOR}} }</style><title>{{T}}</title><p><mark class="mok-missing" data-mok-note="3">{{P}}</mark></p>');
  });

  it('values are escaped, triple-stash included, and sentinel characters in the data cannot forge a mark', () => {
    assert.equal(marked('{{{H}}}|{{S}}', { H: '<script>x()</script>', S: '\uE0000\uE001' }), '&lt;script&gt;x()&lt;/script&gt;|\uFFFD0\uFFFD');
  });

  it('a custom helper is marked as such', () => {
    assert.match(marked('<p>{{money TOTAL}}</p>', { TOTAL: 1 }), /<mark class="mok-helper" data-mok-note="0" title="money is a custom helper: the preview cannot run it \(line 1\)">\{\{money TOTAL\}\}<\/mark>/);
  });
});

/** Data with every declared property (first enum value, a number, a string, one array item). */
function fullData(schema: unknown, depth = 0): unknown {
  if (!schema || typeof schema !== 'object' || depth > 8) return 'x';
  const s = schema as Record<string, unknown>;
  if (Array.isArray(s['enum'])) return s['enum'][0];
  const type = Array.isArray(s['type']) ? s['type'][0] : s['type'];
  if (type === 'array') return [fullData(s['items'], depth + 1)];
  if (type === 'number' || type === 'integer') return 7;
  if (type === 'boolean') return true;
  if (type === 'object' || s['properties']) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries((s['properties'] as Record<string, unknown> | undefined) ?? {})) out[k] = fullData(v, depth + 1);
    return out;
  }
  return 'texto';
}

describe('sources — the preview model', () => {
  it('marks every missing variable and lists it with its place; absent conditions are listed apart', () => {
    const p = renderPreview('<h1>{{TITLE}}</h1>\n<p>{{CUSTOMER.NAME}}</p>{{#if VIP}}vip{{/if}}', { TITLE: '<Factura>' });
    assert.equal(p.html, '<h1>&lt;Factura&gt;</h1>\n<p><mark class="mok-missing" data-mok-note="0" title="CUSTOMER.NAME is missing in fields_values: the fill would FAIL (line 2)">{{CUSTOMER.NAME}}</mark></p>');
    assert.deepEqual(p.marks.map((m) => [m.kind, m.variable, m.placeholder, m.line, m.column]), [['missing', 'CUSTOMER.NAME', '{{CUSTOMER.NAME}}', 2, 6]]);
    assert.deepEqual(p.absent, [{ variable: 'VIP', line: 2, column: 31 }]);
  });

  it('a source that does not parse gives its syntax error instead of HTML', () => {
    const p = renderPreview('<p>\n{{#if A}}', {});
    assert.equal(p.html, '');
    assert.equal(p.syntax?.line, 2);
  });
});

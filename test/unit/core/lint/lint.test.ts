// The structure check and every lint rule, each with its exact place in the structure text
// (line:column of the located pointer, as the editor and `mok schema lint` show it). The seed
// invoice structure's three defects are the headline case.
import { strict as assert } from 'node:assert';
import invoiceStructure from '../../../fixtures/seeds/documents/invoice-structure.json';
import { LINT_RULES, lintStructure, lintStructureText } from '../../../../src/core/lint/lint';
import type { Problem } from '../../../../src/core/problems/problem';
import { createLocator } from '../../../../src/core/validation/locate';

interface Finding {
  rule: string;
  severity: string;
  at: string;
  message: string;
}

/** Lints the pretty-printed structure and places each finding: `line:col <text at the mark>`. */
function lint(structure: unknown): Finding[] {
  const text = JSON.stringify(structure, null, 2);
  const locator = createLocator(text);
  return lintStructureText(text).problems.map((p: Problem) => {
    const loc = locator.locate(p.pointer, p.target === 'key' ? 'key' : 'value');
    return { rule: p.code, severity: p.severity, at: `${loc.line}:${loc.column} ${text.slice(loc.offset, loc.offset + loc.length)}`, message: p.message };
  });
}

function one(findings: Finding[], rule: string): Finding {
  const mine = findings.filter((f) => f.rule === rule);
  assert.equal(mine.length, 1, `${rule}: ${JSON.stringify(findings, null, 1)}`);
  return mine[0]!;
}

const obj = (extra: Record<string, unknown>) => ({ $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'object', ...extra });

describe('lint — the seed invoice structure', () => {
  it('finds its three defects, each at its place', () => {
    const findings = lint(invoiceStructure);
    assert.deepEqual(
      findings.map((f) => [f.rule, f.severity, f.at]),
      [
        ['required-not-declared', 'error', '39:9 "dni"'],
        ['required-not-declared', 'error', '40:9 "name"'],
        ['if-without-required', 'warning', '118:11 "HAS_DISCOUNT"'],
        ['if-const-outside-enum', 'error', '133:22 "BANK_TRANSFER"'],
      ],
    );
    assert.equal(findings[0]?.message, 'dni is required but the properties spell it DNI (names are case-sensitive): data written with the declared DNI never satisfies it');
    assert.equal(
      findings[2]?.message,
      'this "if" also holds when HAS_DISCOUNT is missing ("properties" ignores absent keys), so DISCOUNT_AMOUNT becomes required whenever HAS_DISCOUNT is omitted: add "required": ["HAS_DISCOUNT"] to the "if"',
    );
    assert.equal(findings[3]?.message, 'this condition can never hold: it tests PAYMENT_METHOD for "BANK_TRANSFER", but PAYMENT_METHOD only allows "bank_transfer", "card", "mobile_payment" (did you mean "bank_transfer"?); the rule it guards never applies');
  });

  it('lists every rule once with a severity', () => {
    const ids = LINT_RULES.map((r) => r.id);
    assert.equal(new Set(ids).size, ids.length);
    assert.ok(ids.includes('required-not-declared') && ids.includes('unknown-format'));
  });
});

describe('lint — structure check (meta-schema)', () => {
  it('"type": "strin" → the allowed types, closest first, on the value', () => {
    const f = one(lint(obj({ properties: { A: { type: 'strin' } } })), 'meta-schema');
    assert.equal(f.at, '6:15 "strin"');
    assert.equal(f.message, '"type": "strin" is not a JSON Schema type (did you mean "string"?); the types are "string", "array", "null", "boolean", "integer", "number", "object"');
  });

  it('a required that is not an array', () => {
    const f = one(lint(obj({ required: 'A' })), 'meta-schema');
    assert.equal(f.message, '"required": must be an array, but is a string ("A")');
    assert.equal(f.at, '4:15 "A"');
  });

  it('a structure that is not an object or boolean; broken JSON at its exact place', () => {
    assert.equal(lintStructure(3)[0]?.message, 'a JSON Schema must be an object or a boolean');
    assert.deepEqual(lintStructure(true), []);
    const broken = lintStructureText('{\n  "type": "object"\n  "required": []\n}').problems;
    assert.equal(broken[0]?.code, 'json/comma-expected');
    assert.equal(broken[0]?.span?.offset, 23);
  });
});

describe('lint — rules', () => {
  it('required-not-declared: warning on an open object, error on a closed one', () => {
    assert.equal(one(lint(obj({ properties: { A: {} }, required: ['B'] })), 'required-not-declared').severity, 'warning');
    const closed = one(lint(obj({ properties: { A: {} }, required: ['B'], additionalProperties: false })), 'required-not-declared');
    assert.equal(closed.severity, 'error');
    assert.equal(closed.at, '8:5 "B"');
  });

  it('required-forbidden: a then requires a key additionalProperties:false forbids', () => {
    const f = one(lint(obj({ properties: { A: { type: 'boolean' } }, additionalProperties: false, if: { properties: { A: { const: true } }, required: ['A'] }, then: { required: ['B'] } })), 'required-forbidden');
    assert.equal(f.at, '22:7 "B"');
    assert.match(f.message, /^B is required by the "then" at \/then, but "additionalProperties": false at \/ forbids it/);
  });

  it('if-const-outside-enum and if-without-required', () => {
    const findings = lint(obj({ properties: { M: { enum: ['a', 'b'] } }, if: { properties: { M: { const: 'A' } } }, then: { required: ['X'] } }));
    assert.equal(one(findings, 'if-const-outside-enum').at, '15:18 "A"');
    assert.equal(one(findings, 'if-without-required').at, '14:7 "M"');
  });

  it('const-type-mismatch and enum-type-mismatch', () => {
    const findings = lint(obj({ properties: { N: { type: 'integer', const: '1' }, S: { type: 'string', enum: ['a', 2] } } }));
    assert.equal(one(findings, 'const-type-mismatch').message, 'const "1" is a string, but "type" is an integer (whole number): no value can be valid');
    assert.equal(one(findings, 'enum-type-mismatch').at, '13:9 2');
  });

  it('unknown-format suggests the known one', () => {
    const f = one(lint(obj({ properties: { E: { type: 'string', format: 'emial' } } })), 'unknown-format');
    assert.equal(f.message, 'unknown format "emial" (did you mean "email"?): validation ignores it, so any string passes');
    assert.equal(f.severity, 'warning');
  });

  it('unreachable-branch: a branch whose const the enum never allows, a repeated oneOf branch, an else after an always-true if', () => {
    const findings = lint(
      obj({
        properties: { K: { enum: ['x', 'y'] } },
        oneOf: [{ properties: { K: { const: 'z' } } }, { properties: { K: { const: 'x' } } }, { properties: { K: { const: 'x' } } }],
        allOf: [{ if: true, then: {}, else: { required: ['K'] } }],
      }),
    ).filter((f) => f.rule === 'unreachable-branch');
    assert.deepEqual(
      findings.map((f) => f.message),
      ['alternative #1 can never match: it needs K to be "z", but K only allows "x", "y"', 'alternative #3 repeats #2: data matching one matches both, and "oneOf" then fails', 'this "else" never applies: its "if" always holds'],
    );
  });

  it('remote-ref, unresolved-ref, invalid-pattern, schema-dialect', () => {
    const findings = lint({ $schema: 'http://json-schema.org/draft-07/schema#', properties: { A: { $ref: 'https://example.com/a.json' }, B: { $ref: '#/$defs/nope' }, C: { pattern: '([' } } });
    assert.match(one(findings, 'remote-ref').message, /never downloads schemas/);
    assert.equal(one(findings, 'unresolved-ref').at, '8:15 "#/$defs/nope"');
    assert.match(one(findings, 'invalid-pattern').message, /^"\(\[" is not a valid regular expression/);
    assert.equal(one(findings, 'schema-dialect').severity, 'warning');
  });

  it('a clean structure has no findings', () => {
    assert.deepEqual(lint(obj({ properties: { A: { type: 'string', format: 'email' } }, required: ['A'], additionalProperties: false })), []);
  });
});

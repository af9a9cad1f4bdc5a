// zod issues become one problem per mistake, at the field's pointer, in words people read —
// never the library's own wording — with "did you mean" from the model's keys and values.
import { strict as assert } from 'node:assert';
import * as z from 'zod';
import { serviceRequestCreateBody } from '../../../../src/core/models/mok';
import { zodProblems, objectKeysAt } from '../../../../src/core/problems/fromZod';
import type { Localizer } from '../../../../src/core/l10n';

function problems(schema: z.ZodType, value: unknown, options: Parameters<typeof zodProblems>[2] = {}) {
  const r = schema.safeParse(value);
  assert.ok(!r.success, 'expected the value to be refused');
  return zodProblems(r.error, value, { schema, ...options });
}

describe('zodProblems', () => {
  it('names an unknown key with the closest declared one (a typo, not only case)', () => {
    const ps = problems(serviceRequestCreateBody, { service_request: { contract_id: 1, service_id: 2, servce_name: 'Grúa' } });
    assert.equal(ps.length, 1);
    assert.deepEqual(
      { pointer: ps[0]?.pointer, code: ps[0]?.code, target: ps[0]?.target, suggestion: ps[0]?.data?.suggestion },
      { pointer: '/service_request/servce_name', code: 'field/unknown', target: 'key', suggestion: 'service_name' },
    );
    assert.equal(ps[0]?.message, '"servce_name" is not an accepted field here (did you mean "service_name"?)');
  });

  it('says what type was expected and what was given, without zod wording', () => {
    const ps = problems(serviceRequestCreateBody, { service_request: { contract_id: 1, service_id: 2, user_phone: 123456789 } });
    assert.equal(ps[0]?.pointer, '/service_request/user_phone');
    assert.equal(ps[0]?.code, 'field/type');
    assert.equal(ps[0]?.message, 'must be a string, but is an integer (123456789)');
    assert.deepEqual(ps[0]?.data?.expectedTypes, ['string']);
    for (const p of ps) assert.doesNotMatch(p.message, /Invalid input|expected string, received/);
  });

  it('reports a missing member on its parent, and the model\'s own format message', () => {
    const ps = problems(z.object({ a: z.object({ when: z.string().regex(/^\d{4}$/, 'expected a year') }) }), { a: { when: 'x' } });
    assert.deepEqual(ps.map((p) => [p.pointer, p.message]), [['/a/when', 'expected a year']]);
    const missing = problems(z.object({ a: z.string() }), {});
    assert.deepEqual(missing.map((p) => [p.pointer, p.code, p.target, p.message]), [['/a', 'field/missing', 'parent', '"a" is required']]);
  });

  it('a missing enum member is missing, with the allowed values (found by the fuzz suite)', () => {
    const model = z.strictObject({ status: z.enum(['CREATED', 'FAILED']), kind: z.literal('fill') });
    const r = model.safeParse({});
    assert.ok(!r.success);
    const problems = zodProblems(r.error, {}, { schema: model });
    assert.deepEqual(
      problems.map((p) => [p.pointer, p.code, p.target, p.message]),
      [
        ['/status', 'field/missing', 'parent', '"status" is required (one of "CREATED", "FAILED")'],
        ['/kind', 'field/missing', 'parent', '"kind" is required ("fill")'],
      ],
    );
  });

  it('an unknown "__proto__" member is reported as such, not as its value\'s keys', () => {
    const model = z.strictObject({ email: z.string() });
    const input = JSON.parse('{"email": "a@b.es", "__proto__": [null]}') as unknown;
    const r = model.safeParse(input);
    assert.ok(!r.success);
    assert.deepEqual(zodProblems(r.error, input, { schema: model }).map((p) => p.pointer), ['/__proto__']);
  });

  it('suggests the enum value the user meant', () => {
    const ps = problems(z.object({ priority: z.enum(['low', 'high']) }), { priority: 'hihg' });
    assert.equal(ps[0]?.message, 'must be one of "low", "high" (got "hihg"; did you mean "high"?)');
    assert.equal(ps[0]?.data?.suggestion, 'high');
  });

  it('explains a union by the branch whose type fits the value', () => {
    const id = z.union([z.number().int(), z.string().regex(/^\d+$/, 'expected a whole number')]);
    assert.equal(problems(z.object({ id }), { id: 'abc' })[0]?.message, 'expected a whole number');
    assert.equal(problems(z.object({ id }), { id: true })[0]?.message, 'must be a number or a string, but is a boolean (true)');
  });

  it('marks immutable keys and words ranges', () => {
    const strict = z.strictObject({ name: z.string().min(1), tags: z.array(z.string()).max(2) });
    const ps = problems(strict, { name: '', tags: ['a', 'b', 'c'], id: 3 }, { immutable: new Set(['id']) });
    assert.deepEqual(
      ps.map((p) => [p.pointer, p.code, p.message]),
      [
        ['/name', 'field/range', 'must not be empty'],
        ['/tags', 'field/range', 'must have at most 2 items'],
        ['/id', 'field/immutable', '"id" cannot change after creation: remove it.'],
      ],
    );
  });

  it('translates through the localizer, placeholders filled', () => {
    const upper: Localizer = { t: (m, ...a) => m.toUpperCase().replace(/\{(\d+)\}/g, (_, i: string) => String(a[Number(i)])) };
    const ps = problems(z.strictObject({ a: z.string() }), { a: 'x', b: 1 }, { l10n: upper });
    assert.equal(ps[0]?.message, '"b" IS NOT AN ACCEPTED FIELD HERE');
  });

  it('reads the keys a model declares through optional, nullable and arrays', () => {
    const m = z.object({ items: z.array(z.object({ a: z.string(), b: z.number() }).optional()).nullable() });
    assert.deepEqual(objectKeysAt(m, ['items', 0]), ['a', 'b']);
    assert.deepEqual(objectKeysAt(m, ['nope']), []);
  });

  it('prefixes pointers of a body checked inside a larger document', () => {
    const ps = problems(z.object({ a: z.string() }), { a: 1 }, { pointerPrefix: '/body' });
    assert.equal(ps[0]?.pointer, '/body/a');
  });
});

// Fuzzing the boundary with the APIs: any answer fed to every operation's response model, any
// request fed to the client's check, any text fed to "validate JSON against a model". Property:
// nothing throws; every refusal is a Problem in our words (never the validation library's own
// "Invalid input" / "Expected …"), at a pointer into the document.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { allEndpoints } from '../../../src/core/catalogue/catalogue';
import { checkAgainstModel, listModels } from '../../../src/core/catalogue/models';
import type { EndpointDef } from '../../../src/core/catalogue/types';
import { checkRequest } from '../../../src/core/client/requestCheck';
import { valueAt } from '../../../src/core/json/pointer';
import { zodProblems } from '../../../src/core/problems/fromZod';
import type { Problem } from '../../../src/core/problems/problem';
import { requestFile } from '../../../src/core/requests/requestFile';
import { checkProperty, fuzzParams, nastyJson, reportFuzzCases, trickyKey } from '../../support/fuzz';

const LIBRARY_WORDING = /^(Invalid|Too (small|big)|Unrecognized|Expected)\b/;
const defs: EndpointDef[] = allEndpoints();
const withResponse = defs.filter((d) => d.response && d.responseKind !== 'binary');

function ours(problems: readonly Problem[], doc: unknown): void {
  for (const p of problems) {
    assert.ok(p.message.length > 0);
    assert.doesNotMatch(p.message, LIBRARY_WORDING, `library wording for ${p.code} at ${p.pointer}`);
    assert.ok(p.pointer === '' || p.pointer.startsWith('/'), p.pointer);
    // The pointer names a place in the document, or (missing members) the place where one belongs.
    if (p.target !== 'parent' && p.code !== 'field/missing') assert.notEqual(valueAt(doc, p.pointer), undefined, `${p.code} at ${p.pointer} points into nothing`);
  }
}

/** A documented example with one value somewhere replaced by something else. */
function mutated(example: unknown): fc.Arbitrary<unknown> {
  return fc.tuple(fc.nat(), nastyJson, fc.boolean()).map(([n, replacement, drop]) => {
    const copy: unknown = structuredClone(example);
    const slots: { parent: Record<string, unknown> | unknown[]; key: string | number }[] = [];
    const walk = (v: unknown) => {
      if (Array.isArray(v)) {
        v.forEach((x, i) => {
          slots.push({ parent: v, key: i });
          walk(x);
        });
      } else if (v && typeof v === 'object') {
        for (const [k, x] of Object.entries(v)) {
          slots.push({ parent: v as Record<string, unknown>, key: k });
          walk(x);
        }
      }
    };
    walk(copy);
    const slot = slots.length ? slots[n % slots.length] : undefined;
    if (!slot) return replacement;
    if (drop && !Array.isArray(slot.parent)) delete (slot.parent)[slot.key as string];
    else (slot.parent as Record<string | number, unknown>)[slot.key] = replacement;
    return copy;
  });
}

describe('fuzz: API models and request checks', function () {
  this.timeout(60_000);
  after(() => reportFuzzCases('API models and request checks'));

  it('any answer against each response model: parsed, or refused in our words at a real place', () => {
    const byId = new Map(withResponse.map((d) => [d.id, d]));
    const answer = fc.constantFrom(...byId.keys()).chain((id) => {
      const example = byId.get(id)?.example?.response;
      return fc.tuple(fc.constant(id), example !== undefined ? fc.oneof(mutated(example), nastyJson) : nastyJson);
    });
    checkProperty(
      'responses',
      fc.property(answer, ([id, body]) => {
        const def = byId.get(id)!;
        const r = def.response.safeParse(body);
        if (!r.success) ours(zodProblems(r.error, body, { schema: def.response }), body);
      }),
      fuzzParams(21, 1500),
    );
  });

  it('any request against the client check: params, query, headers and body in our words', () => {
    const scalars = fc.dictionary(trickyKey, fc.oneof(fc.string({ maxLength: 20 }), fc.integer(), fc.boolean()), { maxKeys: 4 });
    const byId = new Map(defs.map((d) => [d.id, d]));
    const input = fc.constantFrom(...byId.keys()).chain((id) => {
      const example = byId.get(id)?.example?.body;
      return fc.tuple(fc.constant(id), fc.record({ params: scalars, query: scalars, headers: fc.dictionary(trickyKey, fc.string({ maxLength: 20 }), { maxKeys: 3 }), body: example !== undefined ? fc.oneof(mutated(example), nastyJson) : nastyJson }));
    });
    checkProperty(
      'requests',
      fc.property(input, ([id, req]) => {
        const def = byId.get(id)!;
        const problems = checkRequest(def, req);
        for (const p of problems) {
          assert.ok(p.message.length > 0);
          assert.doesNotMatch(p.message, LIBRARY_WORDING, `${def.id}: ${p.code} ${p.pointer}: ${p.message}`);
          assert.match(p.pointer, /^\/(params|query|headers|body)(\/|$)/);
        }
      }),
      fuzzParams(22, 1500),
    );
  });

  it('any text against any model or as a request file', () => {
    const keys = listModels().map((m) => m.key);
    const text = fc.oneof(nastyJson.map((v) => JSON.stringify(v)), fc.string({ unit: 'binary', maxLength: 200 }), fc.jsonValue().map((v) => JSON.stringify(v, null, 2)));
    checkProperty(
      'models',
      fc.property(fc.constantFrom(...keys), text, (key, t) => {
        const problems = checkAgainstModel(t, key);
        let doc: unknown;
        try {
          doc = JSON.parse(t);
        } catch {
          return; // syntax problems carry spans, not pointers into a document
        }
        ours(problems, doc);
        const file = requestFile.safeParse(doc);
        if (!file.success) ours(zodProblems(file.error, doc, { schema: requestFile }), doc);
      }),
      fuzzParams(23, 1000),
    );
  });
});

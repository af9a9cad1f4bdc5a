// Invariants of the whole catalogue (both APIs): ids, summaries, path params, examples that parse
// with their own models, multipart descriptions that agree with the body, auth that agrees with
// the owner header, every MOK endpoint api-notes.md lists, and no entry the sandbox router would
// shadow with an earlier one.
import { strict as assert } from 'node:assert';
import type { z } from 'zod';
import mokNotes from '../../../fixtures/api-notes/mok-endpoints.json';
import { allEndpoints, catalogue } from '../../../../src/core/catalogue/catalogue';
import { fillPath, pathMatcher, pathPlaceholders, type EndpointDef } from '../../../../src/core/catalogue/types';

const ops = allEndpoints();

function shapeKeys(schema: z.ZodObject | undefined): string[] {
  return schema ? Object.keys(schema.shape).sort() : [];
}

function problems(schema: z.ZodType, value: unknown): string {
  const r = schema.safeParse(value);
  return r.success ? '' : r.error.issues.map((i) => `${i.path.map(String).join('.')}: ${i.message}`).join('; ');
}

/** The path of an operation's example, as the client would request it. */
function examplePath(def: EndpointDef): string {
  return fillPath(def.path, { org: 'masmovil', ...(def.example?.params ?? {}) });
}

/** Whether the headers model makes `x-auth-owner` mandatory. */
function requiresOwner(def: EndpointDef): boolean {
  const owner: z.ZodType | undefined = def.headers?.shape['x-auth-owner'];
  return owner !== undefined && !owner.safeParse(undefined).success;
}

describe('catalogue', () => {
  it('ids are unique, equal their keys, and follow area.verb', () => {
    assert.equal(new Set(ops.map((d) => d.id)).size, ops.length);
    for (const [key, def] of Object.entries(catalogue)) {
      assert.equal(def.id, key);
      assert.match(def.id, /^[a-z][A-Za-z]*(\.[a-z][A-Za-z]*)+$/, def.id);
    }
  });

  it('holds 21 MOK and 92 Documents operations', () => {
    assert.equal(ops.filter((d) => d.api === 'mok').length, 21);
    assert.equal(ops.filter((d) => d.api === 'documents').length, 92);
  });

  it('every operation has a summary', () => {
    for (const def of ops) assert.ok(def.summary.trim().length >= 10, `${def.id} has no real summary`);
  });

  it('has every MOK endpoint api-notes.md lists, and no other', () => {
    const listed = mokNotes.endpoints.map((e) => `${e.method} ${e.path}`).sort();
    const mok = ops.filter((d) => d.api === 'mok').map((d) => `${d.method} ${d.path}`).sort();
    assert.deepEqual(mok, listed);
  });

  it('path params named in the path equal the params model keys', () => {
    for (const def of ops) {
      const inPath = pathPlaceholders(def.path).filter((p) => !(def.api === 'documents' && p === 'org'));
      assert.deepEqual(shapeKeys(def.params), [...inPath].sort(), def.id);
      if (def.api === 'documents') assert.ok(def.path.startsWith('/v1/orgs/{org}/'), `${def.id}: Documents paths start with /v1/orgs/{org}/`);
    }
  });

  it('every example parses with its own params, query, headers, body and response models', () => {
    for (const def of ops) {
      const ex = def.example;
      assert.ok(ex, `${def.id} has no example`);
      const parts = [
        ['params', def.params, ex.params],
        ['query', def.query, ex.query],
        ['headers', def.headers, ex.headers],
        ['body', def.body, ex.body],
      ] as const;
      for (const [part, schema, value] of parts) {
        if (schema === undefined) {
          assert.equal(value, undefined, `${def.id}: example ${part} without a ${part} model`);
          continue;
        }
        if (part === 'params' || part === 'body') assert.notEqual(value, undefined, `${def.id}: no example ${part}`);
        if (value !== undefined) assert.equal(problems(schema, value), '', `${def.id} example ${part}`);
      }
      if ('response' in ex) assert.equal(problems(def.response, ex.response), '', `${def.id} example response`);
    }
  });

  it('example headers are declared by the headers model, in lower case', () => {
    for (const def of ops) {
      for (const name of Object.keys(def.example?.headers ?? {})) assert.ok(shapeKeys(def.headers).includes(name), `${def.id}: header ${name} not in its model`);
      for (const name of shapeKeys(def.headers)) assert.equal(name, name.toLowerCase(), `${def.id}: ${name}`);
    }
  });

  it('answers without a body are 204, and 204s have no example answer', () => {
    for (const def of ops) {
      const acceptsNothing = def.response.safeParse(undefined).success;
      if (def.status === 204) assert.ok(acceptsNothing && def.example?.response === undefined, def.id);
    }
  });

  it('binary answers have no JSON example; JSON answers with a body have one (Documents)', () => {
    for (const def of ops.filter((d) => d.api === 'documents')) {
      if (def.responseKind === 'binary') assert.equal(def.example?.response, undefined, def.id);
      else if (def.status !== 204) assert.notEqual(def.example?.response, undefined, `${def.id} has no documented answer`);
    }
  });

  it('x-auth-owner is required exactly where auth is documentsOwner', () => {
    for (const def of ops) assert.equal(requiresOwner(def), def.auth === 'documentsOwner', def.id);
    assert.deepEqual(
      ops.filter((d) => d.auth === 'documentsOwner').map((d) => d.id),
      ['documents.changeOwner', 'documentContracts.fill', 'documentContracts.changeOwner'],
    );
  });

  it('multipart operations describe their parts, and the parts cover the JSON form of the body', () => {
    for (const def of ops) {
      assert.equal(def.bodyKind === 'multipart', def.multipart !== undefined, def.id);
      const mp = def.multipart;
      if (!mp || !def.body) continue;
      const bodyKeys = shapeKeys(def.body as z.ZodObject);
      const fieldKeys = mp.fields === undefined ? [] : mp.fields.encoding === 'json' ? [mp.fields.part] : shapeKeys(mp.fields.model);
      const fileKeys = mp.files.map((f) => f.name);
      assert.deepEqual([...fieldKeys, ...fileKeys].sort(), bodyKeys, `${def.id}: parts ≠ body keys`);
      for (const f of mp.files) assert.ok(f.contentTypes.length > 0 && f.description.length > 0, `${def.id}: file part ${f.name}`);
      // The example's non-file fields travel in the field parts: they must parse there too.
      const body = def.example?.body;
      if (mp.fields && body && typeof body === 'object') {
        const value = mp.fields.encoding === 'json' ? (body as Record<string, unknown>)[mp.fields.part] : Object.fromEntries(Object.entries(body).filter(([k]) => !fileKeys.includes(k)));
        assert.equal(problems(mp.fields.model, value), '', `${def.id}: example fields`);
      }
    }
  });

  it('no operation is shadowed: the first route matching an example path is its own operation', () => {
    for (const def of ops) {
      const path = examplePath(def);
      const first = ops.find((o) => o.method === def.method && pathMatcher(o.path)(path) !== undefined);
      assert.equal(first?.id, def.id, `${def.method} ${path} is routed to ${first?.id}`);
    }
  });
});

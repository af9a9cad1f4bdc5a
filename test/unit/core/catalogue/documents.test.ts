// The Documents catalogue against the Documents API document itself: one operation per `curl -X`
// example (copied verbatim into test/fixtures/seeds/documents/curl-examples.json), the documented
// success status, headers, binary answers and multipart bodies, and examples that are the
// document's own (every request and answer example equals a JSON example of the document, except
// the placeholders replaced on purpose, listed here).
import { strict as assert } from 'node:assert';
import { isDeepStrictEqual } from 'node:util';
import * as z from 'zod';
import curlFixture from '../../../fixtures/seeds/documents/curl-examples.json';
import jsonFixture from '../../../fixtures/seeds/documents/json-examples.json';
import { documentsEndpoints } from '../../../../src/core/catalogue/documents';
import { pathMatcher, scalar, type EndpointDef } from '../../../../src/core/catalogue/types';

const text = z.record(z.string(), z.string());
const curlExample = z.object({
  method: z.string(),
  path: z.string(),
  query: text,
  headers: text,
  form: text,
  dataRaw: z.unknown(),
  status: z.number().int(),
  responseHeaders: z.array(z.string()),
});
type CurlExample = z.infer<typeof curlExample>;

const curls = z.array(curlExample).parse(curlFixture.endpoints);
const documentExamples: readonly unknown[] = jsonFixture.examples;
const ops: readonly EndpointDef[] = Object.values(documentsEndpoints);

/** Placeholders of the document replaced on purpose: the value the catalogue sends instead. */
const REPLACED: Readonly<Record<string, { readonly body?: Readonly<Record<string, unknown>>; readonly query?: Readonly<Record<string, string>> }>> = {
  // `fill_priority: "string"` is not one of low|high; low is the documented default.
  'templates.fill': { body: { fill_priority: 'low' } },
  // `language: "string"` is not one of the documented languages.
  'documentContracts.fill': { body: { language: 'ES' } },
  // The example's query is `include=include%3Dhistory`; the documented value is `history`.
  'pdfTemplates.metadata': { query: { include: 'history' } },
};

/** The operation the sandbox router picks for a request: the first whose method and path match. */
function routed(method: string, path: string): EndpointDef | undefined {
  return ops.find((d) => d.method === method && pathMatcher(d.path)(path) !== undefined);
}

function curlOf(def: EndpointDef): CurlExample {
  const found = curls.filter((c) => routed(c.method, c.path)?.id === def.id);
  assert.equal(found.length, 1, `${def.id} matches ${found.length} curl examples`);
  const [curl] = found;
  assert.ok(curl);
  return curl;
}

function strings(record: Readonly<Record<string, unknown>> | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(record ?? {}).map(([k, v]) => [k, scalar(v)]));
}

function lowerKeys(record: Readonly<Record<string, string>>, drop: readonly string[] = []): Record<string, string> {
  return Object.fromEntries(
    Object.entries(record)
      .map(([k, v]) => [k.toLowerCase(), v] as const)
      .filter(([k]) => !drop.includes(k)),
  );
}

function isDocumentExample(value: unknown): boolean {
  return documentExamples.some((e) => isDeepStrictEqual(e, value));
}

describe('Documents catalogue against the Documents API document', () => {
  it('has exactly one operation per curl example (92), each routed to a different operation', () => {
    assert.equal(curls.length, 92);
    assert.equal(ops.length, 92);
    const routedIds = curls.map((c) => routed(c.method, c.path)?.id ?? `unrouted ${c.method} ${c.path}`);
    assert.deepEqual([...routedIds].sort(), ops.map((d) => d.id).sort());
  });

  for (const def of ops) {
    describe(def.id, () => {
      it('documented status, path example and query example', () => {
        const curl = curlOf(def);
        assert.equal(def.status, curl.status, 'success status');
        const { org, ...params } = pathMatcher(def.path)(curl.path) ?? {};
        assert.ok(org === 'masmovil' || org === 'yoigo');
        assert.deepEqual(strings(def.example?.params), params, 'example params');
        assert.deepEqual(strings(def.example?.query), { ...curl.query, ...REPLACED[def.id]?.query }, 'example query');
      });

      it('documented request headers, response headers and answer kind', () => {
        const curl = curlOf(def);
        assert.deepEqual(def.example?.headers ?? {}, lowerKeys(curl.headers, ['accept', 'content-type']), 'example headers');
        assert.deepEqual(Object.keys(def.responseHeaders ?? {}).sort(), curl.responseHeaders.map((h) => h.toLowerCase()).sort(), 'response headers');
        const binary = curl.headers['Accept'] === 'application/octet-stream';
        assert.equal(def.responseKind === 'binary', binary, 'binary answer');
      });

      it('multipart exactly where the document sends form parts or a multipart content type', () => {
        const curl = curlOf(def);
        const multipart = Object.keys(curl.form).length > 0 || (curl.headers['Content-Type'] ?? '').startsWith('multipart/');
        assert.equal(def.bodyKind === 'multipart', multipart);
      });

      it("the example body and answer are the document's", () => {
        const curl = curlOf(def);
        const body = def.example?.body;
        const replaced = REPLACED[def.id]?.body;
        if (curl.dataRaw !== null) {
          const expected = replaced && typeof curl.dataRaw === 'object' ? { ...curl.dataRaw, ...replaced } : curl.dataRaw;
          assert.deepEqual(body, expected);
        } else if (Object.keys(curl.form).length > 0) {
          assert.ok(isDocumentExample(body), 'a form upload keeps the JSON example of its field table');
        } else {
          assert.equal(body, undefined, 'the document sends no body');
        }
        const response = def.example?.response;
        if (response !== undefined) assert.ok(isDocumentExample(response), 'the example answer is one of the document');
      });
    });
  }
});

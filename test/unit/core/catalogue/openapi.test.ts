// The OpenAPI 3.1 export: valid against the OpenAPI 3.1 schema (checked with a validator made for
// it), covering every catalogue operation, and round-tripping — every operation in the document
// maps back to its catalogue entry (method, path, parameters, security).
import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { allEndpoints, catalogue, isOperationId } from '../../../../src/core/catalogue/catalogue';
import { openApiDocument } from '../../../../src/core/catalogue/openapi';
import { pathPlaceholders } from '../../../../src/core/catalogue/types';
import type { RunningSandbox } from '../../../../src/sandbox/server';
import { withSandbox } from '../../../support/sandbox';

type Json = Record<string, unknown>;
const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

function operationsOf(doc: Json): { path: string; method: string; op: Json }[] {
  const out: { path: string; method: string; op: Json }[] = [];
  for (const [p, item] of Object.entries(doc.paths as Record<string, Json>)) {
    for (const m of METHODS) if (item[m]) out.push({ path: p, method: m.toUpperCase(), op: item[m] as Json });
  }
  return out;
}

async function valid(doc: Json): Promise<void> {
  // An ES module (it finds the OpenAPI schemas next to itself): loaded as one.
  const { Validator } = await import('@seriousme/openapi-schema-validator');
  const result = await new Validator().validate(doc);
  assert.ok(result.valid, JSON.stringify(result.errors, null, 1)?.slice(0, 3000));
}

describe('OpenAPI 3.1 export', function () {
  this.timeout(30_000);

  it('is a valid OpenAPI 3.1 document, for both APIs and for each', async () => {
    const both = openApiDocument();
    assert.equal(both.openapi, '3.1.0');
    await valid(both);
    await valid(openApiDocument({ api: 'mok' }));
    await valid(openApiDocument({ api: 'documents' }));
  });

  it('covers every catalogue operation exactly once, and each maps back to its entry', () => {
    const ops = operationsOf(openApiDocument());
    assert.equal(ops.length, allEndpoints().length);
    assert.deepEqual(ops.map((o) => o.op.operationId).sort(), allEndpoints().map((d) => d.id).sort());
    for (const { path: p, method, op } of ops) {
      const id = String(op.operationId);
      assert.ok(isOperationId(id), id);
      const def = catalogue[id];
      assert.equal(method, def.method, id);
      assert.equal(p, def.path, id);
      const pathParams = (op.parameters as Json[]).filter((x) => x.in === 'path').map((x) => x.name);
      assert.deepEqual([...pathParams].sort(), pathPlaceholders(def.path).sort(), `${id} path parameters`);
      const security = op.security as Json[];
      if (def.auth === 'none') assert.deepEqual(security, [], id);
      else assert.ok(security.length === 1, id);
      const success = (op.responses as Json)[String(def.status)];
      assert.ok(success, `${id} documents its success status ${def.status}`);
    }
  });

  it('keeps the documents\' examples and the multipart form of uploads', () => {
    const doc = openApiDocument();
    const create = (doc.paths as Record<string, Json>)['/api/v1/provider_networks/service_requests']?.post as Json;
    const json = ((create.requestBody as Json).content as Json)['application/json'] as Json;
    assert.deepEqual(json.example, catalogue['serviceRequests.create'].example.body);
    const upload = (doc.paths as Record<string, Json>)['/v1/orgs/{org}/dynamic_templates']?.post as Json;
    const multipart = ((upload.requestBody as Json).content as Json)['multipart/form-data'] as Json;
    assert.deepEqual(Object.keys((multipart.schema as Json).properties as Json).sort(), ['files', 'metadata']);
    assert.deepEqual((multipart.encoding as Json).metadata, { contentType: 'application/json' });
  });

  it('is served by the sandbox at /openapi.json with the sandbox as server, and written by mok openapi', async () => {
    const sb: RunningSandbox = await withSandbox();
    try {
      const served = (await (await fetch(`${sb.url}/openapi.json`)).json()) as Json;
      assert.equal((served.servers as Json[])[0]?.url, sb.url);
      await valid(served);
    } finally {
      await sb.close();
    }
    const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'mok-openapi-')), 'mok.json');
    const code = await new Promise<number | null>((r) => spawn(process.execPath, [path.resolve(__dirname, '../../../../cli.js'), 'openapi', '--api', 'mok', '--out', out]).on('close', r));
    assert.equal(code, 0);
    const written = JSON.parse(readFileSync(out, 'utf8')) as Json;
    assert.equal(operationsOf(written).length, allEndpoints().filter((d) => d.api === 'mok').length);
  });
});

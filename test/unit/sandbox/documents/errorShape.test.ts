// Every error on a Documents API path — bad JSON, an unknown route, a wrong method, an injected
// fault, a body over the limit, a failing handler, an unknown org (told only after authentication) —
// uses the Documents error shape {"errors":[{code,title,ref,details}]}, as its document shows.
import { strict as assert } from 'node:assert';
import { mdocErrorBody } from '../../../../src/core/models/documents';
import { MDOC_ERROR_REF } from '../../../../src/sandbox/errors';
import type { RunningSandbox } from '../../../../src/sandbox/server';
import { withSandbox } from '../../../support/sandbox';

const AUTH = { authorization: 'Bearer sandbox-documents-token' };

describe('Documents sandbox: the error shape of every failure', function () {
  this.timeout(30_000);
  let sb: RunningSandbox;
  before(async () => {
    sb = await withSandbox({ seedSize: 5 });
  });
  after(() => sb.close());

  async function mdoc(res: Response): Promise<{ status: number; code: string }> {
    const body = mdocErrorBody.parse(await res.json());
    const e = body.errors[0];
    assert.ok(e?.title && e.details, 'title and details');
    assert.equal(e.ref, MDOC_ERROR_REF);
    return { status: res.status, code: e.code };
  }

  const docs = (path: string, init: RequestInit = {}) => fetch(`${sb.url}/v1/orgs${path}`, { ...init, headers: { ...AUTH, ...(init.headers as Record<string, string> | undefined) } });

  it('bad JSON, unknown route, wrong method', async () => {
    assert.deepEqual(await mdoc(await docs('/masmovil/sign_process', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"signers": [' })), { status: 400, code: 'MDOC-400' });
    assert.deepEqual(await mdoc(await docs('/masmovil/no_such_resource')), { status: 404, code: 'MDOC-404' });
    assert.deepEqual(await mdoc(await docs('/masmovil/fill_process/x', { method: 'DELETE' })), { status: 405, code: 'MDOC-405' });
  });

  it('paging the catalogue refuses, checked by the router before any handler', async () => {
    const negative = await docs('/masmovil/dynamic_templates?page=-1');
    assert.equal(negative.status, 400);
    const zero = await docs('/masmovil/dynamic_templates?page_size=0');
    assert.equal(zero.status, 400);
    assert.match(JSON.stringify(await zero.json()), /page_size/);
  });

  it('an unknown org only after authentication', async () => {
    const anonymous = await fetch(`${sb.url}/v1/orgs/acme/documents/x/metadata`);
    assert.deepEqual(await mdoc(anonymous), { status: 401, code: 'MDOC-401' });
    assert.deepEqual(await mdoc(await docs('/acme/documents/x/metadata')), { status: 404, code: 'MDOC-404-ORG' });
    const expired = `${Buffer.from('{"alg":"RS256"}').toString('base64url')}.${Buffer.from('{"exp":1000}').toString('base64url')}.sig`;
    assert.deepEqual(await mdoc(await fetch(`${sb.url}/v1/orgs/masmovil/templates`, { headers: { authorization: `Bearer ${expired}` } })), { status: 401, code: 'MDOC-401' });
  });

  it('injected faults and a body over the limit', async () => {
    sb.queueFault({ kind: 'status', status: 503, operation: 'forms.list' });
    assert.deepEqual(await mdoc(await docs('/masmovil/templates/forms')), { status: 503, code: 'MDOC-503' });
    sb.queueFault({ kind: 'rateLimit', retryAfterSeconds: 2 });
    const limited = await docs('/masmovil/templates/forms');
    assert.equal(limited.headers.get('retry-after'), '2');
    assert.deepEqual(await mdoc(limited), { status: 429, code: 'MDOC-429' });
    const big = await docs('/masmovil/documents', { method: 'POST', headers: { 'content-type': 'application/json' }, body: Buffer.alloc(10 * 1024 * 1024 + 1, 0x20) });
    assert.deepEqual(await mdoc(big), { status: 413, code: 'MDOC-413' });
  });
});

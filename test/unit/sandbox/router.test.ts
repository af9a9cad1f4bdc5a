// The sandbox router enforces the catalogue as the contract, for any HTTP client (here plain
// fetch, as a partner's backend would call it): path params, query and the headers the API reads
// are checked before a handler runs, and refused in the shape of the API the path belongs to.
import { strict as assert } from 'node:assert';
import type { RunningSandbox } from '../../../src/sandbox/server';
import { withSandbox } from '../../support/sandbox';

describe('sandbox router: the catalogue as the contract', () => {
  let sb: RunningSandbox;
  let token = '';
  before(async () => {
    sb = await withSandbox();
    const res = await fetch(`${sb.url}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ grant_type: 'client_credentials', client_id: 'sandbox-client', client_secret: 'sandbox-secret', scope: 'provider_networks' }),
    });
    token = ((await res.json()) as { access_token: string }).access_token;
  });
  after(() => sb.close());

  it('refuses a MOK query parameter its model refuses, naming it', async () => {
    const res = await fetch(`${sb.url}/api/v1/provider_networks/service_requests?page%5Bsize%5D=0&contract_id=abc`, { headers: { authorization: `Bearer ${token}` } });
    assert.equal(res.status, 422);
    const body = (await res.json()) as { errors: { code: string; detail: string; source: { parameter: string } }[] };
    assert.deepEqual(
      body.errors.map((e) => [e.code, e.source.parameter, e.detail]),
      [
        ['invalid_parameter', 'contract_id', 'contract_id: expected a whole number'],
        ['invalid_parameter', 'page[size]', 'page[size]: expected a whole number ≥ 1'],
      ],
    );
  });

  it('answers a missing required query parameter as the API document says (missing_required_params)', async () => {
    const res = await fetch(`${sb.url}/api/v1/provider_networks/provider_ranking?zone_external_id=28`, { headers: { authorization: `Bearer ${token}` } });
    assert.equal(res.status, 422);
    assert.deepEqual(await res.json(), { errors: [{ status: 422, code: 'missing_required_params', detail: 'missing_required_params', source: { parameter: 'service_external_id' } }] });
  });

  it('refuses a bad Documents query in the Documents error shape', async () => {
    const res = await fetch(`${sb.url}/v1/orgs/masmovil/dynamic_templates?page=-1`, { headers: { authorization: 'Bearer sandbox-documents-token' } });
    assert.equal(res.status, 400);
    const body = (await res.json()) as { errors: { code: string; details: string; ref: string }[] };
    assert.equal(body.errors[0]?.code, 'MDOC-400-INVALID-REQUEST');
    assert.match(body.errors[0]?.details ?? '', /^\/query\/page: /);
  });

  it('checks credentials before parameters (an anonymous caller learns nothing)', async () => {
    const res = await fetch(`${sb.url}/api/v1/provider_networks/service_requests?page%5Bsize%5D=0`);
    assert.equal(res.status, 401);
  });
});

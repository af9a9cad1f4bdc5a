// "Copy as curl" from what the client really sent: credentials only as placeholders, and the
// command runs in a POSIX shell (checked by running it through `sh` against a local server).
import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { sandboxCredentials, secretValues } from '../../../../src/core/environment';
import { toCurl } from '../../../../src/core/requests/curl';
import { normalizedJson } from '../../../../src/core/json/compare';
import type { RunningSandbox } from '../../../../src/sandbox/server';
import { clientFor, withSandbox } from '../../../support/sandbox';

describe('copy as curl', function () {
  this.timeout(20_000);
  let sb: RunningSandbox;
  before(async () => {
    sb = await withSandbox();
  });
  after(() => sb.close());

  it('never contains a credential; the bearer becomes $MOK_TOKEN', async () => {
    const client = clientFor(sb);
    const res = await client.callRaw('serviceRequests.create', { body: { service_request: { contract_id: 131, service_id: 5000382079, external_id: "o'brien-1" } } });
    await client.close();
    const curl = toCurl(res.sent);
    assert.match(curl, /^curl -X POST 'http:\/\/127\.0\.0\.1:\d+\/api\/v1\/provider_networks\/service_requests'/);
    assert.match(curl, /-H "Authorization: Bearer \$MOK_TOKEN"/);
    for (const secret of secretValues(sandboxCredentials)) assert.ok(!curl.includes(secret), `no ${secret}`);
    assert.match(curl, /--data-raw '\{"service_request":\{"contract_id":131,"service_id":5000382079,"external_id":"o'\\''brien-1"\}\}'/);
  });

  it('is a command a shell runs as sent (body and headers arrive intact)', async function () {
    let received: { method?: string; headers: http.IncomingHttpHeaders; body: string } | undefined;
    const server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        received = { method: req.method, headers: req.headers, body };
        res.end('{}');
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/x`;
    const curl = toCurl({ method: 'PATCH', url, headers: { 'content-type': 'application/json', 'x-note': "it's $HOME" }, bodyText: '{"a":"it\'s"}', auth: ['authorization'] });
    const code = await new Promise<number | null>((r) => spawn('sh', ['-c', curl], { env: { ...process.env, MOK_TOKEN: 'tok-123' }, stdio: 'ignore' }).on('close', r)).catch(() => null);
    await new Promise((r) => server.close(r));
    if (code === 127) this.skip(); // no curl here
    assert.equal(code, 0);
    assert.equal(received?.method, 'PATCH');
    assert.equal(received?.headers.authorization, 'Bearer tok-123');
    assert.equal(received?.headers['x-note'], "it's $HOME");
    assert.equal(received?.body, '{"a":"it\'s"}');
  });

  it('uploads multipart parts with -F', () => {
    const curl = toCurl({ method: 'POST', url: 'http://h/u', headers: { 'content-type': 'multipart/form-data; boundary=x' }, parts: [{ name: 'name', value: 'Contrato' }, { name: 'content', filename: 'contrato.pdf' }], auth: [] });
    assert.match(curl, /-F 'name=Contrato'/);
    assert.match(curl, /-F 'content=@contrato\.pdf'/);
    assert.doesNotMatch(curl, /content-type: multipart/);
  });

  it('compares JSON answers by data, not by key order or spacing', () => {
    assert.equal(normalizedJson('{"b":1,"a":{"d":[2,{"z":1,"y":0}],"c":null}}'), normalizedJson('{ "a": { "c": null, "d": [2, { "y": 0, "z": 1 }] }, "b": 1 }'));
    assert.equal(normalizedJson('not json'), 'not json');
  });
});

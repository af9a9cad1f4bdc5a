// Delivery auth modes of the API document: the header each mode sends, a fetched token reused
// until a 401 (with the configured JSON keys), tokens of the sandbox's auth URL that whoever knows
// the credentials can check, and the receiver's check — which never keeps the secret part.
import { strict as assert } from 'node:assert';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { DeliveryAuthenticator } from '../../../../src/core/webhooks/deliveryAuth';
import { basicAuthorization, checkAuthorization, checkIssuedToken, issueDeliveryToken, reauthorize } from '../../../../src/core/webhooks/deliveryAuthCheck';
import { WebhookError } from '../../../../src/core/webhooks/errors';

async function authServer(answer: (body: Record<string, unknown>) => { status: number; body: unknown }): Promise<{ url: string; calls: Array<Record<string, unknown>>; close(): Promise<void> }> {
  const calls: Array<Record<string, unknown>> = [];
  const server = http.createServer((req, res) => {
    let text = '';
    req.on('data', (c: Buffer) => (text += c.toString()));
    req.on('end', () => {
      const body = JSON.parse(text) as Record<string, unknown>;
      calls.push(body);
      const a = answer(body);
      res.writeHead(a.status, { 'content-type': 'application/json' }).end(JSON.stringify(a.body));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/auth`, calls, close: () => new Promise((r) => server.close(() => r())) };
}

describe('delivery auth', () => {
  it('Basic and static Bearer headers', async () => {
    assert.equal(await new DeliveryAuthenticator({ mode: 'none' }).authorization(), undefined);
    assert.equal(await new DeliveryAuthenticator({ mode: 'basic', username: 'ana', password: 'p:ss' }).authorization(), `Basic ${Buffer.from('ana:p:ss').toString('base64')}`);
    assert.equal(await new DeliveryAuthenticator({ mode: 'bearer', token: 'tok' }).authorization(), 'Bearer tok');
  });

  it('fetches a Bearer token by POSTing username/password under the configured keys, reuses it, and fetches again after a 401', async () => {
    let n = 0;
    const s = await authServer((b) => ({ status: b.user === 'ana' && b.pass === 'secreto' ? 200 : 401, body: { access_token: `t${++n}` } }));
    try {
      const auth = new DeliveryAuthenticator({ mode: 'fetchedBearer', authUrl: s.url, username: 'ana', password: 'secreto', keys: { username: 'user', password: 'pass', token: 'access_token' } });
      assert.equal(await auth.authorization(), 'Bearer t1');
      assert.equal(await auth.authorization(), 'Bearer t1');
      assert.deepEqual(s.calls, [{ user: 'ana', pass: 'secreto' }]);
      auth.rejected();
      assert.equal(await auth.authorization(), 'Bearer t2');
      const wrong = new DeliveryAuthenticator({ mode: 'fetchedBearer', authUrl: s.url, username: 'ana', password: 'nope', keys: { username: 'user', password: 'pass', token: 'access_token' } });
      await assert.rejects(wrong.authorization(), (e: unknown) => WebhookError.is(e, 'unreachable') && /answered 401/.test(e.message) && !e.message.includes('nope'));
      const noKey = new DeliveryAuthenticator({ mode: 'fetchedBearer', authUrl: s.url, username: 'ana', password: 'secreto', keys: { username: 'user', password: 'pass', token: 'jwt' } });
      await assert.rejects(noKey.authorization(), /no "jwt" string/);
    } finally {
      await s.close();
    }
  });

  it('issues tokens that the credentials check and nothing else does', () => {
    const t = issueDeliveryToken('ana', 'secreto');
    assert.match(t, /^mokwh\.[A-Za-z0-9_-]{16}\.[0-9a-f]{32}$/);
    assert.notEqual(issueDeliveryToken('ana', 'secreto'), t, 'a new token each time');
    assert.equal(checkIssuedToken(t, 'ana', 'secreto'), true);
    assert.equal(checkIssuedToken(t, 'ana', 'otro'), false);
    assert.equal(checkIssuedToken(t, 'bea', 'secreto'), false);
    assert.equal(checkIssuedToken(`${t.slice(0, -1)}${t.endsWith('0') ? '1' : '0'}`, 'ana', 'secreto'), false, 'a tampered mac');
  });

  it('checks what a delivery carried against what the receiver expects, keeping only the scheme and who', () => {
    const expect = { username: 'ana', password: 'secreto', token: 'static-token' };
    assert.deepEqual(checkAuthorization(undefined), { scheme: 'none', status: 'absent' });
    assert.deepEqual(checkAuthorization(undefined, expect), { scheme: 'none', status: 'missing' });
    assert.deepEqual(checkAuthorization(basicAuthorization('ana', 'secreto'), expect), { scheme: 'basic', identity: 'ana', status: 'ok' });
    assert.deepEqual(checkAuthorization(basicAuthorization('ana', 'x'), expect), { scheme: 'basic', identity: 'ana', status: 'mismatch' });
    assert.deepEqual(checkAuthorization(basicAuthorization('ana', 'secreto')), { scheme: 'basic', identity: 'ana', status: 'unchecked' });
    assert.equal(checkAuthorization('Bearer static-token', expect).status, 'ok');
    assert.equal(checkAuthorization('Bearer static-token', expect).kind, 'static');
    assert.equal(checkAuthorization('Bearer other', expect).status, 'mismatch');
    const fetched = checkAuthorization(`Bearer ${issueDeliveryToken('ana', 'secreto')}`, expect);
    assert.deepEqual([fetched.kind, fetched.status], ['fetched', 'ok']);
    assert.equal(checkAuthorization(`Bearer ${issueDeliveryToken('ana', 'otro')}`, expect).status, 'mismatch');
    assert.equal(checkAuthorization('Digest abc').scheme, 'other');
    for (const c of [checkAuthorization('Bearer static-token', expect), fetched]) assert.ok(!JSON.stringify(c).includes('static-token') && !JSON.stringify(c).includes('secreto'));
  });

  it('re-creates an Authorization header for a replay from what the receiver knows', () => {
    const expect = { username: 'ana', password: 'secreto', token: 'static-token' };
    assert.equal(reauthorize(checkAuthorization(basicAuthorization('ana', 'secreto'), expect), expect), basicAuthorization('ana', 'secreto'));
    assert.equal(reauthorize(checkAuthorization('Bearer static-token', expect), expect), 'Bearer static-token');
    const again = reauthorize(checkAuthorization(`Bearer ${issueDeliveryToken('ana', 'secreto')}`, expect), expect);
    assert.ok(again && checkIssuedToken(again.slice('Bearer '.length), 'ana', 'secreto'));
    assert.equal(reauthorize(checkAuthorization(basicAuthorization('ana', 'secreto')), undefined), undefined);
  });
});

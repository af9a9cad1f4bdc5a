// Networks partners work on: requests through a company proxy (CONNECT), a proxy that wants
// credentials or cannot be reached, and a server whose certificate Node does not trust — each
// failure named as proxy or TLS with how to fix it.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net, { type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { ApiError } from '../../../../src/core/errors';
import { HttpClient } from '../../../../src/core/http/http';
import { proxyInUse } from '../../../../src/core/http/network';

/** A minimal forward proxy: CONNECT tunnels and absolute-form requests; optionally demands credentials. */
async function startProxy(options: { requireAuth?: boolean } = {}): Promise<{ url: string; seen: string[]; close(): Promise<void> }> {
  const seen: string[] = [];
  const server = http.createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    if (options.requireAuth && !req.headers['proxy-authorization']) return res.writeHead(407, { 'proxy-authenticate': 'Basic' }).end();
    const target = new URL(req.url ?? '');
    const upstream = http.request({ host: target.hostname, port: target.port, path: target.pathname + target.search, method: req.method, headers: req.headers }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    req.pipe(upstream);
  });
  server.on('connect', (req, socket) => {
    seen.push(`CONNECT ${req.url}`);
    if (options.requireAuth && !req.headers['proxy-authorization']) {
      socket.end('HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic\r\n\r\n');
      return;
    }
    const [host, port] = (req.url ?? '').split(':');
    const upstream = net.connect(Number(port), host ?? '127.0.0.1', () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.pipe(socket);
      socket.pipe(upstream);
    });
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, seen, close: () => new Promise((r) => { server.closeAllConnections(); server.close(() => r()); }) };
}

async function startTarget(): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}'));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/x`, close: () => new Promise((r) => { server.closeAllConnections(); server.close(() => r()); }) };
}

describe('network: proxies and TLS', function () {
  this.timeout(20_000);

  it('goes through the configured proxy', async () => {
    const target = await startTarget();
    const proxy = await startProxy();
    const client = new HttpClient({ network: { proxy: proxy.url }, retries: 0 });
    try {
      const res = await client.send({ method: 'GET', url: target.url, idempotent: true });
      assert.equal(res.status, 200);
      assert.equal(res.text, '{"ok":true}');
      assert.ok(proxy.seen.length > 0, 'the proxy saw the request');
    } finally {
      await client.close();
      await proxy.close();
      await target.close();
    }
  });

  it('names a proxy that wants credentials, without echoing any', async () => {
    const target = await startTarget();
    const proxy = await startProxy({ requireAuth: true });
    const client = new HttpClient({ network: { proxy: proxy.url }, retries: 0 });
    try {
      await assert.rejects(client.send({ method: 'GET', url: target.url, idempotent: true }), (e: unknown) => {
        assert.ok(ApiError.is(e, 'proxy'), String(e));
        assert.match(e.message, /wants credentials \(407\): put them in the proxy URL/);
        return true;
      });
    } finally {
      await client.close();
      await proxy.close();
      await target.close();
    }
  });

  it('names an unreachable proxy and where to change it', async () => {
    const client = new HttpClient({ network: { proxy: 'http://127.0.0.1:9' }, retries: 0 });
    try {
      await assert.rejects(client.send({ method: 'GET', url: 'http://example.invalid/x', idempotent: true }), (e: unknown) => ApiError.is(e, 'proxy') && /Could not reach the proxy http:\/\/127\.0\.0\.1:9/.test(e.message) && /HTTPS_PROXY/.test(e.message));
    } finally {
      await client.close();
    }
  });

  it('removes credentials from the proxy URL it shows', () => {
    assert.equal(proxyInUse({ proxy: 'http://user:s3cr3t@proxy.corp:3128' }), 'http://proxy.corp:3128');
    assert.equal(proxyInUse({}, { HTTPS_PROXY: 'http://a:b@p:1' }), 'http://p:1');
    assert.equal(proxyInUse({}, {}), undefined);
  });

  it('names an untrusted certificate as TLS and says how to trust it; strictSSL false accepts it', async function () {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'mok-tls-'));
    try {
      execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', path.join(dir, 'key.pem'), '-out', path.join(dir, 'cert.pem'), '-subj', '/CN=127.0.0.1', '-days', '1'], { stdio: 'ignore' });
    } catch {
      this.skip(); // no openssl on this machine
    }
    const server = https.createServer({ key: readFileSync(path.join(dir, 'key.pem')), cert: readFileSync(path.join(dir, 'cert.pem')) }, (_req, res) => res.end('{}'));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const { port } = server.address() as AddressInfo;
    const strict = new HttpClient({ retries: 0 });
    const lax = new HttpClient({ retries: 0, network: { strictSSL: false } });
    try {
      await assert.rejects(strict.send({ method: 'GET', url: `https://127.0.0.1:${port}/`, idempotent: true }), (e: unknown) => ApiError.is(e, 'tls') && /not trusted \(DEPTH_ZERO_SELF_SIGNED_CERT\)/.test(e.message) && /NODE_EXTRA_CA_CERTS/.test(e.message));
      assert.equal((await lax.send({ method: 'GET', url: `https://127.0.0.1:${port}/`, idempotent: true })).status, 200);
    } finally {
      await strict.close();
      await lax.close();
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    }
  });
});

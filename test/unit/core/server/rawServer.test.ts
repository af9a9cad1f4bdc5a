// The shared server plumbing: exact body bytes, 413 past the limit, 500 instead of a dropped
// connection, a Host check against DNS rebinding on loopback, a clear error for a busy port, and a
// prompt close with keep-alive connections open.
import { strict as assert } from 'node:assert';
import net from 'node:net';
import { Agent, request } from 'undici';
import { ServerError, startRawServer, type RawRequest } from '../../../../src/core/server/rawServer';

/** Sends raw bytes and returns the status line (undici always sends a correct Host). */
function rawHttp(port: number, text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const s = net.connect(port, '127.0.0.1', () => s.write(text));
    let out = '';
    s.on('data', (c) => (out += c.toString()));
    s.on('end', () => resolve(out.split('\r\n')[0] ?? ''));
    s.on('error', reject);
  });
}

describe('startRawServer', () => {
  it('hands the handler the exact body bytes and raw headers', async () => {
    let seen: RawRequest | undefined;
    const server = await startRawServer({
      handle: (req) => {
        seen = req;
        return { status: 201, headers: { 'content-type': 'text/plain' }, body: 'ok' };
      },
    });
    try {
      const body = Buffer.from('\uFEFF{"a": "ñ"}\r\n', 'utf8');
      const res = await request(`${server.url}/hook?x=1`, { method: 'POST', body, headers: { 'X-Signature': 'ABC' } });
      assert.equal(res.statusCode, 201);
      assert.equal(await res.body.text(), 'ok');
      assert.deepEqual(seen?.body, body);
      assert.equal(seen?.url.pathname, '/hook');
      assert.equal(seen?.url.searchParams.get('x'), '1');
      assert.ok(seen?.rawHeaders.includes('X-Signature'));
    } finally {
      await server.close();
    }
  });

  it('answers 413 in the caller\'s error shape past the body limit', async () => {
    const server = await startRawServer({ bodyLimitBytes: 10, handle: () => ({ status: 200 }), errorResponse: (status, message) => ({ status, body: `E:${message}` }) });
    try {
      const res = await request(server.url, { method: 'POST', body: 'x'.repeat(11) });
      assert.equal(res.statusCode, 413);
      assert.equal(await res.body.text(), 'E:The request body is larger than 10 bytes.');
    } finally {
      await server.close();
    }
  });

  it('reads "//x", "*" and absolute targets as paths, and answers a client that half-closes after a slow handler (both found by the fuzz suite)', async () => {
    const seen: string[] = [];
    const server = await startRawServer({
      handle: async (req) => {
        seen.push(req.url.pathname);
        await new Promise((r) => setTimeout(r, 30));
        return { status: 200, body: 'ok' };
      },
    });
    try {
      const halfClose = (text: string) =>
        new Promise<string>((resolve, reject) => {
          const s = net.connect(server.port, '127.0.0.1', () => s.end(text));
          let out = '';
          s.on('data', (c) => (out += c.toString()));
          s.on('close', () => resolve(out.split('\r\n')[0] ?? ''));
          s.on('error', reject);
        });
      assert.equal(await halfClose('GET //x HTTP/1.1\r\nhost: 127.0.0.1\r\n\r\n'), 'HTTP/1.1 200 OK');
      assert.equal(await halfClose('OPTIONS * HTTP/1.1\r\nhost: 127.0.0.1\r\n\r\n'), 'HTTP/1.1 200 OK');
      assert.equal(await halfClose('GET http://127.0.0.1/a?b=1 HTTP/1.1\r\nhost: 127.0.0.1\r\n\r\n'), 'HTTP/1.1 200 OK');
      assert.deepEqual(seen, ['//x', '/*', '/a']);
    } finally {
      await server.close();
    }
  });

  it('turns a failing handler into a 500', async () => {
    const server = await startRawServer({
      handle: () => {
        throw new Error('boom');
      },
    });
    try {
      const res = await request(server.url);
      assert.equal(res.statusCode, 500);
      assert.match(await res.body.text(), /failed to handle/);
    } finally {
      await server.close();
    }
  });

  it('on loopback answers only requests addressed to itself (DNS rebinding)', async () => {
    const server = await startRawServer({ handle: () => ({ status: 200, body: 'secret' }), allowedHosts: ['tunnel.example'] });
    try {
      assert.equal(await rawHttp(server.port, `GET / HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n`), 'HTTP/1.1 421 Misdirected Request');
      assert.equal(await rawHttp(server.port, `GET / HTTP/1.1\r\nHost: localhost:${server.port}\r\nConnection: close\r\n\r\n`), 'HTTP/1.1 200 OK');
      assert.equal(await rawHttp(server.port, `GET / HTTP/1.1\r\nHost: tunnel.example\r\nConnection: close\r\n\r\n`), 'HTTP/1.1 200 OK');
    } finally {
      await server.close();
    }
  });

  it('says when the port is taken', async () => {
    const first = await startRawServer({ handle: () => ({ status: 200 }) });
    try {
      await assert.rejects(startRawServer({ port: first.port, handle: () => ({ status: 200 }) }), (e: unknown) => e instanceof ServerError && e.reason === 'addressInUse' && e.message.includes(String(first.port)));
    } finally {
      await first.close();
    }
  });

  it('closes promptly while a keep-alive connection is open', async () => {
    const server = await startRawServer({ handle: () => ({ status: 200 }) });
    const agent = new Agent({ keepAliveTimeout: 60_000 });
    const res = await request(server.url, { dispatcher: agent });
    await res.body.dump();
    // Resolves although the client keeps its connection alive (sockets are destroyed, not awaited).
    await server.close();
    await assert.rejects(request(server.url, { dispatcher: agent }), /ECONNREFUSED|SocketError|other side closed/);
    await agent.close();
  });
});

import { strict as assert } from 'node:assert';
import { MockAgent } from 'undici';
import { ApiError } from '../../../../src/core/errors';
import { HttpClient, parseRetryAfter } from '../../../../src/core/http/http';

const ORIGIN = 'http://api.test';

function setup(options: { retries?: number } = {}) {
  const agent = new MockAgent();
  agent.disableNetConnect();
  const pool = agent.get(ORIGIN);
  const http = new HttpClient({ dispatcher: agent, retries: options.retries ?? 3, baseDelayMs: 1, maxDelayMs: 5, timeoutMs: 200 });
  return { agent, pool, http };
}

describe('core/http HttpClient', () => {
  it('logs every answer at info level: method, path without query, status, time and request id', async () => {
    const agent = new MockAgent();
    agent.disableNetConnect();
    const lines: { level: string; m: string }[] = [];
    const log = (level: string) => (m: string) => lines.push({ level, m });
    const logger = { trace: log('trace'), debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') };
    const http = new HttpClient({ dispatcher: agent, logger });
    agent.get(ORIGIN).intercept({ path: '/things?email=maria%40example.com', method: 'GET' }).reply(404, '{}', { headers: { 'x-request-id': 'req-42' } });
    await http.send({ method: 'GET', url: `${ORIGIN}/things?email=maria%40example.com`, idempotent: true });
    const info = lines.filter((l) => l.level === 'info').map((l) => l.m);
    assert.equal(info.length, 1, JSON.stringify(lines));
    assert.match(info[0] ?? '', /^GET \/things → 404 in \d+ ms · request id req-42$/);
    assert.ok(!info[0]?.includes('maria'), 'the query string stays out of the log');
  });

  it('retries an idempotent GET after 503 and returns the eventual answer', async () => {
    const { pool, http } = setup();
    pool.intercept({ path: '/things', method: 'GET' }).reply(503, 'busy');
    pool.intercept({ path: '/things', method: 'GET' }).reply(200, '{"ok":true}');
    const res = await http.send({ method: 'GET', url: `${ORIGIN}/things`, idempotent: true });
    assert.equal(res.status, 200);
    assert.equal(res.attempts, 2);
  });

  it('does not retry a POST after 500 (it may have been stored)', async () => {
    const { pool, http } = setup();
    pool.intercept({ path: '/things', method: 'POST' }).reply(500, 'boom');
    const res = await http.send({ method: 'POST', url: `${ORIGIN}/things`, body: '{}', idempotent: false });
    assert.equal(res.status, 500);
    assert.equal(res.attempts, 1);
  });

  it('honours Retry-After on 429, even for a POST (nothing was processed)', async () => {
    const { pool, http } = setup();
    pool.intercept({ path: '/things', method: 'POST' }).reply(429, 'slow down', { headers: { 'retry-after': '0.05' } });
    pool.intercept({ path: '/things', method: 'POST' }).reply(201, '{}');
    const started = Date.now();
    const res = await http.send({ method: 'POST', url: `${ORIGIN}/things`, body: '{}', idempotent: false });
    assert.equal(res.status, 201);
    assert.ok(Date.now() - started >= 45, 'waited for Retry-After');
  });

  it('gives up after the retry budget and returns the last status', async () => {
    const { pool, http } = setup({ retries: 2 });
    pool.intercept({ path: '/x', method: 'GET' }).reply(502, '').times(3);
    const res = await http.send({ method: 'GET', url: `${ORIGIN}/x`, idempotent: true });
    assert.equal(res.status, 502);
    assert.equal(res.attempts, 3);
  });

  it('turns a slow answer into ApiError timeout', async () => {
    const { pool, http } = setup({ retries: 0 });
    pool.intercept({ path: '/slow', method: 'GET' }).reply(200, 'late').delay(1000);
    await assert.rejects(http.send({ method: 'GET', url: `${ORIGIN}/slow`, idempotent: true, timeoutMs: 50 }), (e) => ApiError.is(e, 'timeout'));
  });

  it('turns a caller abort into ApiError cancelled, not timeout', async () => {
    const { pool, http } = setup();
    pool.intercept({ path: '/slow', method: 'GET' }).reply(200, 'late').delay(1000);
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 20);
    await assert.rejects(http.send({ method: 'GET', url: `${ORIGIN}/slow`, idempotent: true, signal: ac.signal, timeoutMs: 5000 }), (e) => ApiError.is(e, 'cancelled'));
  });

  it('reports network errors with the origin and never the query string', async () => {
    const { pool, http } = setup({ retries: 1 });
    pool.intercept({ path: '/x?access_identifier=123', method: 'GET' }).replyWithError(new Error('ECONNRESET')).times(2);
    await assert.rejects(http.send({ method: 'GET', url: `${ORIGIN}/x?access_identifier=123`, idempotent: true }), (e) => {
      assert.ok(ApiError.is(e, 'network'));
      assert.equal(e.path, '/x');
      assert.ok(!e.describe().includes('123'));
      return true;
    });
  });

  it('parses Retry-After seconds and HTTP dates', () => {
    assert.equal(parseRetryAfter('2'), 2000);
    assert.equal(parseRetryAfter(new Date(10_000).toUTCString(), 4_000), 6000);
    assert.equal(parseRetryAfter('soon'), undefined);
  });
});

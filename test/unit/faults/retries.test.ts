// Faults, part 1: bounded retries and Retry-After. The real sandbox injects each fault over HTTP
// (`POST /__sandbox/faults`) and its request journal says how many attempts reached it, so every
// claim is counted on the server's side, not inferred from the client.
import { strict as assert } from 'node:assert';
import { sandboxCredentials } from '../../../src/core/environment';
import { ApiError } from '../../../src/core/errors';
import type { Logger } from '../../../src/core/logger';
import { clearFaults, gapMs, injectFaults, seen, seenAtLeast, sandboxPerTest } from '../../support/faults';
import { clientFor } from '../../support/sandbox';

const OP = 'plans.list';

/** A logger that keeps what the client said (the waits it chose). */
function recording(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const keep = (m: string) => void lines.push(m);
  return { lines, trace: keep, debug: keep, info: keep, warn: keep, error: keep };
}

describe('faults: bounded retries and Retry-After (client against the sandbox)', function () {
  this.timeout(20_000);
  const box = sandboxPerTest();

  it('rides out a 503, a 502, a connection reset and a 429 on a GET: exactly one attempt per fault, then the answer', async () => {
    const { sb } = box;
    const client = clientFor(sb, sandboxCredentials, { retries: 4 });
    await client.call(OP); // token fetched, so the journal below is the call alone
    await injectFaults(sb, { kind: 'status', status: 503, operation: OP }, { kind: 'status', status: 502, operation: OP }, { kind: 'reset', operation: OP }, { kind: 'rateLimit', retry_after_seconds: 0, operation: OP });
    const before = (await seen(sb, OP)).length;
    const plans = await client.call(OP);
    assert.ok(plans.plans.length > 0);
    assert.deepEqual((await seen(sb, OP)).slice(before).map((e) => e.status), [503, 502, 0, 429, 200]);
    await client.close();
  });

  it('gives up after its budget: a GET failing every time surfaces a typed error after exactly retries + 1 attempts', async () => {
    const { sb } = box;
    const client = clientFor(sb, sandboxCredentials, { retries: 2 });
    await client.call(OP);
    const before = (await seen(sb, OP)).length;
    await injectFaults(sb, { kind: 'status', status: 503, operation: OP, count: 10 });
    await assert.rejects(client.call(OP), (e) => ApiError.is(e, 'server') && e.status === 503 && e.operation === OP);
    assert.equal((await seen(sb, OP)).length - before, 3, '1 attempt + 2 retries, no more');
    await clearFaults(sb);

    await injectFaults(sb, { kind: 'reset', operation: OP, count: 10 });
    await assert.rejects(client.call(OP), (e) => ApiError.is(e, 'network') && e.operation === OP);
    const resets = (await seen(sb, OP)).slice(before + 3);
    assert.deepEqual(resets.map((e) => e.status), [0, 0, 0], 'three dropped connections, then the error');
    await client.close();
  });

  it('never repeats a POST the server failed with 5xx or dropped (it may have been stored): one attempt, the error surfaces', async () => {
    const { sb } = box;
    const client = clientFor(sb);
    const op = 'whatsapp.request';
    await injectFaults(sb, { kind: 'status', status: 503, operation: op }, { kind: 'reset', operation: op });
    const body = { whatsapp_number: '+34600111222' };
    await assert.rejects(client.call(op, { body }), (e) => ApiError.is(e, 'server') && e.status === 503);
    await assert.rejects(client.call(op, { body }), (e) => ApiError.is(e, 'network'));
    assert.deepEqual((await seen(sb, op)).map((e) => e.status), [503, 0]);
    await client.close();
  });

  it('a hung GET ends as a timeout after its retries; malformed JSON is an invalidResponse, not retried', async () => {
    const { sb } = box;
    const client = clientFor(sb, sandboxCredentials, { retries: 1 });
    await client.call(OP);
    const before = (await seen(sb, OP)).length;
    await injectFaults(sb, { kind: 'delay', delay_ms: 600, operation: OP, count: 2 });
    await assert.rejects(client.call(OP, {}, { timeoutMs: 100 }), (e) => ApiError.is(e, 'timeout') && e.operation === OP);
    // The sandbox journals a request when it has answered it: wait for both delayed ones.
    await seenAtLeast(sb, OP, before + 2);
    assert.equal((await seen(sb, OP)).length - before, 2, 'one attempt and one retry');

    await injectFaults(sb, { kind: 'malformed', operation: OP });
    await assert.rejects(client.call(OP), (e) => ApiError.is(e, 'invalidResponse') && e.operation === OP);
    assert.equal((await seen(sb, OP)).length - before, 3, 'a 200 with a broken body is not asked again');
    await client.close();
  });

  it('honours Retry-After in seconds: the retry reaches the sandbox no sooner than the header said', async () => {
    const { sb } = box;
    const log = recording();
    const client = clientFor(sb, sandboxCredentials, { logger: log });
    await client.call(OP);
    const before = (await seen(sb, OP)).length;
    await injectFaults(sb, { kind: 'rateLimit', retry_after_seconds: 0.3, operation: OP });
    await client.call(OP);
    const [limited, retried] = (await seen(sb, OP)).slice(before);
    assert.equal(limited?.status, 429);
    assert.equal(retried?.status, 200);
    assert.ok(log.lines.some((l) => /answered 429 \(attempt 1\); retrying in 300 ms/.test(l)), `the client waits the header's 300 ms, not its own backoff: ${log.lines.join(' | ')}`);
    // Journal times are whole milliseconds from the wall clock; the wait runs on the monotonic one.
    assert.ok(gapMs(limited, retried) >= 300 - 1, `retry ${gapMs(limited, retried)} ms after the 429`);
    await client.close();
  });

  it('honours Retry-After as an HTTP date: the retry comes at or after that moment', async () => {
    const { sb } = box;
    const client = clientFor(sb);
    await client.call(OP);
    const before = (await seen(sb, OP)).length;
    await injectFaults(sb, { kind: 'rateLimit', retry_after_seconds: 1, retry_after_date: true, operation: OP });
    await client.call(OP);
    const [limited, retried] = (await seen(sb, OP)).slice(before);
    assert.equal(limited?.status, 429);
    assert.equal(retried?.status, 200);
    const headerDate = Math.ceil((Date.parse(limited.time) + 1000) / 1000) * 1000;
    assert.ok(Date.parse(retried.time) >= headerDate - 1, `retry at ${retried.time}, Retry-After ${new Date(headerDate).toUTCString()}`);
    await client.close();
  });

  it('a Retry-After longer than the client waits, or 429s past the budget, surface rateLimited with the wait (seconds or date)', async () => {
    const { sb } = box;
    const client = clientFor(sb, sandboxCredentials, { retries: 1, maxRetryAfterMs: 500 });
    await client.call(OP);
    const before = (await seen(sb, OP)).length;
    await injectFaults(sb, { kind: 'rateLimit', retry_after_seconds: 120, operation: OP });
    await assert.rejects(client.call(OP), (e) => ApiError.is(e, 'rateLimited') && e.retryAfterMs === 120_000);
    assert.equal((await seen(sb, OP)).length - before, 1, 'not retried: the wait is longer than the client allows');

    await injectFaults(sb, { kind: 'rateLimit', retry_after_seconds: 90, retry_after_date: true, operation: OP });
    await assert.rejects(client.call(OP), (e) => ApiError.is(e, 'rateLimited') && e.retryAfterMs !== undefined && e.retryAfterMs > 85_000 && e.retryAfterMs <= 91_000);

    await injectFaults(sb, { kind: 'rateLimit', retry_after_seconds: 0, operation: OP, count: 5 });
    await assert.rejects(client.call(OP), (e) => ApiError.is(e, 'rateLimited') && e.status === 429);
    assert.equal((await seen(sb, OP)).length - before, 2 + 2, 'the date one once, then 1 attempt + 1 retry');
    await client.close();
  });
});

// Property tests: arbitrary bodies, signatures and secrets never make the doctor, the byte view or
// the raw-request parser throw (other than their typed errors), and results are always well
// formed. Seeded and bounded (about 0.2 s per property, under 2 s in all); MOK_FUZZ_RUNS=<n> runs
// n cases per property without a time bound.
import { strict as assert } from 'node:assert';
import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { byteView } from '../../../../src/core/webhooks/bytes';
import { diagnoseSignature } from '../../../../src/core/webhooks/doctor';
import { WebhookError } from '../../../../src/core/webhooks/errors';
import { HINT_CODES } from '../../../../src/core/webhooks/hints';
import { escapeNonAscii, relayoutJson, unescapeNonAscii } from '../../../../src/core/webhooks/jsonLayout';
import { keyedHash } from '../../../../src/core/webhooks/keyedHash';
import { parseRawHttpRequest } from '../../../../src/core/webhooks/rawHttp';
import { signBody } from '../../../../src/core/webhooks/signature';

const runs = process.env.MOK_FUZZ_RUNS ? Number(process.env.MOK_FUZZ_RUNS) : undefined;
/** Seeded; a fixed number of runs when asked, otherwise as many as fit in 0.2 s. */
const params = (seed: number): fc.Parameters<unknown> => (runs ? { seed, numRuns: runs } : { seed, numRuns: 1_000_000, interruptAfterTimeLimit: 200 });

const bytes = fc.uint8Array({ maxLength: 600 }).map((u) => Buffer.from(u));
const text = fc.string({ unit: 'binary', maxLength: 300 });
/** Bodies that look like what webhooks carry: JSON in various layouts, with line noise. */
const jsonBody = fc
  .tuple(fc.jsonValue({ maxDepth: 3 }), fc.constantFrom<string | number | undefined>(undefined, 2, 4, '\t'), fc.constantFrom('', '\n', '\r\n'), fc.boolean(), fc.boolean())
  .map(([v, indent, tail, crlf, bom]) => {
    let s = JSON.stringify(v, null, indent) + tail;
    if (crlf) s = s.replace(/\n/g, '\r\n');
    return Buffer.from(bom ? `\ufeff${s}` : s, 'utf8');
  });
const body = fc.oneof(bytes, jsonBody, text.map((s) => Buffer.from(s, 'utf8')));
const secret = fc.oneof(fc.uint8Array({ minLength: 1, maxLength: 100 }).map((u) => Buffer.from(u)), fc.string({ unit: 'binary', minLength: 1, maxLength: 80 }));
const signature = fc.oneof(
  text,
  fc.stringMatching(/^(sha256=)?[0-9a-fA-F]{0,130}$/),
  fc.uint8Array({ minLength: 32, maxLength: 32 }).map((u) => Buffer.from(u).toString(Math.random() < 0.5 ? 'base64' : 'base64url')),
);
const known = new Set<string>(HINT_CODES);

describe('core/webhooks fuzz', function () {
  this.timeout(30_000);

  it('the doctor never throws and always gives a well-formed diagnosis', () => {
    fc.assert(
      fc.property(secret, body, signature, (k, b, s) => {
        const d = diagnoseSignature({ secret: k, body: b, signature: s });
        assert.match(d.expected, /^[0-9a-f]{64}$/);
        assert.equal(d.received, s);
        assert.equal(d.valid, d.hints.length === 0);
        assert.equal(d.valid, s === d.expected);
        for (const h of d.hints) {
          assert.ok(known.has(h.code), h.code);
          assert.ok(h.message.length > 0);
        }
        const malformed = d.hints.filter((h) => h.code === 'wrong-length' || h.code === 'not-hex');
        if (malformed.length) assert.equal(d.hints.length, 1, 'a malformation is reported alone');
        if (d.hints.some((h) => h.code === 'wrong-secret')) assert.equal(d.hints.length, 1, 'wrong-secret is reported alone');
      }),
      params(1),
    );
  });

  it('a body signed and checked with the same secret is valid; re-laid-out JSON is re-serialised JSON', () => {
    fc.assert(
      fc.property(secret, jsonBody, (k, b) => {
        assert.ok(diagnoseSignature({ secret: k, body: b, signature: signBody(k, b) }).valid);
        const compact = Buffer.from(JSON.stringify(JSON.parse(b.toString('utf8').replace(/^\ufeff/, ''))), 'utf8');
        const d = diagnoseSignature({ secret: k, body: b, signature: signBody(k, compact) });
        if (!compact.equals(b)) assert.ok(!d.valid && d.hints.length > 0 && !d.hints.some((h) => h.code === 'wrong-secret'), JSON.stringify(d.hints.map((h) => h.code)));
      }),
      params(2),
    );
  });

  it('only empty secrets and oversized bodies are refused, with typed errors', () => {
    fc.assert(
      fc.property(body, signature, (b, s) => {
        assert.throws(() => diagnoseSignature({ secret: '', body: b, signature: s }), (e) => WebhookError.is(e, 'emptySecret'));
      }),
      { ...params(3), numRuns: 50 },
    );
  });

  it('the keyed hash is HMAC-SHA256 for any key and message', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 200 }), bytes, (k, m) => {
        const key = Buffer.from(k);
        assert.equal(Buffer.from(keyedHash(key)(m), 'latin1').toString('hex'), createHmac('sha256', key).update(m).digest('hex'));
      }),
      params(4),
    );
  });

  it('JSON re-layout is byte for byte what JSON.stringify writes', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), fc.constantFrom<string | number | undefined>(undefined, 2, 3, '\t'), (v, indent) => {
        const src = Buffer.from(JSON.stringify(v, null, indent), 'utf8');
        const l = relayoutJson(src);
        assert.ok(l);
        assert.equal(l.compact.toString('utf8'), JSON.stringify(v));
        assert.equal(l.indent2.toString('utf8'), JSON.stringify(v, null, 2));
        assert.equal(l.indent4.toString('utf8'), JSON.stringify(v, null, 4));
        assert.equal(l.tabs.toString('utf8'), JSON.stringify(v, null, '\t'));
        assert.equal(l.wasCompact, indent === undefined || !/[\n ]/.test(src.toString('latin1').replace(/"(?:[^"\\]|\\.)*"/g, '')));
        const escaped = JSON.stringify(v).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
        assert.equal(escapeNonAscii(l.compact).toString('utf8'), escaped);
        assert.equal(unescapeNonAscii(Buffer.from(escaped)).toString('utf8'), JSON.stringify(v).replace(/[\ud800-\udfff]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`).replace(/\\u(d[89ab][0-9a-f]{2})\\u(d[c-f][0-9a-f]{2})/g, (_, h: string, lo: string) => String.fromCharCode(parseInt(h, 16), parseInt(lo, 16))));
      }),
      params(5),
    );
  });

  it('relayout, escape and unescape never throw on arbitrary bytes', () => {
    fc.assert(
      fc.property(bytes, (b) => {
        relayoutJson(b);
        escapeNonAscii(b);
        unescapeNonAscii(b);
      }),
      params(6),
    );
  });

  it('the byte view never throws and its offsets are in range', () => {
    fc.assert(
      fc.property(body, fc.option(fc.nat()), (b, cl) => {
        const v = byteView(b, cl ?? undefined);
        assert.equal(v.length, b.length);
        for (const c of [...v.nonAscii.first, ...v.invisible.first]) assert.ok(c.offset >= 0 && c.offset < b.length);
        if (v.invalidUtf8At !== undefined) assert.ok(v.invalidUtf8At < b.length);
        assert.equal(v.invalidUtf8At === undefined, Buffer.from(b.toString('utf8'), 'utf8').equals(b));
      }),
      params(7),
    );
  });

  it('the raw request parser returns a request or a typed notHttp error, nothing else', () => {
    const request = fc
      .tuple(fc.constantFrom('\r\n', '\n'), fc.array(fc.tuple(fc.stringMatching(/^[A-Za-z-]{1,12}$/), fc.string({ unit: 'binary-ascii', maxLength: 20 })), { maxLength: 5 }), bytes)
      .map(([eol, headers, b]) => Buffer.concat([Buffer.from(`POST /h HTTP/1.1${eol}${headers.map(([n, v]) => `${n}: ${v.replace(/[\r\n]/g, '')}`).join(eol)}${headers.length ? eol : ''}${eol}`, 'latin1'), b]));
    fc.assert(
      fc.property(fc.oneof(bytes, request), (raw) => {
        try {
          const r = parseRawHttpRequest(raw);
          assert.ok(r.body.length <= raw.length);
        } catch (e) {
          assert.ok(WebhookError.is(e, 'notHttp'), String(e));
        }
      }),
      params(8),
    );
  });
});

#!/usr/bin/env node
// Writes test/fixtures/webhooks/vectors.json: webhook signature test vectors whose signatures come
// from an independent implementation, OpenSSL (`openssl dgst -sha256 -hmac`, base64 variants from
// `openssl dgst -binary | base64`), never from the code under test. Each vector states the bytes
// that were signed, the bytes the receiver has, the secret the receiver uses, the signature as
// received, and the hint codes the doctor must give (designed here, by hand).
//   node scripts/gen-webhook-vectors.mjs          write the fixture
//   node scripts/gen-webhook-vectors.mjs --check  fail if the fixture is not what this script writes
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const out = path.join(root, 'test', 'fixtures', 'webhooks', 'vectors.json');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'mok-vectors-'));

function file(bytes) {
  const f = path.join(tmp, `b${Math.random().toString(36).slice(2)}`);
  fs.writeFileSync(f, bytes);
  return f;
}

/** HMAC as lower-case hex, by OpenSSL. `digest`: sha256 (MOK), sha1/sha512 for wrong-length cases. */
function opensslHex(secret, bytes, digest = 'sha256') {
  const text = execFileSync('openssl', ['dgst', `-${digest}`, '-hmac', secret, '-r', file(bytes)], { encoding: 'utf8' });
  const m = /^([0-9a-f]+) /.exec(text);
  if (!m) throw new Error(`unexpected openssl output: ${text}`);
  return m[1];
}

/** HMAC in base64 (or base64url without padding), by OpenSSL and base64(1). */
function opensslBase64(secret, bytes, { urlSafe = false, digest = 'sha256' } = {}) {
  const pipe = urlSafe ? ` | base64 | tr '+/' '-_' | tr -d '='` : ' | base64';
  return execFileSync('sh', ['-c', `openssl dgst -${digest} -hmac "$KEY" -binary "$FILE"${pipe}`], { encoding: 'utf8', env: { ...process.env, KEY: secret, FILE: file(bytes) } }).trim();
}

const SECRET = 'sandbox-webhook-secret';
const BOM = '\ufeff';
const escapeNonAscii = (s) => s.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
const crlf = (s) => s.replace(/\n/g, '\r\n');

// Bodies: the MOK document's webhook example, one with Spanish accents, one with emoji.
const ascii = { event: 'service_request.created', payload: { id: 95, service_id: 2862459925, contract_id: 270, external_id: '8970266001', public_id: '00043-00095-8970266001', current_status: 'pending' } };
const spanish = { event: 'service_request.updated', payload: { id: 108, current_status: 'assigned', technician_name: 'María Eugenia Arce Gamboa', origin_address: 'Esc. 865 Lado Luis Miguel s/n. Puerta 769, Alcorcón', user_last_name: 'Muñoz Ibáñez' } };
const emoji = { event: 'service_request.created', payload: { id: 7, extra_info: 'Grúa 🚗 urgente ✅ — 5º piso', user_first_name: 'Begoña' } };
const A = JSON.stringify(ascii);
const ES = JSON.stringify(spanish);
const EM = JSON.stringify(emoji);
const ES2 = JSON.stringify(spanish, null, 2);
const ES4 = JSON.stringify(spanish, null, 4);
const ESTAB = JSON.stringify(spanish, null, '\t');
// Three-space indentation is no layout the doctor re-creates: line-ending cases stay unambiguous.
const P3 = JSON.stringify(spanish, null, 3);

/**
 * One vector. `signed`: bytes the sender signed (string → UTF-8); `body`: bytes the receiver has;
 * `secret`: the receiver's secret; `signingSecret`: the sender's (default: `secret`);
 * `form(secret, signedBytes)`: the X-Signature as received.
 */
const cases = [
  { name: 'valid: ASCII body', signed: A, body: A, hints: [] },
  { name: 'valid: Spanish accents (raw UTF-8)', signed: ES, body: ES, hints: [] },
  { name: 'valid: emoji (4-byte UTF-8)', signed: EM, body: EM, hints: [] },
  { name: 'valid: empty body', signed: '', body: '', hints: [] },
  { name: 'valid: UTF-8 secret', signed: ES, body: ES, secret: 'contraseña-ñ-🔑', hints: [] },
  { name: 'valid: secret longer than the HMAC block (64 bytes)', signed: ES, body: ES, secret: 'k'.repeat(100), hints: [] },

  { name: 'trailing-newline: LF added after signing', signed: ES, body: `${ES}\n`, hints: ['trailing-newline'] },
  { name: 'trailing-newline: CRLF added after signing', signed: EM, body: `${EM}\r\n`, hints: ['trailing-newline'] },
  { name: 'trailing-newline: removed after signing', signed: `${A}\n`, body: A, hints: ['trailing-newline'] },
  { name: 'trailing-newline: empty body that was a newline', signed: '\n', body: '', hints: ['trailing-newline'] },
  { name: 'trailing-newline: with a secret longer than the HMAC block', signed: EM, body: `${EM}\n`, secret: 'k'.repeat(100), hints: ['trailing-newline'] },

  { name: 'crlf: LF turned into CRLF after signing', signed: P3, body: crlf(P3), hints: ['crlf'] },
  { name: 'crlf: CRLF turned into LF after signing', signed: crlf(P3), body: P3, hints: ['crlf'] },
  { name: 'crlf + trailing-newline', signed: P3, body: `${crlf(P3)}\r\n`, hints: ['crlf', 'trailing-newline'] },

  { name: 'bom: added after signing', signed: ES, body: `${BOM}${ES}`, hints: ['bom'] },
  { name: 'bom + crlf', signed: P3, body: `${BOM}${crlf(P3)}`, hints: ['bom', 'crlf'] },
  { name: 'bom + reserialized-json', signed: ES, body: `${BOM}${ES2}`, hints: ['bom', 'reserialized-json'] },

  { name: 'reserialized-json: signed compact, received pretty (2 spaces)', signed: ES, body: ES2, hints: ['reserialized-json'] },
  { name: 'reserialized-json: signed compact, received with 3-space indent', signed: ES, body: P3, hints: ['reserialized-json'] },
  { name: 'reserialized-json: signed pretty (2 spaces), received compact', signed: ES2, body: ES, hints: ['reserialized-json'] },
  { name: 'reserialized-json: signed pretty (4 spaces), received compact', signed: ES4, body: ES, hints: ['reserialized-json'] },
  { name: 'reserialized-json: signed pretty (tabs), received compact', signed: ESTAB, body: ES, hints: ['reserialized-json'] },
  { name: 'reserialized-json: signed with \\u escapes, received raw UTF-8', signed: escapeNonAscii(ES), body: ES, hints: ['reserialized-json'] },
  { name: 'reserialized-json: signed raw UTF-8 (emoji), received \\u-escaped', signed: EM, body: escapeNonAscii(EM), hints: ['reserialized-json'] },
  { name: 'reserialized-json: signed pretty and escaped, received pretty raw', signed: escapeNonAscii(ES2), body: ES2, hints: ['reserialized-json'] },
  { name: 'reserialized-json: signed compact raw, received pretty and escaped', signed: ES, body: escapeNonAscii(ES4), hints: ['reserialized-json'] },

  { name: 'secret-whitespace: receiver secret ends with a newline', signed: ES, body: ES, secret: `${SECRET}\n`, signingSecret: SECRET, hints: ['secret-whitespace'] },
  { name: 'secret-whitespace: receiver secret has spaces at both ends', signed: ES, body: ES, secret: `  ${SECRET} \t`, signingSecret: SECRET, hints: ['secret-whitespace'] },
  { name: 'secret-whitespace: receiver secret starts with a space', signed: A, body: A, secret: ` ${SECRET}`, signingSecret: SECRET, hints: ['secret-whitespace'] },
  { name: 'secret-whitespace: sender secret ends with a newline', signed: A, body: A, secret: SECRET, signingSecret: `${SECRET}\n`, hints: ['secret-whitespace'] },
  { name: 'secret-whitespace + reserialized-json', signed: ES, body: ES2, secret: `${SECRET}\n`, signingSecret: SECRET, hints: ['reserialized-json', 'secret-whitespace'] },

  { name: 'prefixed-signature: sha256=<hex>', signed: ES, body: ES, form: (k, b) => `sha256=${opensslHex(k, b)}`, hints: ['prefixed-signature'] },
  { name: 'prefixed-signature + uppercase-hex: SHA256=<HEX>', signed: ES, body: ES, form: (k, b) => `SHA256=${opensslHex(k, b).toUpperCase()}`, hints: ['prefixed-signature', 'uppercase-hex'] },
  { name: 'prefixed-signature + base64-signature', signed: A, body: A, form: (k, b) => `sha256=${opensslBase64(k, b)}`, hints: ['prefixed-signature', 'base64-signature'] },
  { name: 'prefixed-signature + trailing-newline', signed: ES, body: `${ES}\n`, form: (k, b) => `sha256=${opensslHex(k, b)}`, hints: ['prefixed-signature', 'trailing-newline'] },
  { name: 'uppercase-hex', signed: EM, body: EM, form: (k, b) => opensslHex(k, b).toUpperCase(), hints: ['uppercase-hex'] },
  { name: 'base64-signature', signed: ES, body: ES, form: (k, b) => opensslBase64(k, b), hints: ['base64-signature'] },
  { name: 'base64-signature: URL-safe, unpadded', signed: EM, body: EM, form: (k, b) => opensslBase64(k, b, { urlSafe: true }), hints: ['base64-signature'] },

  { name: 'wrong-length: cut off at 63 characters', signed: ES, body: ES, form: (k, b) => opensslHex(k, b).slice(0, 63), hints: ['wrong-length'] },
  { name: 'wrong-length: HMAC-SHA1 (40 characters)', signed: ES, body: ES, form: (k, b) => opensslHex(k, b, 'sha1'), hints: ['wrong-length'] },
  { name: 'wrong-length: HMAC-SHA512 (128 characters)', signed: ES, body: ES, form: (k, b) => opensslHex(k, b, 'sha512'), hints: ['wrong-length'] },
  { name: 'wrong-length: empty header', signed: A, body: A, form: () => '', hints: ['wrong-length'] },
  { name: 'not-hex: a "g"', signed: A, body: A, form: (k, b) => `${opensslHex(k, b).slice(0, 63)}g`, hints: ['not-hex'] },
  { name: 'not-hex: a trailing space', signed: A, body: A, form: (k, b) => `${opensslHex(k, b)} `, hints: ['not-hex'] },
  { name: 'not-hex: quoted', signed: A, body: A, form: (k, b) => `"${opensslHex(k, b)}"`, hints: ['not-hex'] },
  { name: 'not-hex: base64 of an HMAC-SHA1 digest', signed: A, body: A, form: (k, b) => opensslBase64(k, b, { digest: 'sha1' }), hints: ['not-hex'] },

  { name: 'wrong-secret', signed: ES, body: ES, secret: SECRET, signingSecret: 'another-secret', hints: ['wrong-secret'] },
  { name: 'wrong-secret: emoji body', signed: EM, body: EM, secret: SECRET, signingSecret: 'sandbox-webhook-secreT', hints: ['wrong-secret'] },
  { name: 'wrong-secret: prefixed (the prefix alone does not explain it)', signed: A, body: A, secret: SECRET, signingSecret: 'another-secret', form: (k, b) => `sha256=${opensslHex(k, b)}`, hints: ['wrong-secret'] },
  { name: 'wrong-secret: and a trailing newline (the newline alone does not explain it)', signed: ES, body: `${ES}\n`, secret: SECRET, signingSecret: 'another-secret', hints: ['wrong-secret'] },
];

const vectors = cases.map((c) => {
  const secret = c.secret ?? SECRET;
  const signingSecret = c.signingSecret ?? secret;
  const signed = Buffer.from(c.signed, 'utf8');
  const body = Buffer.from(c.body, 'utf8');
  const signature = c.form ? c.form(signingSecret, signed) : opensslHex(signingSecret, signed);
  return {
    name: c.name,
    secret,
    body: body.toString('base64'),
    bodyText: c.body,
    signature,
    // What the receiver's verifier must compute: HMAC of the bytes it has, with its secret.
    expected: opensslHex(secret, body),
    valid: c.hints.length === 0,
    hints: c.hints,
  };
});

const text = `${JSON.stringify({ generatedBy: 'scripts/gen-webhook-vectors.mjs (OpenSSL)', vectors }, null, 2)}\n`;
fs.rmSync(tmp, { recursive: true, force: true });
if (process.argv.includes('--check')) {
  if (!fs.existsSync(out) || fs.readFileSync(out, 'utf8') !== text) {
    console.error(`${path.relative(root, out)} is stale: run node scripts/gen-webhook-vectors.mjs`);
    process.exitCode = 1;
  }
} else {
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, text);
  console.log(`${path.relative(root, out)}: ${vectors.length} vectors`);
}

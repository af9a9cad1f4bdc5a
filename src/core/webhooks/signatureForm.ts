// Reads a received X-Signature value: MOK's bare lowercase hex, or a recognisable other form of
// the same 32-byte digest (a `sha256=` prefix, upper-case hex, base64), or a malformation that
// the doctor can explain (wrong length, characters that are not hex).
import type { FormStep, Malformation } from './hints';

export const SIGNATURE_HEX_LENGTH = 64;

export type ReceivedSignature = { kind: 'digest'; digest: Buffer; form: FormStep[] } | { kind: 'malformed'; malformation: Malformation };

const PREFIX = /^sha256=/i;
const HEX = /^[0-9a-fA-F]*$/;
const BASE64_DIGEST = /^[A-Za-z0-9+/]{43}=?$/;
const BASE64URL_DIGEST = /^[A-Za-z0-9_-]{43}=?$/;
const BASE64_ANY = /^(?:[A-Za-z0-9+/]+|[A-Za-z0-9_-]+)={0,2}$/;

export function readReceivedSignature(received: string, expectedHex: string): ReceivedSignature {
  const form: FormStep[] = [];
  let rest = received;
  const prefix = PREFIX.exec(rest);
  if (prefix) {
    form.push({ code: 'prefixed-signature', prefix: prefix[0] });
    rest = rest.slice(prefix[0].length);
  }
  if (HEX.test(rest)) {
    if (rest.length !== SIGNATURE_HEX_LENGTH) return { kind: 'malformed', malformation: wrongLength(rest, expectedHex) };
    if (rest !== rest.toLowerCase()) form.push({ code: 'uppercase-hex' });
    return { kind: 'digest', digest: Buffer.from(rest, 'hex'), form };
  }
  const base64 = decodeBase64Digest(rest);
  if (base64) {
    form.push({ code: 'base64-signature', urlSafe: base64.urlSafe });
    return { kind: 'digest', digest: base64.digest, form };
  }
  return { kind: 'malformed', malformation: notHex(rest, received.length - rest.length) };
}

/** A canonical base64 (or base64url) encoding of exactly 32 bytes, with or without padding. */
function decodeBase64Digest(s: string): { digest: Buffer; urlSafe: boolean } | undefined {
  const urlSafe = !BASE64_DIGEST.test(s) && BASE64URL_DIGEST.test(s);
  if (!urlSafe && !BASE64_DIGEST.test(s)) return undefined;
  const digest = Buffer.from(s, urlSafe ? 'base64url' : 'base64');
  // Node decodes leniently; only a canonical encoding (no stray low bits) counts as this digest.
  const again = digest.toString(urlSafe ? 'base64url' : 'base64').replace(/=+$/, '');
  return digest.length === 32 && again === s.replace(/=+$/, '') ? { digest, urlSafe } : undefined;
}

function wrongLength(hex: string, expectedHex: string): Malformation {
  const length = hex.length;
  if (length === 0) return { code: 'wrong-length', length, kind: 'empty' };
  if (length < SIGNATURE_HEX_LENGTH && expectedHex.startsWith(hex.toLowerCase())) return { code: 'wrong-length', length, kind: 'truncated' };
  if (length === 40) return { code: 'wrong-length', length, kind: 'sha1' };
  if (length === 96) return { code: 'wrong-length', length, kind: 'sha384' };
  if (length === 128) return { code: 'wrong-length', length, kind: 'sha512' };
  return { code: 'wrong-length', length, kind: 'other' };
}

/** Byte lengths of common digests (MD5, SHA-1, SHA-224, SHA-384, SHA-512) a base64 string may carry. */
const OTHER_DIGEST_BYTES = new Set([16, 20, 28, 48, 64]);

function notHex(s: string, offset: number): Malformation {
  // A string of mostly hex digits is hex with a stray character, not base64 (where only about a
  // third of the alphabet is hex).
  const hexShare = s.replace(/[^0-9a-fA-F]/g, '').length / s.length;
  if (hexShare < 0.8 && BASE64_ANY.test(s) && s.length % 4 !== 1) {
    const bytes = Buffer.from(s, s.includes('-') || s.includes('_') ? 'base64url' : 'base64').length;
    if (OTHER_DIGEST_BYTES.has(bytes)) return { code: 'not-hex', kind: 'base64', bytes };
  }
  // Code points, not UTF-16 units: the position a user counts in what they pasted.
  let position = offset;
  for (const char of s) {
    position++;
    if (/[0-9a-fA-F]/.test(char)) continue;
    if (/^\s$/u.test(char) || char === '\u200b' || char === '\ufeff') return { code: 'not-hex', kind: 'whitespace', char, position };
    if (char === '"' || char === "'" || char === '`') return { code: 'not-hex', kind: 'quote', char, position };
    return { code: 'not-hex', kind: 'other', char: printable(char), position };
  }
  // Unreachable for a string that failed the hex test; kept total for the type checker.
  return { code: 'not-hex', kind: 'other', char: '?', position };
}

function printable(char: string): string {
  const cp = char.codePointAt(0) ?? 0;
  return cp < 0x20 || (cp >= 0x7f && cp < 0xa0) ? `U+${cp.toString(16).toUpperCase().padStart(4, '0')}` : char;
}

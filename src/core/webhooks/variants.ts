// The transformations that commonly change a webhook's bytes or secret between signing and
// verifying: trailing newline, line endings, byte order mark, JSON re-serialisation and secret
// whitespace. The doctor applies them to what the user has to reproduce what was signed; the
// `--break` sender applies the same ones forwards. All byte-exact: bodies stay Buffers.
import { isUtf8 } from 'node:buffer';
import type { JsonLayout, Step } from './hints';
import { escapeNonAscii, relayoutJson, unescapeNonAscii } from './jsonLayout';

export interface BodyVariant {
  bytes: Buffer;
  steps: Step[];
}

export interface SecretVariant {
  secret: Buffer;
  step: Step;
}

export const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const LF = 0x0a;
const CR = 0x0d;

export function hasBom(b: Uint8Array): boolean {
  return b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf;
}

/** Removes one final LF or CRLF, or adds one (CRLF when the body's own line breaks are CRLF). */
export function toggleTrailingNewline(b: Buffer): BodyVariant {
  const n = b.length;
  if (n > 0 && b[n - 1] === LF) {
    const cut = n > 1 && b[n - 2] === CR ? 2 : 1;
    return { bytes: b.subarray(0, n - cut), steps: [{ code: 'trailing-newline', change: 'removed' }] };
  }
  const crlfOnly = b.includes(CRLF_BYTES) && !/(^|[^\r])\n/.test(b.toString('latin1'));
  return { bytes: Buffer.concat([b, crlfOnly ? CRLF_BYTES : LF_BYTES]), steps: [{ code: 'trailing-newline', change: 'added' }] };
}

const CRLF_BYTES = Buffer.from('\r\n');
const LF_BYTES = Buffer.from('\n');

/** CRLF → LF when the body has CRLFs, bare LF → CRLF when it has bare LFs (both for mixed bodies). */
export function lineEndingVariants(b: Buffer): BodyVariant[] {
  if (!b.includes(LF)) return [];
  // latin1 maps bytes 1:1 to UTF-16 units, so the round trip is byte-exact for any content.
  const s = b.toString('latin1');
  const out: BodyVariant[] = [];
  if (s.includes('\r\n')) out.push({ bytes: Buffer.from(s.replaceAll('\r\n', '\n'), 'latin1'), steps: [{ code: 'crlf', change: 'crlfToLf' }] });
  if (/(^|[^\r])\n/.test(s)) out.push({ bytes: Buffer.from(s.replace(/(?<!\r)\n/g, '\r\n'), 'latin1'), steps: [{ code: 'crlf', change: 'lfToCrlf' }] });
  return out;
}

/**
 * The body without its BOM. Only that direction: MOK never sends a BOM, so adding one cannot
 * reproduce what MOK signed; a BOM in a capture comes from the editor that saved it.
 */
export function withoutBom(b: Buffer): BodyVariant | undefined {
  return hasBom(b) ? { bytes: b.subarray(3), steps: [{ code: 'bom', change: 'removed' }] } : undefined;
}

export function withBom(b: Buffer): Buffer {
  return Buffer.concat([UTF8_BOM, b]);
}

/** The JSON forms the doctor tries, most likely original first (MOK's compact raw UTF-8). */
const JSON_FORMS: ReadonlyArray<{ layout: JsonLayout; nonAscii: 'raw' | 'escaped' }> = [
  { layout: 'compact', nonAscii: 'raw' },
  { layout: 'compact', nonAscii: 'escaped' },
  { layout: 'asIs', nonAscii: 'escaped' },
  { layout: 'asIs', nonAscii: 'raw' },
  { layout: 'indent2', nonAscii: 'raw' },
  { layout: 'indent4', nonAscii: 'raw' },
  { layout: 'tabs', nonAscii: 'raw' },
];

/**
 * The body's JSON re-serialised the ways frameworks and senders write it (after removing a BOM,
 * which JSON parsers refuse). Forms may still equal the body or each other (an ASCII body has
 * nothing to escape); the doctor hashes each distinct byte string once. Nothing for a body that
 * does not tokenise as JSON; a caller reporting a match confirms it with `isJsonText`. Some
 * variants are views into relayoutJson's reused buffers: valid until its next call (the doctor's
 * run is synchronous; copy to keep one).
 */
export function jsonVariants(b: Buffer): BodyVariant[] {
  const bom = hasBom(b);
  const core = bom ? b.subarray(3) : b;
  const layouts = relayoutJson(core);
  if (!layouts) return [];
  // Without \u escapes in the body there is nothing to unescape in any layout of it.
  const unescape = core.includes(BACKSLASH_U) ? unescapeNonAscii : (x: Buffer) => x;
  const out: BodyVariant[] = [];
  for (const f of JSON_FORMS) {
    // A compact body (what MOK sends) is its own compact layout: its "as is" forms are the compact ones.
    if (f.layout === 'asIs' && layouts.wasCompact) continue;
    const laidOut = f.layout === 'asIs' ? core : layouts[f.layout];
    const step: Step = { code: 'reserialized-json', layout: f.layout, nonAscii: f.nonAscii };
    out.push({ bytes: f.nonAscii === 'escaped' ? escapeNonAscii(laidOut) : unescape(laidOut), steps: bom ? [BOM_REMOVED, step] : [step] });
  }
  return out;
}

const BACKSLASH_U = Buffer.from('\\u');
const BOM_REMOVED: Step = { code: 'bom', change: 'removed' };

/** Whether the body (BOM aside) is one JSON value. */
export function isJsonText(b: Buffer): boolean {
  const core = hasBom(b) ? b.subarray(3) : b;
  if (!isUtf8(core)) return false;
  try {
    JSON.parse(core.toString('utf8'));
    return true;
  } catch {
    return false;
  }
}

/**
 * The secret without stray whitespace or invisible characters at its ends: trailing first (a
 * newline from `echo` or a file is the usual culprit), then both ends, then leading. Variants that
 * would be empty are left out. A secret without trailing whitespace also gets one with a newline
 * added: the sender's copy may carry the newline that yours lacks.
 */
export function secretVariants(secret: Buffer): SecretVariant[] {
  const lead = leadingSpace(secret);
  const trail = trailingSpace(secret);
  const out: SecretVariant[] = [];
  const add = (s: Buffer, change: 'both' | 'leading' | 'trailing' | 'added') => {
    if (s.length > 0) out.push({ secret: s, step: { code: 'secret-whitespace', change } });
  };
  if (trail > 0 && lead > 0) add(secret.subarray(lead, secret.length - trail), 'both');
  if (trail > 0) add(secret.subarray(0, secret.length - trail), 'trailing');
  if (lead > 0) add(secret.subarray(lead), 'leading');
  if (trail === 0) add(Buffer.concat([secret, LF_BYTES]), 'added');
  return out;
}

// ASCII whitespace, NBSP, BOM and zero-width space: what copying a secret from a web page, a
// Windows editor or a shell can add around it.
const SPACE_SEQUENCES = [[0xc2, 0xa0], [0xef, 0xbb, 0xbf], [0xe2, 0x80, 0x8b]];

function isAsciiSpace(byte: number | undefined): boolean {
  return byte === 0x20 || (byte !== undefined && byte >= 0x09 && byte <= 0x0d);
}

function leadingSpace(b: Buffer): number {
  let i = 0;
  for (;;) {
    if (isAsciiSpace(b[i])) i++;
    else {
      const seq = SPACE_SEQUENCES.find((s) => s.every((byte, k) => b[i + k] === byte));
      if (!seq) return i;
      i += seq.length;
    }
  }
}

function trailingSpace(b: Buffer): number {
  let end = b.length;
  for (;;) {
    if (end > 0 && isAsciiSpace(b[end - 1])) end--;
    else {
      const seq = SPACE_SEQUENCES.find((s) => end - s.length >= 0 && s.every((byte, k) => b[end - s.length + k] === byte));
      if (!seq) return b.length - end;
      end -= seq.length;
    }
  }
}

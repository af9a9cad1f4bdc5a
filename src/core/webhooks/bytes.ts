// The byte view of a webhook body: what a signature is computed over and a text view hides —
// length against Content-Length, line endings, BOM, UTF-8 validity, non-ASCII and invisible
// characters with their byte offsets, and whether JSON carries non-ASCII raw or \u-escaped.
// Data only; the CLI and the editor put it into words.
import { WebhookError } from './errors';
import { hasBom } from './variants';

export interface CharAt {
  /** Byte offset in the body (0-based). */
  offset: number;
  codePoint: number;
  /** `U+00A0 NO-BREAK SPACE`, or `U+00E9 é` for a visible character. */
  label: string;
}

export interface CharList {
  count: number;
  /** The first MAX_LISTED occurrences. */
  first: CharAt[];
}

export type JsonView = { kind: 'none' } | { kind: 'invalid'; error: string } | { kind: 'json'; rawNonAscii: number; escapedNonAscii: number };

export interface ByteView {
  length: number;
  /** Declared Content-Length (raw requests), when there was one. */
  contentLength?: number;
  lineBreaks: { lf: number; crlf: number; cr: number };
  eol: 'lf' | 'crlf' | 'cr' | 'mixed' | 'none';
  finalNewline: 'lf' | 'crlf' | 'none';
  bom: boolean;
  /** Offset of the first byte that is not valid UTF-8, or undefined when all of it is. */
  invalidUtf8At?: number;
  /** Why the body looks binary rather than text, when it does. */
  binary?: { kind: 'nul'; offset: number } | { kind: 'gzip' | 'zip' };
  nonAscii: CharList;
  invisible: CharList;
  json: JsonView;
}

export const MAX_LISTED = 20;

const NAMES: Readonly<Record<number, string>> = {
  0x00: 'NULL',
  0x09: 'TAB',
  0x0b: 'LINE TABULATION',
  0x0c: 'FORM FEED',
  0x1b: 'ESCAPE',
  0x7f: 'DELETE',
  0xa0: 'NO-BREAK SPACE',
  0xad: 'SOFT HYPHEN',
  0x180e: 'MONGOLIAN VOWEL SEPARATOR',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x2028: 'LINE SEPARATOR',
  0x2029: 'PARAGRAPH SEPARATOR',
  0x202f: 'NARROW NO-BREAK SPACE',
  0x2060: 'WORD JOINER',
  0x3000: 'IDEOGRAPHIC SPACE',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE (BOM)',
};

/** Characters that print as nothing or as an ordinary space (tab, CR and LF are reported as line breaks instead). */
function isInvisible(cp: number, offset: number): boolean {
  if (cp < 0x20) return cp !== 0x09 && cp !== 0x0a && cp !== 0x0d;
  if (cp < 0x7f) return false;
  if (cp <= 0xa0) return true; // DEL, C1 controls, NBSP
  if (cp === 0xfeff) return offset !== 0; // at 0 it is the BOM, reported as such
  return (
    cp === 0xad ||
    cp === 0x34f ||
    cp === 0x61c ||
    cp === 0x180e ||
    (cp >= 0x2000 && cp <= 0x200f) ||
    (cp >= 0x2028 && cp <= 0x202f) ||
    (cp >= 0x205f && cp <= 0x206f) ||
    cp === 0x3000 ||
    (cp >= 0xfff9 && cp <= 0xfffb)
  );
}

export function charLabel(cp: number): string {
  const hex = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  const name = NAMES[cp];
  if (name) return `${hex} ${name}`;
  if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f)) return `${hex} control character`;
  return `${hex} ${String.fromCodePoint(cp)}`;
}

export function byteView(body: Uint8Array, contentLength?: number): ByteView {
  const lineBreaks = { lf: 0, crlf: 0, cr: 0 };
  const nonAscii: CharList = { count: 0, first: [] };
  const invisible: CharList = { count: 0, first: [] };
  let invalidUtf8At: number | undefined;
  let nulAt: number | undefined;
  const note = (list: CharList, offset: number, codePoint: number) => {
    list.count++;
    if (list.first.length < MAX_LISTED) list.first.push({ offset, codePoint, label: charLabel(codePoint) });
  };
  const n = body.length;
  for (let i = 0; i < n; ) {
    const b = body[i]!;
    if (b < 0x80) {
      if (b === 0x0a) lineBreaks.lf++;
      else if (b === 0x0d) {
        if (body[i + 1] === 0x0a) {
          lineBreaks.crlf++;
          i += 2;
          continue;
        }
        lineBreaks.cr++;
      } else if (isInvisible(b, i)) note(invisible, i, b);
      if (b === 0 && nulAt === undefined) nulAt = i;
      i++;
      continue;
    }
    const decoded = decodeUtf8At(body, i);
    if (!decoded) {
      invalidUtf8At ??= i;
      i++;
      continue;
    }
    note(nonAscii, i, decoded.cp);
    if (isInvisible(decoded.cp, i)) note(invisible, i, decoded.cp);
    i += decoded.size;
  }
  const kinds = [lineBreaks.lf > 0, lineBreaks.crlf > 0, lineBreaks.cr > 0].filter(Boolean).length;
  const eol = kinds === 0 ? 'none' : kinds > 1 ? 'mixed' : lineBreaks.crlf > 0 ? 'crlf' : lineBreaks.lf > 0 ? 'lf' : 'cr';
  const last = body[n - 1];
  const finalNewline = last === 0x0a ? (body[n - 2] === 0x0d ? 'crlf' : 'lf') : 'none';
  const bom = hasBom(body);
  return {
    length: n,
    contentLength,
    lineBreaks,
    eol,
    finalNewline,
    bom,
    invalidUtf8At,
    binary: binaryKind(body, nulAt),
    // The BOM is reported on its own, not as a non-ASCII character.
    nonAscii: bom ? { count: nonAscii.count - 1, first: nonAscii.first.filter((c) => c.offset !== 0) } : nonAscii,
    invisible,
    json: invalidUtf8At === undefined && nulAt === undefined ? jsonView(body, bom) : { kind: 'none' },
  };
}

/**
 * Throws WebhookError('binaryBody') for a body that is not text: a NUL byte, or a gzip/zip
 * stream (a compressed capture). Invalid UTF-8 alone is not binary: a re-encoded (Latin-1) body is
 * exactly what the byte view should show.
 */
export function checkTextBody(body: Uint8Array, where = 'the body'): void {
  const nul = body.indexOf(0);
  const kind = binaryKind(body, nul < 0 ? undefined : nul);
  if (!kind) return;
  const why = kind.kind === 'nul' ? `a NUL byte at offset ${kind.offset}` : `it starts like a ${kind.kind} archive`;
  throw new WebhookError('binaryBody', `${where} is binary (${why}); a MOK webhook body is JSON text. Is it the right file, and not a compressed capture?`);
}

function binaryKind(body: Uint8Array, nulAt: number | undefined): ByteView['binary'] {
  if (body[0] === 0x1f && body[1] === 0x8b) return { kind: 'gzip' };
  if (body[0] === 0x50 && body[1] === 0x4b && body[2] === 0x03 && body[3] === 0x04) return { kind: 'zip' };
  return nulAt === undefined ? undefined : { kind: 'nul', offset: nulAt };
}

/** One well-formed UTF-8 sequence at `i` (no overlongs, surrogates or code points past U+10FFFF). */
function decodeUtf8At(b: Uint8Array, i: number): { cp: number; size: number } | undefined {
  const b0 = b[i]!;
  const cont = (k: number) => {
    const x = b[i + k];
    return x !== undefined && (x & 0xc0) === 0x80 ? x & 0x3f : -1;
  };
  if (b0 >= 0xc2 && b0 <= 0xdf) {
    const c1 = cont(1);
    return c1 < 0 ? undefined : { cp: ((b0 & 0x1f) << 6) | c1, size: 2 };
  }
  if (b0 >= 0xe0 && b0 <= 0xef) {
    const c1 = cont(1);
    const c2 = cont(2);
    if (c1 < 0 || c2 < 0) return undefined;
    const cp = ((b0 & 0x0f) << 12) | (c1 << 6) | c2;
    return cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff) ? undefined : { cp, size: 3 };
  }
  if (b0 >= 0xf0 && b0 <= 0xf4) {
    const c1 = cont(1);
    const c2 = cont(2);
    const c3 = cont(3);
    if (c1 < 0 || c2 < 0 || c3 < 0) return undefined;
    const cp = ((b0 & 0x07) << 18) | (c1 << 12) | (c2 << 6) | c3;
    return cp < 0x10000 || cp > 0x10ffff ? undefined : { cp, size: 4 };
  }
  return undefined;
}

function jsonView(body: Uint8Array, bom: boolean): JsonView {
  const text = Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8', bom ? 3 : 0);
  const head = /^\s*(.)/.exec(text)?.[1];
  if (head !== '{' && head !== '[') return { kind: 'none' };
  try {
    JSON.parse(text);
  } catch (e) {
    return { kind: 'invalid', error: e instanceof Error ? e.message : String(e) };
  }
  let escapedNonAscii = 0;
  for (const m of text.matchAll(/\\u([0-9a-fA-F]{4})|\\[^u]/g)) if (m[1] && parseInt(m[1], 16) >= 0x80) escapedNonAscii++;
  let rawNonAscii = 0;
  for (const c of text) if (c.charCodeAt(0) >= 0x80) rawNonAscii++;
  return { kind: 'json', rawNonAscii, escapedNonAscii };
}

// JSON re-serialisation at the byte level, for the doctor: the same tokens written compact or
// pretty-printed exactly as JSON.stringify / Ruby / Python lay them out, and non-ASCII characters
// escaped as \uXXXX or unescaped. Strings and numbers are copied byte for byte (no UTF-16 round
// trip, no number reformatting). The doctor runs this on every invalid signature, so it is
// written as plain loops over typed arrays.
import { isAscii } from 'node:buffer';

/** One JSON text in the four layouts the doctor tries, byte for byte as JSON.stringify lays them out. */
export interface JsonLayouts {
  /** JSON.stringify(value) */
  compact: Buffer;
  /** JSON.stringify(value, null, 2) */
  indent2: Buffer;
  /** JSON.stringify(value, null, 4) */
  indent4: Buffer;
  /** JSON.stringify(value, null, '\t') */
  tabs: Buffer;
  /** The source had no whitespace between tokens: it is its own compact layout. */
  wasCompact: boolean;
}

const WS = new Uint8Array(256);
for (const b of [0x20, 0x09, 0x0a, 0x0d]) WS[b] = 1;
/** Bytes that end a number or literal. */
const DELIM = new Uint8Array(256);
for (const b of [0x20, 0x09, 0x0a, 0x0d, 0x2c, 0x3a, 0x5d, 0x7d, 0x5b, 0x7b, 0x22]) DELIM[b] = 1;
/** Bytes that start a number or literal. */
const SCALAR = new Uint8Array(256);
for (const b of '-0123456789tfn') SCALAR[b.charCodeAt(0)] = 1;

// Work buffers reused by every call (the doctor runs often; allocating ~10 KB per run showed up
// as a fifth of its time).
const work = { cap: 0, a: Buffer.alloc(0), b: Buffer.alloc(0), t: Buffer.alloc(0), c: Buffer.alloc(0), stack: new Uint8Array(64) };

/**
 * Re-lays out a JSON text in one pass over its bytes, writing all four layouts at once (each
 * byte read once). Undefined when the text is clearly not JSON (unbalanced brackets, an
 * unterminated string, a stray character). Lenient inside tokens: a caller that reports a finding
 * validates with JSON.parse first. The layouts are views into buffers the next call reuses: copy
 * what must outlive it.
 */
export function relayoutJson(src: Buffer): JsonLayouts | undefined {
  const n = src.length;
  if (work.cap < 2 * n + 256 || work.c.length < n) {
    work.cap = 2 * n + 256;
    work.a = Buffer.allocUnsafe(work.cap);
    work.b = Buffer.allocUnsafe(work.cap);
    work.t = Buffer.allocUnsafe(work.cap);
    work.c = Buffer.allocUnsafe(n);
  }
  let cap = work.cap;
  // tabs ≤ indent2 ≤ indent4 at every point (same bytes, narrower indentation): indent4's offset
  // decides when all three grow.
  let { a, b, t } = work;
  const c = work.c;
  let oa = 0;
  let ob = 0;
  let ot = 0;
  let oc = 0;
  let stack = work.stack;
  let depth = 0;
  let wasCompact = true;
  let i = 0;
  while (i < n) {
    const x = src[i]!;
    if (WS[x]) {
      if (wasCompact) {
        // Until the first whitespace the compact layout is the source itself: copy it once now
        // instead of writing it byte by byte (MOK's compact bodies never get here).
        src.copy(c, 0, 0, i);
        oc = i;
        wasCompact = false;
      }
      i++;
      continue;
    }
    let end: number;
    if (x === 0x22) {
      // A string is copied while it is scanned for its closing quote (escapes skip a byte).
      let k = i + 1;
      a[oa++] = x;
      b[ob++] = x;
      t[ot++] = x;
      if (!wasCompact) c[oc++] = x;
      for (;;) {
        if (k >= n) return undefined;
        let y = src[k++]!;
        if (!wasCompact) c[oc++] = y;
        a[oa++] = y;
        b[ob++] = y;
        t[ot++] = y;
        if (y === 0x22) break;
        if (y === 0x5c && k < n) {
          y = src[k++]!;
          if (!wasCompact) c[oc++] = y;
          a[oa++] = y;
          b[ob++] = y;
          t[ot++] = y;
        }
      }
      i = k;
      continue;
    } else if (SCALAR[x]) {
      end = i + 1;
      while (end < n && !DELIM[src[end]!]) end++;
    } else {
      // Structural byte. Room for its indentation plus every value byte up to the next one.
      if (ob + (n - i) + 8 + 4 * depth > cap) {
        cap = 2 * cap + 4 * depth;
        work.cap = cap;
        work.a = a = Buffer.concat([a.subarray(0, oa)], cap);
        work.b = b = Buffer.concat([b.subarray(0, ob)], cap);
        work.t = t = Buffer.concat([t.subarray(0, ot)], cap);
      }
      // A comma or an opening bracket ends its line, a closing bracket starts one; a colon gets a
      // space in the pretty layouts; an empty container stays `{}` / `[]`.
      let before = -1;
      let after = -1;
      if (x === 0x3a) {
        if (!wasCompact) c[oc++] = x;
        a[oa++] = x;
        a[oa++] = 0x20;
        b[ob++] = x;
        b[ob++] = 0x20;
        t[ot++] = x;
        t[ot++] = 0x20;
        i++;
        continue;
      } else if (x === 0x2c) before = x;
      else if (x === 0x7b || x === 0x5b) {
        let j = i + 1;
        while (j < n && WS[src[j]!]) j++;
        if (src[j] === x + 2) {
          if (j > i + 1 && wasCompact) {
            src.copy(c, 0, 0, i);
            oc = i;
            wasCompact = false;
          }
          for (const y of [x, x + 2]) {
            if (!wasCompact) c[oc++] = y;
            a[oa++] = y;
            b[ob++] = y;
            t[ot++] = y;
          }
          i = j + 1;
          continue;
        }
        if (depth === stack.length) {
          const grown = new Uint8Array(depth * 2);
          grown.set(stack);
          work.stack = stack = grown;
        }
        stack[depth++] = x + 2; // '{' + 2 = '}', '[' + 2 = ']'
        before = x;
      } else if (x === 0x7d || x === 0x5d) {
        if (depth === 0 || stack[--depth] !== x) return undefined;
        after = x;
      } else return undefined;
      if (!wasCompact) c[oc++] = x;
      if (before >= 0) {
        a[oa++] = before;
        b[ob++] = before;
        t[ot++] = before;
      }
      a[oa++] = 0x0a;
      b[ob++] = 0x0a;
      t[ot++] = 0x0a;
      for (let k = 0; k < depth; k++) {
        a[oa++] = 0x20;
        a[oa++] = 0x20;
        b[ob++] = 0x20;
        b[ob++] = 0x20;
        b[ob++] = 0x20;
        b[ob++] = 0x20;
        t[ot++] = 0x09;
      }
      if (after >= 0) {
        a[oa++] = after;
        b[ob++] = after;
        t[ot++] = after;
      }
      i++;
      continue;
    }
    if (wasCompact)
      for (let k = i; k < end; k++) {
        const y = src[k]!;
        a[oa++] = y;
        b[ob++] = y;
        t[ot++] = y;
      }
    else
      for (let k = i; k < end; k++) {
        const y = src[k]!;
        c[oc++] = y;
        a[oa++] = y;
        b[ob++] = y;
        t[ot++] = y;
      }
    i = end;
  }
  if (wasCompact) oc = n;
  if (depth !== 0 || oc === 0) return undefined;
  return { compact: (wasCompact ? src : c).subarray(0, oc), indent2: a.subarray(0, oa), indent4: b.subarray(0, ob), tabs: t.subarray(0, ot), wasCompact };
}

const HEX = Buffer.from('0123456789abcdef');
const BACKSLASH_U = Buffer.from('\\u');

/** Non-ASCII characters as lower-case \uXXXX (surrogate pairs above U+FFFF), as Python and PHP write them. */
let scratch = Buffer.allocUnsafe(0);

export function escapeNonAscii(b: Buffer): Buffer {
  if (isAscii(b)) return b;
  // Worst case 3× (two bytes become six); written to a reused scratch, then copied out at size.
  if (scratch.length < b.length * 3) scratch = Buffer.allocUnsafe(Math.max(b.length * 3, 8192));
  const out = scratch;
  let o = 0;
  const n = b.length;
  for (let i = 0; i < n; ) {
    const c = b[i]!;
    if (c < 0x80) {
      out[o++] = c;
      i++;
      continue;
    }
    // Lenient about malformed sequences (missing bytes read as 0): never throws.
    const size = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2;
    const c1 = (b[i + 1] ?? 0) & 0x3f;
    const c2 = (b[i + 2] ?? 0) & 0x3f;
    const cp = size === 2 ? ((c & 0x1f) << 6) | c1 : size === 3 ? ((c & 0x0f) << 12) | (c1 << 6) | c2 : ((c & 0x07) << 18) | (c1 << 12) | (c2 << 6) | ((b[i + 3] ?? 0) & 0x3f);
    if (cp >= 0x10000) {
      o = writeEscape(out, o, 0xd800 + ((cp - 0x10000) >> 10));
      o = writeEscape(out, o, 0xdc00 + ((cp - 0x10000) & 0x3ff));
    } else o = writeEscape(out, o, cp);
    i += size;
  }
  return Buffer.from(out.subarray(0, o));
}

function writeEscape(out: Buffer, o: number, u: number): number {
  out[o] = 0x5c;
  out[o + 1] = 0x75;
  out[o + 2] = HEX[(u >> 12) & 0xf]!;
  out[o + 3] = HEX[(u >> 8) & 0xf]!;
  out[o + 4] = HEX[(u >> 4) & 0xf]!;
  out[o + 5] = HEX[u & 0xf]!;
  return o + 6;
}

/** \uXXXX escapes of non-ASCII characters (pairs included) written as UTF-8; other escapes kept. */
export function unescapeNonAscii(b: Buffer): Buffer {
  if (!b.includes(BACKSLASH_U)) return b;
  const out = Buffer.allocUnsafe(b.length);
  let o = 0;
  let from = 0;
  for (let i = b.indexOf(0x5c); i >= 0; i = b.indexOf(0x5c, i)) {
    o += b.copy(out, o, from, i);
    const u = b[i + 1] === 0x75 ? hex4(b, i + 2) : -1;
    let cp = u >= 0x80 && (u < 0xd800 || u > 0xdfff) ? u : -1;
    let size = 6;
    if (u >= 0xd800 && u <= 0xdbff && b[i + 6] === 0x5c && b[i + 7] === 0x75) {
      const lo = hex4(b, i + 8);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        cp = 0x10000 + ((u - 0xd800) << 10) + (lo - 0xdc00);
        size = 12;
      }
    }
    if (cp < 0) {
      // Any other escape (\\, \", \n, \u0041, a lone surrogate) stays exactly as it was.
      size = b[i + 1] === 0x75 ? 6 : 2;
      o += b.copy(out, o, i, Math.min(i + size, b.length));
    } else o += out.write(String.fromCodePoint(cp), o, 'utf8');
    i = Math.min(i + size, b.length);
    from = i;
  }
  o += b.copy(out, o, from);
  return out.subarray(0, o);
}

function hex4(b: Buffer, at: number): number {
  let v = 0;
  for (let k = 0; k < 4; k++) {
    const c = b[at + k];
    const d = c === undefined ? -1 : c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0x61 && c <= 0x66 ? c - 0x57 : c >= 0x41 && c <= 0x46 ? c - 0x37 : -1;
    if (d < 0) return -1;
    v = (v << 4) | d;
  }
  return v;
}

// The human text of `mok webhook verify`: verdict, expected/received, fingerprint, the doctor's
// hints and a summary of the byte view. Plain text (no colours), one fact per line.
import type { ByteView, CharList } from '../core/webhooks/bytes';
import type { WebhookReport } from '../core/webhooks/verify';

export function reportText(r: WebhookReport): string {
  const lines: string[] = [];
  lines.push(r.valid ? 'VALID: the signature is the HMAC-SHA256 of these body bytes with this secret.' : 'INVALID: the signature does not match these body bytes and this secret.');
  lines.push('');
  lines.push(`  expected     ${r.expected}`);
  lines.push(`  received     ${printable(r.received)}`);
  lines.push(`  fingerprint  ${r.fingerprint}  (of the secret; compare it with the sender's to tell whether both hold the same secret)`);
  if (r.hints.length) {
    lines.push('', 'What happened:');
    for (const h of r.hints) lines.push(`  ${h.code}: ${h.message}`);
  }
  lines.push('', 'Body bytes:', ...bytesText(r.bytes).map((l) => `  ${l}`));
  return `${lines.join('\n')}\n`;
}

export function bytesText(v: ByteView): string[] {
  const out: string[] = [];
  const length = `${num(v.length)} bytes`;
  if (v.contentLength === undefined) out.push(length);
  else if (v.contentLength === v.length) out.push(`${length}, as Content-Length says`);
  else out.push(`${length}, but Content-Length says ${num(v.contentLength)}: the body was changed after it was sent, or the capture is incomplete`);
  out.push(`line endings: ${eolText(v)}; final newline: ${v.finalNewline === 'none' ? 'none' : v.finalNewline.toUpperCase()}`);
  out.push(`byte order mark: ${v.bom ? 'yes (EF BB BF at byte 0)' : 'no'}`);
  out.push(`UTF-8: ${v.invalidUtf8At === undefined ? 'valid' : `not valid at byte ${num(v.invalidUtf8At)} (re-encoded, e.g. as Latin-1?)`}`);
  out.push(`non-ASCII characters: ${listText(v.nonAscii)}`);
  out.push(`invisible characters: ${listText(v.invisible)}`);
  out.push(`JSON: ${jsonText(v)}`);
  return out;
}

function eolText(v: ByteView): string {
  const { lf, crlf, cr } = v.lineBreaks;
  switch (v.eol) {
    case 'none':
      return 'none';
    case 'lf':
      return `LF (${num(lf)})`;
    case 'crlf':
      return `CRLF (${num(crlf)})`;
    case 'cr':
      return `CR only (${num(cr)})`;
    case 'mixed':
      return `mixed (LF ${num(lf)}, CRLF ${num(crlf)}, CR ${num(cr)})`;
  }
}

function listText(list: CharList): string {
  if (list.count === 0) return 'none';
  const shown = list.first.slice(0, 5).map((c) => `${c.label} at byte ${num(c.offset)}`);
  return `${num(list.count)}: ${shown.join(', ')}${list.count > shown.length ? ', …' : ''}`;
}

function jsonText(v: ByteView): string {
  const j = v.json;
  switch (j.kind) {
    case 'none':
      return 'not JSON';
    case 'invalid':
      return `not valid (${j.error})`;
    case 'json':
      if (j.rawNonAscii === 0 && j.escapedNonAscii === 0) return 'valid, ASCII only';
      if (j.escapedNonAscii === 0) return `valid, non-ASCII characters as raw UTF-8 (${num(j.rawNonAscii)})`;
      if (j.rawNonAscii === 0) return `valid, non-ASCII characters escaped as \\uXXXX (${num(j.escapedNonAscii)})`;
      return `valid, non-ASCII characters both raw (${num(j.rawNonAscii)}) and escaped (${num(j.escapedNonAscii)})`;
  }
}

function num(n: number): string {
  return n.toLocaleString('en-US');
}

/** The received value with control characters made visible (it may be what is wrong with it). */
function printable(s: string): string {
  return JSON.stringify(s).slice(1, -1) || '(empty)';
}

// A captured HTTP request as a file (request line, headers, an empty line, the body), as tcpdump,
// mitmproxy, Burp or a "save raw request" button write it. Header lines may end in CRLF or LF;
// the body is kept byte for byte (only a chunked body is de-chunked). Errors never quote the
// file's content: a secret file passed by mistake must not end up on the screen.
import { WebhookError, WEBHOOK_BODY_LIMIT, checkBodySize } from './errors';
import { hasBom } from './variants';

export interface RawHeader {
  name: string;
  value: string;
}

export interface RawHttpRequest {
  method: string;
  target: string;
  version: string;
  headers: readonly RawHeader[];
  headerEol: 'crlf' | 'lf' | 'mixed';
  body: Buffer;
  /** Declared Content-Length, when present and a number. */
  contentLength?: number;
  /** The body was sent with Transfer-Encoding: chunked and has been de-chunked. */
  chunked: boolean;
}

/** Raw files may carry this much header on top of the body limit. */
export const RAW_HEADER_ALLOWANCE = 64 * 1024;

const REQUEST_LINE = /^([A-Za-z]+) (\S+) (HTTP\/\d(?:\.\d)?)$/;
const HEADER_LINE = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+):[ \t]*(.*?)[ \t]*$/;

/** First value of a header, names compared case-insensitively as HTTP says. */
export function headerValue(req: Pick<RawHttpRequest, 'headers'>, name: string): string | undefined {
  const want = name.toLowerCase();
  return req.headers.find((h) => h.name.toLowerCase() === want)?.value;
}

/**
 * Whether these bytes start like a raw request (a request line such as `POST /hooks HTTP/1.1`
 * after optional empty lines and BOM): the editor decides with it between "a body whose
 * signature I must ask for" and "a capture that carries its own X-Signature".
 */
export function startsLikeRawRequest(raw: Uint8Array): boolean {
  const bytes = Buffer.from(raw.buffer, raw.byteOffset, Math.min(raw.byteLength, 8192));
  const lines = lineReader(bytes, hasBom(bytes) ? 3 : 0);
  let first = lines.next();
  while (first && first.text === '') first = lines.next();
  return first !== undefined && REQUEST_LINE.test(first.text);
}

export function parseRawHttpRequest(raw: Uint8Array): RawHttpRequest {
  const bytes = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
  if (bytes.length > WEBHOOK_BODY_LIMIT + RAW_HEADER_ALLOWANCE) checkBodySize(bytes.length, 'the request file');
  const lines = lineReader(bytes, hasBom(bytes) ? 3 : 0);
  // RFC 9112 §2.2: a server should ignore empty lines before the request line.
  let first = lines.next();
  while (first && first.text === '') first = lines.next();
  const m = first ? REQUEST_LINE.exec(first.text) : null;
  if (!first || !m) throw new WebhookError('notHttp', `this is not a raw HTTP request: ${whyNotRequestLine(first?.text)}`);
  const headers: RawHeader[] = [];
  const eols = new Set<string>([first.eol]);
  for (;;) {
    const line = lines.next();
    if (!line || line.eol === '') throw new WebhookError('notHttp', `this is not a raw HTTP request: the headers do not end with an empty line before the body (after line ${line?.number ?? first.number}).`);
    eols.add(line.eol);
    if (line.text === '') break;
    const prev = headers[headers.length - 1];
    if ((line.text.startsWith(' ') || line.text.startsWith('\t')) && prev) {
      prev.value = `${prev.value} ${line.text.trim()}`.trim(); // obsolete line folding
      continue;
    }
    const h = HEADER_LINE.exec(line.text);
    if (!h) throw new WebhookError('notHttp', `this is not a raw HTTP request: line ${line.number} is not a header line ("Name: value") and no empty line separates the headers from the body.`);
    headers.push({ name: h[1]!, value: h[2]! });
  }
  const head = { method: m[1]!, target: m[2]!, version: m[3]!, headers, headerEol: eols.size > 1 ? 'mixed' : eols.has('\r\n') ? 'crlf' : 'lf' } as const;
  const rest = bytes.subarray(lines.offset());
  const chunked = /(^|,)\s*chunked\s*$/i.test(headerValue(head, 'transfer-encoding') ?? '');
  const body = chunked ? dechunk(rest) : rest;
  checkBodySize(body.length, 'the request body');
  const declared = headerValue(head, 'content-length');
  return { ...head, body, chunked, contentLength: declared !== undefined && /^\d+$/.test(declared) ? Number(declared) : undefined };
}

function whyNotRequestLine(text: string | undefined): string {
  if (text === undefined) return 'the file is empty.';
  if (/^HTTP\/\d(\.\d)? \d{3}/.test(text)) return 'line 1 is a status line: this is a response, not the request.';
  if (/^\s*[{[]/.test(text)) return 'it starts like a JSON body. A raw request starts with a request line such as "POST /webhooks HTTP/1.1", then the headers; give a bare body and its signature separately.';
  return 'line 1 is not a request line such as "POST /webhooks HTTP/1.1".';
}

interface Line {
  number: number;
  text: string;
  /** '' for a last line without a line break. */
  eol: '\r\n' | '\n' | '';
}

function lineReader(bytes: Buffer, start: number) {
  let pos = start;
  let number = 0;
  return {
    offset: () => pos,
    next(): Line | undefined {
      if (pos >= bytes.length) return undefined;
      number++;
      const lf = bytes.indexOf(0x0a, pos);
      const end = lf < 0 ? bytes.length : lf;
      const cr = end > pos && bytes[end - 1] === 0x0d;
      const line: Line = { number, text: bytes.toString('latin1', pos, cr ? end - 1 : end), eol: lf < 0 ? '' : cr ? '\r\n' : '\n' };
      pos = lf < 0 ? bytes.length : lf + 1;
      return line;
    },
  };
}

/** Transfer-Encoding: chunked → the payload bytes (chunk extensions and trailers ignored). */
function dechunk(b: Buffer): Buffer {
  const parts: Buffer[] = [];
  let pos = 0;
  let total = 0;
  const bad = (why: string) => new WebhookError('notHttp', `the body is declared "Transfer-Encoding: chunked" but ${why}.`);
  for (;;) {
    const lf = b.indexOf(0x0a, pos);
    if (lf < 0) throw bad('a chunk size line is missing');
    const sizeText = b.toString('latin1', pos, lf).replace(/\r$/, '').split(';')[0]!.trim();
    if (!/^[0-9a-fA-F]{1,8}$/.test(sizeText)) throw bad('a chunk size is not hexadecimal');
    const size = parseInt(sizeText, 16);
    if (size === 0) return Buffer.concat(parts);
    total += size;
    if (total > WEBHOOK_BODY_LIMIT) checkBodySize(total, 'the request body');
    const start = lf + 1;
    if (start + size > b.length) throw bad('a chunk is shorter than its size says');
    parts.push(b.subarray(start, start + size));
    pos = start + size;
    if (b[pos] === 0x0d) pos++;
    if (b[pos] !== 0x0a) throw bad('a chunk does not end with a line break');
    pos++;
  }
}

/** The body, signature and declared length of a captured webhook request. */
export function webhookFromRawRequest(raw: Uint8Array): { request: RawHttpRequest; signature: string } {
  const request = parseRawHttpRequest(raw);
  const signature = headerValue(request, 'x-signature');
  if (signature === undefined) {
    const names = request.headers.map((h) => h.name).join(', ') || 'none';
    throw new WebhookError('missingSignature', `the request has no X-Signature header (headers found: ${names}); MOK signs every webhook in X-Signature.`);
  }
  return { request, signature };
}

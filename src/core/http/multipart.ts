// multipart/form-data encoding for the Documents API's uploads: named parts with their own
// content type, files with a filename, the exact bytes kept (no transcoding), a boundary that
// cannot occur in the content. Built by hand so the same bytes can be shown, saved and replayed.
import { randomBytes } from 'node:crypto';

export interface MultipartPartInput {
  name: string;
  /** `text/plain; charset=utf-8` for strings unless said; files say their own. */
  contentType?: string;
  filename?: string;
  data: string | Uint8Array;
}

export interface EncodedMultipart {
  body: Buffer;
  contentType: string;
  boundary: string;
}

function quoted(s: string): string {
  // RFC 7578: quotes and line breaks in names are percent-encoded by browsers; do the same.
  return s.replace(/"/g, '%22').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function encodeMultipart(parts: readonly MultipartPartInput[], boundary = `mok-${randomBytes(12).toString('hex')}`): EncodedMultipart {
  const chunks: Buffer[] = [];
  for (const p of parts) {
    const data = typeof p.data === 'string' ? Buffer.from(p.data, 'utf8') : Buffer.from(p.data);
    if (data.includes(`--${boundary}`)) return encodeMultipart(parts); // astronomically unlikely: pick another
    const disposition = `form-data; name="${quoted(p.name)}"${p.filename !== undefined ? `; filename="${quoted(p.filename)}"` : ''}`;
    const type = p.contentType ?? (p.filename !== undefined ? 'application/octet-stream' : 'text/plain; charset=utf-8');
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: ${disposition}\r\nContent-Type: ${type}\r\n\r\n`, 'utf8'), data, Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}`, boundary };
}

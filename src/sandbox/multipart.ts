// Reads a multipart body (template and document uploads): the `metadata` JSON part and each file
// part, byte for byte. The sandbox accepts `multipart/form-data` and `multipart/mixed`.

export interface MultipartPart {
  name: string;
  filename?: string;
  contentType?: string;
  content: Buffer;
}

export interface MultipartBody {
  metadata?: unknown;
  files: Array<{ name: string; filename?: string; content: string }>;
  parts: MultipartPart[];
}

export function isMultipart(contentType: string | undefined): boolean {
  return /^multipart\/(form-data|mixed)\b/i.test(contentType ?? '');
}

export function parseMultipart(raw: Buffer, contentType: string): MultipartBody | undefined {
  const boundary = /boundary="?([^";]+)"?/i.exec(contentType)?.[1];
  if (!boundary) return undefined;
  const delimiter = Buffer.from(`--${boundary}`);
  const parts: MultipartPart[] = [];
  let start = raw.indexOf(delimiter);
  while (start >= 0) {
    const next = raw.indexOf(delimiter, start + delimiter.length);
    if (next < 0) break;
    const chunk = raw.subarray(start + delimiter.length, next);
    start = next;
    const headEnd = chunk.indexOf('\r\n\r\n');
    if (headEnd < 0) continue;
    const head = chunk.subarray(0, headEnd).toString('utf8');
    let content = chunk.subarray(headEnd + 4);
    if (content.subarray(-2).toString() === '\r\n') content = content.subarray(0, -2);
    const name = /name="([^"]*)"/i.exec(head)?.[1];
    if (name === undefined) continue;
    parts.push({ name, filename: /filename="([^"]*)"/i.exec(head)?.[1], contentType: /content-type:\s*([^\r\n]+)/i.exec(head)?.[1]?.trim(), content });
  }
  const out: MultipartBody = { files: [], parts };
  for (const p of parts) {
    if (p.name === 'metadata') {
      const text = p.content.toString('utf8');
      try {
        out.metadata = JSON.parse(text) as unknown;
      } catch {
        out.metadata = text;
      }
    } else out.files.push({ name: p.name, filename: p.filename, content: p.content.toString('utf8') });
  }
  return out;
}

// Reads a multipart body byte for byte (`multipart/form-data` and `multipart/mixed`) and turns its
// parts into the operation's JSON form as the catalogue's `multipart` description defines it
// (docs/decisions.md, "Multipart bodies"): a JSON part as an object, text parts as strings (arrays
// joined with commas split again), each file as `{name, content}` — and the files' exact bytes on
// the side, so handlers store real binaries.
import type { z } from 'zod';
import type { MultipartDef } from '../core/catalogue/types';

export interface MultipartPart {
  name: string;
  filename?: string;
  contentType?: string;
  content: Buffer;
}

/** A file part of an upload, keyed in `SandboxRequest.uploads` by its JSON-form field. */
export interface Upload {
  /** The part's name (dynamic templates name parts after `template_part_name`). */
  part: string;
  filename?: string;
  contentType?: string;
  content: Buffer;
}

export function isMultipart(contentType: string | undefined): boolean {
  return /^multipart\/(form-data|mixed)\b/i.test(contentType ?? '');
}

/** The parts of a multipart body, or undefined when the content type names no boundary. */
export function parseMultipart(raw: Buffer, contentType: string): MultipartPart[] | undefined {
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
  return parts;
}

function isArrayField(schema: z.ZodType | undefined): boolean {
  let s: unknown = schema;
  // Unwrap optional/default/nullable wrappers down to the field's own type.
  for (let i = 0; i < 5 && s && typeof s === 'object'; i++) {
    const def = (s as { _zod?: { def?: { type?: string; innerType?: unknown } } })._zod?.def;
    if (def?.type === 'array') return true;
    if (!def?.innerType) return false;
    s = def.innerType;
  }
  return false;
}

function jsonOrText(content: Buffer): unknown {
  const text = content.toString('utf8');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/**
 * The JSON form of a multipart body and its files. Without a description (a multipart body sent
 * to a JSON operation) every part becomes a text field, so the operation's model names them.
 */
export function jsonFormOf(def: MultipartDef | undefined, parts: readonly MultipartPart[]): { body: Record<string, unknown>; uploads: Map<string, Upload[]> } {
  const body: Record<string, unknown> = {};
  const uploads = new Map<string, Upload[]>();
  const fields = def?.fields;
  const fixedFiles = new Map((def?.files ?? []).filter((f) => !f.partNameFrom).map((f) => [f.name, f]));
  // The one file field whose parts are named by the metadata (dynamic templates' `files`).
  const named = def?.files.find((f) => f.partNameFrom);
  const addFile = (key: string, multiple: boolean, p: MultipartPart) => {
    const upload: Upload = { part: p.name, filename: p.filename, contentType: p.contentType, content: p.content };
    uploads.set(key, [...(uploads.get(key) ?? []), upload]);
    const json = { name: named?.name === key ? p.name : (p.filename ?? p.name), content: p.content.toString('utf8') };
    body[key] = multiple ? [...((body[key] as unknown[] | undefined) ?? []), json] : json;
  };
  for (const p of parts) {
    if (fields?.encoding === 'json' && p.name === fields.part) body[p.name] = jsonOrText(p.content);
    else if (fixedFiles.has(p.name)) addFile(p.name, fixedFiles.get(p.name)?.multiple ?? false, p);
    else if (fields?.encoding === 'text' && p.name in fields.model.shape) {
      const text = p.content.toString('utf8');
      body[p.name] = isArrayField(fields.model.shape[p.name] as z.ZodType) ? text.split(',').map((v) => v.trim()) : text;
    } else if (named) addFile(named.name, true, p);
    else body[p.name] = p.content.toString('utf8');
  }
  return { body, uploads };
}

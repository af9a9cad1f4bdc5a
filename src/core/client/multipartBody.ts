// A multipart operation's body as parts, from its catalogue description (`multipart`), the body's
// JSON form (the fields, and text files given as `{name, content}`) and the files the user picked
// (keyed by part name). docs/decisions.md, "Multipart bodies", says why the parts look like this.
import type { EndpointDef, MultipartFilePart } from '../catalogue/types';
import type { MultipartPartInput } from '../http/multipart';
import { isJsonObject } from '../json/canonical';
import { english, type Localizer } from '../l10n';
import { escapePointerSegment } from '../json/pointer';
import type { Problem } from '../problems/problem';

export interface FileInput {
  /** File name sent in the part (the picked file's base name). */
  filename: string;
  contentType?: string;
  data: Uint8Array | string;
}

/** Picked files by part name (`content`, `front`, or a dynamic template's `*_part_name`). */
export type FileInputs = Readonly<Record<string, FileInput | readonly FileInput[]>>;

function textOf(v: unknown): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  // Arrays of strings travel joined with commas, as the document's `-F tags=a,b` examples do.
  if (Array.isArray(v) && v.every((x) => typeof x === 'string' || typeof x === 'number')) return v.join(',');
  return JSON.stringify(v);
}

/** `{name, content}` entries of the JSON form: text files written inline (HBS, editor configs). */
function inlineFiles(v: unknown): FileInput[] {
  const items = Array.isArray(v) ? (v as unknown[]) : v === undefined ? [] : [v];
  return items.filter((x): x is { name: string; content: string } => isJsonObject(x) && typeof x.name === 'string' && typeof x.content === 'string').map((x) => ({ filename: x.name, data: x.content }));
}

/** Part names the metadata assigns (`sources[].template_part_name`). */
function namesFrom(metadata: unknown, paths: readonly string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    const m = /^(\w+)\[\]\.(\w+)$/.exec(p);
    if (!m || !isJsonObject(metadata)) continue;
    const list = metadata[m[1] ?? ''];
    if (!Array.isArray(list)) continue;
    for (const item of list as unknown[]) if (isJsonObject(item) && typeof item[m[2] ?? ''] === 'string') out.push(item[m[2] ?? ''] as string);
  }
  return out;
}

export function multipartParts(def: EndpointDef, body: unknown, files: FileInputs = {}, l10n: Localizer = english): { parts: MultipartPartInput[]; problems: Problem[] } {
  const mp = def.multipart;
  const parts: MultipartPartInput[] = [];
  const problems: Problem[] = [];
  if (!mp) return { parts, problems };
  const b = isJsonObject(body) ? body : {};
  const fileNames = new Set(mp.files.map((f) => f.name));
  if (mp.fields?.encoding === 'json') {
    const value = b[mp.fields.part];
    if (value !== undefined) parts.push({ name: mp.fields.part, contentType: 'application/json', data: JSON.stringify(value) });
  } else if (mp.fields?.encoding === 'text') {
    for (const key of Object.keys(mp.fields.model.shape)) {
      if (fileNames.has(key)) continue;
      const text = textOf(b[key]);
      if (text !== undefined) parts.push({ name: key, data: text });
    }
  }
  for (const f of mp.files) parts.push(...fileParts(f, b, files, problems, l10n));
  return { parts, problems };
}

function fileParts(f: MultipartFilePart, body: Record<string, unknown>, files: FileInputs, problems: Problem[], l10n: Localizer): MultipartPartInput[] {
  const out: MultipartPartInput[] = [];
  const add = (name: string, file: FileInput) => out.push({ name, filename: file.filename, contentType: file.contentType ?? f.contentTypes[0] ?? 'application/octet-stream', data: file.data });
  if (f.partNameFrom) {
    // Each file's part is named by the metadata; picked files are keyed by that name.
    const inline = new Map(inlineFiles(body[f.name]).map((x) => [x.filename, x]));
    for (const name of namesFrom(body.metadata, f.partNameFrom)) {
      const file = firstFile(files[name]) ?? inline.get(name);
      if (file) add(name, file);
      else if (f.required) problems.push(missingFile(name, l10n));
    }
    return out;
  }
  const picked = files[f.name];
  const list: readonly FileInput[] = picked === undefined ? inlineFiles(body[f.name]) : asList(picked);
  for (const file of f.multiple ? list : list.slice(0, 1)) add(f.name, file);
  if (!list.length && f.required) problems.push(missingFile(f.name, l10n));
  return out;
}

function asList(f: FileInput | readonly FileInput[]): readonly FileInput[] {
  return isFileList(f) ? f : [f];
}

function isFileList(f: FileInput | readonly FileInput[]): f is readonly FileInput[] {
  return Array.isArray(f);
}

function firstFile(f: FileInput | readonly FileInput[] | undefined): FileInput | undefined {
  return f === undefined ? undefined : asList(f)[0];
}

function missingFile(name: string, l10n: Localizer): Problem {
  return { pointer: `/files/${escapePointerSegment(name)}`, target: 'parent', code: 'request/missing-file', severity: 'error', origin: 'schema', data: { key: name }, message: l10n.t('the file part "{0}" is required: pick a file for it', name) };
}

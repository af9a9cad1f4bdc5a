// What `--example` (and the runner's "fill from the example") sends for an operation: the API
// document's example params, query, headers and body, plus a small built-in sample for each file
// part the example cannot carry (a one-page PDF, a 1×1 PNG, a placeholder certificate, an HBS).
import type { FileInput, FileInputs } from '../client/multipartBody';
import type { EndpointDef, MultipartFilePart } from './types';

/** A valid one-page PDF ("MOK DevTools sample"), small enough to read. */
export const SAMPLE_PDF = Buffer.from(
  [
    '%PDF-1.4',
    '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
    '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
    '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 300 144] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >> endobj',
    '4 0 obj << /Length 52 >> stream',
    'BT /F1 18 Tf 36 72 Td (MOK DevTools sample) Tj ET',
    'endstream endobj',
    '5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj',
    'trailer << /Root 1 0 R >>',
    '%%EOF',
    '',
  ].join('\n'),
  'latin1',
);

/** A 1×1 transparent PNG. */
export const SAMPLE_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

/** A 1×1 JPEG. */
export const SAMPLE_JPEG = Buffer.from(
  '/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=',
  'base64',
);

/** A sample of the part's type; an image is a JPEG when the body's `extension` says jpg/jpeg ("it must match"). */
function sampleFor(part: MultipartFilePart, name: string, extension?: unknown): FileInput {
  const types = part.contentTypes;
  if (types.includes('application/pdf') && !(extension === 'png' || extension === 'jpg' || extension === 'jpeg')) return { filename: 'sample.pdf', contentType: 'application/pdf', data: SAMPLE_PDF };
  if ((extension === 'jpg' || extension === 'jpeg') && types.includes('image/jpeg')) return { filename: `sample.${extension}`, contentType: 'image/jpeg', data: SAMPLE_JPEG };
  if (types.some((t) => t.startsWith('image/'))) return { filename: 'sample.png', contentType: 'image/png', data: SAMPLE_PNG };
  if (types.includes('application/x-pkcs12')) return { filename: 'sample.p12', contentType: 'application/x-pkcs12', data: Buffer.from('sandbox sample certificate (not a real PKCS#12 file)\n') };
  if (/config/i.test(name)) return { filename: `${name}.json`, contentType: 'application/json', data: '{}\n' };
  return { filename: `${name}.hbs`, contentType: 'text/x-handlebars-template', data: '<p>{{NAME}}</p>\n' };
}

/**
 * Sample files for every file part the example does not give (by part name): the required ones,
 * and the optional ones the example names with a placeholder (scoring's `"front": "string"`).
 */
export function sampleFiles(def: EndpointDef, body: unknown = def.example?.body): FileInputs {
  const out: Record<string, FileInput> = {};
  const fields = body && typeof body === 'object' ? (body as Record<string, unknown>) : {};
  for (const part of def.multipart?.files ?? []) {
    if (part.partNameFrom) continue; // named by the body's metadata, which carries them inline
    // A placeholder string in the example ("string", "@/path/to/file") is not a file.
    const given = fields[part.name];
    const inline = given !== null && typeof given === 'object' && 'content' in given;
    if (!inline && (part.required || typeof given === 'string')) out[part.name] = sampleFor(part, part.name, fields.extension);
  }
  return out;
}

export interface ExampleInput {
  params?: Record<string, string | number>;
  query?: Record<string, string | number>;
  headers?: Record<string, string>;
  body?: unknown;
  files?: FileInputs;
}

/** The documented example of an operation as a request, with sample files where needed. */
export function exampleInput(def: EndpointDef): ExampleInput {
  const e = def.example ?? {};
  const files = sampleFiles(def);
  return {
    ...(e.params ? { params: { ...e.params } } : {}),
    ...(e.query ? { query: { ...e.query } } : {}),
    ...(e.headers ? { headers: { ...e.headers } } : {}),
    ...(e.body !== undefined ? { body: structuredClone(e.body) } : {}),
    ...(Object.keys(files).length ? { files } : {}),
  };
}

// Real bytes for the Documents sandbox: small valid PDFs (one page of text, optionally with
// fillable AcroForm text fields, which is what forms are), placeholder images, media types and the
// digests stored documents report. No dependency: a PDF here is a handful of objects and an xref.
import { createHash } from 'node:crypto';

export interface PdfField {
  name: string;
  value?: string;
}

export interface PdfContent {
  title: string;
  lines?: readonly string[];
  /** Fillable text fields (forms); filled PDFs print their values as lines instead. */
  fields?: readonly PdfField[];
}

const PAGE = { width: 595, height: 842, margin: 50 };
const MAX_LINES = 60;

/** Characters a standard PDF font (WinAnsi) can show, tabs and line breaks included; the rest become "?". */
export function pdfSafe(text: string): string {
  return text.replace(/[^\t\n\r\x20-\x7e\xa0-\xff]/g, '?');
}

const ESCAPES: Readonly<Record<string, string>> = { '\\': '\\\\', '(': '\\(', ')': '\\)', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

function pdfString(text: string): string {
  return `(${pdfSafe(text).replace(/[\\()\t\n\r]/g, (c) => ESCAPES[c] ?? c)})`;
}

/** A one-page PDF: a title, text lines and, for forms, fillable text fields. */
export function pdfDocument(content: PdfContent): Buffer {
  const lines = [...(content.lines ?? [])];
  if (lines.length > MAX_LINES) lines.splice(MAX_LINES - 1, lines.length, `... (${lines.length - MAX_LINES + 1} more)`);
  const fields = content.fields ?? [];
  let y = PAGE.height - PAGE.margin;
  const ops = [`BT /F1 16 Tf ${PAGE.margin} ${y} Td ${pdfString(content.title)} Tj ET`];
  y -= 28;
  for (const line of lines) {
    ops.push(`BT /F1 10 Tf ${PAGE.margin} ${y} Td ${pdfString(line)} Tj ET`);
    y -= 14;
  }
  const stream = ops.join('\n');
  const fieldObjects = fields.map((f, i) => {
    const top = y - i * 24;
    return `<< /Type /Annot /Subtype /Widget /FT /Tx /T ${pdfString(f.name)} /V ${pdfString(f.value ?? '')} /Rect [${PAGE.margin + 140} ${top - 16} ${PAGE.width - PAGE.margin} ${top}] /P 3 0 R /F 4 /DA (/F1 10 Tf 0 g) >>`;
  });
  const firstField = 6;
  const refs = fieldObjects.map((_, i) => `${firstField + i} 0 R`).join(' ');
  const labels = fields.map((f, i) => `BT /F1 10 Tf ${PAGE.margin} ${y - i * 24 - 12} Td ${pdfString(`${f.name}:`)} Tj ET`).join('\n');
  const body = labels ? `${stream}\n${labels}` : stream;
  const objects = [
    `<< /Type /Catalog /Pages 2 0 R${fields.length ? ` /AcroForm << /Fields [${refs}] /NeedAppearances true /DA (/F1 10 Tf 0 g) /DR << /Font << /F1 4 0 R >> >> >>` : ''} >>`,
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE.width} ${PAGE.height}] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R${fields.length ? ` /Annots [${refs}]` : ''} >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Length ${Buffer.byteLength(body, 'latin1')} >>\nstream\n${body}\nendstream`,
    ...fieldObjects,
  ];
  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** Names of the fillable fields of a PDF (`/T (NAME)` of its form fields), in order, once each. */
export function pdfFieldNames(pdf: Buffer): string[] {
  const text = pdf.toString('latin1');
  const names = [...text.matchAll(/\/FT\s*\/Tx[^>]*?\/T\s*\(((?:\\.|[^\\)])*)\)|\/T\s*\(((?:\\.|[^\\)])*)\)[^>]*?\/FT\s*\/\w+/g)].map((m) => (m[1] ?? m[2] ?? '').replace(/\\(.)/g, '$1'));
  return [...new Set(names.filter((n) => n !== ''))];
}

export function isPdf(content: Buffer): boolean {
  return content.subarray(0, 5).toString('latin1') === '%PDF-';
}

// 1×1 images, valid files of their type.
const PNG_1X1 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
const JPEG_1X1 =
  '/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=';

export const MEDIA_TYPES: Readonly<Record<string, string>> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  html: 'text/html; charset=utf-8',
  json: 'application/json',
  hbs: 'text/x-handlebars-template; charset=utf-8',
  p12: 'application/x-pkcs12',
};

export function mediaTypeOf(extension: string): string {
  return MEDIA_TYPES[extension.toLowerCase()] ?? 'application/octet-stream';
}

/** A small valid file of the extension, for uploads whose JSON form carries no file. */
export function placeholderFile(extension: string, title: string): Buffer {
  switch (extension.toLowerCase()) {
    case 'png':
      return Buffer.from(PNG_1X1, 'base64');
    case 'jpg':
    case 'jpeg':
      return Buffer.from(JPEG_1X1, 'base64');
    case 'html':
      return Buffer.from(`<!DOCTYPE html>\n<html><body><h1>${title.replace(/[<&]/g, '')}</h1></body></html>\n`);
    case 'json':
      return Buffer.from(`${JSON.stringify({ name: title })}\n`);
    case 'hbs':
      return Buffer.from(`<h1>{{title}}</h1>\n`);
    default:
      return pdfDocument({ title, lines: ['Documento generado por el sandbox de MOK DevTools.'] });
  }
}

/** The `archiveHash` of a stored file: MD5 in hex, as the document's example looks. */
export function archiveHash(content: Buffer): string {
  return createHash('md5').update(content).digest('hex');
}

// Stored documents of the Documents sandbox: uploads and everything the sandbox produces (filled
// templates and forms, contracts, signed copies, certificates, scoring captures), with their
// bytes, owner, tags and deletion state; the signed public URLs that serve them without
// credentials; and the seed with the document's example ids.
import { createHmac } from 'node:crypto';
import { apiTimestamp } from '../clock';
import { archiveHash, mediaTypeOf, pdfDocument } from '../binary';

export interface StoredDocument {
  id: string;
  name: string;
  extension: string;
  mediaType: string;
  /** Normalised: upper case, no whitespace (documents) or lower case (contracts). */
  tags: string[];
  /** Normalised owner (lower case); null for a public document. */
  owner: string | null;
  createdAt: string;
  /** Null once physically deleted. */
  content: Buffer | null;
  size: number;
  archiveHash: string;
  /** Logical delete (first time). */
  deletedAt?: string;
  purged?: boolean;
  /** A document an asynchronous process is still producing is not there before this instant. */
  availableAtMs?: number;
  /** What produced it, for people reading the state (`upload`, `fill:<id>`, `sign:<id>`…). */
  source: string;
}

export interface DocumentsState {
  documents: Map<string, StoredDocument>;
}

/** The API's owner normalisation ("sUbScRiPtiOn_1" → "subscription_1"). */
export function normalizeOwner(owner: string): string {
  return owner.trim().toLowerCase();
}

/** The API's tag normalisation: no whitespace, one case. */
export function normalizeTags(tags: readonly string[] | undefined, upper = true): string[] {
  return (tags ?? []).map((t) => t.replace(/\s+/g, '')).map((t) => (upper ? t.toUpperCase() : t.toLowerCase()));
}

export interface NewDocument {
  id: string;
  name: string;
  extension: string;
  content: Buffer;
  owner?: string | null;
  tags?: readonly string[];
  createdAt: Date;
  source: string;
  availableAtMs?: number;
  /** Contracts keep tags in lower case. */
  lowerTags?: boolean;
}

export function putDocument(state: DocumentsState, d: NewDocument): StoredDocument {
  const doc: StoredDocument = {
    id: d.id,
    name: d.name,
    extension: d.extension,
    mediaType: mediaTypeOf(d.extension),
    tags: normalizeTags(d.tags, !d.lowerTags),
    owner: d.owner ? normalizeOwner(d.owner) : null,
    createdAt: apiTimestamp(d.createdAt),
    content: d.content,
    size: d.content.length,
    archiveHash: archiveHash(d.content),
    source: d.source,
    ...(d.availableAtMs !== undefined ? { availableAtMs: d.availableAtMs } : {}),
  };
  state.documents.set(doc.id, doc);
  return doc;
}

export const PUBLIC_PREFIX = '/__sandbox/documents/public';

/** The signature of a public URL: which document, of which org, until when, shown how. */
function urlSignature(key: string, org: string, id: string, expiresSec: number, disposition: string): string {
  return createHmac('sha256', key).update(`${org}\n${id}\n${expiresSec}\n${disposition}`).digest('hex');
}

/** A URL that serves the document without credentials until `expiresAtMs` (like a storage signed URL). */
export function signedUrl(base: string, key: string, org: string, id: string, expiresAtMs: number, disposition: 'attachment' | 'inline' = 'attachment'): string {
  const expires = Math.floor(expiresAtMs / 1000);
  const q = new URLSearchParams({ expires: String(expires), disposition, signature: urlSignature(key, org, id, expires, disposition) });
  return `${base.replace(/\/+$/, '')}${PUBLIC_PREFIX}/${encodeURIComponent(org)}/${encodeURIComponent(id)}?${q.toString()}`;
}

export type SignedUrlCheck = { ok: true; disposition: 'attachment' | 'inline' } | { ok: false; reason: 'invalid' | 'expired' };

export function checkSignedUrl(key: string, org: string, id: string, query: URLSearchParams, nowMs: number): SignedUrlCheck {
  const expires = Number(query.get('expires'));
  const disposition = query.get('disposition') === 'inline' ? 'inline' : 'attachment';
  if (!Number.isInteger(expires) || query.get('signature') !== urlSignature(key, org, id, expires, disposition)) return { ok: false, reason: 'invalid' };
  if (expires * 1000 <= nowMs) return { ok: false, reason: 'expired' };
  return { ok: true, disposition };
}

/** Ids the Documents API document uses in its examples. */
export const EXAMPLE_IDS = {
  document: 'd290f1ee-6c54-4b01-90e6-d701748f0851',
  documentOwner: '2357893',
  signDocument: '0a394423-6f6d-4295-8ce7-c0bd70881836',
  previewDocument: '827d7367-8ff4-4748-970e-009680a87813',
  contractFilledDocument: '8d104722-610b-4d7c-ba89-0dd825442d88',
  fillProcessDocument: '4833979c-e045-46a9-9b1e-412d19294237',
  storageObject: 'cbd2e693-d71a-4cee-8313-1972acc0394d',
} as const;

function pdf(title: string, lines: string[]): Buffer {
  return pdfDocument({ title, lines });
}

export function seedDocuments(state: DocumentsState): void {
  const created = new Date('2023-04-20T11:43:13Z');
  const owner = EXAMPLE_IDS.documentOwner;
  const seeds: NewDocument[] = [
    {
      id: EXAMPLE_IDS.document,
      name: 'personal_contract',
      extension: 'pdf',
      owner,
      tags: ['Draft', 'Top_Secret', 'v1.0'],
      content: pdf('Contrato personal', ['Titular: Lucía Fernández Ortega', 'DNI: 12345678Z', 'Tarifa: Fibra 1 Gb + Móvil ilimitado', 'Fecha: 20/04/2023']),
      createdAt: created,
      source: 'seed',
    },
    {
      id: EXAMPLE_IDS.signDocument,
      name: 'contrato_para_firma',
      extension: 'pdf',
      owner,
      tags: ['CONTRACT'],
      content: pdf('Contrato para firma', ['Firmante: James Smith', 'NIF: 12345678A']),
      createdAt: created,
      source: 'seed',
    },
    {
      id: EXAMPLE_IDS.previewDocument,
      name: 'condiciones_generales',
      extension: 'pdf',
      tags: ['PREVIEW'],
      content: pdf('Condiciones generales', ['Documento informativo previo a la firma.']),
      createdAt: created,
      source: 'seed',
    },
    {
      id: EXAMPLE_IDS.fillProcessDocument,
      name: 'factura_2025_11_0001',
      extension: 'pdf',
      tags: ['RETAIL', 'factura_mensual-v1.1'],
      content: pdf('Factura mensual', ['CUSTOMER.NAME: Juan Pérez', 'TOTAL_AMOUNT: 35']),
      createdAt: new Date('2025-11-18T09:35:15Z'),
      source: 'fill:11223344-aabb-ccdd-eeff-009988776655',
    },
    {
      id: EXAMPLE_IDS.storageObject,
      name: 'my_doc_name',
      extension: 'pdf',
      content: pdf('Documento público', ['Cualquiera con el enlace puede descargarlo.']),
      createdAt: created,
      source: 'seed',
    },
  ];
  for (const d of seeds) putDocument(state, d);
}

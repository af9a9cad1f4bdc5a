// Stored documents (Documents API document, "Documents"): upload, download, logical and physical
// delete, metadata, public URL and owner change, with the owner rules: a document uploaded with
// `x-auth-owner` is private and only that owner reaches it; without, it is public. The document's
// 401 covers AuthN and AuthZ alike, so a wrong or missing owner answers 401. Deleted documents
// are "not longer available" (410); deleting one again is a conflict (409). Other modules store
// what they produce through `putDocument` and hand out links through `publicLink`.
import { changeDocumentOwnerBody, createDocumentBody, publicUrlBody } from '../../core/models/documents/storedDocuments';
import { mdocError, sandboxRule } from '../errors';
import type { Handler, SandboxRequest, SandboxResponse } from '../types';
import { isPdf, placeholderFile } from './binary';
import { durationMs } from './clock';
import { badRequest, clockOf, conflict, gone, notFound, orgOf, ownerOf, recordOf, type DocumentsContext, type Result, withBody } from './context';
import { normalizeOwner, putDocument, signedUrl, type StoredDocument } from './state/documents';
import type { OrgState } from './store';

/** Longest life of a public URL ("Max 24 hours"), and its default. */
const PUBLIC_URL_TTL = 'PT24H';

const MAGIC: Readonly<Record<string, (b: Buffer) => boolean>> = {
  pdf: isPdf,
  png: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  jpg: (b) => b[0] === 0xff && b[1] === 0xd8,
  jpeg: (b) => b[0] === 0xff && b[1] === 0xd8,
};

/**
 * The bytes of an upload's file field: the multipart part, or in the JSON form `{name, content}`
 * (base64 when it decodes to a file of the extension, text otherwise). Undefined for the
 * documents' placeholders ("string", "@/path/to/file"), which get a generated file.
 */
export function uploadedFile(req: SandboxRequest, field: string, value: unknown, extension: string): Buffer | undefined {
  const part = req.uploads?.get(field)?.[0];
  if (part) return part.content;
  if (!value || typeof value !== 'object' || !('content' in value) || typeof value.content !== 'string') return undefined;
  const decoded = Buffer.from(value.content, 'base64');
  return MAGIC[extension]?.(decoded) ? decoded : Buffer.from(value.content, 'utf8');
}

/** The file of an upload, checked against its declared extension ("it must match the format of the binary"). */
export function fileFor(req: SandboxRequest, field: string, value: unknown, extension: string, title: string): Result<Buffer> {
  const file = uploadedFile(req, field, value, extension);
  if (!file) return { ok: true, value: placeholderFile(extension, title) };
  const matches = MAGIC[extension.toLowerCase()];
  if (matches && !matches(file)) return { ok: false, response: badRequest(`${field}: the file is not a ${extension.toUpperCase()} (extension must match the format of the binary)`) };
  return { ok: true, value: file };
}

/** The bytes of a stored document as a download (or why it cannot be downloaded). */
export function documentDownload(doc: StoredDocument, nowMs: number, disposition: 'attachment' | 'inline' = 'attachment'): SandboxResponse {
  if (doc.availableAtMs !== undefined && doc.availableAtMs > nowMs) return notFound('DOCUMENT', `Document "${doc.id}" not found.`);
  if (doc.deletedAt !== undefined || !doc.content) return gone(`Document "${doc.id}" was deleted on ${doc.deletedAt ?? '?'}.`);
  return {
    status: 200,
    headers: { 'content-type': doc.mediaType, 'content-disposition': `${disposition}; filename="${doc.name}.${doc.extension}"` },
    bytes: doc.content,
  };
}

/** A URL that downloads the document without credentials for `ttlMs`. */
export function publicLink(ctx: DocumentsContext, org: string, documentId: string, ttlMs = 3_600_000, disposition: 'attachment' | 'inline' = 'inline'): string {
  return signedUrl(ctx.host.baseUrl(), ctx.store.urlKey, org, documentId, ctx.host.now().getTime() + ttlMs, disposition);
}

/** `{name, url}` links to stored documents (signatures, captures). */
export function documentLinks(ctx: DocumentsContext, req: SandboxRequest, org: OrgState, ids: readonly string[]): Array<{ name: string; url: string }> {
  return ids.flatMap((id) => {
    const d = org.documents.get(id);
    return d && !d.deletedAt ? [{ name: d.name, url: publicLink(ctx, req.params['org'] ?? '', id) }] : [];
  });
}

/**
 * The document a request names, if the caller may reach it: it exists (and is finished), its
 * owner is the request's `x-auth-owner` when it is private, and — unless `deleted` allows it —
 * it is not deleted.
 */
export function ownedDocument(ctx: DocumentsContext, req: SandboxRequest, options: { deleted?: boolean } = {}): Result<{ org: OrgState; doc: StoredDocument }> {
  const found = recordOf(ctx, req, 'documentId', (o) => o.documents, (id) => notFound('DOCUMENT', `Document "${id}" not found.`));
  if (!found.ok) return found;
  const doc = found.value.record;
  if (doc.availableAtMs !== undefined && doc.availableAtMs > clockOf(ctx).ms) return { ok: false, response: notFound('DOCUMENT', `Document "${doc.id}" not found.`) };
  if (doc.owner !== null && ownerOf(req) !== doc.owner) {
    const sent = ownerOf(req);
    return { ok: false, response: mdocError(401, 'MDOC-401-OWNER', 'UNAUTHORIZED', sent ? `x-auth-owner "${sent}" does not own document "${doc.id}".` : `Document "${doc.id}" is private: send its owner in x-auth-owner.`) };
  }
  if (!options.deleted && (doc.deletedAt !== undefined || doc.purged)) return { ok: false, response: gone(`Document "${doc.id}" was deleted on ${doc.deletedAt ?? '?'}.`) };
  return { ok: true, value: { org: found.value.org, doc } };
}

export function storedDocumentHandlers(ctx: DocumentsContext) {
  const create: Handler = (req) => {
    const input = withBody(orgOf(ctx, req), createDocumentBody, req);
    if (!input.ok) return input.response;
    const { target: org, body } = input.value;
    const { name, extension, tags, content } = body;
    const file = fileFor(req, 'content', content, extension, name);
    if (!file.ok) return file.response;
    const doc = putDocument(org, { id: ctx.store.newId(), name, extension, tags, owner: ownerOf(req) ?? null, content: file.value, createdAt: clockOf(ctx).now, source: 'upload' });
    return { status: 201, body: { documentId: doc.id } };
  };

  const download: Handler = (req) => {
    const found = ownedDocument(ctx, req);
    return found.ok ? documentDownload(found.value.doc, clockOf(ctx).ms) : found.response;
  };

  const remove = (physical: boolean): Handler => (req) => {
    const found = ownedDocument(ctx, req, { deleted: true });
    if (!found.ok) return found.response;
    const { doc } = found.value;
    if (physical ? doc.purged : doc.deletedAt !== undefined) return conflict('DELETED', `Document "${doc.id}" is already ${physical && doc.purged ? 'physically ' : ''}deleted (since ${doc.deletedAt ?? '?'}).`);
    doc.deletedAt ??= clockOf(ctx).stamp;
    if (physical) {
      doc.purged = true;
      doc.content = null;
    }
    return { status: 200, body: { deletedDocumentId: doc.id, deleteTS: doc.deletedAt } };
  };

  const metadata: Handler = (req) => {
    const found = ownedDocument(ctx, req);
    if (!found.ok) return found.response;
    const d = found.value.doc;
    return { status: 200, body: { documentId: d.id, name: d.name, tags: [...d.tags], extension: d.extension, archiveHash: d.archiveHash, size: d.size, isPublic: d.owner === null } };
  };

  const publicUrl: Handler = (req) => {
    const input = withBody(ownedDocument(ctx, req), publicUrlBody, req, true);
    if (!input.ok) return input.response;
    const { target: found, body } = input.value;
    const d = found.doc;
    const expiresAtMs = clockOf(ctx).ms + durationMs(body.expiresIn, PUBLIC_URL_TTL);
    return {
      status: 200,
      body: {
        expirationDate: new Date(expiresAtMs).toISOString(),
        publicUrl: signedUrl(ctx.host.baseUrl(), ctx.store.urlKey, req.params['org'] ?? '', d.id, expiresAtMs, body.downloadDisposition ?? 'attachment'),
        mediaType: d.mediaType.split(';')[0] ?? d.mediaType,
        name: d.name,
      },
    };
  };

  const changeOwner: Handler = (req) => {
    const input = withBody(ownedDocument(ctx, req), changeDocumentOwnerBody, req);
    if (!input.ok) return input.response;
    const { target: found, body } = input.value;
    const d = found.doc;
    if (d.owner === null) return badRequest(`Document "${d.id}" is public: only private documents change owner.`);
    if (!body.newOwner) return badRequest(sandboxRule('newOwner: name the new owner', 'the document does not mark it required, but there is nothing to change to without it'));
    d.owner = normalizeOwner(body.newOwner);
    return { status: 200, body: { owner: d.owner } };
  };

  return {
    'documents.create': create,
    'documents.download': download,
    'documents.delete': remove(false),
    'documents.deletePhysical': remove(true),
    'documents.metadata': metadata,
    'documents.publicUrl': publicUrl,
    'documents.changeOwner': changeOwner,
  } satisfies Record<string, Handler>;
}


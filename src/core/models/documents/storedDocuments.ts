// Zod models of the Documents API's stored documents (Documents API, Documents): upload, download,
// delete, metadata, public URL and owner change.
import * as z from 'zod';
import { msg } from '../../l10n';
import { boundedDuration, fileInput, isoDateTime, looseObject } from '../common';
import { documentTags, noSpaceName } from './shared';

export const documentExtension = z.enum(['pdf', 'jpeg', 'jpg', 'png', 'html', 'json', 'hbs']);

/** The text fields of an upload (multipart `name`, `extension`, `tags`). */
export const createDocumentFields = z.strictObject({
  name: noSpaceName.describe('Name of the document (without spaces); the document is renamed with it.'),
  extension: documentExtension.describe('Format of the document; it must match the binary.'),
  tags: documentTags.optional().describe('Up to 5 free tags (upper-cased, whitespace removed).'),
});

/** The JSON form of an upload: the fields and, as a placeholder, the binary `content`. */
export const createDocumentBody = z.strictObject({
  ...createDocumentFields.shape,
  content: fileInput.optional().describe('The document (a multipart file part on the wire).'),
});

export const documentCreated = looseObject({ documentId: z.string() });

export const documentDeleted = looseObject({
  deletedDocumentId: z.string(),
  /** When the document was deleted the first time. */
  deleteTS: isoDateTime,
});

export const documentMetadata = looseObject({
  documentId: z.string(),
  name: z.string(),
  tags: z.array(z.string()),
  extension: z.string(),
  archiveHash: z.string(),
  size: z.number().int().min(0),
  /** Public documents have no owner. */
  isPublic: z.boolean(),
});

export const publicUrlBody = z.strictObject({
  expiresIn: boundedDuration({ minSeconds: 1, maxSeconds: 86_400, message: msg('expected a duration of at most 24 hours (e.g. PT24H)') })
    .optional()
    .describe('How long the link lives (ISO 8601, default and maximum PT24H).'),
  downloadDisposition: z.enum(['attachment', 'inline']).optional().describe('Whether a browser downloads (attachment, default) or shows (inline) the file.'),
});

export const publicUrl = looseObject({
  expirationDate: isoDateTime,
  publicUrl: z.string(),
  mediaType: z.string().optional(),
  name: z.string(),
});

/** The field table does not mark `newOwner` as required. */
export const changeDocumentOwnerBody = z.strictObject({
  newOwner: z.string().min(1).optional().describe('The new owner (the API normalises it to lower case).'),
});

export const ownerChanged = looseObject({ owner: z.string() });

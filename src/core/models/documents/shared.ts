// Building blocks the Documents API's resource families share: tags, fill values, field maps,
// page envelopes, people (signers, actors) and the documented bounds of its durations. Request
// pieces are strict objects (unknown keys rejected), response pieces keep unknown keys.
//
// Where the document's field table collapses an array's or object's items ("Array items:" with
// nothing under it), only the example says which keys exist: those keys are accepted, typed from
// the example, and optional — the document does not say which of them are required.
import * as z from 'zod';
import { msg } from '../../l10n';
import { boundedDuration, intLike, isoDateTime, looseObject } from '../common';

const RESERVED_TAGS = new Set(['NULL', 'UNDEFINED', 'NAN']);

/** How the API normalises a tag before comparing: no whitespace, one case. */
function tagKey(tag: string): string {
  return tag.replace(/\s+/g, '').toUpperCase();
}

/**
 * Free tags of a stored document, form or filled template: at most 5, not blank, not a reserved
 * word (null, undefined, nan), unique once normalised (the API upper- or lower-cases them and
 * removes whitespace, so "Draft" and "DRAFT" are the same tag).
 */
export const documentTags = z
  .array(
    z
      .string()
      .refine((t) => tagKey(t) !== '', msg('a tag must not be blank'))
      .refine((t) => !RESERVED_TAGS.has(tagKey(t)), msg('tags "null", "undefined" and "nan" are reserved')),
  )
  .max(5, msg('at most 5 tags'))
  .refine((tags) => new Set(tags.map(tagKey)).size === tags.length, msg('tags must be unique (case and whitespace are ignored)'));

/** Names the API stores files under: no whitespace. */
export const noSpaceName = z.string().min(1, msg('the name must not be empty')).regex(/^\S+$/, msg('the name must not contain spaces'));

/** One value printed into a PDF form or template field. */
export const fieldValue = z.strictObject({ name: z.string().min(1), value: z.string() });

/** `default` escapes every non alphanumeric character as "?"; `raw` also lets tabs and newlines through. */
export const fillMode = z.enum(['default', 'raw']);

/** A fillable field of a form, section or PDF template. */
export const formField = looseObject({ key: z.string(), type: z.string() });

/** The `{totalResults, currentPage}` envelope of the PDF-template family's lists ("100" arrives as a string). */
export const pageEnvelope = { totalResults: intLike, currentPage: z.number().int().min(0) };

/** `{id}` answers of the creates. */
export const createdId = looseObject({ id: z.string() });

/** A temporary signed link to a document. */
export const documentLink = looseObject({ name: z.string(), url: z.string() });

/** `"34"` and `6123456789`: the phone as the sign and identification examples send it. */
export const msisdnInput = z.strictObject({
  phone_number: intLike.optional(),
  country_code: z.string().regex(/^\+?\d{1,4}$/, msg('expected a country calling code like "34"')).optional(),
});

export const identityDocumentInput = z.strictObject({
  document_number: z.string().min(1),
  document_type: z.string().min(1).describe('e.g. NIF, NIE, PASSPORT, IDENTITY_CARD'),
  country: z.string().regex(/^[A-Z]{2}$/, msg('expected an ISO 3166-1 alpha-2 country code like "ES"')).optional(),
});

/** Who signs or is identified (sign processes, contracts sign, identifications). */
export const personShape = {
  name: z.string().optional(),
  last_name: z.string().optional(),
  identity_document: identityDocumentInput.optional(),
  email: z.email().optional(),
  msisdn: msisdnInput.optional(),
  language: z.string().optional(),
};

export const twoFactorType = z.enum(['DOCUMENT_NUMBER', 'EMAIL']);
export const notificationChannel = z.enum(['SMS', 'EMAIL', 'WHATSAPP']);

/** "a reason must be provided" (agent, OTP and identity-document cancels). */
export const cancelReasonBody = z.strictObject({ reason: z.string().min(1).describe('why the process is cancelled') });

const MINUTE = 60;
const DAY = 86_400;
/** Sign processes: "Minimum 15 minutes. Default to 30 days. Max 30 days." */
export const signProcessExpiry = boundedDuration({ minSeconds: 15 * MINUTE, maxSeconds: 30 * DAY, message: msg('expected a duration between 15 minutes and 30 days (e.g. P7D)') });
/** Agent identifications and scorings: "minimum 1 minute, maximum 30 days". */
export const shortExpiry = boundedDuration({ minSeconds: MINUTE, maxSeconds: 30 * DAY, message: msg('expected a duration between 1 minute and 30 days (e.g. PT15M, P7D)') });
/** OTP and identity-document identifications: "Max 30 days". */
export const monthExpiry = boundedDuration({ maxSeconds: 30 * DAY, message: msg('expected a duration of at most 30 days (e.g. P7D)') });

export const timestamps = {
  creation_date: isoDateTime,
  modification_date: isoDateTime,
};

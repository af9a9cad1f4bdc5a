// Shared zod building blocks. Wire values stay as the API sends them (so "open as JSON" shows the
// truth); numbers that arrive as strings are parsed on purpose with `parseDecimal`.
import * as z from 'zod';
import { msg } from '../l10n';

/** "5.0", "62.233638", "-3.7": a decimal number sent as a string. */
export const decimalString = z.string().regex(/^-?\d+(\.\d+)?$/, msg('expected a decimal number in a string, like "5.0"'));

/** A decimal that some responses send as a string and others as a number. */
export const decimalLike = z.union([decimalString, z.number()]);

export { parseDecimal } from './values';

/** `dd/mm/yyyy` as the limits use it. */
export const ddmmyyyy = z.string().regex(/^\d{2}\/\d{2}\/\d{4}$/, msg('expected a date as dd/mm/yyyy'));
/** `yyyy-mm-dd`. */
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, msg('expected a date as yyyy-mm-dd'));
/** ISO 8601 timestamp as the APIs send them (`2025-01-01T12:00:00.000Z`). */
export const isoDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/, msg('expected an ISO 8601 date-time'));
/** ISO 8601 duration (`P1D`, `P1M`, `P1Y`, `PT12H`). */
export const isoDuration = z.string().regex(/^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$/, msg('expected an ISO 8601 duration like P1D, P1M or P1Y'));

const DURATION_PARTS = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;
const DURATION_UNIT_SECONDS = [365 * 86400, 30 * 86400, 7 * 86400, 86400, 3600, 60, 1] as const;

/** Seconds in an ISO 8601 duration (a year counts 365 days, a month 30); undefined if malformed. */
export function durationSeconds(value: string): number | undefined {
  const m = DURATION_PARTS.exec(value);
  if (!m || value === 'P' || value.endsWith('T')) return undefined;
  return DURATION_UNIT_SECONDS.reduce((sum, unit, i) => sum + Number(m[i + 1] ?? 0) * unit, 0);
}

/** An ISO 8601 duration within documented bounds ("minimum 15 minutes, max 30 days"); `message` says which. */
export function boundedDuration(bounds: { readonly minSeconds?: number; readonly maxSeconds?: number; readonly message: string }) {
  return isoDuration.refine((v) => {
    const s = durationSeconds(v);
    return s !== undefined && s >= (bounds.minSeconds ?? 0) && s <= (bounds.maxSeconds ?? Number.POSITIVE_INFINITY);
  }, bounds.message);
}

/** A whole number some APIs send as a string ("100"). */
export const intLike = z.union([z.number().int(), z.string().regex(/^\d+$/, msg('expected a whole number'))]);

/** `true`/`false`, or the same as a string as query strings and some examples send it. */
export const booleanLike = z.union([z.boolean(), z.enum(['true', 'false'])]);

/**
 * A file in the JSON form of a multipart body: the documents' placeholder strings, or
 * `{name, content}` (the part's filename and its text) for the runner and the sandbox.
 */
export const fileInput = z.union([z.string(), z.object({ name: z.string(), content: z.string() })]);

/** Objects keep unknown keys: APIs add fields and we must not drop data. */
export function looseObject<T extends z.ZodRawShape>(shape: T) {
  return z.looseObject(shape);
}

/** Marks a field as deprecated in its description; UI and lint read `deprecatedReplacement`. */
export function deprecated<T extends z.ZodType>(schema: T, replacement: string): T {
  return schema.describe(`deprecated: use ${replacement}`);
}

export function deprecatedReplacement(schema: z.ZodType): string | undefined {
  const d = schema.description;
  return d?.startsWith('deprecated: use ') ? d.slice('deprecated: use '.length) : undefined;
}

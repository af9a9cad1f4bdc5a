// Fill files by name and by the template they are for: the suffix, the members in scaffold order,
// and the `template` binding (./fillFile.ts holds the whole model and its checks). zod/mini and no
// models: the extension's activation bundle finds fill files and their templates with this alone.
import * as z from 'zod/mini';
import { isJsonObject } from '../json/canonical';
import { msg } from '../l10n';
import { EXTERNAL_ID_PATTERN } from '../models/values';

export const FILL_FILE_SUFFIX = '.mok-fill.json';

export interface TemplateRef {
  externalId: string;
  major: number;
  /** Pinned minor; undefined = the latest minor of the major (what the fill endpoint uses). */
  minor?: number;
  org?: string;
}

/** `template` of a fill file (the fill file model in ./fillFile.ts composes it). */
export const templateBinding = z.strictObject({
  external_id: z.string().check(z.regex(EXTERNAL_ID_PATTERN, msg('external_id may only contain lowercase letters, digits and underscores'))),
  major: z.number().check(z.int(), z.minimum(1)),
  minor: z.optional(z.number().check(z.int(), z.minimum(0))),
  org: z.optional(z.string().check(z.regex(/^[a-z0-9_-]+$/, msg('org is the tenant id, like "masmovil"')))),
});

/** The members of a fill file, in the order scaffolds write them. */
export const FILL_FILE_KEYS = ['template', 'language', 'document', 'fill_priority', 'fields_values'] as const;

/** A fill file by name, or a JSON object shaped like a fill request (`fields_values` plus request members). */
export function isFillDocument(value: unknown, fileName = ''): boolean {
  if (fileName.endsWith(FILL_FILE_SUFFIX)) return true;
  return isJsonObject(value) && 'fields_values' in value && ('template' in value || 'language' in value || 'document' in value);
}

/** The template a fill file names (undefined when `template` is missing or malformed). */
export function templateRefOf(value: unknown): TemplateRef | undefined {
  if (!isJsonObject(value)) return undefined;
  const parsed = templateBinding.safeParse(value['template']);
  if (!parsed.success) return undefined;
  const t = parsed.data;
  return { externalId: t.external_id, major: t.major, ...(t.minor !== undefined ? { minor: t.minor } : {}), ...(t.org !== undefined ? { org: t.org } : {}) };
}

/** `factura_mensual@1` or `factura_mensual@1.2` (a CLI argument) → a reference; undefined if malformed. */
export function parseTemplateRef(text: string): TemplateRef | undefined {
  const m = /^([a-z0-9_]+)@(\d+)(?:\.(\d+))?$/.exec(text.trim());
  if (!m?.[1] || !m[2]) return undefined;
  return { externalId: m[1], major: Number(m[2]), ...(m[3] !== undefined ? { minor: Number(m[3]) } : {}) };
}

/** "factura_mensual v1" / "factura_mensual v1.2". */
export function templateRefWords(ref: TemplateRef): string {
  return `${ref.externalId} v${ref.major}${ref.minor !== undefined ? `.${ref.minor}` : ''}`;
}


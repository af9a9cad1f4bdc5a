// Zod models of the Documents API's dynamic templates and fill processes (Documents API document,
// DynamicTemplates). Field names follow the document's examples exactly. Request models are
// strict about what the API documents (so scaffolds and the sandbox reject what the real API
// rejects); response models keep unknown keys because the API adds fields and we must not drop
// data.
import * as z from 'zod';
import { fileInput, isoDateTime, looseObject } from './common';
import { EXTERNAL_ID_PATTERN, MAX_TEMPLATE_TAGS, fillPriorities, templateLanguages } from './values';

export { EXTERNAL_ID_PATTERN, MAX_TEMPLATE_TAGS, fillPriorities, parseTemplateVersion, templateLanguages } from './values';

export const templateLanguage = z.enum(templateLanguages);
export type TemplateLanguage = z.infer<typeof templateLanguage>;

export const externalId = z
  .string()
  .min(1, 'external_id must not be empty')
  .regex(EXTERNAL_ID_PATTERN, 'external_id may only contain lowercase letters, digits and underscores');

/** Free user tags: at most 5, no duplicates. */
export const templateTags = z
  .array(z.string())
  .max(MAX_TEMPLATE_TAGS, `a template may have at most ${MAX_TEMPLATE_TAGS} tags`)
  .refine((tags) => new Set(tags).size === tags.length, 'tags must be unique');

/** `"1.0"`, `"2.7"`: major.minor as the API sends it. */
export const templateVersion = z.string().regex(/^\d+\.\d+$/, 'expected a version like "1.0"');

/** A template `structure`: a JSON Schema 2020-12 document, kept as-is. */
export const templateStructure = z.record(z.string(), z.unknown());
export type TemplateStructure = z.infer<typeof templateStructure>;

// ---------------------------------------------------------------------------------------------
// Responses

/** One template version as list/create/new-minor/new-major return it. */
export const templateSummary = looseObject({
  external_id: z.string(),
  description: z.string(),
  version: templateVersion,
  default_language: z.string(),
  languages: z.array(z.string()),
  // The list example omits tags; the detail examples include them.
  tags: z.array(z.string()).optional(),
  creation_date: isoDateTime,
});
export type TemplateSummary = z.infer<typeof templateSummary>;

export const templateListPage = looseObject({
  page: z.number().int().min(0),
  page_size: z.number().int().min(1),
  templates: z.array(templateSummary),
});
export type TemplateListPage = z.infer<typeof templateListPage>;

export const templateSourceLocation = looseObject({
  language: z.string(),
  template_url: z.string(),
  editor_config_url: z.string(),
  engine_version: z.string(),
});
export type TemplateSourceLocation = z.infer<typeof templateSourceLocation>;

/** One minor version with its schema and where to download its sources (its table marks `tags` required). */
export const templateVersionDetail = looseObject({
  ...templateSummary.shape,
  tags: z.array(z.string()),
  structure: templateStructure,
  sources: z.array(templateSourceLocation),
});
export type TemplateVersionDetail = z.infer<typeof templateVersionDetail>;

/** Minors of one major, newest first. */
export const templateVersionList = looseObject({
  templates: z.array(templateVersionDetail).min(1),
});
export type TemplateVersionList = z.infer<typeof templateVersionList>;

export const changelogEntry = looseObject({
  // Entries are version transitions; the items table is collapsed, so `from_version` stays lenient.
  from_version: z.string().nullable().optional(),
  to_version: z.string(),
  on_date: isoDateTime,
  changelog: z.string(),
  subject: z.string().optional(),
});
export type ChangelogEntry = z.infer<typeof changelogEntry>;

export const templateChangelog = looseObject({
  changelog_history: z.array(changelogEntry),
});
export type TemplateChangelog = z.infer<typeof templateChangelog>;

export const fillAccepted = looseObject({
  fill_process_id: z.string(),
});
export type FillAccepted = z.infer<typeof fillAccepted>;

export const fillStatuses = ['CREATED', 'PROCESSING', 'COMPLETED', 'FAILED'] as const;
export const fillStatus = z.enum(fillStatuses);
export type FillStatus = z.infer<typeof fillStatus>;

export const fillProcess = looseObject({
  fill_process_id: z.string(),
  status: fillStatus,
  filled_document_id: z.string().optional(),
  creation_date: isoDateTime,
  finish_date: isoDateTime.optional(),
  template: looseObject({
    external_id: z.string(),
    major_version: z.number().int(),
    minor_version: z.number().int(),
  }),
  error: looseObject({ message: z.string() }).optional(),
});
export type FillProcess = z.infer<typeof fillProcess>;

export const mdocErrorItem = looseObject({
  code: z.string(),
  title: z.string().optional(),
  ref: z.string().optional(),
  details: z.string().optional(),
});
export type MdocErrorItem = z.infer<typeof mdocErrorItem>;

export const mdocErrorBody = looseObject({
  errors: z.array(mdocErrorItem),
});
export type MdocErrorBody = z.infer<typeof mdocErrorBody>;

// ---------------------------------------------------------------------------------------------
// Requests

/** One language of a template as the create/new-version metadata describes it. */
export const templateSourceInput = z.object({
  language: templateLanguage,
  /** Name of the multipart part holding the HBS file. */
  template_part_name: z.string(),
  /** Name of the multipart part holding the editor config JSON. */
  editor_config_part_name: z.string(),
  structure: templateStructure,
  engine_version: z.string(),
});
export type TemplateSourceInput = z.infer<typeof templateSourceInput>;

export const createTemplateMetadata = z.object({
  external_id: externalId,
  description: z.string(),
  default_language: templateLanguage,
  tags: templateTags.optional(),
  sources: z.array(templateSourceInput).min(1, 'at least one source is required'),
});
export type CreateTemplateMetadata = z.infer<typeof createTemplateMetadata>;

/**
 * Files travel as multipart parts in the real API. As JSON (runner, sandbox) `files` may hold the
 * seed's placeholder strings or `{name, content}` objects matched against the `*_part_name`s.
 */
export const templateFileInput = fileInput;
export type TemplateFileInput = z.infer<typeof templateFileInput>;

export const createTemplateBody = z.object({
  metadata: createTemplateMetadata,
  files: z.array(templateFileInput).optional(),
});
export type CreateTemplateBody = z.infer<typeof createTemplateBody>;

export const newMinorMetadata = z.object({
  description: z.string().optional(),
  /** Changing it is a breaking change: the API answers 409. */
  default_language: templateLanguage.optional(),
  tags: templateTags.optional(),
  sources: z.array(templateSourceInput).min(1, 'at least one source is required'),
  changelog: z.string(),
});
export const newMinorBody = z.object({
  metadata: newMinorMetadata,
  files: z.array(templateFileInput).optional(),
});
export type NewMinorBody = z.infer<typeof newMinorBody>;

export const newMajorMetadata = z.object({
  description: z.string(),
  default_language: templateLanguage,
  tags: templateTags.optional(),
  sources: z.array(templateSourceInput).min(1, 'at least one source is required'),
  changelog: z.string(),
});
export const newMajorBody = z.object({
  metadata: newMajorMetadata,
  files: z.array(templateFileInput).optional(),
});
export type NewMajorBody = z.infer<typeof newMajorBody>;

export const fillPriority = z.enum(fillPriorities);

export const fillRequest = z.object({
  language: templateLanguage,
  document: z.object({
    name: z.string().min(1, 'document.name must not be empty'),
    tags: z.array(z.string()).optional(),
  }),
  /** Checked against the template version's `structure` (src/core/validation), not here. */
  fields_values: z.record(z.string(), z.unknown()),
  fill_priority: fillPriority.optional(),
});
export type FillRequest = z.infer<typeof fillRequest>;

/** The tag the API adds to every filled document: `{templateExternalId}-v{templateVersion}`. */
export function templateDocumentTag(externalIdValue: string, version: string): string {
  return `${externalIdValue}-v${version}`;
}


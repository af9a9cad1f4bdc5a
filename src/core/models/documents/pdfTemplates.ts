// Zod models of the Documents API's PDF templates (Documents API, Templates): ordered sections with
// fill rules, versioned, filled into a PDF or into a stored document.
import * as z from 'zod';
import { msg } from '../../l10n';
import { isoDateTime, looseObject } from '../common';
import { templateLanguage } from '../documents';
import { documentTags, fieldValue, fillMode, formField, noSpaceName, pageEnvelope } from './shared';

/** `FLAG:VALUE`, matched against the fill's `flagsConditions`. */
export const flagCondition = z.string().regex(/^[^:\s]+:[^:\s]+$/, msg('expected a condition like "GDPR:YES"'));

/**
 * A section's fill rule. The create, update and response examples name the section
 * `sectionExternalId`; the new-version example names it `sectionId`: both are accepted.
 */
export const pdfTemplateRuleInput = z.union([
  z.strictObject({ sectionExternalId: z.string().min(1), condition: flagCondition }),
  z.strictObject({ sectionId: z.string().min(1), condition: flagCondition }),
]);

const orderedSectionNames = z.array(z.string().min(1)).min(1).describe('Section external ids, in the order they are concatenated when filled.');

export const createPdfTemplateBody = z.strictObject({
  templateName: z.string().min(1).describe('Name of the template (normalised into its external id).'),
  defaultLanguage: templateLanguage,
  orderedSectionNames,
  rules: z.array(pdfTemplateRuleInput).optional().describe('Conditions the fill flags must match for a section to be filled.'),
});

export const newPdfTemplateVersionBody = z.strictObject({
  defaultLanguage: templateLanguage,
  orderedSectionNames,
  rules: z.array(pdfTemplateRuleInput).optional(),
  changelog: z.string().optional(),
});

/** A non-breaking update of a version: everything optional. */
export const updatePdfTemplateVersionBody = newPdfTemplateVersionBody.partial();

export const pdfTemplate = looseObject({
  externalId: z.string(),
  /** The higher version of the template, "1.0". */
  version: z.string(),
  defaultLanguage: z.string(),
  languages: z.array(z.string()).min(1),
  orderedSectionNames: z.array(z.string()),
  fields: z.array(formField),
  rules: z.array(looseObject({ sectionExternalId: z.string().optional(), sectionId: z.string().optional(), condition: z.string() })).optional(),
  creationDate: isoDateTime,
});

export const pdfTemplateList = looseObject({ ...pageEnvelope, templates: z.array(pdfTemplate) });

/** A version's metadata; with `include=history` also the previous minors of the major. */
export const pdfTemplateVersions = looseObject({ templates: z.array(pdfTemplate).optional() });

export const pdfTemplateChangelog = looseObject({
  changelogHistory: z.array(
    looseObject({
      fromVersion: z.string().optional(),
      toVersion: z.string(),
      onDate: isoDateTime,
      changelog: z.string(),
    }),
  ),
});

const fillShape = {
  language: templateLanguage,
  flagsConditions: z.array(flagCondition).optional().describe('Conditions that switch sections of the template on.'),
  fieldsValues: z.array(fieldValue).describe('Values printed into the template fields.'),
  fillMode: fillMode.optional(),
};

export const fillPdfTemplateBody = z.strictObject(fillShape);

export const fillPdfTemplateDocumentBody = z.strictObject({
  ...fillShape,
  name: noSpaceName.optional().describe('Name of the stored document (without spaces).'),
  tags: documentTags.optional(),
  flatten: z.boolean().optional().describe('Flatten the filled PDF (default true).'),
});

export const filledPdfDocument = looseObject({
  documentId: z.string(),
  /** Template keys whose name changed from the original template. */
  renamedKeys: z.array(looseObject({ currentName: z.string(), originalName: z.string() })),
});

// Zod models of the Documents API's PDF forms and sections (Documents API, Forms; Sections):
// forms are PDFs with fillable fields, sections group one form per language.
import * as z from 'zod';
import { msg } from '../../l10n';
import { fileInput, isoDateTime, looseObject } from '../common';
import { templateLanguage } from '../documents';
import { documentTags, fieldValue, fillMode, formField, noSpaceName, pageEnvelope } from './shared';

/** The text fields of a form upload. */
export const createFormFields = z.strictObject({
  name: noSpaceName.describe('Name of the form (without spaces); normalised into its external id.'),
  extension: z.literal('pdf').describe('Forms are PDFs.'),
  tags: documentTags.optional().describe('Up to 5 free tags (upper-cased, whitespace removed).'),
});

export const createFormBody = z.strictObject({
  ...createFormFields.shape,
  content: fileInput.optional().describe('The PDF form (a multipart file part on the wire).'),
});

export const form = looseObject({
  id: z.string(),
  externalId: z.string(),
  fields: z.array(formField),
  tags: z.array(z.string()).optional(),
  creationDate: isoDateTime,
});

export const formList = looseObject({ ...pageEnvelope, forms: z.array(form) });

export const fillFormBody = z.strictObject({
  fieldsValues: z.array(fieldValue).describe('Values printed into the form fields.'),
  fillMode: fillMode.optional(),
});

export const sectionFormInput = z.strictObject({
  language: templateLanguage,
  formExternalId: z.string().min(1),
});

export const createSectionBody = z.strictObject({
  sectionName: z.string().min(1).describe('Name of the section (normalised into its external id).'),
  forms: z.array(sectionFormInput).min(1, msg('a section needs at least one form')).describe('Which form serves each language.'),
});

export const section = looseObject({
  externalId: z.string(),
  forms: z.array(looseObject({ language: z.string(), formExternalId: z.string() })),
  fields: z.array(formField),
  creationDate: isoDateTime,
});

export const sectionList = looseObject({ ...pageEnvelope, sections: z.array(section) });

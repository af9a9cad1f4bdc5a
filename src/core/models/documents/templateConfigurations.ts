// Zod models of the Documents API's tenant template configurations (Documents API, Templates
// Configuration): versioned default field values per language, and the images (logos) templates use.
import * as z from 'zod';
import { msg } from '../../l10n';
import { fileInput, isoDateTime, looseObject } from '../common';
import { templateLanguage } from '../documents';
import { noSpaceName, pageEnvelope } from './shared';

export const configurationDocumentExtension = z.enum(['jpeg', 'jpg', 'png']);

export const uploadConfigurationDocumentFields = z.strictObject({
  name: noSpaceName.describe('Name of the image (without spaces).'),
  extension: configurationDocumentExtension.describe('Format of the image; it must match the binary.'),
});

export const uploadConfigurationDocumentBody = z.strictObject({
  ...uploadConfigurationDocumentFields.shape,
  content: fileInput.optional().describe('The image (a multipart file part on the wire).'),
});

export const configurationDocumentList = looseObject({
  ...pageEnvelope,
  items: z.array(looseObject({ id: z.string(), name: z.string(), extension: z.string(), creationDate: isoDateTime })),
});

const configurationFieldValue = z.strictObject({
  name: z.string().min(1).describe('Configuration field, e.g. CONFIG_TENANT.SOCIAL_REASON.'),
  type: z.string().min(1).describe('Kind of value, e.g. TEXT.'),
  value: z.array(z.strictObject({ language: templateLanguage, content: z.string() })).describe('The value in each language.'),
});

export const createTemplateConfigurationBody = z.strictObject({
  changelog: z.string().optional().describe('What changed in this configuration version.'),
  defaultLanguage: templateLanguage,
  fieldValues: z
    .array(configurationFieldValue)
    .min(1)
    .refine((items) => new Set(items.map((i) => JSON.stringify(i))).size === items.length, msg('fieldValues must not repeat an item')),
});

export const templateConfigurationCreated = looseObject({ version: z.number().int().min(1) });

export const templateConfigurationList = looseObject({
  ...pageEnvelope,
  configurations: z.array(looseObject({ version: z.number().int(), changelog: z.string().optional(), creationDate: isoDateTime })),
});

export const templateConfiguration = looseObject({
  defaultLanguage: z.string(),
  fieldValues: z.array(
    looseObject({
      name: z.string(),
      type: z.string(),
      value: z.array(looseObject({ language: z.string(), content: z.string() })),
    }),
  ),
});

// Zod models of the Documents API's contracts (Documents API, Contracts): a PDF template filled
// into a contract with an owner, and sign processes over several contracts.
import * as z from 'zod';
import { msg } from '../../l10n';
import { looseObject } from '../common';
import { templateLanguage } from '../documents';
import { flagCondition } from './pdfTemplates';
import { documentTags, fieldValue, noSpaceName, personShape } from './shared';

export const documentContract = looseObject({
  signed_document_id: z.string().optional(),
  filled_document_id: z.string().optional(),
  /** The sign process in which the contract was signed. */
  sign_process_id: z.string().optional(),
});

/** 1..32767; the document's example sends it as the string "1". */
const templateVersionNumber = z.union([
  z.number().int().min(1).max(32_767),
  z.string().regex(/^[1-9]\d{0,4}$/, msg('expected a template version number')).refine((v) => Number(v) <= 32_767, msg('template versions go up to 32767')),
]);

export const fillContractBody = z.strictObject({
  template_external_id: z.string().min(1).describe('External id of the PDF template.'),
  template_version: templateVersionNumber.describe('Major version of the template.'),
  language: templateLanguage,
  flags_conditions: z.array(flagCondition).optional().describe('Conditions that switch sections of the template on.'),
  fields_values: z.array(fieldValue).describe('Values printed into the template fields.'),
  name: noSpaceName.optional().describe('Name of the filled document (without spaces).'),
  tags: documentTags.optional().describe('Up to 5 free tags (lower-cased, whitespace removed).'),
});

export const contractFilled = looseObject({ contract_id: z.string(), document_id: z.string() });

export const changeContractOwnerBody = z.strictObject({ new_owner: z.string().min(1).describe('The new owner (the API normalises it to lower case).') });

export const contractOwnerChanged = looseObject({ owner: z.string() });

export const signContractsBody = z.strictObject({
  sign_type: z.enum(['ONSITE', 'ONLINE']).describe('Whether the contracts are signed on site or online.'),
  signers: z
    .array(
      z.strictObject({
        alias: z.string().min(1),
        ...personShape,
        identification_options: z.strictObject({ personal_document_evidence: z.boolean().optional() }).optional(),
      }),
    )
    .min(1),
  contracts: z.array(z.strictObject({ contract_id: z.string().min(1) })).min(1).describe('The contracts to sign.'),
  additional_options: z.strictObject({ preview_documents: z.array(z.string()).optional() }).optional(),
});

export const contractsSignProcessCreated = looseObject({ sign_process_id: z.string() });

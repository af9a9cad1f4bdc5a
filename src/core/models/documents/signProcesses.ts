// Zod models of the Documents API's digital sign processes, their tenant configuration, the
// biometric and simple signatures of each signer, and the web-component token (Documents API,
// Sign Process; Sign Configuration; Biometric Signature; Simple Signature; Securize).
import * as z from 'zod';
import { msg } from '../../l10n';
import { fileInput, isoDateTime, isoDuration, looseObject } from '../common';
import { documentLink, notificationChannel, personShape, signProcessExpiry, timestamps, twoFactorType } from './shared';

export const signTypes = ['SIMPLE', 'BIOMETRIC'] as const;
export const signType = z.enum(signTypes);

/** CREATED → SIGNED | FAILED | CANCELLED | EXPIRED; CERTIFIED once the certificate PDF exists. */
export const signProcessStatuses = ['CREATED', 'SIGNED', 'FAILED', 'CANCELLED', 'EXPIRED', 'CERTIFIED'] as const;
export const signProcessStatus = z.enum(signProcessStatuses);

const signer = z.strictObject({
  alias: z.string().min(1).describe('How sign_fields refer to this signer.'),
  ...personShape,
  identification: z.strictObject({ two_factor_type: twoFactorType.optional() }).optional(),
});

export const createSignProcessBody = z.strictObject({
  signers: z.array(signer).min(1),
  sign: z.strictObject({
    type: signType,
    documents: z
      .array(
        z.strictObject({
          id: z.string().min(1).describe('Stored document to sign.'),
          owner: z.string().optional().describe('Owner of the stored document.'),
          // The example sends nulls here and the document describes neither.
          sign_fields: z.array(z.strictObject({ signer: z.string().nullable().optional(), fields: z.unknown().optional() })).optional(),
        }),
      )
      .min(1),
    preview_documents: z.array(z.string()).optional().describe('Stored documents shown before signing.'),
  }),
  identification: z.strictObject({ type: z.string().min(1).describe('e.g. AGENT, OTP, IDENTITY_DOCUMENT') }),
  expires_in: signProcessExpiry.optional().describe('Validity from now (ISO 8601): at least PT15M, at most and by default P30D.'),
});

export const signProcess = looseObject({
  signatures: z.array(
    looseObject({
      alias: z.string().optional(),
      name: z.string().optional(),
      last_name: z.string().optional(),
      language: z.string().optional(),
      document_number: z.string().optional(),
      sign: looseObject({ id: z.string(), status: z.string(), modification_date: isoDateTime.optional() }).optional(),
      identification: looseObject({ id: z.string(), type: z.string() }).optional(),
    }),
  ),
  status: signProcessStatus,
  sign_type: signType,
  ...timestamps,
  /** Document id of the sign process certificate. */
  certificate_id: z.string().optional(),
});

export const cancelSignProcessBody = z.strictObject({ reason: z.string().min(1).describe('Why the signature is cancelled.') });

/** One signer's biometric or simple signature. */
export const signature = looseObject({
  signer: looseObject({
    alias: z.string().optional(),
    name: z.string().optional(),
    last_name: z.string().optional(),
    document_number: z.string().optional(),
    language: z.string().optional(),
  }),
  preview_documents: z.array(documentLink).optional(),
  signable_documents: z.array(documentLink),
  signed_documents: z.array(documentLink).optional(),
  status: signProcessStatus,
  identification: looseObject({ id: z.string(), type: z.string() }).optional(),
  ...timestamps,
});

const KB = 1024;
export const biometricSignBody = z.strictObject({
  biometric_data: z.string().min(1).max(300 * KB, msg('biometric_data may be at most 300 KB')).describe("Biometric data of the signatory's handwritten signature."),
  signature_image: z.string().min(1).max(500 * KB, msg('signature_image may be at most 500 KB')).describe('The signature image, base64.'),
});

export const signConfiguration = looseObject({
  landing_url: z.string().optional(),
  expiration_duration: z.string().optional(),
  channels: z.array(z.string()).optional(),
  certificate: looseObject({
    expiration_date: isoDateTime.optional(),
    common_name: z.string().optional(),
    organization: z.string().optional(),
    organizational_unit: z.string().optional(),
    issuer: z.string().optional(),
  }).optional(),
  notification_email: z.string().optional(),
  identification_config: looseObject({
    identity_document: looseObject({ providers: z.array(looseObject({ sign_type: z.string(), provider_type: z.string() })) }).optional(),
  }).optional(),
});

/** The text fields of a sign configuration (multipart, with the .p12 certificate as a file). */
export const signConfigurationFields = z.strictObject({
  landing_url: z.string().min(1).describe('URL of the sign landing page.'),
  expiration_duration: isoDuration.describe('Validity of any sign process of the tenant (ISO 8601).'),
  channels: z.array(notificationChannel).min(1).describe('Notification channels: SMS, EMAIL, WHATSAPP.'),
  sign_certificate_password: z.string().min(1).describe('Password of the PKCS#12 certificate.'),
  notification_email: z.email().describe('Where certificate-expiry notices go.'),
  identification_config: z.string().optional().describe('JSON array of scoring provider configurations per sign type, as text.'),
});

export const createSignConfigurationBody = z.strictObject({
  ...signConfigurationFields.shape,
  content: fileInput.optional().describe('The PKCS#12 (.p12) certificate (a multipart file part on the wire).'),
});

export const updateSignConfigurationFields = signConfigurationFields.partial();
export const updateSignConfigurationBody = createSignConfigurationBody.partial();

export const securizeBody = z.strictObject({ sign_process_id: z.string().min(1) });
export const securizedToken = looseObject({ web_component_token: z.string() });

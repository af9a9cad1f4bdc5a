// Zod models of the Documents API's identifications (Documents API, Identification Agent, OTP,
// with identity document, Chain, and their Admin sections): how an actor proves who they are
// before signing, alone or as an ordered chain of steps.
import * as z from 'zod';
import { msg } from '../../l10n';
import { booleanLike, isoDateTime, isoDuration, looseObject } from '../common';
import { identityDocumentInput, monthExpiry, notificationChannel, personShape, shortExpiry, timestamps, twoFactorType } from './shared';

/**
 * CREATED → VALIDATED (OTP solved, agent approved) → SUCCEEDED (closed); or EXPIRED, CANCELLED,
 * FAILED.
 */
export const identificationStates = ['CREATED', 'VALIDATED', 'EXPIRED', 'CANCELLED', 'SUCCEEDED', 'FAILED'] as const;
export const identificationState = z.enum(identificationStates);

const actorInput = z.strictObject(personShape);

const actorSummary = looseObject({
  name: z.string().optional(),
  last_name: z.string().optional(),
  language: z.string().optional(),
  document_type: z.string().optional(),
});

// ---- agent -----------------------------------------------------------------------------------

export const createAgentIdentificationBody = z.strictObject({
  actor: z.strictObject({ ...personShape, identity_document: identityDocumentInput }).describe('The identity document is mandatory for agent identifications.'),
  expires_in: shortExpiry.describe('Validity from now (ISO 8601), 1 minute to 30 days.'),
});

export const validateAgentIdentificationBody = z.strictObject({
  agent: z.string().min(1).describe('The shop agent validating this identification.'),
  evidence: z.string().optional().describe('Image of a personal document (PNG), base64.'),
  evidence_metadata: z
    .string()
    .refine((text) => {
      try {
        JSON.parse(text);
        return true;
      } catch {
        return false;
      }
    }, msg('evidence_metadata must be JSON text'))
    .optional()
    .describe('OCR metadata of the evidence, as JSON text.'),
});

export const agentIdentification = looseObject({
  actor: actorSummary,
  agent_id: z.string().optional(),
  creation_date: isoDateTime,
  modification_date: isoDateTime.optional(),
  expiration_date: isoDateTime,
  state: identificationState,
});

// ---- OTP -------------------------------------------------------------------------------------

const otpChannel = z.strictObject({
  type: notificationChannel,
  /** Whether the caller sends the code itself ("true" in one example, false in another). */
  external: booleanLike.optional(),
});

export const createOtpIdentificationBody = z.strictObject({
  actor: actorInput,
  expires_in: monthExpiry.describe('Validity from now (ISO 8601), at most and by default P30D.'),
  two_factor_type: twoFactorType.optional().describe('DOCUMENT_NUMBER: the actor proves their document number; EMAIL: their email.'),
  channel: otpChannel,
});

export const otpIdentification = looseObject({
  actor: actorSummary,
  ...timestamps,
  expiration_date: isoDateTime,
  remaining_challenges: z.number().int().min(0),
  /** Null while no challenge code was requested. */
  remaining_validation_attempts: z.number().int().min(0).nullable(),
  /** Null when no challenge is left. */
  next_challenge_retry: isoDateTime.nullable().optional(),
  two_factor_type: z.string().optional(),
  state: identificationState,
});

export const validateOtpBody = z.strictObject({
  code: z.string().min(1).describe('The challenge code the actor received.'),
  two_factor: z.string().optional().describe('National id, passport number or email, per two_factor_type.'),
});

export const otpChallengeBody = z.strictObject({
  two_factor: z.string().optional().describe("DOCUMENT_NUMBER: the actor's id or passport number; EMAIL: their email address."),
});

export const otpChallenge = looseObject({ two_factor_value: z.string() });

// ---- identity document ------------------------------------------------------------------------

export const createIdentityDocumentIdentificationBody = z.strictObject({
  actor: actorInput.optional(),
  name: z.string().optional(),
  last_name: z.string().optional(),
  identity_document: identityDocumentInput.optional(),
  configuration_name: z.enum(['LOW', 'MEDIUM', 'HIGH']).optional(),
  expires_in: monthExpiry.optional().describe('Validity from now (ISO 8601), at most and by default P30D.'),
  scoring: z.strictObject({ provider: z.string().min(1).describe('e.g. INTERNAL') }).optional(),
});

export const identityDocumentIdentificationCreated = looseObject({ id: z.string(), scoring_id: z.string() });

export const identityDocumentIdentification = looseObject({
  actor: looseObject({
    name: z.string().optional(),
    last_name: z.string().optional(),
    identity_document: looseObject({ document_number: z.string(), document_type: z.string(), country: z.string().optional() }).optional(),
  }),
  state: identificationState,
  remaining_validation_attempts: z.number().int().min(0),
  ...timestamps,
  expiration_date: isoDateTime,
  scoring_id: z.string().optional(),
});

// ---- chain -----------------------------------------------------------------------------------

const chainStep = z.discriminatedUnion('identification_type', [
  z.strictObject({
    identification_type: z.literal('OTP'),
    otp_step: z.strictObject({ two_factor_type: twoFactorType.optional(), channel: otpChannel.optional() }).optional(),
  }),
  z.strictObject({ identification_type: z.literal('AGENT') }),
  z.strictObject({
    identification_type: z.literal('IDENTITY_DOCUMENT'),
    identity_document_step: z.strictObject({ provider_type: z.enum(['INTERNAL', 'EXTERNAL']).optional() }).optional(),
  }),
]);

export const createChainIdentificationBody = z.strictObject({
  actor: actorInput,
  expires_in: isoDuration.describe('Validity from now (ISO 8601).'),
  sequence: z
    .array(chainStep)
    .min(1)
    .max(10)
    .refine((steps) => new Set(steps.map((s) => s.identification_type)).size === steps.length, msg('each identification step may appear once'))
    .describe('The identification steps, in order, each at most once.'),
});

export const chainStatuses = ['CREATED', 'VALIDATED', 'SUCCEEDED', 'FAILED', 'EXPIRED', 'CANCELLED'] as const;

export const chainIdentification = looseObject({
  status: z.enum(chainStatuses).optional(),
  step_details: z.array(looseObject({ type: z.string(), id: z.string(), status: z.string(), modification_date: isoDateTime.optional() })),
  ...timestamps,
  expiry_from_creation: isoDuration,
  /** Only when FAILED or EXPIRED. */
  failure_reason: z.string().nullable().optional(),
});

export const cancelChainBody = z.strictObject({ reason: z.string().optional().describe('Why the process is cancelled (optional).') });

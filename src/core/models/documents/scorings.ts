// Zod models of the Documents API's identity-document scorings (Documents API, Scoring): a session
// that receives document images, scores them (here or at an external provider) and keeps attempts.
import * as z from 'zod';
import { msg } from '../../l10n';
import { fileInput, isoDateTime, looseObject, deprecated } from '../common';
import { shortExpiry } from './shared';

export const scoringStates = ['CREATED', 'SCORED', 'SUCCEEDED', 'FAILED', 'EXPIRED'] as const;

const scoredDocument = { type: z.string(), country: z.string() };

export const createScoringBody = z.strictObject({
  document: z.strictObject({
    type: z.string().min(1).describe('Document classification, e.g. IDENTITY_CARD.'),
    country: z.string().regex(/^[A-Z]{2}$/, msg('expected an ISO 3166-1 alpha-2 country code like "ES"')).describe('Issuing country.'),
  }),
  provider: z.string().min(1).describe('Verification provider, e.g. GOOGLE, VERIDAS.'),
  expires_in: shortExpiry.describe('How long the session stays open (ISO 8601), 1 minute to 30 days.'),
  max_score_retries: z.number().int().min(1).optional().describe('Scoring attempts allowed (default 5).'),
});

export const scoringCreated = looseObject({ id: z.string().optional() });

const captures = looseObject({ front: z.string().optional(), back: z.string().optional() });

export const scoringCaptures = looseObject({
  document: looseObject({ ...scoredDocument, captures: captures.optional() }),
});

const nullableText = z.string().nullable().optional();

const scoreResult = looseObject({
  global_score: z.number().optional(),
  extracted_values: z.record(z.string(), z.unknown()).optional(),
  scored_date: isoDateTime.optional(),
  trace_metadata: looseObject({
    browser_user_agent: nullableText,
    ip_address: nullableText,
    browser_installation_id: nullableText,
    device_location: nullableText,
    device_finger_print: nullableText,
  }).optional(),
  // The attempts example lists a null score.
  scores: z.array(looseObject({ score_type: z.string(), is_fraud: z.boolean(), score: z.number() }).nullable()).optional(),
});

export const scoring = looseObject({
  creation_date: isoDateTime.optional(),
  modification_date: isoDateTime.optional(),
  expiration_date: isoDateTime.optional(),
  total_score_attempts: z.number().int().optional(),
  remaining_score_attempts: z.number().int().optional(),
  remaining_delegate_attempts: deprecated(z.number().int().optional(), 'remaining_score_attempts'),
  state: z.enum(scoringStates).optional(),
  document: looseObject(scoredDocument).optional(),
  score_result: scoreResult.optional(),
  provider: z.string().optional(),
});

/** The JSON form of the images upload: front and/or back. */
export const scoreImagesBody = z
  .strictObject({
    front: fileInput.optional().describe('Image of the front side (a multipart file part on the wire).'),
    back: fileInput.optional().describe('Image of the back side (a multipart file part on the wire).'),
  })
  .refine((b) => b.front !== undefined || b.back !== undefined, msg('send the front and/or the back image'));

export const delegateScoringBody = z.strictObject({ provider_config: z.string().optional().describe('Provider-specific configuration, as JSON text.') });

export const scoringDelegated = looseObject({
  provider_id: z.string().optional(),
  access_token: z.string().optional(),
  provider: z.string().optional(),
});

export const scoringAttempts = looseObject({
  attempts: z
    .array(
      looseObject({
        attempt_number: z.number().int().min(1),
        creation_date: isoDateTime,
        provider_id: z.string().optional(),
        score_result: scoreResult.optional(),
        fail_reason: z.string().optional(),
        captures: captures.optional(),
      }),
    )
    .optional(),
});

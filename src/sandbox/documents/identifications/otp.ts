// OTP identifications (Documents API document, "Identification OTP" and its Admin section): the
// actor asks for a challenge code (sent out of band — the sandbox shows it at
// GET /__sandbox/documents/otp/{id}), then validates it with the two-factor value (document number
// or email). Codes are limited (3 challenges, 3 attempts each, 30 s between challenges); a wrong
// code or two-factor value answers 403, a code asked for too early 412, an expired process 410.
import { createOtpIdentificationBody, otpChallengeBody, validateOtpBody } from '../../../core/models/documents/identifications';
import { booleanLike } from '../../../core/models/common';
import { mdocError } from '../../errors';
import type { Handler } from '../../types';
import { apiTimestamp, durationMs } from '../clock';
import { clockOf, conflict, gone, orgOf, wrongState, type DocumentsContext, withBody } from '../context';
import { identificationState, OTP_RULES, otpCode, type OtpIdentification } from '../state/identifications';
import { actorFrom, dates, identificationOf, lifecycleHandlers, validated } from './shared';

/** What the two-factor value must be, per `two_factor_type`. */
export function expectedTwoFactor(i: OtpIdentification): string | undefined {
  return i.twoFactorType === 'EMAIL' ? i.actor.email : i.twoFactorType === 'DOCUMENT_NUMBER' ? i.actor.document_number : undefined;
}

function sameValue(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

export function newOtpIdentification(id: string, input: { actor: OtpIdentification['actor']; twoFactorType?: OtpIdentification['twoFactorType']; channel?: { type: string; external?: boolean | 'true' | 'false' } }, stamp: string, expiresAtMs: number, chainId?: string): OtpIdentification {
  const external = input.channel?.external;
  return {
    kind: 'OTP',
    id,
    actor: input.actor,
    state: 'CREATED',
    createdAt: stamp,
    modifiedAt: stamp,
    expiresAtMs,
    ...(input.twoFactorType ? { twoFactorType: input.twoFactorType } : {}),
    channel: { type: input.channel?.type ?? 'SMS', external: external === true || external === 'true' },
    remainingChallenges: OTP_RULES.challenges,
    remainingValidationAttempts: null,
    nextChallengeAtMs: null,
    ...(chainId ? { chainId } : {}),
  };
}

export function otpIdentificationHandlers(ctx: DocumentsContext) {
  const create: Handler = (req) => {
    const input = withBody(orgOf(ctx, req), createOtpIdentificationBody, req);
    if (!input.ok) return input.response;
    const { target: org, body } = input.value;
    const { stamp, ms } = clockOf(ctx);
    const id = ctx.store.newId();
    const channel = { type: body.channel.type, external: booleanLike.parse(body.channel.external ?? false) };
    org.otpIdentifications.set(id, newOtpIdentification(id, { actor: actorFrom(body.actor), twoFactorType: body.two_factor_type, channel }, stamp, ms + durationMs(body.expires_in, 'P30D')));
    return { status: 201, body: { id } };
  };

  const get: Handler = (req) => {
    const found = identificationOf(ctx, req, 'OTP');
    if (!found.ok) return found.response;
    const i = found.value.record;
    return {
      status: 200,
      body: {
        actor: { name: i.actor.name, language: i.actor.language, document_type: i.actor.document_type },
        ...dates(i),
        remaining_challenges: i.remainingChallenges,
        remaining_validation_attempts: i.remainingValidationAttempts,
        next_challenge_retry: i.nextChallengeAtMs === null ? null : apiTimestamp(i.nextChallengeAtMs),
        ...(i.twoFactorType ? { two_factor_type: i.twoFactorType } : {}),
        state: identificationState(i, clockOf(ctx).ms),
      },
    };
  };

  const challenge: Handler = (req) => {
    const input = withBody(identificationOf(ctx, req, 'OTP'), otpChallengeBody, req, true);
    if (!input.ok) return input.response;
    const { target: found, body } = input.value;
    const i = found.record;
    const { ms, stamp } = clockOf(ctx);
    const state = identificationState(i, ms);
    if (state !== 'CREATED') return wrongState(`OTP identification "${i.id}"`, state, 'a challenge', ['CREATED']);
    if (i.remainingChallenges <= 0) return conflict('STATE', `OTP identification "${i.id}" has no challenge codes left.`);
    if (i.nextChallengeAtMs !== null && i.nextChallengeAtMs > ms) return mdocError(412, 'MDOC-412-RETRY', 'PRECONDITION_FAILED', `A new code can be requested from ${apiTimestamp(i.nextChallengeAtMs)} (next_challenge_retry).`);
    const expected = expectedTwoFactor(i);
    const sent = body.two_factor;
    if (sent !== undefined && expected !== undefined && !sameValue(sent, expected)) {
      return mdocError(403, 'MDOC-403-TWO-FACTOR', 'FORBIDDEN', `two_factor does not match the actor's ${i.twoFactorType === 'EMAIL' ? 'email' : 'document number'}.`);
    }
    i.code = otpCode(Math.random);
    i.codeSentAt = stamp;
    i.remainingChallenges -= 1;
    i.remainingValidationAttempts = OTP_RULES.attempts;
    i.nextChallengeAtMs = i.remainingChallenges > 0 ? ms + OTP_RULES.retryMs : null;
    i.modifiedAt = stamp;
    return { status: 200, body: { two_factor_value: expected ?? sent ?? '' } };
  };

  const validate: Handler = (req) => {
    const input = withBody(identificationOf(ctx, req, 'OTP'), validateOtpBody, req);
    if (!input.ok) return input.response;
    const { target: found, body } = input.value;
    const i = found.record;
    const { ms, stamp } = clockOf(ctx);
    const state = identificationState(i, ms);
    if (state === 'EXPIRED') return gone(`OTP identification "${i.id}" expired on ${apiTimestamp(i.expiresAtMs)}.`);
    if (state !== 'CREATED') return wrongState(`OTP identification "${i.id}"`, state, 'validating', ['CREATED']);
    if (i.code === undefined || !i.remainingValidationAttempts) return conflict('STATE', `OTP identification "${i.id}" has no code to validate (none requested, or its attempts are spent): request a challenge (PUT …/challenge).`);
    const expected = expectedTwoFactor(i);
    const twoFactorWrong = expected !== undefined && (body.two_factor === undefined || !sameValue(body.two_factor, expected));
    if (body.code !== i.code || twoFactorWrong) {
      i.remainingValidationAttempts -= 1;
      i.modifiedAt = stamp;
      if (i.remainingValidationAttempts === 0 && i.remainingChallenges === 0) i.state = 'FAILED';
      const what = body.code !== i.code ? 'The code is not the one sent' : 'two_factor does not match';
      return mdocError(403, 'MDOC-403-CODE', 'FORBIDDEN', `${what}; ${i.remainingValidationAttempts} attempt(s) left for this code${i.state === 'FAILED' ? ': the identification FAILED' : ''}.`);
    }
    i.state = 'VALIDATED';
    i.modifiedAt = stamp;
    delete i.code;
    return validated(ctx, req, i);
  };

  return {
    'identifications.otp.create': create,
    'identifications.otp.get': get,
    'identifications.otp.challenge': challenge,
    'identifications.otp.validate': validate,
    ...lifecycleHandlers(ctx, 'OTP', 'identifications.otp'),
  } satisfies Record<string, Handler>;
}

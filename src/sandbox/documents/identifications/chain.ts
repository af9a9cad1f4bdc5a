// Chained identifications (Documents API document, "Identification Chain" and its Admin section):
// an ordered sequence of OTP / agent / identity-document steps, each a nested identification the
// actor completes through its own endpoints. The chain follows the document's rules: validate
// needs it CREATED and every step VALIDATED (→ VALIDATED, with an x-access-token); restart (from
// CREATED or VALIDATED) sends validated steps back to CREATED; cancel needs it CREATED and cancels
// the active steps; close needs it VALIDATED (→ SUCCEEDED, steps closed) and ignores SUCCEEDED.
import { cancelChainBody, createChainIdentificationBody } from '../../../core/models/documents/identifications';
import type { Handler, SandboxRequest, SandboxResponse } from '../../types';
import { apiTimestamp, durationMs } from '../clock';
import { clockOf, conflict, notFound, orgOf, recordOf, sandboxJwt, wrongState, type DocumentsContext, type Result, withBody } from '../context';
import { chainState, identificationMap, identificationState, OTP_RULES, type StoredChain, type StoredIdentification } from '../state/identifications';
import type { OrgState } from '../store';
import { newIdentityDocumentIdentification } from './identityDocument';
import { newOtpIdentification } from './otp';
import { actorFrom } from './shared';

const ACCESS_TOKEN_SECONDS = 300;

export function chainIdentificationHandlers(ctx: DocumentsContext) {
  function chainOf(req: SandboxRequest): Result<{ org: OrgState; record: StoredChain; id: string }> {
    return recordOf(ctx, req, 'identification_id', (o) => o.chains, (id) => notFound('IDENTIFICATION', `Chained identification "${id}" not found.`));
  }

  function stepsOf(org: OrgState, c: StoredChain): Array<{ type: StoredChain['steps'][number]['type']; record: StoredIdentification | undefined }> {
    return c.steps.map((s) => ({ type: s.type, record: identificationMap(org, s.type).get(s.id) }));
  }

  /** Sets the chain's status if it is (as of now) one of `from`; else the 409. */
  function move(c: StoredChain, from: readonly string[], to: StoredChain['status'], action: string): SandboxResponse | undefined {
    const { ms, stamp } = clockOf(ctx);
    const state = chainState(c, ms);
    if (!from.includes(state)) return wrongState(`Chained identification "${c.id}"`, state, action, from);
    c.status = to;
    c.modifiedAt = stamp;
    return undefined;
  }

  const create: Handler = (req) => {
    const input = withBody(orgOf(ctx, req), createChainIdentificationBody, req);
    if (!input.ok) return input.response;
    const { target: org, body } = input.value;
    const { now, ms, stamp } = clockOf(ctx);
    const id = ctx.store.newId();
    const expiresAtMs = ms + durationMs(body.expires_in, 'P30D');
    const actor = actorFrom(body.actor);
    const steps = body.sequence.map((step) => {
      const stepId = ctx.store.newId();
      if (step.identification_type === 'OTP') {
        const otp = step.otp_step;
        org.otpIdentifications.set(stepId, newOtpIdentification(stepId, { actor, twoFactorType: otp?.two_factor_type, channel: otp?.channel ?? { type: 'SMS' } }, stamp, expiresAtMs, id));
      } else if (step.identification_type === 'AGENT') {
        org.agentIdentifications.set(stepId, { kind: 'AGENT', id: stepId, actor, state: 'CREATED', createdAt: stamp, modifiedAt: stamp, expiresAtMs, chainId: id });
      } else {
        newIdentityDocumentIdentification(org, { id: stepId, scoringId: ctx.store.newId() }, actor, step.identity_document_step?.provider_type ?? 'INTERNAL', now, expiresAtMs, id);
      }
      return { type: step.identification_type, id: stepId };
    });
    org.chains.set(id, { id, actor, steps, status: 'CREATED', createdAt: stamp, modifiedAt: stamp, expiryFromCreation: body.expires_in, expiresAtMs, failureReason: null });
    return { status: 201, body: { id } };
  };

  const get: Handler = (req) => {
    const found = chainOf(req);
    if (!found.ok) return found.response;
    const { org, record: c } = found.value;
    const { ms } = clockOf(ctx);
    const status = chainState(c, ms);
    return {
      status: 200,
      body: {
        status,
        step_details: stepsOf(org, c).map((s, i) => ({
          type: s.type,
          id: c.steps[i]?.id ?? '',
          status: s.record ? identificationState(s.record, ms) : 'DELETED',
          ...(s.record ? { modification_date: s.record.modifiedAt } : {}),
        })),
        creation_date: c.createdAt,
        modification_date: c.modifiedAt,
        expiry_from_creation: c.expiryFromCreation,
        failure_reason: status === 'EXPIRED' ? `The chain was not completed within ${c.expiryFromCreation} (expired ${apiTimestamp(c.expiresAtMs)}).` : c.failureReason,
      },
    };
  };

  const validate: Handler = (req) => {
    const found = chainOf(req);
    if (!found.ok) return found.response;
    const { org, record: c } = found.value;
    const { ms } = clockOf(ctx);
    const pending = stepsOf(org, c).filter((s) => !s.record || identificationState(s.record, ms) !== 'VALIDATED');
    if (chainState(c, ms) === 'CREATED' && pending.length) {
      return conflict('STATE', `Not every step is VALIDATED: ${pending.map((s) => `${s.type} ${s.record ? identificationState(s.record, ms) : 'missing'}`).join(', ')}.`);
    }
    const refused = move(c, ['CREATED'], 'VALIDATED', 'validating');
    if (refused) return refused;
    return { status: 204, headers: { 'x-access-token': sandboxJwt(ctx, { sub: c.id, org: req.params['org'], identification_type: 'CHAIN', state: 'VALIDATED' }, ACCESS_TOKEN_SECONDS) } };
  };

  const restart: Handler = (req) => {
    const found = chainOf(req);
    if (!found.ok) return found.response;
    const { org, record: c } = found.value;
    const refused = move(c, ['CREATED', 'VALIDATED'], 'CREATED', 'restarting');
    if (refused) return refused;
    const { ms, stamp } = clockOf(ctx);
    for (const { record: s } of stepsOf(org, c)) {
      if (!s || identificationState(s, ms) !== 'VALIDATED') continue;
      s.state = 'CREATED';
      s.modifiedAt = stamp;
      // The step is done again from the start: new codes, fresh attempts.
      if (s.kind === 'OTP') {
        delete s.code;
        Object.assign(s, { remainingChallenges: OTP_RULES.challenges, remainingValidationAttempts: null, nextChallengeAtMs: null });
      }
      if (s.kind === 'AGENT') delete s.agentId;
    }
    return { status: 204 };
  };

  const cancel: Handler = (req) => {
    const input = withBody(chainOf(req), cancelChainBody, req, true);
    if (!input.ok) return input.response;
    const { target: found, body } = input.value;
    const { org, record: c } = found;
    const refused = move(c, ['CREATED'], 'CANCELLED', 'cancelling');
    if (refused) return refused;
    if (body.reason !== undefined) c.cancelReason = body.reason;
    settleSteps(org, c, 'CANCELLED');
    return { status: 204 };
  };

  const close: Handler = (req) => {
    const found = chainOf(req);
    if (!found.ok) return found.response;
    const { org, record: c } = found.value;
    // "In case of SUCCEEDED, close will be ignored."
    if (chainState(c, clockOf(ctx).ms) === 'SUCCEEDED') return { status: 204 };
    const refused = move(c, ['VALIDATED'], 'SUCCEEDED', 'closing');
    if (refused) return refused;
    settleSteps(org, c, 'SUCCEEDED');
    return { status: 204 };
  };

  /** Ends the steps still active: cancelled with the chain, or closed (SUCCEEDED) when validated. */
  function settleSteps(org: OrgState, c: StoredChain, to: 'CANCELLED' | 'SUCCEEDED'): void {
    const { ms, stamp } = clockOf(ctx);
    for (const { record: s } of stepsOf(org, c)) {
      const state = s ? identificationState(s, ms) : undefined;
      if (!s || !(to === 'CANCELLED' ? state === 'CREATED' || state === 'VALIDATED' : state === 'VALIDATED')) continue;
      s.state = to;
      s.modifiedAt = stamp;
    }
  }

  return {
    'identifications.chain.create': create,
    'identifications.chain.get': get,
    'identifications.chain.validate': validate,
    'identifications.chain.restart': restart,
    'identifications.chain.cancel': cancel,
    'identifications.chain.close': close,
  } satisfies Record<string, Handler>;
}

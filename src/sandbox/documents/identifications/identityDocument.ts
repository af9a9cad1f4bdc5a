// Identifications with an identity document (Documents API document, "Identification with identity
// document" and its Admin section): creating one opens a scoring session for the document's
// images; validating needs that scoring to have passed (CREATED → VALIDATED). A failed scoring
// spends a validation attempt; with none left the identification FAILED.
import { createIdentityDocumentIdentificationBody } from '../../../core/models/documents/identifications';
import type { Handler } from '../../types';
import { apiTimestamp, durationMs } from '../clock';
import { clockOf, conflict, orgOf, wrongState, type DocumentsContext, withBody } from '../context';
import { IDENTITY_DOCUMENT_ATTEMPTS, identificationState, type Actor, type IdentityDocumentIdentification } from '../state/identifications';
import { lastScore, newScoring, PASSING_SCORE, scoringState } from '../state/scorings';
import type { OrgState } from '../store';
import { actorFrom, dates, identificationOf, lifecycleHandlers, transition, validated } from './shared';

/** A new identification and its scoring session (also the identity-document step of a chain). */
export function newIdentityDocumentIdentification(org: OrgState, ids: { id: string; scoringId: string }, actor: Actor, provider: string, now: Date, expiresAtMs: number, chainId?: string): IdentityDocumentIdentification {
  org.scorings.set(ids.scoringId, newScoring(ids.scoringId, { document: { type: actor.document_type ?? 'IDENTITY_CARD', country: actor.country ?? 'ES' }, provider }, now, expiresAtMs));
  const stamp = apiTimestamp(now);
  const i: IdentityDocumentIdentification = { kind: 'IDENTITY_DOCUMENT', id: ids.id, actor, state: 'CREATED', createdAt: stamp, modifiedAt: stamp, expiresAtMs, scoringId: ids.scoringId, remainingValidationAttempts: IDENTITY_DOCUMENT_ATTEMPTS, ...(chainId ? { chainId } : {}) };
  org.identityDocumentIdentifications.set(i.id, i);
  return i;
}

export function identityDocumentIdentificationHandlers(ctx: DocumentsContext) {
  const create: Handler = (req) => {
    const input = withBody(orgOf(ctx, req), createIdentityDocumentIdentificationBody, req);
    if (!input.ok) return input.response;
    const { target: org, body } = input.value;
    const b = body;
    // The example sends the person twice (in `actor` and at the top level): the top level wins.
    const actor = actorFrom({ ...(b.actor ?? {}), ...(b.name !== undefined ? { name: b.name } : {}), ...(b.last_name !== undefined ? { last_name: b.last_name } : {}), ...(b.identity_document ? { identity_document: b.identity_document } : {}) });
    const { now, ms } = clockOf(ctx);
    const i = newIdentityDocumentIdentification(org, { id: ctx.store.newId(), scoringId: ctx.store.newId() }, actor, b.scoring?.provider ?? 'INTERNAL', now, ms + durationMs(b.expires_in, 'P30D'));
    if (b.configuration_name) i.configurationName = b.configuration_name;
    return { status: 200, body: { id: i.id, scoring_id: i.scoringId } };
  };

  const get: Handler = (req) => {
    const found = identificationOf(ctx, req, 'IDENTITY_DOCUMENT');
    if (!found.ok) return found.response;
    const i = found.value.record;
    const a = i.actor;
    const document = a.document_number ? { identity_document: { document_number: a.document_number, document_type: a.document_type ?? 'IDENTITY_CARD', ...(a.country ? { country: a.country } : {}) } } : {};
    return {
      status: 200,
      body: { actor: { name: a.name, last_name: a.last_name, ...document }, state: identificationState(i, clockOf(ctx).ms), remaining_validation_attempts: i.remainingValidationAttempts, ...dates(i), scoring_id: i.scoringId },
    };
  };

  const validate: Handler = (req) => {
    const found = identificationOf(ctx, req, 'IDENTITY_DOCUMENT');
    if (!found.ok) return found.response;
    const { org, record: i } = found.value;
    const { ms, stamp } = clockOf(ctx);
    const state = identificationState(i, ms);
    if (state !== 'CREATED') return wrongState(`Identity-document identification "${i.id}"`, state, 'validating', ['CREATED']);
    const scoring = org.scorings.get(i.scoringId);
    const score = scoring && scoringState(scoring, ms) !== 'EXPIRED' ? lastScore(scoring) : undefined;
    if (!score) return conflict('STATE', `Identity-document identification "${i.id}" is not scored yet: send the document's images to scoring ${i.scoringId} (PUT /scorings/identity_document/${i.scoringId}/score) first.`);
    if (score.global_score < PASSING_SCORE) {
      i.remainingValidationAttempts = Math.max(0, i.remainingValidationAttempts - 1);
      if (i.remainingValidationAttempts === 0) i.state = 'FAILED';
      i.modifiedAt = stamp;
      return conflict('STATE', `The scoring of the document failed (global score ${score.global_score} < ${PASSING_SCORE}); ${i.remainingValidationAttempts} validation attempt(s) left${i.state === 'FAILED' ? ': the identification FAILED' : ''}.`);
    }
    return transition(ctx, i, ['CREATED'], 'VALIDATED', 'validating') ?? validated(ctx, req, i);
  };

  const { 'identifications.identityDocument.cancel': cancel, 'identifications.identityDocument.close': close } = lifecycleHandlers(ctx, 'IDENTITY_DOCUMENT', 'identifications.identityDocument');
  return {
    'identifications.identityDocument.create': create,
    'identifications.identityDocument.get': get,
    'identifications.identityDocument.validate': validate,
    'identifications.identityDocument.cancel': cancel,
    'identifications.identityDocument.close': close,
  } satisfies Record<string, Handler>;
}

// What the agent, OTP and identity-document identifications share (Documents API document,
// "Identification …" and their "Admin" sections): the lookup, the actor, and the steps every kind
// has — cancel an ongoing process (a reason is required), close one that is not finished
// (VALIDATED → SUCCEEDED, CREATED → FAILED), delete one that is CREATED (any state with
// `force=true`) — and the access token a validation answers with.
import { cancelReasonBody } from '../../../core/models/documents/shared';
import { mdocError } from '../../errors';
import type { Handler, SandboxRequest, SandboxResponse } from '../../types';
import { apiTimestamp } from '../clock';
import { clockOf, notFound, parseUpload, recordOf, sandboxJwt, wrongState, type DocumentsContext, type Result } from '../context';
import { identificationMap, identificationState, type Actor, type IdentificationKind, type StoredIdentification } from '../state/identifications';
import type { OrgState } from '../store';

export const KIND_NAMES: Readonly<Record<IdentificationKind, string>> = { AGENT: 'Agent identification', OTP: 'OTP identification', IDENTITY_DOCUMENT: 'Identity-document identification' };

/** How long an identification's `x-access-token` lives. */
const ACCESS_TOKEN_SECONDS = 300;

export type PersonInput = {
  name?: string | undefined;
  last_name?: string | undefined;
  language?: string | undefined;
  email?: string | undefined;
  identity_document?: { document_number: string; document_type: string; country?: string | undefined } | undefined;
};

export function actorFrom(p: PersonInput): Actor {
  const d = p.identity_document;
  const out: Actor = { name: p.name, last_name: p.last_name, language: p.language, email: p.email, document_number: d?.document_number, document_type: d?.document_type, country: d?.country };
  return Object.fromEntries(Object.entries(out).filter(([, v]) => v !== undefined));
}

export function identificationOf<K extends IdentificationKind>(ctx: DocumentsContext, req: SandboxRequest, kind: K): Result<{ org: OrgState; record: Extract<StoredIdentification, { kind: K }>; id: string }> {
  return recordOf(ctx, req, 'identification_id', (o) => identificationMap(o, kind), (id) => notFound('IDENTIFICATION', `${KIND_NAMES[kind]} "${id}" not found.`));
}

/** The common dates of an identification's answer. */
export function dates(i: StoredIdentification): Record<string, string> {
  return { creation_date: i.createdAt, modification_date: i.modifiedAt, expiration_date: apiTimestamp(i.expiresAtMs) };
}

/** Moves an identification to `to` if its state (as of now) is one of `from`, else the 409. */
export function transition(ctx: DocumentsContext, i: StoredIdentification, from: readonly string[], to: StoredIdentification['state'], action: string): SandboxResponse | undefined {
  const state = identificationState(i, clockOf(ctx).ms);
  if (!from.includes(state)) return wrongState(`${KIND_NAMES[i.kind]} "${i.id}"`, state, action, from);
  i.state = to;
  i.modifiedAt = clockOf(ctx).stamp;
  return undefined;
}

/** 204 with the securized token of a validated identification. */
export function validated(ctx: DocumentsContext, req: SandboxRequest, i: StoredIdentification): SandboxResponse {
  const token = sandboxJwt(ctx, { sub: i.id, org: req.params['org'], identification_type: i.kind, state: 'VALIDATED' }, ACCESS_TOKEN_SECONDS);
  return { status: 204, headers: { 'x-access-token': token } };
}

/** Cancel, close and delete (which identity documents lack), the same for every kind. */
export function lifecycleHandlers<P extends string>(ctx: DocumentsContext, kind: IdentificationKind, prefix: P): Record<`${P}.cancel` | `${P}.close` | `${P}.delete`, Handler> {
  const cancel: Handler = (req) => {
    const found = identificationOf(ctx, req, kind);
    if (!found.ok) return found.response;
    // "A cancel reason must be provided" (agent, OTP, identity document).
    const body = parseUpload(cancelReasonBody, req, true);
    if (!body.ok) return body.response;
    const refused = transition(ctx, found.value.record, ['CREATED', 'VALIDATED'], 'CANCELLED', 'cancelling');
    if (refused) return refused;
    found.value.record.cancelReason = body.value.reason;
    return { status: 204 };
  };

  const close: Handler = (req) => {
    const found = identificationOf(ctx, req, kind);
    if (!found.ok) return found.response;
    const i = found.value.record;
    const from = identificationState(i, clockOf(ctx).ms);
    return transition(ctx, i, ['CREATED', 'VALIDATED'], from === 'VALIDATED' ? 'SUCCEEDED' : 'FAILED', 'closing') ?? { status: 204 };
  };

  const remove: Handler = (req) => {
    const found = identificationOf(ctx, req, kind);
    if (!found.ok) return found.response;
    const { org, record } = found.value;
    const state = identificationState(record, clockOf(ctx).ms);
    if (state !== 'CREATED' && req.query.get('force') !== 'true') {
      return mdocError(403, 'MDOC-403-FORCE', 'FORBIDDEN', `${KIND_NAMES[kind]} "${record.id}" is ${state}: only CREATED ones are deleted without force=true.`);
    }
    identificationMap(org, kind).delete(record.id);
    return { status: 204 };
  };

  return { [`${prefix}.cancel`]: cancel, [`${prefix}.close`]: close, [`${prefix}.delete`]: remove } as Record<`${P}.cancel` | `${P}.close` | `${P}.delete`, Handler>;
}

// Digital sign processes and the tenant's sign configuration (Documents API document, "Sign
// Process", "Sign Configuration"). Creating a process checks its documents (they exist and the
// given owner owns them) and opens, per signer, a sign of the process's type and an identification
// of the requested type; the signer identifies, previews and signs through the signature and
// identification endpoints. Cancelling needs the process CREATED ("a process cannot be cancelled
// if it is already in SIGNED, EXPIRED or FAILED status").
import { cancelSignProcessBody, createSignConfigurationBody, createSignProcessBody, updateSignConfigurationBody } from '../../core/models/documents/signProcesses';
import { sandboxRule } from '../errors';
import type { Handler, SandboxRequest, SandboxResponse } from '../types';
import { apiTimestamp, DAY_MS, durationMs } from './clock';
import { badRequest, clockOf, notFound, orgOf, parseUpload, recordOf, wrongState, type DocumentsContext, type Result, withBody } from './context';
import { newOtpIdentification } from './identifications/otp';
import { newIdentityDocumentIdentification } from './identifications/identityDocument';
import { actorFrom, type PersonInput } from './identifications/shared';
import { normalizeOwner } from './state/documents';
import type { IdentificationKind } from './state/identifications';
import { signMap, signProcessState, signState, type SignType, type StoredSignConfiguration, type StoredSignProcess } from './state/signing';
import type { OrgState } from './store';

const IDENTIFICATION_TYPES: readonly IdentificationKind[] = ['AGENT', 'OTP', 'IDENTITY_DOCUMENT'];

export interface NewSignProcess {
  signType: SignType;
  signers: ReadonlyArray<PersonInput & { alias: string; twoFactorType?: 'DOCUMENT_NUMBER' | 'EMAIL' | undefined }>;
  documents: ReadonlyArray<{ id: string; owner?: string | undefined }>;
  previewDocuments: readonly string[];
  identificationType: string;
  expiresIn?: string | undefined;
  contractIds?: readonly string[];
}

/** Checks a process's documents and opens it with a sign and an identification per signer. */
export function openSignProcess(ctx: DocumentsContext, org: OrgState, input: NewSignProcess): Result<StoredSignProcess> {
  const fail = (details: string): Result<StoredSignProcess> => ({ ok: false, response: badRequest(details) });
  const kind = IDENTIFICATION_TYPES.find((k) => k === input.identificationType);
  if (!kind) return fail(`identification.type must be one of ${IDENTIFICATION_TYPES.join(', ')}, got ${JSON.stringify(input.identificationType)}`);
  const aliases = input.signers.map((s) => s.alias);
  const twice = aliases.find((a, i) => aliases.indexOf(a) !== i);
  if (twice) return fail(sandboxRule(`signers: alias "${twice}" appears twice`, 'aliases name each signer'));
  const documents: StoredSignProcess['documents'] = [];
  for (const [i, d] of input.documents.entries()) {
    const doc = org.documents.get(d.id);
    if (!doc || doc.deletedAt) return fail(`sign.documents[${i}].id: document "${d.id}" does not exist (or was deleted)`);
    if (doc.owner !== null && (d.owner === undefined || normalizeOwner(d.owner) !== doc.owner)) return fail(`sign.documents[${i}].owner: document "${d.id}" is private and ${d.owner === undefined ? 'needs its owner' : `"${d.owner}" is not its owner`}`);
    documents.push({ id: doc.id, owner: doc.owner });
  }
  const missingPreview = input.previewDocuments.find((id) => !org.documents.get(id));
  if (missingPreview) return fail(`preview_documents: document "${missingPreview}" does not exist`);
  const { now, ms, stamp } = clockOf(ctx);
  const expiresAtMs = ms + durationMs(input.expiresIn, org.signConfiguration?.expiration_duration ?? 'P30D');
  const process: StoredSignProcess = {
    id: ctx.store.newId(),
    signType: input.signType,
    status: 'CREATED',
    createdAt: stamp,
    modifiedAt: stamp,
    expiresAtMs: Math.min(expiresAtMs, ms + 30 * DAY_MS),
    signIds: [],
    documents,
    previewDocuments: [...input.previewDocuments],
    signedDocuments: [],
    contractIds: [...(input.contractIds ?? [])],
  };
  for (const signer of input.signers) {
    const actor = actorFrom(signer);
    const identificationId = ctx.store.newId();
    if (kind === 'AGENT') org.agentIdentifications.set(identificationId, { kind, id: identificationId, actor, state: 'CREATED', createdAt: stamp, modifiedAt: stamp, expiresAtMs: process.expiresAtMs });
    else if (kind === 'OTP') {
      const twoFactorType = signer.twoFactorType ?? (actor.document_number ? 'DOCUMENT_NUMBER' : 'EMAIL');
      org.otpIdentifications.set(identificationId, newOtpIdentification(identificationId, { actor, twoFactorType, channel: { type: twoFactorType === 'EMAIL' ? 'EMAIL' : 'SMS' } }, stamp, process.expiresAtMs));
    } else newIdentityDocumentIdentification(org, { id: identificationId, scoringId: ctx.store.newId() }, actor, 'INTERNAL', now, process.expiresAtMs);
    const signId = ctx.store.newId();
    signMap(org, input.signType).set(signId, {
      id: signId,
      processId: process.id,
      type: input.signType,
      signer: { alias: signer.alias, name: actor.name, last_name: actor.last_name, document_number: actor.document_number, language: actor.language },
      identification: { id: identificationId, type: kind },
      status: 'CREATED',
      createdAt: stamp,
      modifiedAt: stamp,
    });
    process.signIds.push(signId);
  }
  org.signProcesses.set(process.id, process);
  return { ok: true, value: process };
}

function configurationView(c: StoredSignConfiguration): Record<string, unknown> {
  const { modifiedAt: _modified, ...view } = c;
  return structuredClone(view);
}

/** `identification_config` is JSON text: an array of `{sign_type, provider_type}` (anything else is kept out). */
function providersOf(text: string | undefined): StoredSignConfiguration['identification_config'] | undefined {
  if (text === undefined) return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    const list = Array.isArray(parsed) ? parsed : [];
    const providers = list.filter((p): p is { sign_type: string; provider_type: string } => !!p && typeof p === 'object' && typeof (p as Record<string, unknown>).sign_type === 'string' && typeof (p as Record<string, unknown>).provider_type === 'string');
    return providers.length ? { identity_document: { providers } } : undefined;
  } catch {
    return undefined;
  }
}

export function signProcessHandlers(ctx: DocumentsContext) {
  const processOf = (req: SandboxRequest) => recordOf(ctx, req, 'sign_process_id', (o) => o.signProcesses, (id) => notFound('SIGN-PROCESS', `Sign process "${id}" not found.`));

  const getConfiguration: Handler = (req) => {
    const org = orgOf(ctx, req);
    if (!org.ok) return org.response;
    const c = org.value.signConfiguration;
    return c ? { status: 200, body: configurationView(c) } : notFound('CONFIGURATION', 'This organization has no sign configuration yet (POST /sign_process/configurations).');
  };

  function saveConfiguration(req: SandboxRequest, partial: boolean): SandboxResponse {
    const org = orgOf(ctx, req);
    if (!org.ok) return org.response;
    const body = parseUpload(partial ? updateSignConfigurationBody : createSignConfigurationBody, req);
    if (!body.ok) return body.response;
    const b = body.value;
    const current = org.value.signConfiguration;
    if (partial && !current) return badRequest('There is no sign configuration to update yet: create it with POST /sign_process/configurations.');
    const { ms, stamp } = clockOf(ctx);
    const certificate = b.content === undefined && current ? current.certificate : { expiration_date: apiTimestamp(ms + 365 * DAY_MS), common_name: `${req.params['org'] ?? ''}_sandbox_signer`, organization: req.params['org'] ?? '', organizational_unit: 'Sandbox', issuer: 'MOK_Sandbox_CA' };
    const providers = providersOf(b.identification_config) ?? current?.identification_config;
    org.value.signConfiguration = {
      landing_url: b.landing_url ?? current?.landing_url ?? '',
      expiration_duration: b.expiration_duration ?? current?.expiration_duration ?? 'P30D',
      channels: [...(b.channels ?? current?.channels ?? [])],
      notification_email: b.notification_email ?? current?.notification_email ?? '',
      certificate,
      ...(providers ? { identification_config: providers } : {}),
      modifiedAt: stamp,
    };
    return { status: 204 };
  }

  const create: Handler = (req) => {
    const input = withBody(orgOf(ctx, req), createSignProcessBody, req);
    if (!input.ok) return input.response;
    const { target: org, body } = input.value;
    const b = body;
    const opened = openSignProcess(ctx, org, {
      signType: b.sign.type,
      signers: b.signers.map((s) => ({ ...s, twoFactorType: s.identification?.two_factor_type })),
      documents: b.sign.documents,
      previewDocuments: b.sign.preview_documents ?? [],
      identificationType: b.identification.type,
      expiresIn: b.expires_in,
    });
    if (!opened.ok) return opened.response;
    return { status: 201, headers: { location: `/orgs/${req.params['org'] ?? ''}/sign_process/${opened.value.id}` }, body: { id: opened.value.id } };
  };

  const get: Handler = (req) => {
    const found = processOf(req);
    if (!found.ok) return found.response;
    const { org, record: p } = found.value;
    const { ms } = clockOf(ctx);
    const status = signProcessState(p, ms);
    const signatures = p.signIds.flatMap((id) => {
      const s = signMap(org, p.signType).get(id);
      if (!s) return [];
      return [{ ...s.signer, sign: { id: s.id, status: signState(s, p, ms), modification_date: s.modifiedAt }, identification: { ...s.identification } }];
    });
    return {
      status: 200,
      body: { signatures, status, sign_type: p.signType, modification_date: p.modifiedAt, creation_date: p.createdAt, ...(status === 'CERTIFIED' && p.certificateId ? { certificate_id: p.certificateId } : {}) },
    };
  };

  const cancel: Handler = (req) => {
    const input = withBody(processOf(req), cancelSignProcessBody, req);
    if (!input.ok) return input.response;
    const { target: found, body } = input.value;
    const p = found.record;
    const { ms, stamp } = clockOf(ctx);
    const state = signProcessState(p, ms);
    if (state !== 'CREATED') return wrongState(`Sign process "${p.id}"`, state, 'cancelling', ['CREATED']);
    p.status = 'CANCELLED';
    p.cancelReason = body.reason;
    p.modifiedAt = stamp;
    return { status: 204 };
  };

  return {
    'signProcessConfigurations.get': getConfiguration,
    'signProcessConfigurations.create': (req) => saveConfiguration(req, false),
    'signProcessConfigurations.update': (req) => saveConfiguration(req, true),
    'signProcesses.create': create,
    'signProcesses.get': get,
    'signProcesses.cancel': cancel,
  } satisfies Record<string, Handler>;
}

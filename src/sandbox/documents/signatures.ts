// Biometric and simple signatures (Documents API document, "Biometric Signature", "Simple
// Signature"): each signer's sign in a process — read it (with temporary links to the documents
// to preview, to sign and, once signed, the signed copies), preview it, sign it. Signing needs the
// sign and its process CREATED (409 otherwise) and the signer identified first (a sandbox rule:
// the document implies the order but does not state it). When the last signer signs, the process
// is SIGNED: signed copies are stored (and the contracts in it point at theirs), and a moment later
// the certificate appears (CERTIFIED).
import { biometricSignBody } from '../../core/models/documents/signProcesses';
import { sandboxRule } from '../errors';
import type { Handler, SandboxRequest } from '../types';
import { pdfDocument, pdfSafe } from './binary';
import { clockOf, conflict, header, notFound, parseUpload, recordOf, wrongState, type DocumentsContext, type Result } from './context';
import { documentLinks } from './storedDocuments';
import { putDocument } from './state/documents';
import { identificationMap, identificationState } from './state/identifications';
import { CERTIFY_AFTER_MS, signMap, signProcessState, signState, type SignType, type StoredSign, type StoredSignProcess } from './state/signing';
import type { OrgState } from './store';

/** The last signature closes the process: signed copies, contracts, the certificate to come. */
function completeProcess(ctx: DocumentsContext, org: OrgState, p: StoredSignProcess): void {
  const { now, ms, stamp } = clockOf(ctx);
  const signs = p.signIds.flatMap((id) => signMap(org, p.signType).get(id) ?? []);
  const signedBy = signs.map((s) => `Firmado por ${s.signer.name ?? ''} ${s.signer.last_name ?? ''} (${s.signer.document_number ?? s.signer.alias}) el ${s.signedAt ?? stamp}`);
  for (const d of p.documents) {
    const source = org.documents.get(d.id);
    const signed = putDocument(org, {
      id: ctx.store.newId(),
      name: `${source?.name ?? d.id}_firmado`,
      extension: 'pdf',
      owner: d.owner,
      tags: ['SIGNED'],
      content: pdfDocument({ title: `${pdfSafe(source?.name ?? d.id)} (firmado)`, lines: [`Proceso de firma ${p.id} (${p.signType})`, ...signedBy] }),
      createdAt: now,
      source: `sign:${p.id}`,
    });
    p.signedDocuments.push({ sourceId: d.id, signedId: signed.id });
    for (const c of org.contracts.values()) if (p.contractIds.includes(c.id) && c.filledDocumentId === d.id) c.signedDocumentId = signed.id;
  }
  p.certificateId = putDocument(org, {
    id: ctx.store.newId(),
    name: `certificado_${p.id}`,
    extension: 'pdf',
    content: pdfDocument({ title: 'Certificado de firma electrónica', lines: [`Proceso ${p.id}`, ...signedBy, ...signs.map((s) => `Identificación ${s.identification.type} ${s.identification.id}`)] }),
    createdAt: now,
    availableAtMs: ms + CERTIFY_AFTER_MS,
    source: `certificate:${p.id}`,
  }).id;
  p.status = 'SIGNED';
  p.signedAtMs = ms;
  p.modifiedAt = stamp;
}

export function signatureHandlers(ctx: DocumentsContext) {
  function signOf(req: SandboxRequest, type: SignType): Result<{ org: OrgState; sign: StoredSign; process: StoredSignProcess | undefined }> {
    const found = recordOf(ctx, req, 'sign_id', (o) => signMap(o, type), (id) => notFound('SIGN', `${type === 'BIOMETRIC' ? 'Biometric' : 'Simple'} sign "${id}" not found.`));
    if (!found.ok) return found;
    return { ok: true, value: { org: found.value.org, sign: found.value.record, process: found.value.org.signProcesses.get(found.value.record.processId) } };
  }

  /** The sign and its process may still be signed (both CREATED, not expired). */
  function signable(sign: StoredSign, process: StoredSignProcess | undefined, action: string) {
    const state = signState(sign, process, clockOf(ctx).ms);
    return state === 'CREATED' ? undefined : wrongState(`Sign "${sign.id}"`, state, action, ['CREATED']);
  }

  const device = (req: SandboxRequest) =>
    Object.fromEntries((['x-installation_id', 'x-fingerprint', 'x-location'] as const).flatMap((h) => (header(req, h) ? [[h, header(req, h) ?? '']] : [])));

  const get = (type: SignType): Handler => (req) => {
    const found = signOf(req, type);
    if (!found.ok) return found.response;
    const { org, sign, process } = found.value;
    const signed = process?.signedDocuments.map((d) => d.signedId) ?? [];
    return {
      status: 200,
      body: {
        signer: { ...sign.signer },
        preview_documents: documentLinks(ctx, req, org, process?.previewDocuments ?? []),
        signable_documents: documentLinks(ctx, req, org, process?.documents.map((d) => d.id) ?? []),
        ...(signed.length ? { signed_documents: documentLinks(ctx, req, org, signed) } : {}),
        status: signState(sign, process, clockOf(ctx).ms),
        identification: { ...sign.identification },
        modification_date: sign.modifiedAt,
        creation_date: sign.createdAt,
      },
    };
  };

  const preview = (type: SignType): Handler => (req) => {
    const found = signOf(req, type);
    if (!found.ok) return found.response;
    const { sign, process } = found.value;
    const refused = signable(sign, process, 'a preview');
    if (refused) return refused;
    sign.previewedAt = clockOf(ctx).stamp;
    sign.device = device(req);
    return { status: 204 };
  };

  const signIt = (type: SignType): Handler => (req) => {
    const found = signOf(req, type);
    if (!found.ok) return found.response;
    if (type === 'BIOMETRIC') {
      const body = parseUpload(biometricSignBody, req);
      if (!body.ok) return body.response;
    }
    const { org, sign, process } = found.value;
    const refused = signable(sign, process, 'signing');
    if (refused || !process) return refused ?? notFound('SIGN-PROCESS', `The sign process of sign "${sign.id}" no longer exists.`);
    const identification = identificationMap(org, sign.identification.type).get(sign.identification.id);
    const identified = identification ? identificationState(identification, clockOf(ctx).ms) : 'missing';
    if (identified !== 'VALIDATED' && identified !== 'SUCCEEDED') {
      return conflict('NOT-IDENTIFIED', sandboxRule(`The signer is not identified yet: ${sign.identification.type} identification ${sign.identification.id} is ${identified}; validate it first`, 'the document implies the order without stating it'));
    }
    const { stamp } = clockOf(ctx);
    sign.status = 'SIGNED';
    sign.signedAt = stamp;
    sign.modifiedAt = stamp;
    sign.device = device(req);
    process.modifiedAt = stamp;
    const all = process.signIds.every((id) => signMap(org, process.signType).get(id)?.status === 'SIGNED');
    if (all && signProcessState(process, clockOf(ctx).ms) === 'CREATED') completeProcess(ctx, org, process);
    return { status: 204 };
  };

  return {
    'biometricSigns.get': get('BIOMETRIC'),
    'biometricSigns.preview': preview('BIOMETRIC'),
    'biometricSigns.sign': signIt('BIOMETRIC'),
    'simpleSigns.get': get('SIMPLE'),
    'simpleSigns.preview': preview('SIMPLE'),
    'simpleSigns.sign': signIt('SIMPLE'),
  } satisfies Record<string, Handler>;
}

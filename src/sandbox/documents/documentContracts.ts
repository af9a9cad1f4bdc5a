// Contracts (Documents API document, "Contracts"): a PDF template filled into a contract that
// belongs to its owner (`x-auth-owner`, mandatory), the owner changed by the owner only, and a
// sign process over several contracts (ONSITE: biometric signs and agent identification; ONLINE:
// simple signs and OTP). A contract shows its signed document once its process is signed.
import { changeContractOwnerBody, fillContractBody, signContractsBody } from '../../core/models/documents/contracts';
import { mdocError } from '../errors';
import type { Handler, SandboxRequest } from '../types';
import { badRequest, clockOf, notFound, orgOf, ownerOf, recordOf, type DocumentsContext, withBody } from './context';
import { openSignProcess } from './signProcesses';
import { normalizeOwner, putDocument } from './state/documents';
import { minorsOfPdf, renderPdfTemplate, templateLanguagesOf, versionLabel } from './state/pdfTemplates';
import { signProcessState, type StoredContract } from './state/signing';
import type { OrgState } from './store';

/** The contract's signed document: stored when seeded, else the signed copy of its process. */
function signedDocumentOf(org: OrgState, c: StoredContract, nowMs: number): string | undefined {
  if (c.signedDocumentId) return c.signedDocumentId;
  const p = c.signProcessId ? org.signProcesses.get(c.signProcessId) : undefined;
  const done = p && ['SIGNED', 'CERTIFIED'].includes(signProcessState(p, nowMs));
  return done ? p.signedDocuments.find((d) => d.sourceId === c.filledDocumentId)?.signedId : undefined;
}

export function documentContractHandlers(ctx: DocumentsContext) {
  const contractOf = (req: SandboxRequest) => recordOf(ctx, req, 'contract_id', (o) => o.contracts, (id) => notFound('CONTRACT', `Contract "${id}" not found.`));

  const get: Handler = (req) => {
    const found = contractOf(req);
    if (!found.ok) return found.response;
    const { org, record: c } = found.value;
    const signed = signedDocumentOf(org, c, clockOf(ctx).ms);
    return { status: 200, body: { ...(signed ? { signed_document_id: signed } : {}), filled_document_id: c.filledDocumentId, ...(c.signProcessId ? { sign_process_id: c.signProcessId } : {}) } };
  };

  const fill: Handler = (req) => {
    const input = withBody(orgOf(ctx, req), fillContractBody, req);
    if (!input.ok) return input.response;
    const { target: org, body } = input.value;
    const b = body;
    const template = org.pdfTemplates.get(b.template_external_id);
    if (!template) return notFound('PDF-TEMPLATE', `Template "${b.template_external_id}" not found.`);
    const major = Number(b.template_version);
    const version = minorsOfPdf(template, major)[0];
    if (!version) return notFound('VERSION', `Template "${template.externalId}" has no version ${major}.`);
    const languages = templateLanguagesOf(org, version);
    if (!languages.includes(b.language)) return badRequest(`language ${b.language} is not available in ${template.externalId} ${versionLabel(version)} (available: ${languages.join(', ')})`, 'MDOC-400-LANGUAGE');
    const owner = ownerOf(req) ?? '';
    const { now, stamp } = clockOf(ctx);
    const id = ctx.store.newId();
    const pdf = renderPdfTemplate(org, template, version, { language: b.language, flagsConditions: b.flags_conditions, fieldsValues: b.fields_values });
    const doc = putDocument(org, { id: ctx.store.newId(), name: b.name ?? `contract_${template.externalId}`, extension: 'pdf', tags: b.tags, lowerTags: true, owner, content: pdf, createdAt: now, source: `contract:${id}` });
    org.contracts.set(id, { id, owner: normalizeOwner(owner), template: { externalId: template.externalId, version: major }, language: b.language, filledDocumentId: doc.id, createdAt: stamp });
    return { status: 200, body: { contract_id: id, document_id: doc.id } };
  };

  const changeOwner: Handler = (req) => {
    const input = withBody(contractOf(req), changeContractOwnerBody, req);
    if (!input.ok) return input.response;
    const { target: found, body } = input.value;
    const { org, record: c } = found;
    if (ownerOf(req) !== c.owner) return mdocError(401, 'MDOC-401-OWNER', 'UNAUTHORIZED', `x-auth-owner "${ownerOf(req) ?? ''}" does not own contract "${c.id}".`);
    c.owner = normalizeOwner(body.new_owner);
    // The contract's documents follow it.
    for (const id of [c.filledDocumentId, signedDocumentOf(org, c, clockOf(ctx).ms)]) {
      const d = id ? org.documents.get(id) : undefined;
      if (d) d.owner = c.owner;
    }
    return { status: 200, body: { owner: c.owner } };
  };

  const sign: Handler = (req) => {
    const input = withBody(orgOf(ctx, req), signContractsBody, req);
    if (!input.ok) return input.response;
    const { target: org, body } = input.value;
    const b = body;
    const contracts: StoredContract[] = [];
    for (const [i, ref] of b.contracts.entries()) {
      const c = org.contracts.get(ref.contract_id);
      if (!c) return badRequest(`contracts[${i}].contract_id: contract "${ref.contract_id}" does not exist`);
      contracts.push(c);
    }
    const onsite = b.sign_type === 'ONSITE';
    const opened = openSignProcess(ctx, org, {
      signType: onsite ? 'BIOMETRIC' : 'SIMPLE',
      signers: b.signers,
      documents: contracts.map((c) => ({ id: c.filledDocumentId, owner: c.owner })),
      previewDocuments: b.additional_options?.preview_documents ?? [],
      identificationType: onsite ? 'AGENT' : 'OTP',
      contractIds: contracts.map((c) => c.id),
    });
    if (!opened.ok) return opened.response;
    for (const c of contracts) c.signProcessId = opened.value.id;
    return { status: 201, body: { sign_process_id: opened.value.id } };
  };

  return { 'documentContracts.get': get, 'documentContracts.fill': fill, 'documentContracts.changeOwner': changeOwner, 'documentContracts.sign': sign } satisfies Record<string, Handler>;
}

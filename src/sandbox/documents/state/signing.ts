// Digital signing in the Documents sandbox: sign processes (one sign and one identification per
// signer), the biometric and simple signs, the tenant's sign configuration, and the contracts filled
// from PDF templates and signed in a process. A process is SIGNED when every sign is, CERTIFIED a
// moment later (its certificate document appears), EXPIRED past its expiry: all read off the clock.
import { pdfDocument } from '../binary';
import { apiTimestamp, DAY_MS } from '../clock';
import { EXAMPLE_IDS, putDocument, type DocumentsState } from './documents';
import { EXAMPLE_IDENTIFICATION, type IdentificationKind } from './identifications';

export type SignType = 'SIMPLE' | 'BIOMETRIC';
export type SignProcessStatus = 'CREATED' | 'SIGNED' | 'FAILED' | 'CANCELLED' | 'EXPIRED' | 'CERTIFIED';

export interface StoredSignProcess {
  id: string;
  signType: SignType;
  status: 'CREATED' | 'SIGNED' | 'FAILED' | 'CANCELLED';
  createdAt: string;
  modifiedAt: string;
  expiresAtMs: number;
  cancelReason?: string;
  signedAtMs?: number;
  certificateId?: string;
  signIds: string[];
  documents: Array<{ id: string; owner: string | null }>;
  previewDocuments: string[];
  /** Signed copy of each document, once every signer signed. */
  signedDocuments: Array<{ sourceId: string; signedId: string }>;
  contractIds: string[];
}

export interface StoredSign {
  id: string;
  processId: string;
  type: SignType;
  signer: { alias: string; name?: string; last_name?: string; document_number?: string; language?: string };
  identification: { id: string; type: IdentificationKind };
  status: 'CREATED' | 'SIGNED' | 'CANCELLED';
  createdAt: string;
  modifiedAt: string;
  previewedAt?: string;
  signedAt?: string;
  device?: Record<string, string>;
}

export interface StoredSignConfiguration {
  landing_url: string;
  expiration_duration: string;
  channels: string[];
  notification_email: string;
  certificate: { expiration_date: string; common_name: string; organization: string; organizational_unit: string; issuer: string };
  identification_config?: { identity_document: { providers: Array<{ sign_type: string; provider_type: string }> } };
  modifiedAt: string;
}

export interface StoredContract {
  id: string;
  owner: string;
  template: { externalId: string; version: number };
  language: string;
  filledDocumentId: string;
  signProcessId?: string;
  signedDocumentId?: string;
  createdAt: string;
}

export interface SigningState {
  signProcesses: Map<string, StoredSignProcess>;
  biometricSigns: Map<string, StoredSign>;
  simpleSigns: Map<string, StoredSign>;
  signConfiguration: StoredSignConfiguration | null;
  contracts: Map<string, StoredContract>;
}

/** How long after the last signature the certificate exists (CERTIFIED). */
export const CERTIFY_AFTER_MS = 1000;

export function signMap(state: SigningState, type: SignType): Map<string, StoredSign> {
  return type === 'BIOMETRIC' ? state.biometricSigns : state.simpleSigns;
}

export function signProcessState(p: StoredSignProcess, nowMs: number): SignProcessStatus {
  if (p.status === 'CREATED' && nowMs >= p.expiresAtMs) return 'EXPIRED';
  if (p.status === 'SIGNED' && p.signedAtMs !== undefined && nowMs >= p.signedAtMs + CERTIFY_AFTER_MS) return 'CERTIFIED';
  return p.status;
}

/** A sign reads its own state, or its process's end (cancelled, expired). */
export function signState(s: StoredSign, p: StoredSignProcess | undefined, nowMs: number): SignProcessStatus {
  const process = p ? signProcessState(p, nowMs) : 'CREATED';
  if (s.status === 'CREATED' && (process === 'CANCELLED' || process === 'EXPIRED')) return process;
  return s.status;
}

export const EXAMPLE_SIGNING = {
  biometricProcess: '7902cd2d-80f4-4766-a3e9-a1760e0df9bd',
  simpleProcess: '00cf016d-070d-4fe0-9fd2-ffb80cb6a642',
  certifiedProcess: 'd2d3b2d0-cc4e-4280-b967-90edee0aB3d2',
  certificate: '23f65996-95e6-4fac-b4c2-f8d93f162cc9',
  sign: '0b9bbe95-f080-4317-b371-1f9ae0b9bf4f',
  certifiedSign: '9c1f6a4e-2b7d-4e0a-8f3c-5d6e7f8a9b0c',
  signedContract: '00c6a5a6-2d8a-4857-9b32-a4abbdbd0c2c',
  unsignedContract: '310484e7-40ec-4b4b-8731-3e7ed29f7ef5',
  unsignedContractDocument: '6f1d2e3c-4b5a-4968-8776-a5b4c3d2e1f0',
} as const;

export function seedSigning(state: SigningState & DocumentsState, now: Date): void {
  const created = apiTimestamp(now);
  const S = EXAMPLE_SIGNING;
  const expiresAtMs = now.getTime() + 30 * DAY_MS;
  const process = (id: string, signType: SignType, signId: string, extra: Partial<StoredSignProcess> = {}): StoredSignProcess => ({
    id,
    signType,
    status: 'CREATED',
    createdAt: created,
    modifiedAt: created,
    expiresAtMs,
    signIds: [signId],
    documents: [{ id: EXAMPLE_IDS.signDocument, owner: EXAMPLE_IDS.documentOwner }],
    previewDocuments: [EXAMPLE_IDS.previewDocument],
    signedDocuments: [],
    contractIds: [],
    ...extra,
  });
  const sign = (id: string, processId: string, type: SignType, identification: StoredSign['identification'], extra: Partial<StoredSign> = {}): StoredSign => ({
    id,
    processId,
    type,
    signer: { alias: 'signer_1', name: 'James', last_name: 'Williams Smith', document_number: '12345678A', language: 'ES' },
    identification,
    status: 'CREATED',
    createdAt: created,
    modifiedAt: created,
    ...extra,
  });
  state.signProcesses.set(S.biometricProcess, process(S.biometricProcess, 'BIOMETRIC', S.sign));
  state.biometricSigns.set(S.sign, sign(S.sign, S.biometricProcess, 'BIOMETRIC', { id: EXAMPLE_IDENTIFICATION.signerAgent, type: 'AGENT' }));
  state.signProcesses.set(S.simpleProcess, process(S.simpleProcess, 'SIMPLE', S.sign));
  state.simpleSigns.set(S.sign, sign(S.sign, S.simpleProcess, 'SIMPLE', { id: EXAMPLE_IDENTIFICATION.signerOtp, type: 'OTP' }));

  // A contract signed long ago (the contracts examples' ids), and one waiting for its signature.
  const old = new Date('2023-04-20T11:43:13Z');
  const filled = putDocument(state, {
    id: EXAMPLE_IDS.contractFilledDocument,
    name: 'personal_contract',
    extension: 'pdf',
    owner: 'string',
    tags: ['contract'],
    lowerTags: true,
    content: pdfDocument({ title: 'Contrato de servicios', lines: ['Plantilla: telco_services v1', 'Titular: James Smith'] }),
    createdAt: old,
    source: `contract:${S.signedContract}`,
  });
  putDocument(state, { id: S.certificate, name: 'certificado_firma', extension: 'pdf', content: pdfDocument({ title: 'Certificado de firma', lines: [`Proceso ${S.certifiedProcess}`, 'Firmante: James Smith (12345678A)'] }), createdAt: old, source: `certificate:${S.certifiedProcess}` });
  state.signProcesses.set(
    S.certifiedProcess,
    process(S.certifiedProcess, 'SIMPLE', S.certifiedSign, {
      status: 'SIGNED',
      createdAt: apiTimestamp(old),
      modifiedAt: apiTimestamp(old),
      signedAtMs: old.getTime(),
      certificateId: S.certificate,
      documents: [{ id: filled.id, owner: filled.owner }],
      previewDocuments: [],
      signedDocuments: [{ sourceId: filled.id, signedId: EXAMPLE_IDS.document }],
      contractIds: [S.signedContract],
    }),
  );
  state.simpleSigns.set(S.certifiedSign, sign(S.certifiedSign, S.certifiedProcess, 'SIMPLE', { id: EXAMPLE_IDENTIFICATION.signerOtp, type: 'OTP' }, { status: 'SIGNED', signedAt: apiTimestamp(old), modifiedAt: apiTimestamp(old) }));
  // The contracts examples send `x-auth-owner: string`: the example contract belongs to that owner.
  state.contracts.set(S.signedContract, { id: S.signedContract, owner: 'string', template: { externalId: 'telco_services', version: 1 }, language: 'ES', filledDocumentId: filled.id, signProcessId: S.certifiedProcess, signedDocumentId: EXAMPLE_IDS.document, createdAt: apiTimestamp(old) });
  const unsigned = putDocument(state, {
    id: S.unsignedContractDocument,
    name: 'contrato_convergente',
    extension: 'pdf',
    owner: EXAMPLE_IDS.documentOwner,
    tags: ['contract'],
    lowerTags: true,
    content: pdfDocument({ title: 'Contrato convergente', lines: ['Plantilla: telco_services v1', 'Titular: Lucía Fernández Ortega'] }),
    createdAt: now,
    source: `contract:${S.unsignedContract}`,
  });
  state.contracts.set(S.unsignedContract, { id: S.unsignedContract, owner: EXAMPLE_IDS.documentOwner, template: { externalId: 'telco_services', version: 1 }, language: 'ES', filledDocumentId: unsigned.id, createdAt: created });

  state.signConfiguration = {
    landing_url: 'www.masmovil.com',
    expiration_duration: 'P7D',
    channels: ['SMS', 'EMAIL', 'WHATSAPP'],
    notification_email: 'example@email.com',
    certificate: { expiration_date: apiTimestamp(now.getTime() + 365 * DAY_MS), common_name: 'Mas_Orange_CA', organization: 'MasOrange', organizational_unit: 'MasOrangeCAUnit', issuer: 'Mas_Orange_Root_CA' },
    identification_config: { identity_document: { providers: [{ sign_type: 'SIMPLE', provider_type: 'EXTERNAL' }] } },
    modifiedAt: created,
  };
}

// Identifications of the Documents sandbox: agent, OTP and identity-document processes (one map
// each, as the API's paths are) and chains of them. States are stored; EXPIRED follows from the
// clock when read. OTP codes are kept here: the control endpoint reveals them (README).
import type { TemplateLanguage } from '../../../core/models/documents';
import { apiTimestamp, DAY_MS } from '../clock';

export type IdentificationKind = 'AGENT' | 'OTP' | 'IDENTITY_DOCUMENT';
export type IdentificationStatus = 'CREATED' | 'VALIDATED' | 'EXPIRED' | 'CANCELLED' | 'SUCCEEDED' | 'FAILED';

export interface Actor {
  name?: string;
  last_name?: string;
  language?: string;
  email?: string;
  document_number?: string;
  document_type?: string;
  country?: string;
}

interface IdentificationBase {
  id: string;
  actor: Actor;
  state: IdentificationStatus;
  createdAt: string;
  modifiedAt: string;
  expiresAtMs: number;
  cancelReason?: string;
  /** Step of this chain. */
  chainId?: string;
}

export interface AgentIdentification extends IdentificationBase {
  kind: 'AGENT';
  agentId?: string;
}

export interface OtpIdentification extends IdentificationBase {
  kind: 'OTP';
  twoFactorType?: 'DOCUMENT_NUMBER' | 'EMAIL';
  channel: { type: string; external: boolean };
  /** The current challenge code (what the actor would receive). */
  code?: string;
  codeSentAt?: string;
  remainingChallenges: number;
  /** Null while no challenge code was requested. */
  remainingValidationAttempts: number | null;
  /** Null when no challenge is left. */
  nextChallengeAtMs: number | null;
}

export interface IdentityDocumentIdentification extends IdentificationBase {
  kind: 'IDENTITY_DOCUMENT';
  scoringId: string;
  remainingValidationAttempts: number;
  configurationName?: string;
}

export type StoredIdentification = AgentIdentification | OtpIdentification | IdentityDocumentIdentification;

export type ChainStatus = 'CREATED' | 'VALIDATED' | 'SUCCEEDED' | 'FAILED' | 'EXPIRED' | 'CANCELLED';

export interface StoredChain {
  id: string;
  actor: Actor;
  steps: Array<{ type: IdentificationKind; id: string }>;
  status: ChainStatus;
  createdAt: string;
  modifiedAt: string;
  expiryFromCreation: string;
  expiresAtMs: number;
  cancelReason?: string;
  failureReason: string | null;
}

export interface IdentificationsState {
  agentIdentifications: Map<string, AgentIdentification>;
  otpIdentifications: Map<string, OtpIdentification>;
  identityDocumentIdentifications: Map<string, IdentityDocumentIdentification>;
  chains: Map<string, StoredChain>;
}

/** How many codes an OTP identification may request, attempts per code, and the wait between codes. */
export const OTP_RULES = { challenges: 3, attempts: 3, retryMs: 30_000 } as const;
/** Validation attempts of an identity-document identification. */
export const IDENTITY_DOCUMENT_ATTEMPTS = 3;

export function identificationMap<K extends IdentificationKind>(state: IdentificationsState, kind: K): Map<string, Extract<StoredIdentification, { kind: K }>> {
  const maps = { AGENT: state.agentIdentifications, OTP: state.otpIdentifications, IDENTITY_DOCUMENT: state.identityDocumentIdentifications };
  return maps[kind] as unknown as Map<string, Extract<StoredIdentification, { kind: K }>>;
}

/** The state as of now: an unfinished process past its expiration reads EXPIRED. */
export function identificationState(i: StoredIdentification, nowMs: number): IdentificationStatus {
  return (i.state === 'CREATED' || i.state === 'VALIDATED') && nowMs >= i.expiresAtMs ? 'EXPIRED' : i.state;
}

export function chainState(c: StoredChain, nowMs: number): ChainStatus {
  return (c.status === 'CREATED' || c.status === 'VALIDATED') && nowMs >= c.expiresAtMs ? 'EXPIRED' : c.status;
}

/** A six-character code of lower-case letters and digits, like the document's "k4khb9". */
export function otpCode(random: () => number): string {
  const alphabet = 'abcdefghijkmnpqrstuvwxyz23456789';
  return Array.from({ length: 6 }, () => alphabet[Math.floor(random() * alphabet.length)] ?? 'x').join('');
}

export const EXAMPLE_IDENTIFICATION = {
  id: '0b9bbe95-f080-4317-b371-1f9ae0b9bf4f',
  signerAgent: 'b3041b0c-95fe-459c-8df3-bdea4a83233a',
  signerOtp: 'c4e1b0d2-3f5a-4e6b-8c7d-9e0f1a2b3c4d',
  scoring: '625fc44b-5b1c-451e-bcc7-276c911f0af8',
  chain: 'a1b2c3d4-e5f6-7890-1234-567890abcdef',
  otpCode: 'k4khb9',
} as const;

const JAMES: Actor = { name: 'James', last_name: 'Smith', language: 'ES' satisfies TemplateLanguage, email: 'example@email.com', document_number: '12345678A', document_type: 'NIF', country: 'ES' };

export function seedIdentifications(state: IdentificationsState, now: Date): void {
  const created = apiTimestamp(now);
  const base = { createdAt: created, modifiedAt: created, expiresAtMs: now.getTime() + 30 * DAY_MS };
  const E = EXAMPLE_IDENTIFICATION;
  state.agentIdentifications.set(E.id, { ...base, kind: 'AGENT', id: E.id, actor: { ...JAMES, last_name: 'Williams Smith' }, state: 'CREATED' });
  state.agentIdentifications.set(E.signerAgent, { ...base, kind: 'AGENT', id: E.signerAgent, actor: { ...JAMES, last_name: 'Williams Smith' }, state: 'VALIDATED', agentId: 'shop.agente.name@masmovil.com' });
  const otp = (id: string, s: IdentificationStatus, chainId?: string): OtpIdentification => ({
    ...base,
    kind: 'OTP',
    id,
    actor: JAMES,
    state: s,
    twoFactorType: 'DOCUMENT_NUMBER',
    channel: { type: 'SMS', external: false },
    // The code of the document's validate example, already sent.
    code: E.otpCode,
    codeSentAt: created,
    remainingChallenges: OTP_RULES.challenges - 1,
    remainingValidationAttempts: OTP_RULES.attempts,
    nextChallengeAtMs: now.getTime(),
    ...(chainId ? { chainId } : {}),
  });
  state.otpIdentifications.set(E.id, otp(E.id, 'CREATED'));
  state.otpIdentifications.set(E.signerOtp, otp(E.signerOtp, 'VALIDATED'));
  state.identityDocumentIdentifications.set(E.id, {
    ...base,
    kind: 'IDENTITY_DOCUMENT',
    id: E.id,
    actor: { ...JAMES, document_type: 'IDENTITY_CARD' },
    state: 'CREATED',
    scoringId: E.scoring,
    remainingValidationAttempts: IDENTITY_DOCUMENT_ATTEMPTS,
  });
  // The chain example: created, its OTP step (same id as the chain in the document) validated.
  state.otpIdentifications.set(E.chain, otp(E.chain, 'VALIDATED', E.chain));
  state.chains.set(E.chain, {
    id: E.chain,
    actor: JAMES,
    steps: [{ type: 'OTP', id: E.chain }],
    status: 'CREATED',
    createdAt: created,
    modifiedAt: created,
    expiryFromCreation: 'P30D',
    expiresAtMs: base.expiresAtMs,
    failureReason: null,
  });
}

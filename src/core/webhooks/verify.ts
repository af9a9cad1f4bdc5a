// One verification as the CLI and the editor show it: the doctor's verdict and hints, the secret's
// fingerprint and the byte view of the body, plus the machine shape `--json` prints.
import { byteView, type ByteView } from './bytes';
import { diagnoseSignature, type Diagnosis, type SignatureCheck } from './doctor';
import { secretFingerprint } from './fingerprint';
import { english, type Localizer } from '../l10n';
import type { HintCode } from './hints';
import { toBytes } from './signature';

export interface WebhookReport extends Diagnosis {
  /** 8 hex characters derived from the secret with scrypt; never the secret. */
  fingerprint: string;
  bytes: ByteView;
}

export interface WebhookCheck extends SignatureCheck {
  /** Content-Length declared by a captured request, to compare with the body's real length. */
  contentLength?: number;
}

export async function verifyWebhook(check: WebhookCheck, l10n: Localizer = english): Promise<WebhookReport> {
  const body = toBytes(check.body);
  const diagnosis = diagnoseSignature({ ...check, body }, l10n);
  return { ...diagnosis, fingerprint: await secretFingerprint(check.secret), bytes: byteView(body, check.contentLength) };
}

/** Exactly what `mok webhook verify --json` prints. */
export interface WebhookReportJson {
  valid: boolean;
  expected: string;
  received: string;
  fingerprint: string;
  hints: Array<{ code: HintCode; message: string }>;
}

export function reportJson(r: WebhookReport): WebhookReportJson {
  return { valid: r.valid, expected: r.expected, received: r.received, fingerprint: r.fingerprint, hints: r.hints.map((h) => ({ code: h.code, message: h.message })) };
}

// The result panel's state in the display language: verdict, where the bytes came from, expected
// and received signatures with the secret's fingerprint, the doctor's hints in plain words and the
// byte view. Built here so the page (src/webview/panels/webhookResult.ts) only lays it out, and so
// host tests can read exactly what the panel shows.
import * as vscode from 'vscode';
import type { ByteView } from '../../core/webhooks/bytes';
import { byteViewRows } from '../../core/webhooks/bytesWords';
import type { Hint } from '../../core/webhooks/hints';
import type { LabelledValue, RequestView, ResultAction, ResultSection, WebhookResultState } from '../../webview/protocols/webhookResult';
import { numberLocale } from './words';

export interface CheckedSignature {
  valid: boolean;
  expected: string;
  received: string;
  hints: readonly Hint[];
  /** Of the secret used (8 hex); absent while it is being computed. */
  fingerprint?: string;
}

export interface ResultInput {
  /** Undefined: not checked (no secret, or no X-Signature); `unchecked` says why. */
  check?: CheckedSignature;
  unchecked?: string;
  bytes: ByteView;
  source: { lines: string[]; notes: string[] };
  secret?: { from: 'environment' | 'typed'; environment: string; stored: boolean };
  request?: RequestView;
  extra?: ResultSection[];
  actions: readonly ResultAction[];
}

function actionLabel(a: ResultAction): string {
  switch (a) {
    case 'recheck':
      return vscode.l10n.t('Check Again');
    case 'otherSecret':
      return vscode.l10n.t('Try Another Secret…');
    case 'replay':
      return vscode.l10n.t('Replay…');
    case 'revealServiceRequest':
      return vscode.l10n.t('Show Service Request');
    case 'compare':
      return vscode.l10n.t('Compare with…');
  }
}

/** The received value with control characters made visible (they may be what is wrong with it). */
function printable(s: string): string {
  return JSON.stringify(s).slice(1, -1) || vscode.l10n.t('(empty)');
}

function verdict(input: ResultInput): WebhookResultState['verdict'] {
  const c = input.check;
  if (!c) return { state: 'unchecked', headline: vscode.l10n.t('Not verified'), detail: input.unchecked ?? '' };
  if (c.valid) return { state: 'valid', headline: vscode.l10n.t('Valid signature'), detail: vscode.l10n.t('X-Signature is the HMAC-SHA256 of these body bytes with this secret, as MOK signs.') };
  const onlySecret = c.hints.length === 1 && c.hints[0]?.code === 'wrong-secret';
  return {
    state: 'invalid',
    headline: vscode.l10n.t('Invalid signature'),
    detail: onlySecret
      ? vscode.l10n.t('No change of the body, the secret or the signature format reproduces it: most likely the sender used another secret.')
      : vscode.l10n.t('The signature does not match these bytes and this secret. What explains it is below.'),
  };
}

function secretWords(s: NonNullable<ResultInput['secret']>): string {
  if (s.from === 'environment') return vscode.l10n.t('stored for "{0}"', s.environment);
  return s.stored ? vscode.l10n.t('typed, and now stored for "{0}"', s.environment) : vscode.l10n.t('typed for this check (not stored)');
}

export function resultState(input: ResultInput): WebhookResultState {
  const c = input.check;
  const rows: LabelledValue[] = [];
  if (c) {
    rows.push({ label: vscode.l10n.t('expected'), value: c.expected, code: true, copy: 'expected' });
    rows.push({ label: vscode.l10n.t('received'), value: printable(c.received), code: true, copy: 'received', attention: !c.valid });
    rows.push({ label: vscode.l10n.t('secret fingerprint'), value: c.fingerprint ?? '…', code: true, copy: c.fingerprint ? 'fingerprint' : undefined });
  }
  if (input.secret) rows.push({ label: vscode.l10n.t('secret'), value: secretWords(input.secret) });
  if (c?.fingerprint) rows.push({ label: '', value: vscode.l10n.t('The fingerprint is derived from the secret (never the secret): compare it with the sender\'s to tell whether both hold the same secret.') });
  return {
    lang: vscode.env.language,
    verdict: verdict(input),
    source: { title: vscode.l10n.t('Checked bytes'), lines: input.source.lines, notes: input.source.notes },
    signature: { title: vscode.l10n.t('Signature'), rows },
    hints: {
      title: vscode.l10n.t('What changed the bytes'),
      empty: c?.valid ? vscode.l10n.t('Nothing: the bytes are exactly what was signed.') : vscode.l10n.t('Not checked.'),
      items: (c?.hints ?? []).map((h) => ({ code: h.code, message: h.message })),
    },
    bytes: { title: vscode.l10n.t('Body bytes'), rows: byteViewRows(input.bytes, vscode.l10n, numberLocale()).map((r) => ({ label: r.label, value: r.value, attention: r.attention })) },
    extra: input.extra ?? [],
    request: input.request,
    actions: input.actions.map((id) => ({ id, label: actionLabel(id) })),
    copyLabel: vscode.l10n.t('Copy'),
  };
}

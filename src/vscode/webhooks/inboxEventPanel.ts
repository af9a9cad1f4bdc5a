// An inbox event in the webhook result panel: its request (headers as received, body), the
// verdict — checked again with the active environment's secret, so the doctor's hints read in the
// display language, and the panel says when that differs from the verdict at arrival — the byte
// view, the delivery auth check, what forwarding got, and actions: replay, compare, show its
// service request, check again.
import * as vscode from 'vscode';
import { byteView } from '../../core/webhooks/bytes';
import { diagnoseSignature } from '../../core/webhooks/doctor';
import { secretFingerprint } from '../../core/webhooks/fingerprint';
import { bodyBytes, headerOf, type InboxEvent } from '../../core/webhooks/inboxRecord';
import type { ResultAction, ResultSection, WebhookResultState } from '../../webview/protocols/webhookResult';
import { formatDateTime } from '../../core/wording/dates';
import { inboxAuthWords, verdictOf, verdictWords } from './inboxView';
import { requestView } from './requestView';
import type { WebhookResultPanel } from './resultPanel';
import { resultState, type CheckedSignature } from './resultState';

export interface EventPanelDeps {
  panel: WebhookResultPanel;
  /** The active environment's webhook secret and name. */
  secret(): Promise<{ value: string | undefined; environment: string }>;
  action(action: ResultAction, event: InboxEvent): unknown;
}

/** What the panel shows for `e` (host tests read the same state). */
export async function inboxEventState(e: InboxEvent, secret: { value: string | undefined; environment: string }): Promise<{ state: WebhookResultState; check?: CheckedSignature }> {
  const body = bodyBytes(e);
  const signature = headerOf(e.headers, 'x-signature');
  let check: CheckedSignature | undefined;
  let unchecked: string | undefined;
  if (e.refusedBytes !== undefined) unchecked = e.hints[0]?.message;
  else if (signature === undefined) unchecked = vscode.l10n.t('The request has no X-Signature header; MOK signs every webhook in X-Signature.');
  else if (!secret.value) unchecked = vscode.l10n.t('"{0}" has no webhook secret: set it with MOK: Set Credentials… → Webhook secret.', secret.environment);
  else {
    const d = diagnoseSignature({ secret: secret.value, body, signature }, vscode.l10n);
    check = { ...d, fingerprint: await secretFingerprint(secret.value) };
  }
  const notes: string[] = [];
  if (check && e.valid !== null && check.valid !== e.valid) {
    notes.push(vscode.l10n.t('When it arrived it was {0}; with the current secret of "{1}" it is {2}.', verdictWords(verdictOf(e)), secret.environment, verdictWords(check.valid ? 'valid' : 'invalid')));
  }
  if (e.duplicateOf) notes.push(vscode.l10n.t('Same body as {0}: a retry (or a replay).', e.duplicateOf));
  const declared = headerOf(e.headers, 'content-length');
  const extra: ResultSection[] = [];
  const auth = inboxAuthWords(e);
  if (auth) extra.push({ title: vscode.l10n.t('Delivery auth'), rows: [{ label: 'Authorization', value: auth, attention: e.auth.status === 'mismatch' || e.auth.status === 'missing' }] });
  if (e.forwards.length) {
    extra.push({
      title: vscode.l10n.t('Forwarding'),
      rows: e.forwards.map((f) => ({ label: formatDateTime(f.at), value: f.error ? vscode.l10n.t('{0}: failed ({1})', f.url, f.error) : vscode.l10n.t('{0}: {1} in {2} ms', f.url, String(f.status ?? '?'), f.durationMs), attention: Boolean(f.error) || (f.status !== undefined && (f.status < 200 || f.status >= 300)) })),
    });
  }
  const actions: ResultAction[] = e.refusedBytes !== undefined ? [] : ['replay', 'compare', ...(e.serviceRequestId !== undefined ? (['revealServiceRequest'] as const) : []), 'recheck'];
  const state = resultState({
    check,
    unchecked,
    bytes: byteView(body, declared !== undefined && /^\d+$/.test(declared) ? Number(declared) : undefined),
    source: { lines: [vscode.l10n.t('{0} {1}, received {2} (event {3}).', e.method, e.path, formatDateTime(e.receivedAt), e.id)], notes },
    secret: check ? { from: 'environment', environment: secret.environment, stored: true } : undefined,
    request: requestView(e.method, e.path, e.headers.map(([name, value]) => ({ name, value })), body, false),
    extra,
    actions,
  });
  return { state, check };
}

export async function showInboxEvent(e: InboxEvent, deps: EventPanelDeps): Promise<WebhookResultState> {
  const { state, check } = await inboxEventState(e, await deps.secret());
  deps.panel.show(vscode.l10n.t('Webhook {0}', e.event ?? e.id), state, {
    copyText: (field) => (field === 'expected' ? check?.expected : field === 'received' ? check?.received : field === 'fingerprint' ? check?.fingerprint : field === 'body' ? bodyBytes(e).toString('utf8') : undefined),
    action: (a) => deps.action(a, e),
  }, { preserveFocus: true });
  return state;
}

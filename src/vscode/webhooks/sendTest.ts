// "Send Test Webhook…": builds a `service_request.created|updated` body — from a service request of
// the active environment (a Service Requests node, one picked from the list or by id) or the API
// document's example — signs it with the environment's webhook secret, or breaks it on purpose as
// the doctor's hint of the same name describes, POSTs it to the user's URL with Webhook-From, and
// shows what was sent and what the receiver answered.
import * as vscode from 'vscode';
import { ApiError } from '../../core/errors';
import { isHttpUrl } from '../../core/http/url';
import type { ServiceRequest } from '../../core/models/mok';
import { BREAK_VARIANTS, breakWebhook, type BreakVariant } from '../../core/webhooks/breakVariant';
import type { WebhookResponse } from '../../core/webhooks/delivery';
import { DEVTOOLS_WEBHOOK_FROM, WEBHOOK_EVENTS, exampleWebhookBody, isWebhookEvent, type WebhookEvent } from '../../core/webhooks/examplePayload';
import { WebhookError } from '../../core/webhooks/errors';
import type { sendWebhook as SendWebhook } from '../../core/webhooks/runtime';
import { signBody } from '../../core/webhooks/signature';
import { loadBundle } from '../common/bundles';
import { errorSummary, showError } from '../common/errors';
import { withCancellableProgress } from '../common/progress';
import type { ViewContext } from '../common/viewContext';
import { ServiceRequestNode } from '../serviceRequests/nodes';
import { webhookSecret, type SecretDeps } from './secret';
import { webhookErrorMessage } from './words';

const LAST_URL_KEY = 'mok.webhooks.lastSendUrl';

export interface SendArgs {
  event?: WebhookEvent;
  /** 'example' (the API document's request) or a service request id of the active environment. */
  payload?: 'example' | number;
  /** 'none' signs correctly. */
  break?: BreakVariant | 'none';
  url?: string;
}

export interface SendOutcome {
  status: number;
  ok: boolean;
  signature: string;
  bodyBytes: number;
  broken?: BreakVariant;
}

export function breakWords(v: BreakVariant): string {
  switch (v) {
    case 'trailing-newline':
      return vscode.l10n.t('a trailing newline added after signing');
    case 'crlf':
      return vscode.l10n.t('line endings changed to CRLF after signing');
    case 'bom':
      return vscode.l10n.t('a UTF-8 BOM added after signing');
    case 'reserialized-json':
      return vscode.l10n.t('signed compact, sent pretty-printed (a re-serialising proxy)');
    case 'secret-whitespace':
      return vscode.l10n.t('signed with a newline appended to the secret');
    case 'prefixed-signature':
      return vscode.l10n.t('signature sent as sha256=<hex>');
    case 'uppercase-hex':
      return vscode.l10n.t('signature sent in upper-case hex');
    case 'base64-signature':
      return vscode.l10n.t('signature sent in base64');
    case 'wrong-secret':
      return vscode.l10n.t('signed with a random secret');
  }
}

export class TestWebhookSender {
  constructor(
    private readonly ctx: ViewContext & SecretDeps,
    /** The inbox's URL when it listens: offered as the default receiver. */
    private readonly inboxUrl: () => string | undefined,
  ) {}

  async run(nodeOrArgs?: unknown, maybeArgs?: SendArgs): Promise<SendOutcome | undefined> {
    const args: SendArgs = ServiceRequestNode.is(nodeOrArgs) ? (maybeArgs ?? {}) : isArgs(nodeOrArgs) ? nodeOrArgs : {};
    const fromNode = ServiceRequestNode.is(nodeOrArgs) ? nodeOrArgs.sr : undefined;
    try {
      const payload = fromNode ?? (await this.payload(args.payload));
      if (payload === undefined) return undefined;
      const event = args.event ?? (await pickEvent());
      if (!event) return undefined;
      const variant = args.break ?? (await pickBreak());
      if (!variant) return undefined;
      const url = args.url ?? (await this.askUrl());
      if (!url) return undefined;
      const secret = await webhookSecret(this.ctx);
      if (!secret) return undefined;
      const body = payload === 'example' ? exampleWebhookBody(event) : JSON.stringify({ event, payload });
      const sent = variant === 'none' ? { body: Buffer.from(body, 'utf8'), signature: signBody(secret.value, body) } : breakWebhook(variant, body, secret.value);
      const { sendWebhook } = loadBundle<{ sendWebhook: typeof SendWebhook }>(this.ctx.extension, 'webhooks.js');
      const res = await withCancellableProgress(vscode.l10n.t('Sending {0} to {1}…', event, url), (signal) =>
        sendWebhook({ url, body: sent.body, signature: sent.signature, fromHost: DEVTOOLS_WEBHOOK_FROM, signal, timeoutMs: this.ctx.envs.settings.timeoutMs }),
      );
      const broken = variant === 'none' ? undefined : variant;
      this.ctx.log.info(`Test webhook ${event} (${sent.body.length} bytes${broken ? `, broken: ${broken}` : ''}) → ${url}: ${res.status} in ${res.durationMs} ms`);
      await this.showExchange(url, event, sent.body, res, broken);
      return { status: res.status, ok: res.status >= 200 && res.status < 300, signature: res.signature, bodyBytes: sent.body.length, broken };
    } catch (e) {
      if (WebhookError.is(e, 'cancelled') || ApiError.is(e, 'cancelled')) return undefined;
      if (!WebhookError.is(e) && !ApiError.is(e)) throw e;
      this.ctx.log.warn(`Send test webhook: ${e.message}`);
      void showError(vscode.l10n.t('The test webhook was not sent: {0}', WebhookError.is(e) ? webhookErrorMessage(e) : errorSummary(e)), () => this.ctx.log.show());
      return undefined;
    }
  }

  private async payload(given: SendArgs['payload']): Promise<ServiceRequest | 'example' | undefined> {
    if (given === 'example') return 'example';
    const env = this.ctx.envs.active().environment.name;
    let id = given;
    if (id === undefined) {
      const example = { label: vscode.l10n.t('$(file-code) The API document\'s example service request'), source: 'example' as const };
      const pick = { label: vscode.l10n.t('$(list-flat) A service request of "{0}"…', env), source: 'pick' as const };
      const byId = { label: vscode.l10n.t('$(search) A service request by id…'), source: 'id' as const };
      const choice = await vscode.window.showQuickPick([example, pick, byId], { title: vscode.l10n.t('Send test webhook (1/4): which service request?') });
      if (!choice) return undefined;
      if (choice.source === 'example') return 'example';
      if (choice.source === 'pick') return this.pickServiceRequest();
      const typed = await vscode.window.showInputBox({ title: vscode.l10n.t('Service request id'), validateInput: (v) => (/^\d+$/.test(v.trim()) ? undefined : vscode.l10n.t('Enter a number')) });
      if (!typed) return undefined;
      id = Number(typed.trim());
    }
    const client = await this.ctx.envs.client();
    const requestId = id;
    const res = await withCancellableProgress(vscode.l10n.t('Loading service request {0}…', requestId), (signal) => client.call('serviceRequests.get', { params: { id: requestId } }, { signal }));
    return res.service_request;
  }

  private async pickServiceRequest(): Promise<ServiceRequest | undefined> {
    const client = await this.ctx.envs.client();
    const res = await withCancellableProgress(vscode.l10n.t('Loading service requests…'), (signal) => client.call('serviceRequests.list', { query: { 'page[size]': 50 } }, { signal }));
    const pick = await vscode.window.showQuickPick(
      res.service_requests.map((sr) => ({ label: sr.public_id ?? `#${sr.id}`, description: [sr.current_status, sr.service_name].filter(Boolean).join(' · '), sr })),
      { title: vscode.l10n.t('Send test webhook: service request'), matchOnDescription: true },
    );
    return pick?.sr;
  }

  private async askUrl(): Promise<string | undefined> {
    const remembered = this.ctx.extension.globalState.get<string>(LAST_URL_KEY);
    const url = await vscode.window.showInputBox({
      title: vscode.l10n.t('Send test webhook (4/4): your receiver\'s URL'),
      value: remembered ?? this.inboxUrl() ?? 'http://localhost:3000/webhooks/mok',
      validateInput: (v) => (isHttpUrl(v) ? undefined : vscode.l10n.t('An http(s) URL, e.g. http://localhost:3000/webhooks/mok')),
    });
    if (!url) return undefined;
    await this.ctx.extension.globalState.update(LAST_URL_KEY, url);
    return url;
  }

  /** What was sent and what came back, as a read-only document (secrets: none; the signature is not one). */
  private async showExchange(url: string, event: string, body: Buffer, res: WebhookResponse, broken: BreakVariant | undefined): Promise<void> {
    const lines = [
      `POST ${url}`,
      'Content-Type: application/json',
      `X-Signature: ${res.signature}`,
      `Webhook-From: ${DEVTOOLS_WEBHOOK_FROM}`,
      ...(broken ? [`# ${vscode.l10n.t('Deliberately broken ({0}): {1}', broken, breakWords(broken))}`] : []),
      '',
      body.toString('utf8'),
      '',
      `HTTP ${res.status} (${res.durationMs} ms)${res.truncated ? ` — ${vscode.l10n.t('body cut at 1 MiB')}` : ''}`,
      ...Object.entries(res.headers).map(([k, v]) => `${k}: ${v}`),
      '',
      res.bodyText,
    ];
    await this.ctx.json.open(`test-webhook-${event}`, undefined, { text: `${lines.join('\n')}\n`, language: 'plaintext', preview: true });
    const ok = res.status >= 200 && res.status < 300;
    const message = ok ? vscode.l10n.t('{0} answered {1} in {2} ms.', url, res.status, res.durationMs) : vscode.l10n.t('{0} answered {1} (not 2xx) in {2} ms.', url, res.status, res.durationMs);
    void (ok ? vscode.window.showInformationMessage(message) : vscode.window.showWarningMessage(message));
  }
}

async function pickEvent(): Promise<WebhookEvent | undefined> {
  const pick = await vscode.window.showQuickPick(
    WEBHOOK_EVENTS.map((e) => ({ label: e, description: e === 'service_request.created' ? vscode.l10n.t('a service request was created') : vscode.l10n.t('a service request was updated') })),
    { title: vscode.l10n.t('Send test webhook (2/4): event') },
  );
  return pick && isWebhookEvent(pick.label) ? pick.label : undefined;
}

async function pickBreak(): Promise<BreakVariant | 'none' | undefined> {
  const items = [
    { label: vscode.l10n.t('$(pass) Signed correctly'), description: vscode.l10n.t('with the environment\'s webhook secret'), variant: 'none' as const },
    ...BREAK_VARIANTS.map((v) => ({ label: `$(debug-disconnect) ${v}`, description: breakWords(v), variant: v })),
  ];
  const pick = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Send test webhook (3/4): signature'), placeHolder: vscode.l10n.t('A broken variant tests your receiver\'s rejection path') });
  return pick?.variant;
}

function isArgs(x: unknown): x is SendArgs {
  return typeof x === 'object' && x !== null && !('toTreeItem' in x);
}

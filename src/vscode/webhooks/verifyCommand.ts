// "Verify Webhook Signature…": checks the active editor's webhook — a body (whose X-Signature the
// user pastes) or a captured raw HTTP request (X-Signature read from it), whole or selected —
// against the active environment's secret, exactly as the CLI does (core verifyWebhook), and shows
// the result panel. The bytes checked are the file's bytes on disk when they differ from what the
// editor shows (sourceBytes.ts). "Check Again" re-reads the same source; "Try Another Secret…"
// asks for a secret for one check.
import * as vscode from 'vscode';
import { checkTextBody } from '../../core/webhooks/bytes';
import { WebhookError } from '../../core/webhooks/errors';
import { startsLikeRawRequest, webhookFromRawRequest } from '../../core/webhooks/rawHttp';
import { reportJson, verifyWebhook, type WebhookReport, type WebhookReportJson } from '../../core/webhooks/verify';
import type { WebhookResultState } from '../../webview/protocols/webhookResult';
import { showError } from '../common/errors';
import type { ViewContext } from '../common/viewContext';
import { requestView } from './requestView';
import type { WebhookResultPanel } from './resultPanel';
import { resultState } from './resultState';
import { webhookSecret, type SecretDeps, type SecretInUse } from './secret';
import { SourceTooLargeError, bytesToCheck, type BytesChoice, type CheckedBytes } from './sourceBytes';
import { webhookErrorMessage } from './words';

/** Arguments for scripted use (host tests, other commands); without them the command asks. */
export interface VerifyArgs {
  /** X-Signature of a bare body (a raw request carries its own). */
  signature?: string;
  /** A secret for this check only (never stored). */
  secret?: string;
  /** Which bytes when the file on disk differs from the editor's text. */
  bytes?: BytesChoice;
}

export interface VerifyOutcome {
  report: WebhookReportJson;
  state: WebhookResultState;
  source: { origin: CheckedBytes['origin']; notes: string[] };
}

interface LastCheck {
  uri: vscode.Uri;
  selection?: vscode.Range;
  choice: BytesChoice;
  signature?: string;
  secret?: SecretInUse;
}

export class WebhookVerifier {
  private last: LastCheck | undefined;

  constructor(
    private readonly ctx: ViewContext & SecretDeps,
    private readonly panel: WebhookResultPanel,
  ) {}

  /** The command: the active editor's text (its selection, if any). */
  async run(args: VerifyArgs = {}): Promise<VerifyOutcome | undefined> {
    const editor = vscode.window.activeTextEditor;
    if (!editor) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open the webhook body, or a captured raw HTTP request, in an editor (select part of it to check only that), then run Verify Webhook Signature again.'));
      return undefined;
    }
    const secret = args.secret === undefined ? undefined : { value: args.secret, from: 'typed' as const, stored: false, environment: this.ctx.envs.active().environment.name };
    return this.check(editor.document, editor.selection, { choice: args.bytes, signature: args.signature, secret });
  }

  private async check(doc: vscode.TextDocument, selection: vscode.Range | undefined, given: { choice?: BytesChoice; signature?: string; secret?: SecretInUse }): Promise<VerifyOutcome | undefined> {
    try {
      const source = await bytesToCheck(doc, selection, given.choice);
      if (!source) return undefined;
      let body = source.bytes;
      let signature = given.signature;
      let contentLength: number | undefined;
      let raw: ReturnType<typeof webhookFromRawRequest> | undefined;
      if (startsLikeRawRequest(source.bytes)) {
        raw = webhookFromRawRequest(source.bytes);
        ({ body, signature } = { body: raw.request.body, signature: raw.signature });
        contentLength = raw.request.contentLength;
      } else {
        checkTextBody(body);
        signature ??= await askSignature();
        if (signature === undefined) return undefined;
      }
      const secret = given.secret ?? (await webhookSecret(this.ctx));
      if (!secret) return undefined;
      this.last = { uri: doc.uri, selection: source.selection, choice: source.origin === 'disk' ? 'disk' : 'editor', signature: raw ? undefined : signature, secret: given.secret };
      const report = await verifyWebhook({ secret: secret.value, body, signature, contentLength }, vscode.l10n);
      const state = this.show(report, source, secret, raw?.request);
      return { report: reportJson(report), state, source: { origin: source.origin, notes: source.notes } };
    } catch (e) {
      if (!(e instanceof SourceTooLargeError) && !WebhookError.is(e)) throw e;
      this.ctx.log.warn(`Verify webhook signature: ${e.message}`);
      void showError(e instanceof SourceTooLargeError ? e.message : webhookErrorMessage(e), () => this.ctx.log.show());
      return undefined;
    }
  }

  private show(report: WebhookReport, source: CheckedBytes, secret: SecretInUse, request?: ReturnType<typeof webhookFromRawRequest>['request']): WebhookResultState {
    const lines = [vscode.l10n.t('Checked: {0}.', source.description)];
    if (request) lines.push(vscode.l10n.t('A raw HTTP request: {0} {1}, {2} headers; X-Signature read from it.', request.method, request.target, request.headers.length));
    const state = resultState({
      check: report,
      bytes: report.bytes,
      source: { lines, notes: source.notes },
      secret,
      request: request && requestView(request.method, request.target, request.headers, request.body),
      actions: ['recheck', 'otherSecret'],
    });
    this.panel.show(vscode.l10n.t('Webhook Signature'), state, {
      copyText: (field) => (field === 'expected' ? report.expected : field === 'received' ? report.received : field === 'fingerprint' ? report.fingerprint : field === 'body' && request ? request.body.toString('utf8') : undefined),
      action: (a) => (a === 'recheck' ? this.recheck('same') : a === 'otherSecret' ? this.recheck('otherSecret') : undefined),
    }, { preserveFocus: true });
    return state;
  }

  /** Re-reads the last source (the file may have been fixed); optionally with another secret. */
  private async recheck(secretMode: 'same' | 'otherSecret'): Promise<void> {
    const last = this.last;
    if (!last) return;
    const secret = secretMode === 'otherSecret' ? await webhookSecret(this.ctx, 'always') : last.secret;
    if (secretMode === 'otherSecret' && !secret) return;
    const doc = await vscode.workspace.openTextDocument(last.uri);
    await this.check(doc, last.selection, { choice: last.choice, signature: last.signature, secret });
  }
}

async function askSignature(): Promise<string | undefined> {
  const value = await vscode.window.showInputBox({
    title: vscode.l10n.t('X-Signature received'),
    prompt: vscode.l10n.t('Paste the X-Signature header value exactly as your receiver got it.'),
    placeHolder: '3f1c…',
    ignoreFocusOut: true,
    validateInput: (v) => (v.length === 0 ? vscode.l10n.t('Paste the signature') : undefined),
  });
  return value || undefined;
}

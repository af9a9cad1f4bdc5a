// One "Webhook Signature" panel per window, on the webview kit: a verification or an inbox event
// is shown in it (updated in place when it is already open, never re-rendered), and its buttons
// come back as typed messages — copy a value (the extension copies: the page has no clipboard) or
// run an action of whoever showed the result (check again, another secret, replay…).
import * as vscode from 'vscode';
import type { Logger } from '../../core/logger';
import { isWebhookResultMessage, type CopyField, type ResultAction, type WebhookResultFromWebview, type WebhookResultState } from '../../webview/protocols/webhookResult';
import { Disposable } from '../common/lifecycle';
import { WebviewPanelHost } from '../common/webview';

type FromPage = Exclude<WebhookResultFromWebview, { type: 'ready' }>;

export interface ResultHandlers {
  /** The text to copy for a field (signatures, fingerprint, body, URL). */
  copyText(field: CopyField): string | undefined;
  action?(action: ResultAction): unknown;
}

export const RESULT_VIEW_TYPE = 'mok.webhookResult';

export class WebhookResultPanel extends Disposable {
  private host: WebviewPanelHost<WebhookResultState, FromPage> | undefined;
  private handlers: ResultHandlers | undefined;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly log: Logger,
  ) {
    super();
  }

  /** What the open panel shows and its page (host tests); undefined when closed. */
  get current(): { state: WebhookResultState; html: string; title: string; options: vscode.WebviewOptions } | undefined {
    return this.host ? { state: this.host.state, html: this.host.html, title: this.host.panel.title, options: this.host.panel.webview.options } : undefined;
  }

  show(title: string, state: WebhookResultState, handlers: ResultHandlers, options: { preserveFocus?: boolean } = {}): void {
    this.handlers = handlers;
    if (this.host) {
      this.host.update(state, title);
      this.host.reveal();
      return;
    }
    const host = new WebviewPanelHost<WebhookResultState, FromPage>(
      this.extensionUri,
      {
        viewType: RESULT_VIEW_TYPE,
        title,
        script: 'dist/webhookResult.js',
        styles: ['webview/webhookResult.css'],
        isMessage: isWebhookResultMessage,
        onMessage: (m) => this.receive(m),
        log: this.log,
        preserveFocus: options.preserveFocus,
      },
      state,
    );
    this.host = host;
    host.onDidDispose(() => {
      if (this.host === host) {
        this.host = undefined;
        this.handlers = undefined;
      }
    });
  }

  private async receive(m: FromPage): Promise<void> {
    const handlers = this.handlers;
    if (!handlers) return;
    if (m.type === 'copy') {
      const text = handlers.copyText(m.field);
      if (text === undefined) return;
      await vscode.env.clipboard.writeText(text);
      vscode.window.setStatusBarMessage(vscode.l10n.t('Copied'), 2000);
      return;
    }
    await handlers.action?.(m.action);
  }

  override dispose(): void {
    this.host?.dispose();
    super.dispose();
  }
}

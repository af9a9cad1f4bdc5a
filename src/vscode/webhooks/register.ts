// The webhook features of the editor: "Verify Webhook Signature…" and "Send Test Webhook…" with
// their result panel, and the Webhook Inbox (its service, view and commands).
import * as vscode from 'vscode';
import type { ViewContext } from '../common/viewContext';
import { registerInboxCommands } from './inboxCommands';
import { WebhookInboxService } from './inboxService';
import { INBOX_VIEW_ID, WebhookInboxProvider } from './inboxView';
import { WebhookResultPanel } from './resultPanel';
import { TestWebhookSender, type SendArgs } from './sendTest';
import { WebhookVerifier, type VerifyArgs } from './verifyCommand';

export interface WebhookFeatures {
  readonly panel: WebhookResultPanel;
  readonly inbox: WebhookInboxService;
  readonly disposables: vscode.Disposable[];
}

export function registerWebhooks(ctx: ViewContext): WebhookFeatures {
  const panel = new WebhookResultPanel(ctx.extension.extensionUri, ctx.log);
  const inbox = new WebhookInboxService(ctx);
  const provider = new WebhookInboxProvider(ctx, inbox);
  ctx.providers.set(INBOX_VIEW_ID, provider);
  const verifier = new WebhookVerifier(ctx, panel);
  const sender = new TestWebhookSender(ctx, () => inbox.localUrl);
  // It listened before the reload: listen again (in the background; failures are logged).
  void inbox.restore();
  return {
    panel,
    inbox,
    disposables: [
      panel,
      provider,
      inbox,
      ...registerInboxCommands(ctx, inbox, provider, panel),
      vscode.commands.registerCommand('mok.webhooks.verify', (args?: VerifyArgs) => verifier.run(typeof args === 'object' && args !== null && !(args instanceof vscode.Uri) ? args : {})),
      vscode.commands.registerCommand('mok.webhooks.sendTest', (nodeOrArgs?: unknown, args?: SendArgs) => sender.run(nodeOrArgs, args)),
    ],
  };
}

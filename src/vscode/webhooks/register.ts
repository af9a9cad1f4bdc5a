// The webhook features of the editor: "Verify Webhook Signature…" and "Send Test Webhook…" with
// their result panel (the webhook inbox registers its view next to them).
import * as vscode from 'vscode';
import type { ViewContext } from '../common/viewContext';
import { WebhookResultPanel } from './resultPanel';
import { TestWebhookSender, type SendArgs } from './sendTest';
import { WebhookVerifier, type VerifyArgs } from './verifyCommand';

export interface WebhookFeatures {
  readonly panel: WebhookResultPanel;
  readonly disposables: vscode.Disposable[];
}

export function registerWebhooks(ctx: ViewContext, inboxUrl: () => string | undefined = () => undefined): WebhookFeatures {
  const panel = new WebhookResultPanel(ctx.extension.extensionUri, ctx.log);
  const verifier = new WebhookVerifier(ctx, panel);
  const sender = new TestWebhookSender(ctx, inboxUrl);
  return {
    panel,
    disposables: [
      panel,
      vscode.commands.registerCommand('mok.webhooks.verify', (args?: VerifyArgs) => verifier.run(typeof args === 'object' && args !== null && !(args instanceof vscode.Uri) ? args : {})),
      vscode.commands.registerCommand('mok.webhooks.sendTest', (nodeOrArgs?: unknown, args?: SendArgs) => sender.run(nodeOrArgs, args)),
    ],
  };
}

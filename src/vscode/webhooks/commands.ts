// The webhook commands' implementations — "Verify Webhook Signature…", "Send Test Webhook…", the
// inbox commands and "Simulate MOK Event…" — registered from dist/features.js the first time one
// of them runs (register.ts registers their stand-ins: WEBHOOK_COMMANDS).
import * as vscode from 'vscode';
import type { ViewContext } from '../common/viewContext';
import { registerInboxCommands } from './inboxCommands';
import type { WebhookInboxService } from './inboxService';
import type { WebhookInboxProvider } from './inboxView';
import type { WebhookResultPanel } from './resultPanel';
import { TestWebhookSender, type SendArgs } from './sendTest';
import { WebhookVerifier, type VerifyArgs } from './verifyCommand';

export function registerWebhookCommands(ctx: ViewContext, inbox: WebhookInboxService, provider: WebhookInboxProvider, panel: WebhookResultPanel): vscode.Disposable[] {
  const verifier = new WebhookVerifier(ctx, panel);
  const sender = new TestWebhookSender(ctx, () => inbox.localUrl);
  return [
    ...registerInboxCommands(ctx, inbox, provider, panel),
    vscode.commands.registerCommand('mok.webhooks.verify', (args?: VerifyArgs) => verifier.run(typeof args === 'object' && args !== null && !(args instanceof vscode.Uri) ? args : {})),
    vscode.commands.registerCommand('mok.webhooks.sendTest', (nodeOrArgs?: unknown, args?: SendArgs) => sender.run(nodeOrArgs, args)),
  ];
}

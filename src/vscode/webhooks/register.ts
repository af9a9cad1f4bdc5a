// The webhook features of the editor: "Verify Webhook Signature…" and "Send Test Webhook…" with
// their result panel, and the Webhook Inbox (its service, view and commands).
import type * as vscode from 'vscode';
import { featuresBundle } from '../common/bundles';
import { lazyCommands } from '../common/lazyCommands';
import type { ViewContext } from '../common/viewContext';
import { WebhookInboxService } from './inboxService';
import { INBOX_VIEW_ID, WebhookInboxProvider } from './inboxView';
import { WebhookResultPanel } from './resultPanel';

/** The commands ./commands.ts registers, loaded with dist/features.js on first use. */
const WEBHOOK_COMMANDS = [
  'mok.webhooks.verify',
  'mok.webhooks.sendTest',
  'mok.webhooks.inbox.start',
  'mok.webhooks.inbox.stop',
  'mok.webhooks.inbox.clear',
  'mok.webhooks.inbox.export',
  'mok.webhooks.inbox.open',
  'mok.webhooks.inbox.replay',
  'mok.webhooks.inbox.compare',
  'mok.webhooks.inbox.filter',
  'mok.webhooks.inbox.clearFilters',
  'mok.webhooks.inbox.setForward',
  'mok.webhooks.inbox.copyUrl',
  'mok.webhooks.inbox.showFor',
  'mok.webhooks.inbox.revealServiceRequest',
  'mok.sandbox.simulateEvent',
] as const;

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
  // It listened before the reload: listen again (in the background; failures are logged).
  void inbox.restore();
  return {
    panel,
    inbox,
    disposables: [
      panel,
      provider,
      inbox,
      lazyCommands(WEBHOOK_COMMANDS, () => featuresBundle().registerWebhookCommands(ctx, inbox, provider, panel)),
    ],
  };
}

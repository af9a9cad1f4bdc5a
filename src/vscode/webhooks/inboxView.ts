// The "Webhook Inbox" view (`mok.views.webhookInbox`): whether the inbox listens and where (the
// address a remote window reaches), the personal-data notice, forwarding, then every captured
// request newest first — event type, service request, status, ✓/✗, time, a retry marker — with
// filters by event, verdict and service request. Without events and not listening, the view's
// welcome text explains the inbox, the tunnel real MOK needs, and offers to start it.
import * as vscode from 'vscode';
import type { InboxEvent } from '../../core/webhooks/inboxRecord';
import { escapeMd } from '../common/nodes';
import { kindGuard, MessageNode, RecordNode, type TreeNode, TreeProvider } from '../common/tree';
import type { ViewContext } from '../common/viewContext';
import { formatDateTime } from '../../core/wording/dates';
import { statusLabel } from '../serviceRequests/nodes';
import type { WebhookInboxService } from './inboxService';

export const INBOX_VIEW_ID = 'mok.views.webhookInbox';
const HAS_FILTERS = 'mok.webhookInbox.hasFilters';
const LISTENING = 'mok.webhookInbox.listening';
/** Rows shown at most (the newest); filters reach the rest. */
const SHOWN = 500;

export type Verdict = 'valid' | 'invalid' | 'unchecked';

export interface InboxFilters {
  event?: 'service_request.created' | 'service_request.updated' | 'other';
  verdict?: Verdict;
  serviceRequest?: number;
}

export function verdictOf(e: InboxEvent): Verdict {
  return e.valid === null ? 'unchecked' : e.valid ? 'valid' : 'invalid';
}

export function verdictWords(v: Verdict): string {
  return v === 'valid' ? vscode.l10n.t('✓ valid') : v === 'invalid' ? vscode.l10n.t('✗ invalid') : vscode.l10n.t('? not verified');
}

export function eventTitle(e: InboxEvent): string {
  return e.event ?? `${e.method} ${e.path}`;
}

function authWords(e: InboxEvent): string | undefined {
  const a = e.auth;
  if (a.scheme === 'none') return a.status === 'missing' ? vscode.l10n.t('no credentials, although some are expected') : undefined;
  const who = a.scheme === 'basic' ? `Basic ${a.identity ?? ''}` : a.scheme === 'bearer' ? (a.kind === 'fetched' ? vscode.l10n.t('Bearer (fetched from the auth URL)') : vscode.l10n.t('Bearer (static)')) : vscode.l10n.t('another scheme');
  const status = a.status === 'ok' ? vscode.l10n.t('as expected') : a.status === 'mismatch' ? vscode.l10n.t('NOT the expected credentials') : vscode.l10n.t('not checked (nothing to check it with)');
  return `${who}: ${status}`;
}

export { authWords as inboxAuthWords };

export class InboxEventNode extends RecordNode<InboxEvent> {
  readonly nodeKind = 'InboxEventNode';
  static readonly is = kindGuard<InboxEventNode>('InboxEventNode');
  get event(): InboxEvent {
    return this.entry;
  }

  toTreeItem(): vscode.TreeItem {
    const e = this.event;
    const v = verdictOf(e);
    const item = new vscode.TreeItem(eventTitle(e), vscode.TreeItemCollapsibleState.None);
    item.id = `inbox:${e.id}`;
    const last = e.forwards.at(-1);
    item.description = [
      e.serviceRequestId !== undefined ? `#${e.serviceRequestId}` : undefined,
      e.status ? statusLabel(e.status) : undefined,
      verdictWords(v),
      formatDateTime(e.receivedAt),
      e.duplicateOf ? vscode.l10n.t('↻ retry') : undefined,
      last ? (last.error ? vscode.l10n.t('→ forward failed') : `→ ${last.status ?? '?'}`) : undefined,
    ]
      .filter(Boolean)
      .join(' · ');
    item.iconPath = new vscode.ThemeIcon(v === 'valid' ? 'pass' : v === 'invalid' ? 'error' : 'question', new vscode.ThemeColor(v === 'valid' ? 'testing.iconPassed' : v === 'invalid' ? 'testing.iconFailed' : 'descriptionForeground'));
    item.tooltip = this.tooltip();
    // A refused delivery (413) kept no body: nothing to replay or compare.
    item.contextValue = e.refusedBytes !== undefined ? 'mok:inboxRefused' : `mok:inboxEvent+${v}${e.serviceRequestId !== undefined ? '+sr' : ''}`;
    item.command = { command: 'mok.webhooks.inbox.open', title: vscode.l10n.t('Open Event'), arguments: [this] };
    return item;
  }

  private tooltip(): vscode.MarkdownString {
    const e = this.event;
    const md = new vscode.MarkdownString();
    md.appendMarkdown(`**${escapeMd(eventTitle(e))}** — ${escapeMd(verdictWords(verdictOf(e)))}\n\n`);
    md.appendMarkdown(`\`${escapeMd(e.method)} ${escapeMd(e.path)}\` · ${escapeMd(e.receivedAt)} · \`${e.id}\`\n\n`);
    for (const h of e.hints) md.appendMarkdown(`- \`${h.code}\` ${escapeMd(h.message)}\n`);
    const auth = authWords(e);
    if (auth) md.appendMarkdown(`\n${escapeMd(vscode.l10n.t('Delivery auth: {0}', auth))}\n`);
    if (e.duplicateOf) md.appendMarkdown(`\n${escapeMd(vscode.l10n.t('Same body as {0}: a retry (or a replay).', e.duplicateOf))}\n`);
    for (const f of e.forwards) md.appendMarkdown(`\n${escapeMd(f.error ? vscode.l10n.t('Forwarded to {0}: failed ({1})', f.url, f.error) : vscode.l10n.t('Forwarded to {0}: {1} in {2} ms', f.url, String(f.status ?? '?'), f.durationMs))}\n`);
    return md;
  }
}

export class WebhookInboxProvider extends TreeProvider {
  protected readonly what = vscode.l10n.t('the webhook inbox');
  private filtersValue: InboxFilters = {};

  constructor(
    private readonly ctx: ViewContext,
    readonly inbox: WebhookInboxService,
  ) {
    super(INBOX_VIEW_ID, { canSelectMany: true });
    this._register(inbox.onDidChange(() => this.refresh()));
    this.updateDescription();
  }

  get filters(): Readonly<InboxFilters> {
    return this.filtersValue;
  }

  setFilters(f: InboxFilters): void {
    this.filtersValue = Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined && v !== ''));
    this.updateDescription();
    this.refresh();
  }

  private updateDescription(): void {
    const f = this.filtersValue;
    const parts = [
      f.event ? (f.event === 'other' ? vscode.l10n.t('other requests') : f.event) : undefined,
      f.verdict ? verdictWords(f.verdict) : undefined,
      f.serviceRequest !== undefined ? vscode.l10n.t('service request #{0}', f.serviceRequest) : undefined,
    ].filter(Boolean);
    this.view.description = parts.length ? parts.join(' · ') : undefined;
    void vscode.commands.executeCommand('setContext', HAS_FILTERS, parts.length > 0);
  }

  matches(e: InboxEvent): boolean {
    const f = this.filtersValue;
    if (f.event && (f.event === 'other' ? e.event === 'service_request.created' || e.event === 'service_request.updated' : e.event !== f.event)) return false;
    if (f.verdict && verdictOf(e) !== f.verdict) return false;
    if (f.serviceRequest !== undefined && e.serviceRequestId !== f.serviceRequest) return false;
    return true;
  }

  protected async rootChildren(): Promise<TreeNode[]> {
    const inbox = this.inbox;
    void vscode.commands.executeCommand('setContext', LISTENING, inbox.isListening);
    const all = await inbox.events();
    if (!all.length && !inbox.isListening) return []; // the welcome text explains and offers Start
    const rows: TreeNode[] = [this.statusNode(), this.noticeNode()];
    if (inbox.settings.forwardUrl) rows.push(new MessageNode(vscode.l10n.t('Forwarding to {0}', inbox.settings.forwardUrl), 'arrow-right', undefined, { command: 'mok.webhooks.inbox.setForward', title: vscode.l10n.t('Set Forward URL…') }, 'mok:inboxForward', vscode.l10n.t('Each event is sent on to your server; its answer is kept with the event.')));
    const shown = all.filter((e) => this.matches(e)).reverse();
    if (!shown.length) {
      rows.push(
        all.length
          ? new MessageNode(vscode.l10n.t('No events match the filters'), 'filter', undefined, { command: 'mok.webhooks.inbox.clearFilters', title: vscode.l10n.t('Clear filters') }, 'mok:empty', vscode.l10n.t('Click to clear the filters'))
          : new MessageNode(vscode.l10n.t('No events yet: Simulate MOK Event… or send one'), 'inbox', undefined, { command: 'mok.sandbox.simulateEvent', title: vscode.l10n.t('Simulate MOK Event…') }, 'mok:empty'),
      );
    }
    rows.push(...shown.slice(0, SHOWN).map((e) => new InboxEventNode(e)));
    if (shown.length > SHOWN) rows.push(new MessageNode(vscode.l10n.t('{0} older events not shown: filter to find them', shown.length - SHOWN), 'ellipsis', undefined, undefined, 'mok:more'));
    return rows;
  }

  private statusNode(): TreeNode {
    const inbox = this.inbox;
    if (!inbox.isListening) {
      return new MessageNode(
        inbox.readOnly ? vscode.l10n.t('Read-only: another window keeps this inbox') : vscode.l10n.t('Not listening — click to start'),
        'debug-pause',
        undefined,
        inbox.readOnly ? undefined : { command: 'mok.webhooks.inbox.start', title: vscode.l10n.t('Start Webhook Inbox') },
        'mok:inboxStatus+stopped',
        inbox.readOnly,
      );
    }
    const external = inbox.externalUrl ?? '';
    const local = inbox.localUrl ?? '';
    return new MessageNode(
      vscode.l10n.t('Listening on {0}', external),
      'radio-tower',
      undefined,
      { command: 'mok.webhooks.inbox.copyUrl', title: vscode.l10n.t('Copy Inbox URL') },
      'mok:inboxStatus+listening',
      `${external !== local ? vscode.l10n.t('Forwarded from {0}. ', local) : ''}${vscode.l10n.t('Click to copy. Real MOK cannot reach this machine: expose the port with a tunnel (ngrok http {0}, cloudflared tunnel --url {1}) and add the tunnel\'s host name to mok.webhooks.inbox.allowedHosts.', new URL(local || 'http://x:0').port, local)}`,
    );
  }

  private noticeNode(): TreeNode {
    const s = this.inbox.settings;
    return new MessageNode(
      vscode.l10n.t('Webhook bodies carry personal data: kept on this machine for {0} days', s.maxAgeDays),
      'shield',
      undefined,
      undefined,
      'mok:inboxNotice',
      vscode.l10n.t('Names, phones, e-mails and addresses of your customers. The inbox keeps them only on this machine ({0}), for {1} days and up to {2} MiB (mok.webhooks.inbox.*). Clear All removes them; Export writes them to a file you choose.', this.inbox.dir.fsPath, s.maxAgeDays, s.maxMegabytes),
    );
  }

  protected override onError(e: unknown): void {
    this.ctx.log.warn(`Webhook inbox view: ${e instanceof Error ? e.message : String(e)}`);
  }
}

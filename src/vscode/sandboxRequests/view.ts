// The "Sandbox Requests" view: every call the sandbox received — from this window, curl or the
// partner's own backend — newest first and live, ✓/✗ by status, filterable by operation and
// status class. Opening one shows the request and the answer side by side, the broken rules as
// problems placed in the request body; "Copy as curl", "Open in Runner", and the service request
// or fill process it touched.
import * as vscode from 'vscode';
import { pathMatcher, type EndpointDef } from '../../core/catalogue/types';
import type { JournalEntry } from '../../sandbox/journal';
import { kindGuard, MessageNode, RecordNode, type TreeNode, TreeProvider } from '../common/tree';
import type { ViewContext } from '../common/viewContext';
import { followJournal, type JournalFollower } from './journalStream';
import { apiBundle } from '../common/bundles';

export const SANDBOX_REQUESTS_VIEW_ID = 'mok.views.sandboxRequests';
const MAX_SHOWN = 300;

export interface JournalFilterState {
  operation?: string;
  statusClass?: '2xx' | '4xx' | '5xx';
}

export class JournalNode extends RecordNode<JournalEntry> {
  readonly nodeKind = 'JournalNode';
  static readonly is = kindGuard<JournalNode>('JournalNode');
  toTreeItem(): vscode.TreeItem {
    const e = this.entry;
    const ok = e.status >= 200 && e.status < 400;
    // What a person scans for first: the operation (or the raw route when none matched) and the status.
    const item = new vscode.TreeItem(e.operation ?? `${e.method} ${e.path}`, vscode.TreeItemCollapsibleState.None);
    item.id = `journal:${e.seq}`;
    item.description = [String(e.status || '—'), e.operation ? `${e.method} ${e.path}` : undefined, `${e.durationMs} ms`, new Date(e.time).toLocaleTimeString()].filter(Boolean).join(' · ');
    item.iconPath = new vscode.ThemeIcon(ok ? 'pass' : 'error', new vscode.ThemeColor(ok ? 'testing.iconPassed' : 'testing.iconFailed'));
    const md = new vscode.MarkdownString();
    md.appendMarkdown(`**${e.method} ${e.path}** → ${e.status}\n\n`);
    if (e.operation) md.appendMarkdown(`\`${e.operation}\` · `);
    md.appendMarkdown(`${e.client} · ${e.time}\n\n`);
    for (const p of e.problems) md.appendMarkdown(`- \`${p.pointer || '/'}\` ${p.message.replace(/[\\`*_[\]]/g, '\\$&')}\n`);
    if (e.deliveries.length) md.appendMarkdown(`\n${e.deliveries.length === 1 ? vscode.l10n.t('1 webhook sent') : vscode.l10n.t('{0} webhooks sent', e.deliveries.length)}`);
    item.tooltip = md;
    item.contextValue = `mok:journalEntry${e.operation ? '+op' : ''}${e.operation?.startsWith('serviceRequests.') ? '+serviceRequest' : ''}${e.operation === 'templates.fill' || e.operation === 'fillProcess.get' ? '+fillProcess' : ''}`;
    item.command = { command: 'mok.sandboxRequests.open', title: vscode.l10n.t('Open Request'), arguments: [this] };
    return item;
  }

  /** Path parameters of the operation it matched, read back from its path. */
  params(): Record<string, string> {
    const op = this.entry.operation;
    if (!op || !apiBundle().isOperationId(op)) return {};
    const def: EndpointDef = apiBundle().catalogue[op];
    const found = pathMatcher(def.path)(this.entry.path) ?? {};
    delete found.org;
    return found;
  }
}

export class SandboxRequestsProvider extends TreeProvider {
  protected readonly what = vscode.l10n.t('sandbox requests');
  private entries: JournalEntry[] = [];
  private follower: JournalFollower | undefined;
  private followingUrl: string | undefined;
  private filterValue: JournalFilterState = {};
  private lastError: unknown;

  constructor(private readonly ctx: ViewContext) {
    super(SANDBOX_REQUESTS_VIEW_ID);
    this._register(ctx.envs.onDidChange(() => this.restart()));
    this._register(this.view.onDidChangeVisibility((e) => (e.visible ? this.start() : this.stop())));
    this._register({ dispose: () => this.stop() });
  }

  get filter(): JournalFilterState {
    return this.filterValue;
  }

  setFilter(f: JournalFilterState): void {
    this.filterValue = f;
    const bits = [f.operation, f.statusClass].filter(Boolean);
    this.view.description = bits.length ? bits.join(' · ') : undefined;
    this.refresh();
  }

  /** Starts following the sandbox's journal (the in-process one starts if needed). */
  private start(): void {
    if (this.follower || !this.ctx.envs.active().builtIn) return;
    void this.ctx.envs.sandboxUrl().then(
      (url) => {
        if (this.follower || this.isDisposed) return;
        this.followingUrl = url;
        this.follower = followJournal(
          url,
          this.entries.at(0)?.seq ?? 0,
          (e) => {
            this.lastError = undefined;
            this.entries.unshift(e);
            if (this.entries.length > MAX_SHOWN) this.entries.length = MAX_SHOWN;
            this.emitter.fire(undefined);
          },
          (e) => {
            this.lastError = e;
            this.ctx.log.debug(`Sandbox requests: the journal stream dropped (${String(e)}); reconnecting`);
          },
        );
      },
      (e: unknown) => {
        this.lastError = e;
        this.refresh();
      },
    );
  }

  private stop(): void {
    this.follower?.stop();
    this.follower = undefined;
  }

  private restart(): void {
    this.stop();
    this.entries = [];
    this.followingUrl = undefined;
    if (this.view.visible) this.start();
    this.refresh();
  }

  get sandboxUrl(): string | undefined {
    return this.followingUrl;
  }

  protected rootChildren(): Promise<TreeNode[]> {
    if (!this.ctx.envs.active().builtIn) return Promise.resolve([new MessageNode(vscode.l10n.t('Switch to the Sandbox environment to see the requests it receives'), 'info', undefined, { command: 'mok.env.switch', title: vscode.l10n.t('Switch environment') })]);
    this.start();
    const f = this.filterValue;
    const shown = this.entries.filter((e) => (!f.operation || e.operation === f.operation) && (!f.statusClass || `${String(e.status)[0] ?? ''}xx` === f.statusClass));
    if (!shown.length) {
      if (this.lastError) return Promise.resolve([new MessageNode(vscode.l10n.t('The sandbox journal is not reachable; retrying'), 'warning')]);
      return Promise.resolve([new MessageNode(this.entries.length ? vscode.l10n.t('No request matches the filter') : vscode.l10n.t('No requests yet: call the sandbox from here, curl or your backend'), 'info')]);
    }
    return Promise.resolve(shown.map((e) => new JournalNode(e)));
  }
}

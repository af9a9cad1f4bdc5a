// The "Requests" view: what "Call Endpoint…" sent, newest first, ✓/✗ by status; each entry can be
// re-run, opened, saved as a request file, copied as curl (credentials as placeholders) or
// compared with another answer (a JSON-aware diff).
import * as vscode from 'vscode';
import { kindGuard, MessageNode, RecordNode, type TreeNode, TreeProvider } from '../common/tree';
import type { ViewContext } from '../common/viewContext';
import type { HistoryEntry, RunnerHistory } from './history';

export const REQUESTS_VIEW_ID = 'mok.views.requests';

export class HistoryNode extends RecordNode<HistoryEntry> {
  readonly nodeKind = 'HistoryNode';
  static readonly is = kindGuard<HistoryNode>('HistoryNode');
  toTreeItem(): vscode.TreeItem {
    const e = this.entry;
    const ok = e.status >= 200 && e.status < 300;
    const item = new vscode.TreeItem(e.request.operation, vscode.TreeItemCollapsibleState.None);
    item.id = `request:${e.id}`;
    item.description = `${e.status} · ${e.durationMs} ms · ${e.environment} · ${new Date(e.at).toLocaleTimeString()}`;
    item.iconPath = new vscode.ThemeIcon(ok ? 'pass' : 'error', new vscode.ThemeColor(ok ? 'testing.iconPassed' : 'testing.iconFailed'));
    item.tooltip = new vscode.MarkdownString(`**${e.request.operation}** — ${e.sent.method} \`${e.sent.url}\`\n\n${e.status} · ${e.durationMs} ms · ${e.environment} · ${e.at}`);
    item.contextValue = `mok:historyEntry+${ok ? 'ok' : 'failed'}`;
    item.command = { command: 'mok.runner.openResponse', title: vscode.l10n.t('Open Response'), arguments: [this] };
    return item;
  }
}

export class RequestsProvider extends TreeProvider {
  protected readonly what = vscode.l10n.t('request history');

  constructor(
    private readonly ctx: ViewContext,
    readonly history: RunnerHistory,
  ) {
    super(REQUESTS_VIEW_ID);
    this._register(history.onDidChange(() => this.refresh()));
  }

  protected async rootChildren(): Promise<TreeNode[]> {
    const entries = await this.history.list();
    this.view.description = entries.length ? vscode.l10n.t('{0} sent', entries.length) : undefined;
    if (!entries.length) {
      return [new MessageNode(vscode.l10n.t('No requests yet: Call Endpoint…'), 'play', undefined, { command: 'mok.runner.callEndpoint', title: vscode.l10n.t('Call Endpoint…') }, 'mok:empty', vscode.l10n.t('Call any operation of the MOK and Documents APIs'))];
    }
    return entries.map((e) => new HistoryNode(e));
  }

  protected override onError(e: unknown): void {
    this.ctx.log.warn(`Request history: ${String(e)}`);
  }
}

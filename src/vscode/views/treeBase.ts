// Building blocks shared by the tree views: a node interface, placeholder/error/"load more" nodes,
// and a provider base that owns its TreeView and emitter, turns failures into error nodes with
// Retry / Show Log, and wraps loads in cancellable progress.
import * as vscode from 'vscode';
import { ApiError, InputError, formatProblem } from '../../core/errors';

export interface TreeNode {
  /** Builds the TreeItem (cheap; called on every render). */
  toTreeItem(): vscode.TreeItem;
  getChildren?(signal: AbortSignal): Promise<TreeNode[]> | TreeNode[];
  readonly parent?: TreeNode;
}

export class MessageNode implements TreeNode {
  constructor(
    readonly label: string,
    readonly icon: string,
    readonly parent?: TreeNode,
    readonly command?: vscode.Command,
    readonly contextValue = 'mok:message',
    readonly tooltip?: string,
  ) {}
  toTreeItem(): vscode.TreeItem {
    const item = new vscode.TreeItem(this.label, vscode.TreeItemCollapsibleState.None);
    item.iconPath = new vscode.ThemeIcon(this.icon);
    item.contextValue = this.contextValue;
    item.command = this.command;
    item.tooltip = this.tooltip;
    return item;
  }
}

/** "Could not load X — retry / show log": the failed node keeps its place in the tree. */
export class ErrorNode implements TreeNode {
  constructor(
    readonly what: string,
    readonly error: unknown,
    readonly retry: () => void,
    readonly parent?: TreeNode,
  ) {}
  toTreeItem(): vscode.TreeItem {
    const item = new vscode.TreeItem(vscode.l10n.t('Could not load {0}', this.what), vscode.TreeItemCollapsibleState.None);
    item.description = errorSummary(this.error);
    item.iconPath = new vscode.ThemeIcon('error', new vscode.ThemeColor('errorForeground'));
    item.tooltip = new vscode.MarkdownString(`**${vscode.l10n.t('Could not load {0}', this.what)}**\n\n${errorDetail(this.error)}\n\n${vscode.l10n.t('Click to retry. The log has details.')}`);
    item.contextValue = 'mok:error';
    item.command = { command: 'mok.tree.retry', title: vscode.l10n.t('Retry'), arguments: [this] };
    return item;
  }
}

export class LoadMoreNode implements TreeNode {
  constructor(
    readonly load: () => Promise<void>,
    readonly loaded: number,
    readonly parent?: TreeNode,
    readonly total?: number,
  ) {}
  toTreeItem(): vscode.TreeItem {
    const item = new vscode.TreeItem(vscode.l10n.t('Load more…'), vscode.TreeItemCollapsibleState.None);
    item.description = this.total !== undefined ? vscode.l10n.t('{0} of {1} loaded', this.loaded, this.total) : vscode.l10n.t('{0} loaded', this.loaded);
    item.iconPath = new vscode.ThemeIcon('ellipsis');
    item.contextValue = 'mok:loadMore';
    item.command = { command: 'mok.tree.loadMore', title: vscode.l10n.t('Load more'), arguments: [this] };
    return item;
  }
}

export function errorSummary(e: unknown): string {
  if (ApiError.is(e)) {
    switch (e.reason) {
      case 'unauthorized':
        return vscode.l10n.t('credentials rejected (401)');
      case 'forbidden':
        return vscode.l10n.t('not allowed (403)');
      case 'network':
        return vscode.l10n.t('cannot reach the API');
      case 'timeout':
        return vscode.l10n.t('timed out');
      case 'cancelled':
        return vscode.l10n.t('cancelled');
      case 'invalidResponse':
        return vscode.l10n.t('unexpected answer');
      case 'rateLimited':
        return vscode.l10n.t('rate limited (429)');
      default:
        return e.status !== undefined ? `HTTP ${e.status}` : e.reason;
    }
  }
  if (InputError.is(e)) return e.message;
  return e instanceof Error ? e.message : String(e);
}

export function errorDetail(e: unknown): string {
  if (ApiError.is(e)) {
    const lines = [e.message];
    for (const p of e.problems) lines.push(`- ${formatProblem(p)}`);
    if (e.requestId) lines.push('', `request id \`${e.requestId}\``);
    return lines.join('\n');
  }
  return e instanceof Error ? e.message : String(e);
}

/**
 * Base for one tree view: owns the TreeView and the change emitter; children of each node load
 * with a cancellable signal, and a failure becomes an ErrorNode in place.
 */
export abstract class TreeProvider implements vscode.TreeDataProvider<TreeNode>, vscode.Disposable {
  protected readonly emitter = new vscode.EventEmitter<TreeNode | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  readonly view: vscode.TreeView<TreeNode>;
  protected readonly disposables: vscode.Disposable[] = [];
  private loads = new AbortController();

  constructor(readonly viewId: string) {
    this.view = vscode.window.createTreeView(viewId, { treeDataProvider: this, showCollapseAll: true });
    this.disposables.push(this.view, this.emitter);
  }

  /** Children of the root. */
  protected abstract rootChildren(signal: AbortSignal): Promise<TreeNode[]>;
  /** What the root is called in "Could not load …". */
  protected abstract readonly what: string;

  getTreeItem(node: TreeNode): vscode.TreeItem {
    return node.toTreeItem();
  }

  getParent(node: TreeNode): TreeNode | undefined {
    return node.parent;
  }

  async getChildren(node?: TreeNode): Promise<TreeNode[]> {
    const signal = this.loads.signal;
    try {
      if (!node) return await this.withViewProgress(() => this.rootChildren(signal));
      return node.getChildren ? await node.getChildren(signal) : [];
    } catch (e) {
      if (ApiError.is(e, 'cancelled')) return [];
      this.onError(e);
      return [new ErrorNode(node ? labelText(node.toTreeItem().label) ?? this.what : this.what, e, () => this.refresh(node), node)];
    }
  }

  /** Reloads one node (or everything), cancelling loads in flight for a full refresh. */
  refresh(node?: TreeNode): void {
    if (!node) {
      this.loads.abort();
      this.loads = new AbortController();
    }
    this.emitter.fire(node);
  }

  protected onError(_e: unknown): void {}

  private withViewProgress<T>(task: () => Promise<T>): Promise<T> {
    return Promise.resolve(vscode.window.withProgress({ location: { viewId: this.viewId } }, task));
  }

  dispose(): void {
    this.loads.abort();
    for (const d of this.disposables) d.dispose();
  }
}

/** Retry/Load more commands shared by every view (nodes carry their own action). */
export function registerTreeCommands(): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('mok.tree.retry', (node: unknown) => {
      if (node instanceof ErrorNode) node.retry();
    }),
    vscode.commands.registerCommand('mok.tree.loadMore', async (node: unknown) => {
      if (!(node instanceof LoadMoreNode)) return;
      try {
        await node.load();
      } catch (e) {
        if (ApiError.is(e, 'cancelled')) return;
        void vscode.window.showErrorMessage(vscode.l10n.t('Could not load more: {0}', errorSummary(e)), vscode.l10n.t('Show Log')).then((a) => a && vscode.commands.executeCommand('mok.log.show'));
      }
    }),
  ];
}

/** A CancellationToken as an AbortSignal (core functions take signals). */
export function toAbortSignal(token: vscode.CancellationToken): AbortSignal {
  const ac = new AbortController();
  if (token.isCancellationRequested) ac.abort();
  else token.onCancellationRequested(() => ac.abort());
  return ac.signal;
}

/** Runs a network task with a cancellable notification progress; returns undefined when cancelled. */
export async function withCancellableProgress<T>(title: string, task: (signal: AbortSignal) => Promise<T>): Promise<T> {
  return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, (_p, token) => task(toAbortSignal(token)));
}

function labelText(label: string | vscode.TreeItemLabel | undefined): string | undefined {
  return typeof label === 'string' ? label : label?.label;
}

// The tree kit every view is built from: the node interface, placeholder / error / "load more"
// nodes, lazily loaded nodes, and a provider base that owns its TreeView and change emitter and
// turns a failed load into an error node that keeps its place (Retry is the row's action).
import * as vscode from 'vscode';
import { ApiError } from '../../core/errors';
import { errorDetail, errorSummary } from './errors';
import { Disposable } from './lifecycle';

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
    item.tooltip = new vscode.MarkdownString(`**${vscode.l10n.t('Could not load {0}', this.what)}**\n\n${errorDetail(this.error)}\n\n${vscode.l10n.t('Enter or click retries. The log has details (MOK: Show Log).')}`);
    item.accessibilityInformation = { label: `${vscode.l10n.t('Could not load {0}', this.what)}: ${errorSummary(this.error)}. ${vscode.l10n.t('Press Enter to retry.')}` };
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

/** Loads children once per reload; `load` gets the signal of the view. */
export abstract class LazyNode implements TreeNode {
  private cached: Promise<TreeNode[]> | undefined;
  abstract toTreeItem(): vscode.TreeItem;
  protected abstract load(signal: AbortSignal): Promise<TreeNode[]>;
  abstract readonly parent?: TreeNode;
  getChildren(signal: AbortSignal): Promise<TreeNode[]> {
    const p = (this.cached ??= this.load(signal));
    // A failed or cancelled load is tried again next time.
    p.catch(() => {
      if (this.cached === p) this.cached = undefined;
    });
    return p;
  }
  reload(): void {
    this.cached = undefined;
  }
}

/**
 * Base for one tree view: owns the TreeView and the change emitter; children of each node load
 * with a cancellable signal, and a failure becomes an ErrorNode in place.
 */
export abstract class TreeProvider extends Disposable implements vscode.TreeDataProvider<TreeNode> {
  protected readonly emitter = this._register(new vscode.EventEmitter<TreeNode | undefined>());
  readonly onDidChangeTreeData = this.emitter.event;
  readonly view: vscode.TreeView<TreeNode>;
  private loads = new AbortController();

  constructor(
    readonly viewId: string,
    options: { showCollapseAll?: boolean; canSelectMany?: boolean } = {},
  ) {
    super();
    this.view = this._register(vscode.window.createTreeView(viewId, { treeDataProvider: this, showCollapseAll: options.showCollapseAll ?? true, canSelectMany: options.canSelectMany }));
  }

  /** The loads in flight stop when the view does. */
  protected get loadSignal(): AbortSignal {
    return this.loads.signal;
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

  override dispose(): void {
    this.loads.abort();
    super.dispose();
  }
}

function labelText(label: string | vscode.TreeItemLabel | undefined): string | undefined {
  return typeof label === 'string' ? label : label?.label;
}

/**
 * The `is()` of a node class recognised by its `nodeKind`, not `instanceof`: the commands in
 * dist/features.js hold another copy of each class (src/vscode/common/lazyCommands.ts).
 */
export function kindGuard<T>(kind: string): (x: unknown) => x is T {
  return (x: unknown): x is T => typeof x === 'object' && x !== null && (x as { nodeKind?: unknown }).nodeKind === kind;
}

/**
 * A top-level row standing for one record of a list view (a sent request, a sandbox journal entry,
 * an inbox event); `nodeKind` recognises it across bundles (`kindGuard`).
 */
export abstract class RecordNode<E> implements TreeNode {
  abstract readonly nodeKind: string;
  readonly parent = undefined;
  constructor(readonly entry: E) {}
  abstract toTreeItem(): vscode.TreeItem;
}

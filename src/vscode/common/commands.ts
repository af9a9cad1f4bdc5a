// Commands every tree shares: Retry on an error row, Load more, and — registered per view under
// its own ids — "Open as JSON" and "Copy Id" on the node (or the selection, for keybindings).
import * as vscode from 'vscode';
import { ApiError } from '../../core/errors';
import { errorSummary, showError } from './errors';
import { isIdNode, isJsonNode } from './nodes';
import { ErrorNode, LoadMoreNode, type TreeProvider } from './tree';
import type { ViewContext } from './viewContext';

export function registerTreeCommands(ctx: ViewContext): vscode.Disposable[] {
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
        void showError(vscode.l10n.t('Could not load more: {0}', errorSummary(e)), () => ctx.log.show());
      }
    }),
  ];
}

/**
 * "Open as JSON" and "Copy Id" for one view, acting on the given node or the view's selection.
 * Their keybindings (package.json) pass `{ $treeViewId, $focusedTreeItem: true }`, the argument
 * VS Code itself gives view actions: the extension host turns it into the focused row, so Ctrl+C
 * copies the row the keyboard is on even when it is not the selected one.
 */
export function registerNodeCommands(ctx: ViewContext, provider: TreeProvider, ids: { openJson: string; copyId: string }): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(ids.openJson, async (node?: unknown) => {
      const target = isJsonNode(node) ? node : provider.view.selection.find(isJsonNode);
      if (!target) return;
      const doc = target.jsonDocument();
      await ctx.json.open(doc.name, doc.value);
    }),
    vscode.commands.registerCommand(ids.copyId, async (node?: unknown) => {
      const target = isIdNode(node) ? node : provider.view.selection.find(isIdNode);
      if (!target?.copyId) return;
      await vscode.env.clipboard.writeText(target.copyId);
      vscode.window.setStatusBarMessage(vscode.l10n.t('Copied {0}', target.copyId), 3000);
    }),
  ];
}

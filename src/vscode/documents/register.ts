// The Documents & Signatures view: the view, Refresh, Reveal (other features list a document or a
// sign process through it), Open as JSON and Copy Id stay in the shell; opening by id, saving,
// public URLs and Forget (./commands.ts) load with dist/features.js the first time one runs.
import * as vscode from 'vscode';
import { featuresBundle } from '../common/bundles';
import { registerNodeCommands } from '../common/commands';
import { lazyCommands } from '../common/lazyCommands';
import type { TreeNode } from '../common/tree';
import type { ViewContext } from '../common/viewContext';
import { RecentItems, type RecentItem } from './recent';
import { DocumentsProvider } from './view';

const ID = /^[\w.,:-]{1,200}$/;

const DOCUMENT_COMMANDS = ['mok.documents.openDocument', 'mok.documents.openSignProcess', 'mok.documents.forget', 'mok.documents.save', 'mok.documents.copyPublicUrl'] as const;

function revealArg(v: unknown): RecentItem | undefined {
  if (typeof v !== 'object' || v === null) return undefined;
  const r = v as Record<string, unknown>;
  if ((r.kind !== 'document' && r.kind !== 'signProcess') || typeof r.id !== 'string' || !ID.test(r.id)) return undefined;
  return { kind: r.kind, id: r.id, ...(typeof r.owner === 'string' && r.owner ? { owner: r.owner } : {}) };
}

export function registerDocumentsView(ctx: ViewContext): vscode.Disposable[] {
  const provider = new DocumentsProvider(ctx, new RecentItems(ctx.extension.workspaceState));
  ctx.providers.set(provider.viewId, provider);
  return [
    provider,
    ...registerNodeCommands(ctx, provider, { openJson: 'mok.documents.openJson', copyId: 'mok.documents.copyId' }),
    vscode.commands.registerCommand('mok.documents.refresh', (node?: TreeNode) => provider.refresh(node)),
    vscode.commands.registerCommand('mok.documents.reveal', async (arg?: unknown) => {
      const item = revealArg(arg);
      if (item) await provider.remember(item);
    }),
    lazyCommands(DOCUMENT_COMMANDS, () => featuresBundle().registerDocumentCommands(ctx, provider)),
  ];
}

// The Documents & Signatures view's commands: open a document or a sign process by id, reveal one
// (for other features: a fill's document, a runner answer's sign process), save a document to a
// file, copy a public URL to it, open as JSON, copy the id, forget it. The view, reveal and the
// node commands stay in the shell (./register.ts); the others load with dist/features.js on first use.
import * as vscode from 'vscode';
import { ApiError } from '../../core/errors';
import { errorSummary, showError } from '../common/errors';
import { withCancellableProgress } from '../common/progress';
import type { ViewContext } from '../common/viewContext';
import { DocumentNode, MissingNode, SignProcessNode, type DocumentsProvider } from './view';

const ID = /^[\w.,:-]{1,200}$/;

function documentOf(provider: DocumentsProvider, node: unknown): DocumentNode | undefined {
  return DocumentNode.is(node) ? node : provider.view.selection.find((n): n is DocumentNode => DocumentNode.is(n));
}

async function askId(prompt: string): Promise<string | undefined> {
  const id = await vscode.window.showInputBox({ prompt, placeHolder: 'd290f1ee-6c54-4b01-90e6-d701748f0851', validateInput: (v) => (ID.test(v.trim()) ? undefined : vscode.l10n.t('Paste the id the API answered (letters, digits, dashes).')) });
  return id?.trim() || undefined;
}

export function registerDocumentCommands(ctx: ViewContext, provider: DocumentsProvider): vscode.Disposable[] {
  /** Runs a call on a document with progress; a failure is shown, never thrown. */
  async function onDocument<T>(title: string, node: DocumentNode, run: (signal: AbortSignal) => Promise<T>): Promise<T | undefined> {
    try {
      return await withCancellableProgress(title, run);
    } catch (e) {
      if (ApiError.is(e, 'cancelled')) return undefined;
      ctx.log.warn(`${title} ${node.id}: ${ApiError.is(e) ? e.describe() : errorSummary(e)}`);
      void showError(vscode.l10n.t('{0} failed: {1}', title, errorSummary(e)), () => ctx.log.show());
      return undefined;
    }
  }
  const headers = (node: DocumentNode) => (node.owner ? { 'x-auth-owner': node.owner } : undefined);

  return [
    vscode.commands.registerCommand('mok.documents.openDocument', async () => {
      const id = await askId(vscode.l10n.t('Id of the stored document (documentId, filled_document_id…)'));
      if (!id) return;
      const owner = await vscode.window.showInputBox({ prompt: vscode.l10n.t('Its owner (x-auth-owner); leave empty for a public document') });
      if (owner === undefined) return;
      await provider.remember({ kind: 'document', id, ...(owner.trim() ? { owner: owner.trim() } : {}) });
    }),
    vscode.commands.registerCommand('mok.documents.openSignProcess', async () => {
      const id = await askId(vscode.l10n.t('Id of the sign process (sign_process_id)'));
      if (id) await provider.remember({ kind: 'signProcess', id });
    }),
    vscode.commands.registerCommand('mok.documents.forget', async (node?: unknown) => {
      const target = DocumentNode.is(node) || SignProcessNode.is(node) || MissingNode.is(node) ? node : undefined;
      if (target) await provider.forget({ kind: target.kind, id: target.id });
    }),
    vscode.commands.registerCommand('mok.documents.save', async (node?: unknown, target?: vscode.Uri) => {
      const doc = documentOf(provider, node);
      if (!doc) return;
      const uri = target ?? (await vscode.window.showSaveDialog({ defaultUri: vscode.Uri.joinPath(vscode.workspace.workspaceFolders?.[0]?.uri ?? vscode.Uri.file(process.cwd()), doc.fileName), saveLabel: vscode.l10n.t('Save Document') }));
      if (!uri) return;
      const bytes = await onDocument(vscode.l10n.t('Downloading {0}…', doc.fileName), doc, async (signal) => {
        const client = await ctx.envs.client();
        const res = await client.callRaw('documents.download', { params: { documentId: doc.id }, headers: headers(doc) }, { signal });
        if (res.status !== 200) throw new Error(vscode.l10n.t('the API answered {0}: {1}', res.status, res.text.slice(0, 200)));
        return res.bytes;
      });
      if (!bytes) return;
      await vscode.workspace.fs.writeFile(uri, bytes);
      vscode.window.setStatusBarMessage(vscode.l10n.t('Saved {0}', uri.fsPath), 3000);
    }),
    vscode.commands.registerCommand('mok.documents.copyPublicUrl', async (node?: unknown) => {
      const doc = documentOf(provider, node);
      if (!doc) return;
      const link = await onDocument(vscode.l10n.t('Public URL of {0}…', doc.fileName), doc, async (signal) => {
        const client = await ctx.envs.client();
        return client.call('documents.publicUrl', { params: { documentId: doc.id }, headers: headers(doc), body: {} }, { signal });
      });
      if (!link) return;
      await vscode.env.clipboard.writeText(link.publicUrl);
      void vscode.window.showInformationMessage(vscode.l10n.t('Copied a public URL to {0}, valid until {1}.', doc.fileName, link.expirationDate));
    }),
  ];
}

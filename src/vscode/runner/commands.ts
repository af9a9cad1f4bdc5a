// The runner's commands: Call Endpoint…, send a request file, save it in the workspace, and on a
// history entry: re-run, open the answer, save it (files), save as a request file, copy as curl,
// compare two answers, clear the history. Loaded with dist/features.js on first use (./register.ts
// keeps the history, its view and the request file editor in the shell and passes them in).
import * as vscode from 'vscode';
import { normalizedJson } from '../../core/json/compare';
import { toCurl } from '../../core/requests/curl';
import { REQUEST_FILE_SUFFIX } from '../../core/requests/requestFileBasics';
import type { ViewContext } from '../common/viewContext';
import type { HistoryEntry, RunnerHistory } from './history';
import { HistoryNode, type RequestsProvider } from './historyView';
import { pickOperation } from './pick';
import { requestArg, type RequestEditor } from './requestEditor';
import { openResponse, responseText, sendRequestFile } from './send';

function entryOf(provider: RequestsProvider, arg: unknown): HistoryEntry | undefined {
  if (HistoryNode.is(arg)) return arg.entry;
  const selected = provider.view.selection.find((n): n is HistoryNode => HistoryNode.is(n));
  return selected?.entry;
}

export function registerRunnerCommands(ctx: ViewContext, history: RunnerHistory, editor: RequestEditor, provider: RequestsProvider): vscode.Disposable[] {
  const docUri = (arg: unknown): vscode.Uri | undefined => (arg instanceof vscode.Uri ? arg : vscode.window.activeTextEditor?.document.uri);
  return [
    vscode.commands.registerCommand('mok.runner.callEndpoint', async (arg?: unknown) => {
      const given = requestArg(arg);
      const op = given.operation ?? (await pickOperation());
      if (!op) return undefined;
      return editor.newRequest(op, given);
    }),
    vscode.commands.registerCommand('mok.runner.send', async (arg?: unknown, options?: { confirmLive?: boolean; force?: boolean; interactive?: boolean }) => {
      const uri = docUri(arg);
      if (!uri?.path.endsWith(REQUEST_FILE_SUFFIX)) {
        void vscode.window.showErrorMessage(vscode.l10n.t('Open a request file (*.mok-request.json) to send it, or use "MOK: Call Endpoint…".'));
        return undefined;
      }
      return sendRequestFile(ctx, editor, history, uri, options);
    }),
    vscode.commands.registerCommand('mok.runner.saveRequest', async (arg?: unknown) => {
      const entry = HistoryNode.is(arg) ? arg.entry : undefined;
      if (entry) {
        // A history entry becomes a draft first (no credentials in it), then goes where the user says.
        const draft = await editor.newRequest(entry.request.operation, entry.request);
        return draft ? editor.saveInWorkspace(draft) : undefined;
      }
      const uri = docUri(arg);
      return uri ? editor.saveInWorkspace(uri) : undefined;
    }),
    vscode.commands.registerCommand('mok.runner.rerun', async (arg?: unknown) => {
      const entry = entryOf(provider, arg);
      if (!entry) return undefined;
      const draft = await editor.newRequest(entry.request.operation, entry.request);
      return draft ? sendRequestFile(ctx, editor, history, draft) : undefined;
    }),
    vscode.commands.registerCommand('mok.runner.openResponse', async (arg?: unknown) => {
      const entry = entryOf(provider, arg);
      if (entry) await openResponse(ctx, entry, { preview: true });
    }),
    vscode.commands.registerCommand('mok.runner.saveResponse', async (arg?: unknown) => {
      const entry = entryOf(provider, arg);
      if (!entry) return undefined;
      const target = await vscode.window.showSaveDialog({ title: vscode.l10n.t('Save response'), defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri });
      if (!target) return undefined;
      await vscode.workspace.fs.writeFile(target, entry.bodyBase64 !== undefined ? Buffer.from(entry.bodyBase64, 'base64') : Buffer.from(entry.body, 'utf8'));
      return target;
    }),
    vscode.commands.registerCommand('mok.runner.copyCurl', async (arg?: unknown) => {
      const entry = entryOf(provider, arg);
      if (!entry) return undefined;
      const curl = toCurl(entry.sent);
      await vscode.env.clipboard.writeText(curl);
      vscode.window.setStatusBarMessage(vscode.l10n.t('Copied as curl (credentials as $MOK_* placeholders)'), 4000);
      return curl;
    }),
    vscode.commands.registerCommand('mok.runner.compare', async (arg?: unknown, other?: unknown) => {
      const first = entryOf(provider, arg);
      if (!first) return undefined;
      let second = HistoryNode.is(other) ? other.entry : undefined;
      if (!second) {
        const others = (await history.list()).filter((e) => e.id !== first.id);
        const pick = await vscode.window.showQuickPick(
          others.map((e) => ({ label: e.request.operation, description: `${e.status} · ${e.environment} · ${new Date(e.at).toLocaleString()}`, entry: e })),
          { title: vscode.l10n.t('Compare {0} with…', first.request.operation) },
        );
        second = pick?.entry;
      }
      if (!second) return undefined;
      // JSON-aware: both answers with their keys sorted, so the diff shows what changed in the data.
      const side = (e: HistoryEntry) => ctx.json.put(`${e.request.operation}-${e.status}-${e.id.slice(0, 6)}`, normalizedJson(e.body));
      const left = side(second);
      const right = side(first);
      await vscode.commands.executeCommand('vscode.diff', left, right, vscode.l10n.t('{0} ↔ {1}', `${second.request.operation} ${second.status}`, `${first.request.operation} ${first.status}`));
      return { left, right };
    }),
    vscode.commands.registerCommand('mok.runner.clearHistory', async () => {
      const clear = vscode.l10n.t('Clear');
      const ok = await vscode.window.showWarningMessage(vscode.l10n.t('Clear the request history of this workspace?'), { modal: true }, clear);
      if (ok === clear) await history.clear();
    }),
    vscode.commands.registerCommand('mok._runner.responseText', (arg?: unknown) => {
      // For tests and other features: the text a response document shows.
      const entry = entryOf(provider, arg);
      return entry ? responseText({ ...entry, operation: entry.request.operation }) : undefined;
    }),
  ];
}

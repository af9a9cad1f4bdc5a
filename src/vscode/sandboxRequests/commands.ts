// Commands of the Sandbox Requests view: open a request (request and answer side by side, broken
// rules as problems in the request body), filter, copy as curl, open it in the runner to resend
// it edited, and go to the service request it touched. Loaded with dist/features.js on first use
// (./register.ts keeps the view in the shell and passes its provider in).
import * as vscode from 'vscode';
import { toCurl } from '../../core/requests/curl';
import { CREDENTIAL_HEADERS } from '../../core/requests/requestFileBasics';
import type { JournalEntry } from '../../sandbox/journal';
import type { ViewContext } from '../common/viewContext';
import { JournalNode, type SandboxRequestsProvider } from './view';
import { apiBundle } from '../common/bundles';

/** Headers a client sends that say nothing about the request itself. */
const TRANSPORT_HEADERS = new Set(['host', 'content-length', 'connection', 'accept-encoding', 'user-agent', 'accept', 'keep-alive', 'transfer-encoding']);

function pretty(text: string | undefined): string {
  if (text === undefined) return '';
  try {
    return `${JSON.stringify(JSON.parse(text), null, 2)}\n`;
  } catch {
    return text;
  }
}

export function registerSandboxRequestCommands(ctx: ViewContext, provider: SandboxRequestsProvider): vscode.Disposable[] {
  const problems = vscode.languages.createDiagnosticCollection('mok-sandbox-requests');
  const nodeOf = (arg: unknown): JournalNode | undefined => (JournalNode.is(arg) ? arg : provider.view.selection.find((n): n is JournalNode => JournalNode.is(n)));
  const requestHeaders = (e: JournalEntry) => Object.fromEntries(Object.entries(e.requestHeaders).filter(([k]) => !TRANSPORT_HEADERS.has(k) && !(CREDENTIAL_HEADERS as readonly string[]).includes(k)));

  return [
    problems,
    vscode.commands.registerCommand('mok.sandboxRequests.open', async (arg?: unknown) => {
      const node = nodeOf(arg);
      if (!node) return undefined;
      const e = node.entry;
      // The request as it came (body pretty-printed only when positions do not matter).
      const request = ctx.json.put(`${e.seq}-${e.method}-request`, e.requestBody ?? '', '.json');
      const response = ctx.json.put(`${e.seq}-${e.status}-response`, pretty(e.responseBody), '.json');
      const left = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(request), { viewColumn: vscode.ViewColumn.One, preview: true });
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(response), { viewColumn: vscode.ViewColumn.Beside, preview: true, preserveFocus: true });
      problems.set(
        request,
        e.problems.map((p) => {
          const at = p.line !== undefined ? new vscode.Position(p.line - 1, (p.column ?? 1) - 1) : new vscode.Position(0, 0);
          const range = left.document.getWordRangeAtPosition(at, /"[^"]*"|[^\s,:{}[\]]+/) ?? new vscode.Range(at, at.translate(0, 1));
          const d = new vscode.Diagnostic(range, `${p.message}${p.line === undefined && p.pointer ? ` (${p.pointer})` : ''}`, vscode.DiagnosticSeverity.Error);
          d.source = 'MOK sandbox';
          d.code = p.code;
          return d;
        }),
      );
      return { request, response };
    }),
    vscode.commands.registerCommand('mok.sandboxRequests.filter', async (arg?: unknown) => {
      if (arg && typeof arg === 'object' && !JournalNode.is(arg)) return provider.setFilter(arg);
      type Item = vscode.QuickPickItem & { set?: Partial<{ operation: string; statusClass: '2xx' | '4xx' | '5xx' }>; clear?: boolean };
      const items: Item[] = [
        { label: `$(clear-all) ${vscode.l10n.t('All requests')}`, clear: true },
        { label: vscode.l10n.t('Refused (4xx)'), set: { statusClass: '4xx' } },
        { label: vscode.l10n.t('Failed (5xx)'), set: { statusClass: '5xx' } },
        { label: vscode.l10n.t('Succeeded (2xx)'), set: { statusClass: '2xx' } },
        { label: vscode.l10n.t('Operations'), kind: vscode.QuickPickItemKind.Separator },
        ...apiBundle().allEndpoints().map((d) => ({ label: d.id, description: `${d.method} ${d.path}`, set: { operation: d.id } })),
      ];
      const pick = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Filter sandbox requests'), matchOnDescription: true });
      if (!pick) return undefined;
      return provider.setFilter(pick.clear ? {} : { ...provider.filter, ...pick.set });
    }),
    vscode.commands.registerCommand('mok.sandboxRequests.copyCurl', async (arg?: unknown) => {
      const node = nodeOf(arg);
      if (!node || !provider.sandboxUrl) return undefined;
      const e = node.entry;
      const query = new URLSearchParams(e.query).toString();
      const auth = Object.keys(e.requestHeaders).filter((k) => (CREDENTIAL_HEADERS as readonly string[]).includes(k));
      const curl = toCurl({ method: e.method, url: `${provider.sandboxUrl}${e.path}${query ? `?${query}` : ''}`, headers: requestHeaders(e), bodyText: e.requestBody, auth });
      await vscode.env.clipboard.writeText(curl);
      vscode.window.setStatusBarMessage(vscode.l10n.t('Copied as curl (credentials as $MOK_* placeholders)'), 4000);
      return curl;
    }),
    vscode.commands.registerCommand('mok.sandboxRequests.openInRunner', async (arg?: unknown) => {
      const node = nodeOf(arg);
      const op = node?.entry.operation;
      if (!node || !op || !apiBundle().isOperationId(op)) return undefined;
      let body: unknown;
      try {
        body = node.entry.requestBody ? JSON.parse(node.entry.requestBody) : undefined;
      } catch {
        body = undefined;
      }
      return vscode.commands.executeCommand('mok.runner.callEndpoint', { operation: op, params: node.params(), query: node.entry.query, headers: requestHeaders(node.entry), body });
    }),
    vscode.commands.registerCommand('mok.sandboxRequests.showServiceRequest', async (arg?: unknown) => {
      const node = nodeOf(arg);
      const id = node ? (responseField(node, (r) => (r['service_request'] as Record<string, unknown> | undefined)?.['id']) ?? node.params()['id']) : undefined;
      if (id === undefined) return undefined;
      // The service request in the Service Requests view (looked up in the active environment).
      return vscode.commands.executeCommand('mok.serviceRequests.goTo', id);
    }),
    vscode.commands.registerCommand('mok.sandboxRequests.showFill', async (arg?: unknown) => {
      const node = nodeOf(arg);
      const id = node ? (responseField(node, (r) => r['fill_process_id']) ?? node.params()['fill_process_id']) : undefined;
      if (id === undefined) return undefined;
      // A fill sent from the editor has a Fill activity row: its status checked again there;
      // one sent by the partner's own code is looked up in the runner.
      const tracked = await vscode.commands.executeCommand<unknown>('mok.fills.checkStatus', id, false);
      if (tracked) {
        await vscode.commands.executeCommand('mok.views.dynamicTemplates.focus');
        return tracked;
      }
      return vscode.commands.executeCommand('mok.runner.callEndpoint', { operation: 'fillProcess.get', params: { fill_process_id: id } });
    }),
  ];
}

/** A field of the entry's JSON response body, if it has one. */
function responseField(node: { entry: { responseBody?: string } }, pick: (body: Record<string, unknown>) => unknown): string | undefined {
  try {
    const body = JSON.parse(node.entry.responseBody ?? 'null') as unknown;
    return body && typeof body === 'object' ? idText(pick(body as Record<string, unknown>)) : undefined;
  } catch {
    return undefined;
  }
}

/** An id as text: only strings and numbers are ids. */
function idText(value: unknown): string | undefined {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}

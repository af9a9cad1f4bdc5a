// Sending a request file: the same check the editor shows (refused unless the user insists),
// the files of an upload read from disk next to the request, a confirmation before a write to a
// live environment, a cancellable send with the environment's credentials, the answer kept in the
// history and shown as a read-only document (status, time, headers, body).
import * as vscode from 'vscode';
import type { EndpointDef } from '../../core/catalogue/types';
import type { RawCallResult } from '../../core/client/apiClient';
import type { FileInput } from '../../core/client/multipartBody';
import { ApiError } from '../../core/errors';
import type { RequestFile } from '../../core/requests/requestFile';
import { errorSummary, problemLines } from '../common/errors';
import { withCancellableProgress } from '../common/progress';
import type { ViewContext } from '../common/viewContext';
import type { HistoryEntry, RunnerHistory } from './history';
import { checkRequestText, type RequestEditor } from './requestEditor';
import { apiBundle } from '../common/bundles';

export type SendOutcome = { ok: true; entry: HistoryEntry } | { ok: false; stage: 'invalid' | 'declined' | 'cancelled' | 'files' | 'failed'; message?: string };

/** Connection-level headers: noise next to what the API said. */
const TRANSPORT_HEADERS = new Set(['connection', 'keep-alive', 'transfer-encoding', 'date']);

/** The answer as a read-only document: a comment header (status, time, headers) then the body. */
export function responseText(entry: Pick<HistoryEntry, 'status' | 'durationMs' | 'headers' | 'body' | 'bodyBase64' | 'truncated' | 'environment' | 'at'> & { operation: string }): string {
  const head = [`// ${entry.status} · ${entry.durationMs} ms · ${entry.operation} · ${entry.environment} · ${entry.at}`];
  for (const [k, v] of Object.entries(entry.headers)) if (!TRANSPORT_HEADERS.has(k)) head.push(`// ${k}: ${v}`);
  if (entry.truncated) head.push(`// ${vscode.l10n.t('(the answer was longer: cut at 512 KiB)')}`);
  if (entry.bodyBase64 !== undefined) {
    head.push(`// ${vscode.l10n.t('A file of {0} bytes: use "Save Response As…" to keep it.', Buffer.from(entry.bodyBase64, 'base64').length)}`);
    return `${head.join('\n')}\n`;
  }
  let body = entry.body;
  try {
    body = JSON.stringify(JSON.parse(entry.body), null, 2);
  } catch {
    // Not JSON: shown as it came.
  }
  return `${head.join('\n')}\n${body}\n`;
}

export async function openResponse(ctx: ViewContext, entry: HistoryEntry, options: { preview?: boolean; beside?: boolean } = {}): Promise<vscode.TextEditor> {
  const name = `${entry.request.operation}-${entry.status}-${entry.at.slice(11, 19).replace(/:/g, '')}.response`;
  return ctx.json.open(name, undefined, { text: responseText({ ...entry, operation: entry.request.operation }), language: 'jsonc', preview: options.preview ?? true, beside: options.beside });
}

async function readFiles(base: vscode.Uri, files: RequestFile['files']): Promise<Record<string, FileInput | FileInput[]> | string> {
  const out: Record<string, FileInput | FileInput[]> = {};
  for (const [part, p] of Object.entries(files ?? {})) {
    const read = async (rel: string): Promise<FileInput> => {
      const uri = vscode.Uri.joinPath(base, rel);
      return { filename: uri.path.split('/').pop() ?? rel, data: await vscode.workspace.fs.readFile(uri) };
    };
    try {
      out[part] = Array.isArray(p) ? await Promise.all(p.map(read)) : await read(p);
    } catch {
      return vscode.l10n.t('The file "{0}" of part "{1}" cannot be read (paths are relative to the request file).', Array.isArray(p) ? p.join(', ') : p, part);
    }
  }
  return out;
}

export async function sendRequestFile(ctx: ViewContext, editor: RequestEditor, history: RunnerHistory, uri: vscode.Uri, options: { confirmLive?: boolean; force?: boolean; interactive?: boolean } = {}): Promise<SendOutcome> {
  const doc = await vscode.workspace.openTextDocument(uri);
  await editor.pipeline.validate(doc);
  const checked = checkRequestText(doc.getText());
  const errors = checked.problems.filter((p) => p.severity === 'error');
  let force = options.force ?? false;
  if (errors.length && !force) {
    const sendAnyway = vscode.l10n.t('Send Anyway');
    const head = errors.length === 1 ? vscode.l10n.t('Not sent: 1 problem in the request.') : vscode.l10n.t('Not sent: {0} problems in the request.', errors.length);
    const detail = errors.slice(0, 5).map((p) => `• ${p.pointer}  ${p.message}`).join('\n');
    if (options.interactive === false) {
      void vscode.window.showErrorMessage(`${head}\n${detail}`);
      return { ok: false, stage: 'invalid', message: head };
    }
    const pick = await vscode.window.showErrorMessage(head, { detail }, sendAnyway);
    if (pick !== sendAnyway || !checked.request) return { ok: false, stage: 'invalid', message: head };
    force = true;
  }
  const request = checked.request;
  if (!request) return { ok: false, stage: 'invalid' };
  const def: EndpointDef = apiBundle().catalogue[request.operation];
  const base = vscode.Uri.joinPath(uri, '..');
  const files = await readFiles(base, request.files);
  if (typeof files === 'string') {
    void vscode.window.showErrorMessage(files);
    return { ok: false, stage: 'files', message: files };
  }
  const env = ctx.envs.active().environment;
  if (env.kind === 'live' && def.method !== 'GET' && options.confirmLive !== false) {
    const send = vscode.l10n.t('Send to live');
    const pick = await vscode.window.showWarningMessage(vscode.l10n.t('Send {0} {1} to the LIVE environment "{2}"?', def.method, def.id, env.name), { modal: true, detail: vscode.l10n.t('It acts on real data.') }, send);
    if (pick !== send) return { ok: false, stage: 'declined' };
  }
  let res: RawCallResult;
  try {
    const client = await ctx.envs.client();
    res = await withCancellableProgress(vscode.l10n.t('{0} → {1}…', def.id, env.name), (signal) =>
      client.callRaw(request.operation, { params: request.params, query: request.query, headers: request.headers, body: request.body, files }, { signal, force }),
    );
  } catch (e) {
    if (ApiError.is(e, 'cancelled')) return { ok: false, stage: 'cancelled' };
    ctx.log.warn(`Call ${def.id}: ${ApiError.is(e) ? e.describe() : errorSummary(e)}`);
    const message = vscode.l10n.t('{0} was not answered: {1}', def.id, problemLines(e).join('; '));
    void vscode.window.showErrorMessage(message);
    return { ok: false, stage: 'failed', message };
  }
  const binary = def.responseKind === 'binary' && res.status >= 200 && res.status < 300;
  const entry = await history.add({ environment: env.name, request, status: res.status, durationMs: res.durationMs, headers: res.headers, sent: res.sent, bytes: res.bytes, binary });
  ctx.log.info(`Call ${def.id} → ${res.status} in ${res.durationMs} ms (${env.name})`);
  // Beside the request, so the two can be read together.
  await openResponse(ctx, entry, { beside: true });
  return { ok: true, entry };
}

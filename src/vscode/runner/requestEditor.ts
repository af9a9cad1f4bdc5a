// Request files (`*.mok-request.json`) in the editor: a draft written from the operation's
// documented example (path parameters asked for, the example's values offered), checked as you
// type against the catalogue — params, query, headers, body, each problem at its place in the
// file — and sent with the active environment's credentials from a CodeLens.
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { OperationId } from '../../core/catalogue/catalogue';
import { pathPlaceholders, type EndpointDef } from '../../core/catalogue/types';
import { isJsonObject } from '../../core/json/canonical';
import { parseJsonText } from '../../core/problems/fromSyntax';
import { zodProblems } from '../../core/problems/fromZod';
import type { Problem } from '../../core/problems/problem';
import type { RequestFile } from '../../core/requests/requestFile';
import { REQUEST_FILE_SUFFIX, requestFileFor } from '../../core/requests/requestFileBasics';
import { Disposable } from '../common/lifecycle';
import type { ViewContext } from '../common/viewContext';
import { JsonEditingPipeline } from '../editing/jsonEditor';
import type { ValidationEngine } from '../fills/engine';
import { RequestHelp } from './requestHelp';
import { apiBundle } from '../common/bundles';

/** A request file's text checked: the file's own shape, then the request against its operation. */
export function checkRequestText(text: string): { problems: Problem[]; request?: RequestFile } {
  const parsed = parseJsonText(text, vscode.l10n);
  if (parsed.problems.length) return { problems: parsed.problems };
  const r = apiBundle().requestFile.safeParse(parsed.value);
  if (!r.success) return { problems: zodProblems(r.error, parsed.value, { schema: apiBundle().requestFile, l10n: vscode.l10n }) };
  const request = r.data as RequestFile;
  const def: EndpointDef = apiBundle().catalogue[request.operation];
  const problems = apiBundle().checkRequest(def, { params: request.params, query: request.query, headers: request.headers, body: request.body }, { l10n: vscode.l10n });
  return { problems, request };
}

export class RequestEditor extends Disposable {
  readonly pipeline: JsonEditingPipeline;

  constructor(
    private readonly ctx: ViewContext,
    validation: ValidationEngine,
  ) {
    super();
    const help = new RequestHelp(validation);
    this.pipeline = this._register(
      new JsonEditingPipeline({
        source: 'MOK',
        selector: [{ pattern: `**/*${REQUEST_FILE_SUFFIX}` }],
        check: (_doc, text) => checkRequestText(text).problems,
        lenses: (doc) => this.lenses(doc),
        completion: (doc, position) => help.completion(doc, position),
        hover: (doc, position) => help.hover(doc, position),
      }),
    );
    this._register(ctx.envs.onDidChange(() => this.pipeline.refreshLenses()));
  }

  private get draftDir(): vscode.Uri {
    return vscode.Uri.joinPath(this.ctx.extension.globalStorageUri, 'requests');
  }

  isDraft(uri: vscode.Uri): boolean {
    return uri.fsPath.startsWith(this.draftDir.fsPath);
  }

  private lenses(doc: vscode.TextDocument): vscode.CodeLens[] {
    const env = this.ctx.envs.active().environment;
    const top = new vscode.Range(0, 0, 0, 0);
    const send = vscode.l10n.t('$(play) Send to {0}', env.name);
    const lenses = [new vscode.CodeLens(top, { title: env.kind === 'live' ? `${send} $(warning) ${vscode.l10n.t('LIVE')}` : send, command: 'mok.runner.send', arguments: [doc.uri] })];
    if (this.isDraft(doc.uri)) lenses.push(new vscode.CodeLens(top, { title: vscode.l10n.t('$(save) Save in Workspace…'), command: 'mok.runner.saveRequest', arguments: [doc.uri] }));
    return lenses;
  }

  /** Asks for the path parameters (the example's values offered), then writes and opens a draft. */
  async newRequest(operation: OperationId, given: Partial<RequestFile> = {}): Promise<vscode.Uri | undefined> {
    const def: EndpointDef = apiBundle().catalogue[operation];
    const example = apiBundle().exampleInput(def);
    const params: Record<string, string | number | boolean> = { ...example.params, ...given.params };
    for (const name of pathPlaceholders(def.path).filter((p) => p !== 'org')) {
      if (given.params?.[name] !== undefined) continue;
      const value = await vscode.window.showInputBox({
        title: vscode.l10n.t('{0}: path parameter "{1}"', def.id, name),
        value: params[name] === undefined ? '' : String(params[name]),
        prompt: `${def.method} ${def.path}`,
        ignoreFocusOut: true,
        validateInput: (v) => (v.trim() ? undefined : vscode.l10n.t('"{0}" is part of the path: give it a value', name)),
      });
      if (value === undefined) return undefined;
      params[name] = value.trim();
    }
    // Credentials never go into the file; the environment adds them when it runs.
    const headers = Object.fromEntries(Object.entries({ ...example.headers, ...given.headers }).filter(([k]) => k.toLowerCase() !== 'authorization'));
    const files = Object.fromEntries(Object.keys(example.files ?? {}).map((part) => [part, `./${part}`]));
    const content = requestFileFor(operation, { params, query: given.query ?? example.query, headers, body: given.body !== undefined ? given.body : example.body, files: given.files ?? (Object.keys(files).length ? files : undefined) });
    await vscode.workspace.fs.createDirectory(this.draftDir);
    const uri = await this.freeName(operation);
    await vscode.workspace.fs.writeFile(uri, Buffer.from(`${JSON.stringify(content, null, 2)}\n`, 'utf8'));
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc, { preview: false });
    return uri;
  }

  private async freeName(operation: string): Promise<vscode.Uri> {
    let existing: string[] = [];
    try {
      existing = (await vscode.workspace.fs.readDirectory(this.draftDir)).map(([n]) => n);
    } catch {
      // No drafts yet.
    }
    let n = 1;
    while (existing.includes(`${operation}-${n}${REQUEST_FILE_SUFFIX}`)) n++;
    return vscode.Uri.joinPath(this.draftDir, `${operation}-${n}${REQUEST_FILE_SUFFIX}`);
  }

  /** Saves a draft (or any request file) into the workspace, where it can live in git. */
  async saveInWorkspace(uri: vscode.Uri): Promise<vscode.Uri | undefined> {
    const doc = await vscode.workspace.openTextDocument(uri);
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const target = await vscode.window.showSaveDialog({
      title: vscode.l10n.t('Save request'),
      defaultUri: folder ? vscode.Uri.joinPath(folder, path.basename(uri.path)) : undefined,
      filters: { [vscode.l10n.t('MOK request')]: ['json'] },
    });
    if (!target) return undefined;
    const named = target.path.endsWith(REQUEST_FILE_SUFFIX) ? target : target.with({ path: target.path.replace(/(\.json)?$/, REQUEST_FILE_SUFFIX) });
    await vscode.workspace.fs.writeFile(named, Buffer.from(doc.getText(), 'utf8'));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(named), { preview: false });
    return named;
  }
}

/** `{operation, params, …}` from a command argument (tests, other views). */
export function requestArg(arg: unknown): Partial<RequestFile> & { operation?: OperationId } {
  if (!isJsonObject(arg)) return {};
  const op = typeof arg.operation === 'string' && apiBundle().isOperationId(arg.operation) ? arg.operation : undefined;
  const rec = (v: unknown) => (isJsonObject(v) ? (v as Record<string, string>) : undefined);
  return { ...(op ? { operation: op } : {}), params: rec(arg.params), query: rec(arg.query), headers: rec(arg.headers), ...('body' in arg ? { body: arg.body } : {}) };
}

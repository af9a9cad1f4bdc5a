// Service-request scaffolds: create (`*.mok-sr.json`) and update (`update/<id>/<public id>.mok-sru.json`,
// so the tab reads as the request's public id) files in the extension's global storage, run on the shared editing pipeline — MOK's own rules
// (core/rules/serviceRequests.ts) as you type, once per mistake, with quick fixes — and "Send":
// the same check, confirmation for live environments, cancellable send, the API's answer shown
// without touching the document.
import * as vscode from 'vscode';
import { ApiError } from '../../core/errors';
import { valueAt } from '../../core/json/pointer';
import type { ServiceRequest } from '../../core/models/mok';
import { SERVICE_REQUEST_CREATE_FIELDS, SERVICE_REQUEST_UPDATE_FIELDS } from '../../core/models/values';
import { parseJsonText } from '../../core/problems/fromSyntax';
import { errorCount, formatProblem, type Problem } from '../../core/problems/problem';
import { errorSummary, problemLines } from '../common/errors';
import { Disposable } from '../common/lifecycle';
import { withCancellableProgress } from '../common/progress';
import type { ViewContext } from '../common/viewContext';
import { removeEdit, renameKeyEdit, setValueEdit } from '../editing/fixes';
import { JsonEditingPipeline, type ProblemFix } from '../editing/jsonEditor';
import { isPrefillNode, type ServiceRequestPrefill } from './prefill';
import { apiBundle } from '../common/bundles';

export const CREATE_SUFFIX = '.mok-sr.json';
export const UPDATE_SUFFIX = '.mok-sru.json';
/** `…/update/25/00032-00025-7705762326.mok-sru.json`, or the older `…-update-25.mok-sru.json`. */
const UPDATE_NAME = /\/update\/(\d+)\/[^/]+\.mok-sru\.json$|-update-(\d+)\.mok-sru\.json$/;

export type ScaffoldKind = { kind: 'create' } | { kind: 'update'; id: number };

/** What kind of scaffold a file is, from its name (the update id is in the name: the body may not carry it). */
export function scaffoldKind(uri: vscode.Uri): ScaffoldKind | undefined {
  const name = uri.path.split('/').pop() ?? '';
  if (name.endsWith(CREATE_SUFFIX)) return { kind: 'create' };
  const m = UPDATE_NAME.exec(uri.path);
  const id = m?.[1] ?? m?.[2];
  if (id) return { kind: 'update', id: Number(id) };
  return undefined;
}

export type SendResult =
  | { ok: true; serviceRequest: ServiceRequest }
  | { ok: false; stage: 'notScaffold' | 'syntax' | 'local' | 'api' | 'cancelled' | 'declined'; problems: string[] };

export interface ServiceRequestSink {
  reveal(sr: ServiceRequest): Promise<void>;
  replace(sr: ServiceRequest): void;
}

/** Every problem of a scaffold's text: syntax first; the body's rules once it parses. */
export function checkScaffold(kind: ScaffoldKind, text: string): Problem[] {
  const parsed = parseJsonText(text, vscode.l10n);
  if (parsed.problems.length) return parsed.problems;
  return kind.kind === 'create' ? apiBundle().checkServiceRequestCreate(parsed.value, vscode.l10n).problems : apiBundle().checkServiceRequestUpdate(parsed.value, vscode.l10n).problems;
}

/** The quick fixes users expect: the spelling the API knows, a number sent as text, a field renamed or removed. */
function scaffoldFixes(doc: vscode.TextDocument, p: Problem): ProblemFix[] {
  const out: ProblemFix[] = [];
  const add = (title: string, edit: vscode.WorkspaceEdit | undefined, preferred = true) => {
    if (edit) out.push({ title, edit, preferred });
  };
  const suggestion = typeof p.data?.suggestion === 'string' ? p.data.suggestion : undefined;
  if (p.code === 'field/unknown' && suggestion) add(vscode.l10n.t('Rename to "{0}"', suggestion), renameKeyEdit(doc, p.pointer, suggestion));
  if (p.code === 'field/unknown') add(vscode.l10n.t('Remove "{0}"', String(p.data?.key ?? '')), removeEdit(doc, p.pointer), !suggestion);
  if (p.code === 'field/immutable') add(vscode.l10n.t('Remove "{0}"', String(p.data?.key ?? '')), removeEdit(doc, p.pointer));
  if (p.code === 'field/deprecated' && p.pointer.endsWith('/document_identifier')) add(vscode.l10n.t('Rename to "{0}"', 'access_identifier'), renameKeyEdit(doc, p.pointer, 'access_identifier'));
  if (p.code === 'field/type' && p.data?.expectedTypes?.includes('string')) {
    const value = parseJsonText(doc.getText()).value;
    const current = valueAt(value, p.pointer);
    if (typeof current === 'number' || typeof current === 'boolean') add(vscode.l10n.t('Convert {0} to the string "{1}"', String(current), String(current)), setValueEdit(doc, p.pointer, String(current)));
  }
  if (p.code === 'field/value' && suggestion) add(vscode.l10n.t('Change to "{0}"', suggestion), setValueEdit(doc, p.pointer, suggestion));
  return out;
}

/** An API problem names a field of the body (`service_id` or `service_request.service_id`). */
function inBody(p: Problem): Problem {
  return p.pointer && !p.pointer.startsWith('/service_request') ? { ...p, pointer: `/service_request${p.pointer}` } : p;
}

function problemsSentence(n: number): string {
  return n === 1 ? vscode.l10n.t('Not sent: 1 problem in the request body.') : vscode.l10n.t('Not sent: {0} problems in the request body.', n);
}

export class ServiceRequestScaffolds extends Disposable {
  readonly pipeline: JsonEditingPipeline;

  constructor(
    private readonly ctx: ViewContext,
    private readonly sink: ServiceRequestSink,
  ) {
    super();
    this.pipeline = this._register(
      new JsonEditingPipeline({
        source: 'MOK',
        selector: [{ pattern: `**/*${CREATE_SUFFIX}` }, { pattern: `**/*${UPDATE_SUFFIX}` }],
        owns: (doc) => scaffoldKind(doc.uri) !== undefined,
        check: (doc, text) => {
          const kind = scaffoldKind(doc.uri);
          return kind ? checkScaffold(kind, text) : [];
        },
        fixes: (doc, problem) => scaffoldFixes(doc, problem),
        lenses: (doc) => this.lenses(doc),
      }),
    );
    this._register(ctx.envs.onDidChange(() => this.pipeline.refreshLenses()));
  }

  private get scaffoldDir(): vscode.Uri {
    return vscode.Uri.joinPath(this.ctx.extension.globalStorageUri, 'scaffolds');
  }

  private lenses(doc: vscode.TextDocument): vscode.CodeLens[] {
    const kind = scaffoldKind(doc.uri);
    if (!kind) return [];
    const env = this.ctx.envs.active().environment;
    const top = new vscode.Range(0, 0, 0, 0);
    const name = (doc.uri.path.split('/').pop() ?? '').replace(UPDATE_SUFFIX, '');
    const title = kind.kind === 'create' ? vscode.l10n.t('$(send) Send to {0} (create)', env.name) : vscode.l10n.t('$(send) Send to {0} (update {1})', env.name, name);
    return [new vscode.CodeLens(top, { title: env.kind === 'live' ? `${title} $(warning) ${vscode.l10n.t('LIVE')}` : title, command: 'mok.serviceRequests.send', arguments: [doc.uri] })];
  }

  /** Writes and opens a create scaffold prefilled from a contract/service. */
  async openCreateScaffold(prefill: ServiceRequestPrefill): Promise<vscode.Uri> {
    await vscode.workspace.fs.createDirectory(this.scaffoldDir);
    const uri = await this.freeName();
    const sr: Record<string, unknown> = {};
    if (prefill.contractId !== undefined) sr.contract_id = prefill.contractId;
    if (prefill.serviceId !== undefined) sr.service_id = prefill.serviceId;
    // service_name only names the chosen service: without one, the file must not suggest that
    // typing a name picks it (the service rule points at service_id / service_external_id).
    if (prefill.serviceId !== undefined) sr.service_name = prefill.serviceName ?? null;
    sr.external_id = suggestExternalId();
    sr.current_status = 'pending';
    sr.requested_at = new Date().toISOString();
    for (const f of SERVICE_REQUEST_CREATE_FIELDS) {
      if (f in sr) continue;
      // Ids are chosen (or typed) by the user; null would be one more mistake to report meanwhile.
      if (f === 'contract_id' || f === 'service_id' || f === 'service_name') continue;
      sr[f] = null;
    }
    await this.write(uri, { service_request: sr });
    await this.show(uri);
    return uri;
  }

  /** Writes (or re-opens, when it has unsaved edits) and opens the update scaffold of a request. */
  async openUpdateScaffold(current: ServiceRequest): Promise<vscode.Uri> {
    // The tab shows the file name: the public id partners and MOK quote, not the internal id.
    const dir = vscode.Uri.joinPath(this.scaffoldDir, 'update', String(current.id));
    await vscode.workspace.fs.createDirectory(dir);
    const base = (current.public_id ?? `service-request-${current.id}`).replace(/[\\/:*?"<>|]+/g, '-');
    const uri = vscode.Uri.joinPath(dir, `${base}${UPDATE_SUFFIX}`);
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (!open?.isDirty) {
      const sr: Record<string, unknown> = {};
      for (const f of SERVICE_REQUEST_UPDATE_FIELDS) sr[f] = current[f] ?? null;
      await this.write(uri, { service_request: sr });
    }
    await this.show(uri);
    return uri;
  }

  private async freeName(): Promise<vscode.Uri> {
    let existing: string[] = [];
    try {
      existing = (await vscode.workspace.fs.readDirectory(this.scaffoldDir)).map(([n]) => n);
    } catch {
      // No directory yet.
    }
    let n = 1;
    while (existing.includes(`create-service-request-${n}${CREATE_SUFFIX}`)) n++;
    return vscode.Uri.joinPath(this.scaffoldDir, `create-service-request-${n}${CREATE_SUFFIX}`);
  }

  private async write(uri: vscode.Uri, value: unknown): Promise<void> {
    await vscode.workspace.fs.writeFile(uri, Buffer.from(`${JSON.stringify(value, null, 2)}\n`, 'utf8'));
  }

  private async show(uri: vscode.Uri): Promise<void> {
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc, { preview: false });
  }

  /** Checks and sends a scaffold; never modifies the document. */
  async send(uri: vscode.Uri, options: { confirmLive?: boolean } = {}): Promise<SendResult> {
    const kind = scaffoldKind(uri);
    if (!kind) {
      const msg = vscode.l10n.t('Only the scaffolds of "Create Service Request…" (*.mok-sr.json) and "Edit Service Request…" (*.mok-sru.json) can be sent.');
      void vscode.window.showErrorMessage(msg);
      return { ok: false, stage: 'notScaffold', problems: [msg] };
    }
    const doc = await vscode.workspace.openTextDocument(uri);

    // 1. The same check the editor shows as you type (syntax, then every rule of the body).
    const problems = await this.pipeline.validate(doc);
    const errors = problems.filter((p) => p.severity === 'error');
    if (errors.length) {
      const syntax = errors.some((p) => p.origin === 'syntax');
      const lines = errors.map((p) => (p.span ? lineCol(doc, p.span.offset, p.message) : formatProblem(p)));
      void this.report(syntax ? vscode.l10n.t('Not sent: the file is not valid JSON.') : problemsSentence(errorCount(errors)), lines, uri);
      return { ok: false, stage: syntax ? 'syntax' : 'local', problems: lines };
    }
    const value: unknown = JSON.parse(doc.getText());

    // 2. Confirm before touching a live environment.
    const env = this.ctx.envs.active().environment;
    if (env.kind === 'live' && options.confirmLive !== false) {
      const send = vscode.l10n.t('Send to live');
      const pick = await vscode.window.showWarningMessage(
        vscode.l10n.t('Send this service request to the LIVE environment "{0}"?', env.name),
        { modal: true, detail: vscode.l10n.t('It will reach real providers and customers.') },
        send,
      );
      if (pick !== send) return { ok: false, stage: 'declined', problems: [] };
    }

    // 3. Send.
    let sr: ServiceRequest;
    try {
      const client = await this.ctx.envs.client();
      if (kind.kind === 'create') {
        const body = apiBundle().checkServiceRequestCreate(value).body;
        if (!body) return { ok: false, stage: 'local', problems: [] };
        sr = (await withCancellableProgress(vscode.l10n.t('Creating service request in {0}…', env.name), (signal) => client.call('serviceRequests.create', { body }, { signal }))).service_request;
      } else {
        const body = apiBundle().checkServiceRequestUpdate(value).body;
        if (!body) return { ok: false, stage: 'local', problems: [] };
        sr = (
          await withCancellableProgress(vscode.l10n.t('Updating service request {0} in {1}…', kind.id, env.name), (signal) =>
            client.call('serviceRequests.update', { params: { id: kind.id }, body }, { signal }),
          )
        ).service_request;
      }
    } catch (e) {
      if (ApiError.is(e, 'cancelled')) return { ok: false, stage: 'cancelled', problems: [] };
      this.ctx.log.warn(`Send service request: ${ApiError.is(e) ? e.describe() : errorSummary(e)}`);
      const lines = problemLines(e);
      if (ApiError.is(e) && e.problems.length) this.pipeline.publish(doc, e.problems.map(inBody));
      const head = ApiError.is(e) && e.reason === 'validation' ? vscode.l10n.t('{0} rejected the request; your file is unchanged.', env.name) : vscode.l10n.t('Not sent to {0}: {1}. Your file is unchanged.', env.name, errorSummary(e));
      void this.report(head, lines, uri);
      return { ok: false, stage: 'api', problems: lines };
    }

    // 4. Show the answer; the scaffold stays as it is.
    if (kind.kind === 'update') this.sink.replace(sr);
    const label = sr.public_id ?? `#${sr.id}`;
    await this.ctx.json.open(`service-request-${sr.public_id ?? sr.id}-response`, { service_request: sr }, { preview: true });
    const reveal = vscode.l10n.t('Reveal');
    void Promise.resolve(
      vscode.window.showInformationMessage(kind.kind === 'create' ? vscode.l10n.t('Service request {0} created in {1}.', label, env.name) : vscode.l10n.t('Service request {0} updated in {1}.', label, env.name), reveal),
    )
      .then((pick) => (pick === reveal ? this.sink.reveal(sr) : undefined))
      .catch(() => undefined);
    return { ok: true, serviceRequest: sr };
  }

  /** A message listing each problem; "Show Problems" opens the Problems panel on the file. */
  private async report(head: string, problems: string[], uri: vscode.Uri): Promise<void> {
    const shown = problems.slice(0, 5).map((p) => `• ${p}`);
    if (problems.length > shown.length) shown.push(vscode.l10n.t('…and {0} more', problems.length - shown.length));
    const showProblems = vscode.l10n.t('Show Problems');
    const showLog = vscode.l10n.t('Show Log');
    const pick = await vscode.window.showErrorMessage([head, ...shown].join('\n'), showProblems, showLog);
    if (pick === showProblems) {
      await vscode.window.showTextDocument(uri, { preview: false });
      await vscode.commands.executeCommand('workbench.actions.view.problems');
    } else if (pick === showLog) this.ctx.log.show();
  }
}

function lineCol(doc: vscode.TextDocument, offset: number, message: string): string {
  const p = doc.positionAt(offset);
  return vscode.l10n.t('line {0}, column {1}: {2}', p.line + 1, p.character + 1, message);
}

/** A readable external id unlikely to collide: `mokdt-20260603-142501-4821`. */
export function suggestExternalId(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp = `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}${pad(now.getSeconds())}`;
  return `mokdt-${stamp}-${String(Math.floor(Math.random() * 10000)).padStart(4, '0')}`;
}

export function prefillArg(arg: unknown): ServiceRequestPrefill {
  if (isPrefillNode(arg)) return arg.prefill();
  if (!arg || typeof arg !== 'object') return {};
  const int = (v: unknown): number | undefined => (typeof v === 'number' && Number.isInteger(v) ? v : undefined);
  return {
    contractId: 'contractId' in arg ? int(arg.contractId) : undefined,
    serviceId: 'serviceId' in arg ? int(arg.serviceId) : undefined,
    serviceName: 'serviceName' in arg && typeof arg.serviceName === 'string' ? arg.serviceName : undefined,
  };
}


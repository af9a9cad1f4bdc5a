// Create/update scaffolds for service requests (`*.mok-sr.json` / `*.mok-sru.json` files in the
// extension's global storage, validated and completed by VS Code's JSON support through the
// contributed JSON Schemas) and "Send": syntax check, local zod check, confirmation for live
// environments, cancellable send, and the API's answer shown without touching the document.
import * as jsonc from 'jsonc-parser';
import * as vscode from 'vscode';
import type { z } from 'zod';
import { ApiError, formatProblem, type ApiProblem } from '../core/errors';
import {
  SERVICE_REQUEST_CREATE_FIELDS,
  SERVICE_REQUEST_UPDATE_FIELDS,
  serviceRequestCreateBody,
  serviceRequestCreateFields,
  serviceRequestUpdateBody,
  deprecatedFieldsIn,
  type ServiceRequest,
} from '../core/models/mok';
import type { ViewContext } from './viewContext';
import { isPrefillNode, type ServiceRequestPrefill } from './views/contractNodes';
import { errorSummary, withCancellableProgress } from './views/treeBase';

export const CREATE_SUFFIX = '.mok-sr.json';
export const UPDATE_SUFFIX = '.mok-sru.json';
const UPDATE_NAME = /-update-(\d+)\.mok-sru\.json$/;

export type ScaffoldKind = { kind: 'create' } | { kind: 'update'; id: number };

/** What kind of scaffold a file is, from its name (the update id is in the name: the body may not carry it). */
export function scaffoldKind(uri: vscode.Uri): ScaffoldKind | undefined {
  const name = uri.path.split('/').pop() ?? '';
  if (name.endsWith(CREATE_SUFFIX)) return { kind: 'create' };
  const m = UPDATE_NAME.exec(name);
  if (m?.[1]) return { kind: 'update', id: Number(m[1]) };
  return undefined;
}

export type SendResult =
  | { ok: true; serviceRequest: ServiceRequest }
  | { ok: false; stage: 'notScaffold' | 'syntax' | 'local' | 'api' | 'cancelled' | 'declined'; problems: string[] };

/** A problem placed in the document: a JSON path into it, or nowhere in particular. */
interface PlacedProblem {
  path: (string | number)[];
  message: string;
  severity: vscode.DiagnosticSeverity;
}

export interface ServiceRequestSink {
  reveal(sr: ServiceRequest): Promise<void>;
  replace(sr: ServiceRequest): void;
}

export class ServiceRequestEditor implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('mok-service-requests');
  private readonly lensEmitter = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.lensEmitter.event;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly ctx: ViewContext,
    private readonly sink: ServiceRequestSink,
  ) {
    this.disposables.push(
      this.diagnostics,
      this.lensEmitter,
      ctx.envs.onDidChange(() => this.lensEmitter.fire()),
      // Positions of the last send's problems go stale as soon as the text changes; the JSON
      // schema keeps validating live.
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length && this.diagnostics.has(e.document.uri)) this.diagnostics.delete(e.document.uri);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => this.diagnostics.delete(d.uri)),
    );
  }

  private get scaffoldDir(): vscode.Uri {
    return vscode.Uri.joinPath(this.ctx.extension.globalStorageUri, 'scaffolds');
  }

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    const kind = scaffoldKind(document.uri);
    if (!kind) return [];
    const env = this.ctx.envs.active().environment;
    const top = new vscode.Range(0, 0, 0, 0);
    const title =
      kind.kind === 'create'
        ? vscode.l10n.t('$(send) Send to {0} (create)', env.name)
        : vscode.l10n.t('$(send) Send to {0} (update #{1})', env.name, kind.id);
    return [new vscode.CodeLens(top, { title: env.kind === 'live' ? `${title} $(warning) ${vscode.l10n.t('LIVE')}` : title, command: 'mok.serviceRequests.send', arguments: [document.uri] })];
  }

  /** Writes and opens a create scaffold prefilled from a contract/service. */
  async openCreateScaffold(prefill: ServiceRequestPrefill): Promise<vscode.Uri> {
    await vscode.workspace.fs.createDirectory(this.scaffoldDir);
    const uri = await this.freeName();
    const sr: Record<string, unknown> = {};
    if (prefill.contractId !== undefined) sr.contract_id = prefill.contractId;
    if (prefill.serviceId !== undefined) sr.service_id = prefill.serviceId;
    sr.external_id = suggestExternalId();
    sr.current_status = 'pending';
    sr.requested_at = new Date().toISOString();
    sr.service_name = prefill.serviceName ?? null;
    for (const f of SERVICE_REQUEST_CREATE_FIELDS) {
      if (f in sr) continue;
      // Without ids the user picks them; leaving the keys out keeps the file valid meanwhile.
      if (f === 'contract_id' || f === 'service_id') continue;
      sr[f] = null;
    }
    await this.write(uri, { service_request: sr });
    await this.show(uri);
    return uri;
  }

  /** Writes (or re-opens, when it has unsaved edits) and opens the update scaffold of a request. */
  async openUpdateScaffold(current: ServiceRequest): Promise<vscode.Uri> {
    await vscode.workspace.fs.createDirectory(this.scaffoldDir);
    const uri = vscode.Uri.joinPath(this.scaffoldDir, `service-request-update-${current.id}${UPDATE_SUFFIX}`);
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
      const msg = vscode.l10n.t('Only *.mok-sr.json (create) and *-update-<id>.mok-sru.json (update) files can be sent.');
      void vscode.window.showErrorMessage(msg);
      return { ok: false, stage: 'notScaffold', problems: [msg] };
    }
    const doc = await vscode.workspace.openTextDocument(uri);
    const text = doc.getText();

    // 1. JSON syntax, with line and column.
    const syntax: jsonc.ParseError[] = [];
    const value: unknown = jsonc.parse(text, syntax, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    if (syntax.length) {
      const problems = syntax.map((e) => {
        const p = doc.positionAt(e.offset);
        return vscode.l10n.t('line {0}, column {1}: {2}', p.line + 1, p.character + 1, syntaxMessage(e.error));
      });
      this.diagnostics.set(
        uri,
        syntax.map((e) => new vscode.Diagnostic(new vscode.Range(doc.positionAt(e.offset), doc.positionAt(e.offset + Math.max(1, e.length))), syntaxMessage(e.error), vscode.DiagnosticSeverity.Error)),
      );
      void this.report(vscode.l10n.t('Not sent: the file is not valid JSON.'), problems, uri);
      return { ok: false, stage: 'syntax', problems };
    }

    // 2. The body schema and the rules zod cannot express.
    const local = kind.kind === 'create' ? checkCreate(value) : checkUpdate(value);
    const tree = jsonc.parseTree(text);
    const errors = local.problems.filter((p) => p.severity === vscode.DiagnosticSeverity.Error);
    this.placeDiagnostics(doc, tree, local.problems);
    if (errors.length || !local.body) {
      const problems = errors.map((p) => `${p.path.length ? `${p.path.join('.')}: ` : ''}${p.message}`);
      void this.report(vscode.l10n.t('Not sent: {0} problem(s) in the request body.', problems.length), problems, uri);
      return { ok: false, stage: 'local', problems };
    }

    // 3. Confirm before touching a live environment.
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

    // 4. Send.
    let sr: ServiceRequest;
    try {
      const client = await this.ctx.envs.client();
      const body = local.body;
      if (kind.kind === 'create' && body.kind === 'create') {
        sr = (
          await withCancellableProgress(vscode.l10n.t('Creating service request in {0}…', env.name), (signal) => client.call('serviceRequests.create', { body: body.value }, { signal }))
        ).service_request;
      } else if (kind.kind === 'update' && body.kind === 'update') {
        sr = (
          await withCancellableProgress(vscode.l10n.t('Updating service request {0} in {1}…', kind.id, env.name), (signal) =>
            client.call('serviceRequests.update', { params: { id: kind.id }, body: body.value }, { signal }),
          )
        ).service_request;
      } else {
        return { ok: false, stage: 'local', problems: [] };
      }
    } catch (e) {
      if (ApiError.is(e, 'cancelled')) return { ok: false, stage: 'cancelled', problems: [] };
      this.ctx.log.warn(`Send service request: ${ApiError.is(e) ? e.describe() : errorSummary(e)}`);
      const problems = ApiError.is(e) && e.problems.length ? e.problems.map(formatProblem) : [errorSummary(e)];
      if (ApiError.is(e)) this.placeDiagnostics(doc, tree, e.problems.map(apiProblemPlacement));
      const head = ApiError.is(e) && e.reason === 'validation' ? vscode.l10n.t('{0} rejected the request; your file is unchanged.', env.name) : vscode.l10n.t('Not sent to {0}: {1}. Your file is unchanged.', env.name, errorSummary(e));
      void this.report(head, problems, uri);
      return { ok: false, stage: 'api', problems };
    }

    // 5. Show the answer; the scaffold stays as it is.
    this.diagnostics.delete(uri);
    if (kind.kind === 'update') this.sink.replace(sr);
    const label = sr.public_id ?? `#${sr.id}`;
    await this.ctx.json.open(`service-request-${sr.public_id ?? sr.id}-response`, { service_request: sr }, { preview: true });
    const reveal = vscode.l10n.t('Reveal');
    void vscode.window
      .showInformationMessage(kind.kind === 'create' ? vscode.l10n.t('Service request {0} created in {1}.', label, env.name) : vscode.l10n.t('Service request {0} updated in {1}.', label, env.name), reveal)
      .then((pick) => (pick === reveal ? this.sink.reveal(sr) : undefined));
    return { ok: true, serviceRequest: sr };
  }

  private placeDiagnostics(doc: vscode.TextDocument, tree: jsonc.Node | undefined, problems: PlacedProblem[]): void {
    const diags = problems.map((p) => {
      const node = tree ? (jsonc.findNodeAtLocation(tree, p.path) ?? nearestNode(tree, p.path)) : undefined;
      // For a property, underline its key (the value may span many lines).
      const target = node?.parent?.type === 'property' ? (node.parent.children?.[0] ?? node) : node;
      const range = target ? new vscode.Range(doc.positionAt(target.offset), doc.positionAt(target.offset + target.length)) : new vscode.Range(0, 0, 0, 1);
      const d = new vscode.Diagnostic(range, p.message, p.severity);
      d.source = 'MOK';
      return d;
    });
    this.diagnostics.set(doc.uri, diags);
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
    } else if (pick === showLog) this.ctx.log.show(true);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

type CheckedBody = { kind: 'create'; value: z.output<typeof serviceRequestCreateBody> } | { kind: 'update'; value: z.output<typeof serviceRequestUpdateBody> };

/** The create body: zod schema, then "a service and a contract are required", deprecations as warnings. */
export function checkCreate(value: unknown): { body?: CheckedBody; problems: PlacedProblem[] } {
  const r = serviceRequestCreateBody.safeParse(value);
  if (!r.success) return { problems: zodPlaced(r.error) };
  const f = r.data.service_request;
  const problems: PlacedProblem[] = [];
  if (f.service_id === undefined && !f.service_external_id) {
    problems.push({ path: ['service_request'], message: vscode.l10n.t('A service is required: set service_id or service_external_id.'), severity: vscode.DiagnosticSeverity.Error });
  }
  if (f.contract_id === undefined && !f.access_identifier && !f.document_identifier) {
    problems.push({ path: ['service_request'], message: vscode.l10n.t('A contract is required: set contract_id or access_identifier.'), severity: vscode.DiagnosticSeverity.Error });
  }
  if (f.service_id !== undefined && f.service_external_id) {
    problems.push({ path: ['service_request', 'service_external_id'], message: vscode.l10n.t('Both service_id and service_external_id are set: the API uses service_external_id.'), severity: vscode.DiagnosticSeverity.Warning });
  }
  for (const d of deprecatedFieldsIn(serviceRequestCreateFields, f)) {
    problems.push({ path: ['service_request', d.key], message: vscode.l10n.t('{0} is deprecated: use {1}.', d.key, d.replacement), severity: vscode.DiagnosticSeverity.Warning });
  }
  return { body: { kind: 'create', value: r.data }, problems };
}

export function checkUpdate(value: unknown): { body?: CheckedBody; problems: PlacedProblem[] } {
  const r = serviceRequestUpdateBody.safeParse(value);
  if (!r.success) {
    const problems = zodPlaced(r.error).map((p) => {
      const key = p.path[1];
      // The classic mistake deserves its own sentence.
      if ((key === 'service_id' || key === 'contract_id') && p.path.length === 2) return { ...p, message: vscode.l10n.t('{0} cannot change after creation: remove it.', key) };
      return p;
    });
    return { problems };
  }
  return { body: { kind: 'update', value: r.data }, problems: [] };
}

function zodPlaced(error: z.ZodError): PlacedProblem[] {
  const out: PlacedProblem[] = [];
  for (const i of error.issues) {
    const base = i.path.filter((p): p is string | number => typeof p !== 'symbol');
    if (i.code === 'unrecognized_keys') {
      for (const k of i.keys) out.push({ path: [...base, k], message: vscode.l10n.t('"{0}" is not accepted by the API here.', k), severity: vscode.DiagnosticSeverity.Error });
    } else out.push({ path: base, message: i.message, severity: vscode.DiagnosticSeverity.Error });
  }
  return out;
}

/** `service_request.service_id`, `/service_request/service_id` or `service_id` → a JSON path. */
function apiProblemPlacement(p: ApiProblem): PlacedProblem {
  const parts = (p.source ?? '').split(/[./]/).filter(Boolean);
  const path = parts.length && parts[0] !== 'service_request' ? ['service_request', ...parts] : parts;
  return { path, message: formatProblem(p), severity: vscode.DiagnosticSeverity.Error };
}

/** The deepest existing node along a path (a missing key is reported on its object). */
function nearestNode(tree: jsonc.Node, path: (string | number)[]): jsonc.Node | undefined {
  for (let n = path.length - 1; n >= 0; n--) {
    const node = jsonc.findNodeAtLocation(tree, path.slice(0, n));
    if (node) return node;
  }
  return undefined;
}

function syntaxMessage(code: jsonc.ParseErrorCode): string {
  const name = jsonc.printParseErrorCode(code);
  const known: Partial<Record<typeof name, string>> = {
    CommaExpected: vscode.l10n.t('a comma is missing'),
    ColonExpected: vscode.l10n.t('a colon is missing'),
    PropertyNameExpected: vscode.l10n.t('a property name in double quotes is expected (trailing comma?)'),
    ValueExpected: vscode.l10n.t('a value is expected'),
    CloseBraceExpected: vscode.l10n.t('a closing brace is missing'),
    CloseBracketExpected: vscode.l10n.t('a closing bracket is missing'),
    InvalidCommentToken: vscode.l10n.t('comments are not allowed in JSON'),
    UnexpectedEndOfString: vscode.l10n.t('a string is not closed'),
    EndOfFileExpected: vscode.l10n.t('unexpected text after the end of the JSON value'),
  };
  return known[name] ?? name;
}

/** A readable external id unlikely to collide: `mokdt-20260603-142501-4821`. */
export function suggestExternalId(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp = `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}${pad(now.getSeconds())}`;
  return `mokdt-${stamp}-${String(Math.floor(Math.random() * 10000)).padStart(4, '0')}`;
}

function prefillArg(arg: unknown): ServiceRequestPrefill {
  if (isPrefillNode(arg)) return arg.prefill();
  if (!arg || typeof arg !== 'object') return {};
  const int = (v: unknown): number | undefined => (typeof v === 'number' && Number.isInteger(v) ? v : undefined);
  return {
    contractId: 'contractId' in arg ? int(arg.contractId) : undefined,
    serviceId: 'serviceId' in arg ? int(arg.serviceId) : undefined,
    serviceName: 'serviceName' in arg && typeof arg.serviceName === 'string' ? arg.serviceName : undefined,
  };
}

export function registerServiceRequestEditor(ctx: ViewContext, sink: ServiceRequestSink): { editor: ServiceRequestEditor; disposables: vscode.Disposable[] } {
  const editor = new ServiceRequestEditor(ctx, sink);
  const disposables: vscode.Disposable[] = [
    editor,
    vscode.languages.registerCodeLensProvider(
      [
        { pattern: `**/*${CREATE_SUFFIX}` },
        { pattern: `**/*${UPDATE_SUFFIX}` },
      ],
      editor,
    ),
    vscode.commands.registerCommand('mok.serviceRequests.create', (arg?: unknown) => editor.openCreateScaffold(prefillArg(arg))),
    vscode.commands.registerCommand('mok.serviceRequests.send', async (arg?: unknown) => {
      const uri = arg instanceof vscode.Uri ? arg : vscode.window.activeTextEditor?.document.uri;
      if (!uri) return undefined;
      return editor.send(uri);
    }),
  ];
  return { editor, disposables };
}

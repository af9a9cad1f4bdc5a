// The editing pipeline every JSON file the extension understands runs on (service-request
// scaffolds today; fill files, template structures and request bodies next): a binding says which
// documents it owns and how to check them; the pipeline re-checks as the user types (debounced per
// document, a stale run never publishes), puts each Problem on its exact range, clears them when
// the document closes, and lets the binding add quick fixes, completion, hover and a CodeLens
// action ("Send", "Fill"). `check()` is the same function the action runs before sending, so what
// the editor shows is exactly what blocks the send. A newer run aborts the signal of an older one
// still waiting (a template being fetched).
import * as vscode from 'vscode';
import type { Problem } from '../../core/problems/problem';
import { Disposable } from '../common/lifecycle';
import { problemOfDiagnostic, toDiagnostics } from './diagnostics';

export interface ProblemFix {
  title: string;
  /** The change (a fix), or… */
  edit?: vscode.WorkspaceEdit;
  /** …a command to run (an action like "Show rule in structure"). */
  command?: vscode.Command;
  /** The fix a user most likely wants (Ctrl+. applies it first). */
  preferred?: boolean;
}

export interface JsonBinding {
  /** Diagnostic source and collection name, e.g. `MOK`. */
  readonly source: string;
  /** Documents this binding owns. */
  readonly selector: vscode.DocumentSelector;
  /** Extra filter on top of the selector (e.g. a file-name rule). */
  owns?(doc: vscode.TextDocument): boolean;
  /** Every problem of the text, all at once. May be async (a template structure to fetch). */
  check(doc: vscode.TextDocument, text: string, signal: AbortSignal): Problem[] | Promise<Problem[]>;
  /** Quick fixes for one problem at `range`. */
  fixes?(doc: vscode.TextDocument, problem: Problem, range: vscode.Range): ProblemFix[];
  completion?(doc: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): vscode.ProviderResult<vscode.CompletionItem[]>;
  hover?(doc: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): vscode.ProviderResult<vscode.Hover>;
  /** CodeLenses at the top of the document (the "Send" action). */
  lenses?(doc: vscode.TextDocument): vscode.CodeLens[];
  /**
   * VS Code's JSON language service already marks syntax errors in JSON documents: leave those
   * (`json/…` problems) to it instead of reporting the same mistake twice. `check()` still
   * returns them (a "Send" must refuse on them).
   */
  syntaxFromJsonService?: boolean;
}

export interface PipelineOptions {
  debounceMs?: number;
}

export class JsonEditingPipeline extends Disposable implements vscode.CodeActionProvider, vscode.CodeLensProvider {
  private readonly diagnostics: vscode.DiagnosticCollection;
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly runs = new Map<string, number>();
  private readonly inFlight = new Map<string, AbortController>();
  private readonly lensEmitter = this._register(new vscode.EventEmitter<void>());
  readonly onDidChangeCodeLenses = this.lensEmitter.event;
  private readonly debounceMs: number;

  constructor(
    private readonly binding: JsonBinding,
    options: PipelineOptions = {},
  ) {
    super();
    this.debounceMs = options.debounceMs ?? 250;
    this.diagnostics = this._register(vscode.languages.createDiagnosticCollection(binding.source));
    this._register(vscode.workspace.onDidOpenTextDocument((d) => this.schedule(d, 0)));
    this._register(
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length) this.schedule(e.document, this.debounceMs);
      }),
    );
    this._register(
      vscode.workspace.onDidCloseTextDocument((d) => {
        this.cancel(d.uri);
        this.inFlight.get(d.uri.toString())?.abort();
        this.diagnostics.delete(d.uri);
      }),
    );
    this._register(vscode.languages.registerCodeActionsProvider(binding.selector, this, { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] }));
    if (binding.lenses) this._register(vscode.languages.registerCodeLensProvider(binding.selector, this));
    if (binding.completion) {
      const complete = binding.completion.bind(binding);
      this._register(
        vscode.languages.registerCompletionItemProvider(binding.selector, { provideCompletionItems: (doc, pos, token) => (this.owns(doc) ? complete(doc, pos, token) : undefined) }, '"', ':'),
      );
    }
    if (binding.hover) {
      const hover = binding.hover.bind(binding);
      this._register(vscode.languages.registerHoverProvider(binding.selector, { provideHover: (doc, pos, token) => (this.owns(doc) ? hover(doc, pos, token) : undefined) }));
    }
    for (const d of vscode.workspace.textDocuments) this.schedule(d, 0);
  }

  owns(doc: vscode.TextDocument): boolean {
    return vscode.languages.match(this.binding.selector, doc) > 0 && (this.binding.owns?.(doc) ?? true);
  }

  /** Re-runs the lenses (the environment they name changed). */
  refreshLenses(): void {
    this.lensEmitter.fire();
  }

  /** Checks every open document this binding owns again (what they are checked against changed). */
  revalidateAll(): void {
    for (const d of vscode.workspace.textDocuments) this.schedule(d, 0);
    this.refreshLenses();
  }

  /** Checks now and publishes; returns the problems (what a "Send" must refuse on). */
  async validate(doc: vscode.TextDocument, signal?: AbortSignal): Promise<Problem[]> {
    this.cancel(doc.uri);
    const key = doc.uri.toString();
    const run = (this.runs.get(key) ?? 0) + 1;
    this.runs.set(key, run);
    // A newer run makes the older one pointless: cancel what it is still waiting for.
    this.inFlight.get(key)?.abort();
    const controller = new AbortController();
    this.inFlight.set(key, controller);
    signal?.addEventListener('abort', () => controller.abort(), { once: true });
    const text = doc.getText();
    const version = doc.version;
    try {
      const problems = await this.binding.check(doc, text, controller.signal);
      // Still the latest run for this exact text? A slower older run must not overwrite a newer one.
      if (this.runs.get(key) === run && doc.version === version && !doc.isClosed && !this.isDisposed) {
        this.diagnostics.set(doc.uri, toDiagnostics(doc, this.shown(doc, problems), this.binding.source, text));
        this.lensEmitter.fire();
      }
      return problems;
    } finally {
      if (this.inFlight.get(key) === controller) this.inFlight.delete(key);
    }
  }

  /** The problems this pipeline publishes (syntax left to VS Code's JSON service when it shows them). */
  private shown(doc: vscode.TextDocument, problems: readonly Problem[]): readonly Problem[] {
    if (!this.binding.syntaxFromJsonService || !['json', 'jsonc'].includes(doc.languageId)) return problems;
    if (vscode.workspace.getConfiguration('json', doc).get<boolean>('validate.enable') === false) return problems;
    return problems.filter((p) => !p.code.startsWith('json/'));
  }

  /** Forgets a document's problems (the binding no longer owns it). */
  clear(uri: vscode.Uri): void {
    this.cancel(uri);
    this.inFlight.get(uri.toString())?.abort();
    this.diagnostics.delete(uri);
    this.lensEmitter.fire();
  }

  /** Shows problems found elsewhere (e.g. the API's answer) until the next edit re-checks. */
  publish(doc: vscode.TextDocument, problems: readonly Problem[]): void {
    this.diagnostics.set(doc.uri, toDiagnostics(doc, this.shown(doc, problems), this.binding.source));
  }

  private schedule(doc: vscode.TextDocument, delay: number): void {
    if (!this.owns(doc)) return;
    this.cancel(doc.uri);
    const key = doc.uri.toString();
    const timer = setTimeout(() => {
      this.timers.delete(key);
      this.validate(doc).catch(() => undefined);
    }, delay);
    this.timers.set(key, timer);
  }

  private cancel(uri: vscode.Uri): void {
    const key = uri.toString();
    const t = this.timers.get(key);
    if (t) clearTimeout(t);
    this.timers.delete(key);
  }

  provideCodeActions(doc: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    if (!this.binding.fixes || !this.owns(doc)) return [];
    const out: vscode.CodeAction[] = [];
    for (const d of context.diagnostics) {
      const problem = problemOfDiagnostic(d);
      if (!problem) continue;
      for (const fix of this.binding.fixes(doc, problem, d.range)) {
        const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
        if (fix.edit) action.edit = fix.edit;
        if (fix.command) action.command = fix.command;
        action.diagnostics = [d];
        action.isPreferred = fix.preferred ?? false;
        out.push(action);
      }
    }
    return out;
  }

  provideCodeLenses(doc: vscode.TextDocument): vscode.CodeLens[] {
    return this.owns(doc) ? (this.binding.lenses?.(doc) ?? []) : [];
  }

  override dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    for (const c of this.inFlight.values()) c.abort();
    super.dispose();
  }
}

// Fill files (`*.mok-fill.json`) on the editing pipeline: checked as you type against the template
// version they name in the active environment (core/fill/checkFill.ts — the same check as
// `mok validate`) and against the template source of their language (core/fill/predict.ts: a
// variable the source prints that fields_values lacks makes the fill FAIL — the same prediction
// as `mok fill`), with the binding shown and changeable in a CodeLens, quick fixes, completion
// and hover from the template's structure.
import * as vscode from 'vscode';
import { FILL_FILE_SUFFIX, templateRefWords } from '../../core/fill/templateRef';
import type { FillCheck } from '../../core/fill/checkFill';
import type { FillPrediction } from '../../core/fill/predict';
import { isJsonObject } from '../../core/json/canonical';
import type { Problem } from '../../core/problems/problem';
import { Disposable } from '../common/lifecycle';
import type { ViewContext } from '../common/viewContext';
import { JsonEditingPipeline } from '../editing/jsonEditor';
import type { ValidationEngine } from './engine';
import { fillFixes } from './fillFixes';
import { fillCompletion, fillHover } from './fillHelp';

export interface CheckedFill {
  version: number;
  check: FillCheck;
  /** What the fill will do with the source of its language (when the template resolved). */
  prediction?: FillPrediction;
  /** The newest version of the template when it is not the one checked ("Check against v2.0"). */
  newest?: string;
}

/** The template a fill file was last checked against, kept while its text does not parse (typing). */
interface Bound {
  template: FillCheck['template'];
  schema: unknown;
}

export class FillFiles extends Disposable {
  readonly pipeline: JsonEditingPipeline;
  private readonly checks = new Map<string, CheckedFill>();
  private readonly bound = new Map<string, Bound>();

  constructor(
    private readonly ctx: ViewContext,
    readonly validation: ValidationEngine,
  ) {
    super();
    this.pipeline = this._register(
      new JsonEditingPipeline({
        source: 'MOK',
        selector: [{ pattern: `**/*${FILL_FILE_SUFFIX}` }],
        owns: (doc) => doc.uri.path.endsWith(FILL_FILE_SUFFIX),
        syntaxFromJsonService: true,
        check: (doc, text, signal) => this.check(doc, text, signal),
        fixes: (doc, problem) => fillFixes(this, doc, problem),
        lenses: (doc) => this.lenses(doc),
        completion: (doc, position, token) => fillCompletion(this, doc, position, token),
        hover: (doc, position, token) => fillHover(this, doc, position, token),
      }),
    );
    this._register(validation.onDidChange(() => this.pipeline.revalidateAll()));
    this._register(
      vscode.workspace.onDidCloseTextDocument((d) => {
        this.checks.delete(d.uri.toString());
        this.bound.delete(d.uri.toString());
      }),
    );
  }

  private async check(doc: vscode.TextDocument, text: string, signal: AbortSignal): Promise<Problem[]> {
    const { engine } = this.validation;
    const check = await engine.checkFillText(text, { validator: this.validation.validator, l10n: vscode.l10n, source: this.validation.source, signal });
    const prediction = await this.predict(check, signal);
    const newest = await this.newest(check, signal);
    this.checks.set(doc.uri.toString(), { version: doc.version, check, ...(prediction ? { prediction } : {}), ...(newest ? { newest } : {}) });
    const parsed = !check.problems.some((p) => p.code.startsWith('json/') || p.code.startsWith('limit/'));
    if (parsed) this.bound.set(doc.uri.toString(), { template: check.template, schema: check.schema });
    return [...check.problems, ...(prediction?.problems ?? [])];
  }

  /** The fill's outcome from the source of its language — of the latest minor, which the fill uses. */
  private async predict(check: FillCheck, signal: AbortSignal): Promise<FillPrediction | undefined> {
    const value = check.value;
    if (!check.template || !isJsonObject(value)) return undefined;
    const { engine } = this.validation;
    const latest = check.template.latest;
    const language = typeof value['language'] === 'string' ? value['language'] : latest.default_language;
    const sources = await engine.loadSources(latest, (url, s) => this.validation.sourceText(url, s), { languages: [language], signal });
    return engine.predictFill(value, latest, sources, vscode.l10n);
  }

  /** The newest version of the bound template ("2.0"), when it is not the one the file is checked against. */
  private async newest(check: FillCheck, signal: AbortSignal): Promise<string | undefined> {
    const t = check.template;
    if (!t) return undefined;
    const majors = await this.validation.source.majors(t.detail.external_id, t.org, signal).catch(() => []);
    const key = (v: string) => v.split('.').map(Number) as [number, number];
    const top = majors.map((m) => m.version).sort((a, b) => key(b)[0] - key(a)[0] || key(b)[1] - key(a)[1])[0];
    return top !== undefined && top !== t.detail.version ? top : undefined;
  }

  /** The newest version of the template, when the file is checked against another one. */
  newestVersion(doc: vscode.TextDocument): string | undefined {
    return this.checks.get(doc.uri.toString())?.newest;
  }

  /** The prediction of the latest check. */
  lastPrediction(doc: vscode.TextDocument): FillPrediction | undefined {
    return this.checks.get(doc.uri.toString())?.prediction;
  }

  /**
   * The structure and version completion and hover work with: the last check's, or while the text
   * does not parse (half-typed), the one before.
   */
  boundTo(doc: vscode.TextDocument): Bound | undefined {
    return this.bound.get(doc.uri.toString());
  }

  /** The latest check of a document (what lenses, completion, hover and fixes read). */
  lastCheck(doc: vscode.TextDocument): FillCheck | undefined {
    return this.checks.get(doc.uri.toString())?.check;
  }

  /** Checks now (and waits), e.g. before reading the result in a command. */
  async checkNow(doc: vscode.TextDocument): Promise<FillCheck | undefined> {
    await this.pipeline.validate(doc);
    return this.lastCheck(doc);
  }

  private lenses(doc: vscode.TextDocument): vscode.CodeLens[] {
    const top = new vscode.Range(0, 0, 0, 0);
    const check = this.lastCheck(doc);
    const env = this.ctx.envs.active().environment.name;
    const change = { command: 'mok.fills.changeTemplate', arguments: [doc.uri] };
    if (!check?.binding) return [new vscode.CodeLens(top, { ...change, title: vscode.l10n.t('$(link) Choose the template of this fill file…') })];
    const t = check.template;
    if (!t) {
      const what = templateRefWords(check.binding);
      const title = check.unresolved ? vscode.l10n.t('$(warning) {0} not found in {1} · change…', what, env) : vscode.l10n.t('$(file-code) {0} ({1}) · change…', what, env);
      return [new vscode.CodeLens(top, { ...change, title })];
    }
    const pinned = check.binding.minor !== undefined;
    const version = `${t.detail.external_id} v${t.detail.version}`;
    const title =
      pinned && t.detail !== t.latest
        ? vscode.l10n.t('$(file-code) {0} (pinned; the fill uses {1}) · {2} · change…', version, t.latest.version, env)
        : vscode.l10n.t('$(file-code) {0} · {1} · change…', version, env);
    const newest = this.newestVersion(doc);
    return [
      new vscode.CodeLens(top, { command: 'mok.fills.fill', title: vscode.l10n.t('$(play) Fill'), tooltip: vscode.l10n.t('Send this fill to {0} and follow it to COMPLETED or FAILED', env), arguments: [doc.uri] }),
      new vscode.CodeLens(top, { command: 'mok.fills.preview', title: vscode.l10n.t('$(open-preview) Preview'), tooltip: vscode.l10n.t('Render the template with this file\'s fields_values, missing variables marked'), arguments: [doc.uri] }),
      new vscode.CodeLens(top, { ...change, title, tooltip: vscode.l10n.t('Languages: {0}. Click to bind this file to another template version.', t.detail.languages.join(', ')) }),
      new vscode.CodeLens(top, { command: 'mok.fills.showRule', title: vscode.l10n.t('$(json) Structure'), arguments: [doc.uri] }),
      ...(newest ? [new vscode.CodeLens(top, { command: 'mok.fills.checkAgainst', title: vscode.l10n.t('$(diff) Check against v{0}', newest), tooltip: vscode.l10n.t('Check this file against {0} v{1} and compare the two structures', t.detail.external_id, newest), arguments: [doc.uri, newest] })] : []),
    ];
  }
}

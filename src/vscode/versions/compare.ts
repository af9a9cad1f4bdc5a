// Comparing template versions: two versions' structures in VS Code's diff editor with the changes
// listed beside it, each classified as breaking or not for existing fill data (core/schema/diff);
// and a fill file checked against another version in one click — the structure and the source of
// its language, shown as diagnostics of their own ("MOK vX.Y") until the file changes.
// Loaded with dist/features.js on first use (./register.ts); the diagnostics are made by the
// shell's toDiagnostics, whose map of problems the quick fixes of the shell read.
import * as vscode from 'vscode';
import { ApiError } from '../../core/errors';
import { isJsonObject } from '../../core/json/canonical';
import type { TemplateVersionDetail } from '../../core/models/documents';
import { parseTemplateVersion } from '../../core/models/values';
import { parseJsonText } from '../../core/problems/fromSyntax';
import type { Problem } from '../../core/problems/problem';
import type { StructureChange } from '../../core/schema/diff';
import { errorSummary, showError } from '../common/errors';
import { Disposable } from '../common/lifecycle';
import { withCancellableProgress } from '../common/progress';
import type { ViewContext } from '../common/viewContext';
import type { toDiagnostics } from '../editing/diagnostics';
import { setValueEdit } from '../editing/fixes';
import type { FillFiles } from '../fills/fillFiles';
import { templateVersionOfNode } from '../templates/view';

/** Every version of a template (newest first), through the cached template source. */
async function versionsOf(files: FillFiles, externalId: string, org: string, signal: AbortSignal): Promise<TemplateVersionDetail[]> {
  const source = files.validation.source;
  const majors = await source.majors(externalId, org, signal);
  const lists = await Promise.all(majors.map((m) => source.versions(externalId, parseTemplateVersion(m.version)?.major ?? 0, org, signal)));
  const key = (v: TemplateVersionDetail) => parseTemplateVersion(v.version) ?? { major: 0, minor: 0 };
  return lists.flat().sort((a, b) => key(b).major - key(a).major || key(b).minor - key(a).minor);
}

/** The changes as Markdown: a line per change, breaking ones first marked. */
export function changesMarkdown(a: TemplateVersionDetail, b: TemplateVersionDetail, changes: readonly StructureChange[]): string {
  const breaking = changes.filter((c) => c.breaking).length;
  const lines = [`# ${a.external_id} v${a.version} → v${b.version}`, ''];
  if (!changes.length) lines.push(vscode.l10n.t('The structures are the same.'));
  else {
    lines.push(vscode.l10n.t('{0} change(s), {1} breaking for existing fill data.', changes.length, breaking), '', `| | ${vscode.l10n.t('field')} | ${vscode.l10n.t('change')} | |`, '|---|---|---|---|');
    for (const c of changes) lines.push(`| ${c.breaking ? `⛔ ${vscode.l10n.t('breaking')}` : `✅ ${vscode.l10n.t('compatible')}`} | \`${c.path}\` | ${c.kind} | ${c.message.replace(/\|/g, '\\|')} |`);
  }
  return `${lines.join('\n')}\n`;
}

export class VersionCompare extends Disposable {
  private readonly other = this._register(vscode.languages.createDiagnosticCollection('MOK other version'));

  constructor(
    private readonly ctx: ViewContext,
    private readonly files: FillFiles,
    private readonly diagnostics: typeof toDiagnostics,
  ) {
    super();
    // Those diagnostics describe the text they were made for.
    this._register(vscode.workspace.onDidChangeTextDocument((e) => e.contentChanges.length && this.other.delete(e.document.uri)));
    this._register(vscode.workspace.onDidCloseTextDocument((d) => this.other.delete(d.uri)));
  }

  private async load<T>(title: string, task: (signal: AbortSignal) => Promise<T>): Promise<T | undefined> {
    try {
      return await withCancellableProgress(title, task);
    } catch (e) {
      if (ApiError.is(e, 'cancelled')) return undefined;
      this.ctx.log.warn(`${title} ${ApiError.is(e) ? e.describe() : errorSummary(e)}`);
      void showError(vscode.l10n.t('Could not load the template versions: {0}', errorSummary(e)), () => this.ctx.log.show());
      return undefined;
    }
  }

  private async pick(versions: readonly TemplateVersionDetail[], except: string, title: string, wanted?: string): Promise<TemplateVersionDetail | undefined> {
    const others = versions.filter((v) => v.version !== except);
    if (wanted) return others.find((v) => v.version === wanted);
    if (!others.length) {
      void vscode.window.showInformationMessage(vscode.l10n.t('This template has no other version.'));
      return undefined;
    }
    const picked = await vscode.window.showQuickPick(
      others.map((v) => ({ label: `v${v.version}`, description: [v.languages.join(', '), v.creation_date.slice(0, 10)].join(' · '), detail: v.description, v })),
      { title },
    );
    return picked?.v;
  }

  /** Opens the structures of two versions in the diff editor and the classified changes beside it. */
  async compare(node?: unknown, otherVersion?: string): Promise<StructureChange[] | undefined> {
    const from = templateVersionOfNode(node)?.detail;
    if (!from) return undefined;
    const org = this.ctx.envs.active().environment.org;
    const versions = await this.load(vscode.l10n.t('Loading the versions of {0}…', from.external_id), (signal) => versionsOf(this.files, from.external_id, org, signal));
    if (!versions) return undefined;
    const to = await this.pick(versions, from.version, vscode.l10n.t('Compare {0} v{1} with…', from.external_id, from.version), otherVersion);
    if (!to) return undefined;
    return this.show(from, to);
  }

  /** The diff editor (older on the left) and the changes beside it. */
  async show(a: TemplateVersionDetail, b: TemplateVersionDetail): Promise<StructureChange[]> {
    const key = (v: TemplateVersionDetail) => parseTemplateVersion(v.version) ?? { major: 0, minor: 0 };
    const [older, newer] = key(a).major < key(b).major || (key(a).major === key(b).major && key(a).minor <= key(b).minor) ? [a, b] : [b, a];
    const changes = this.files.validation.engine.diffStructures(older.structure, newer.structure, vscode.l10n);
    const left = this.ctx.json.put(`${older.external_id}-v${older.version}.structure`, `${JSON.stringify(older.structure, null, 2)}\n`);
    const right = this.ctx.json.put(`${newer.external_id}-v${newer.version}.structure`, `${JSON.stringify(newer.structure, null, 2)}\n`);
    await vscode.commands.executeCommand('vscode.diff', left, right, vscode.l10n.t('{0}: structure v{1} ↔ v{2}', older.external_id, older.version, newer.version), { preview: false });
    await this.ctx.json.open(`${older.external_id}-v${older.version}-to-v${newer.version}-changes.md`, undefined, { language: 'markdown', text: changesMarkdown(older, newer, changes), beside: true, preview: false });
    return changes;
  }

  /** Checks a fill file against another version of its template; returns the problems found. */
  async checkAgainst(uri?: vscode.Uri, version?: string, interactive = true): Promise<Problem[] | undefined> {
    const target = uri ?? vscode.window.activeTextEditor?.document.uri;
    if (!target) return undefined;
    const doc = await vscode.workspace.openTextDocument(target);
    const check = this.files.lastCheck(doc) ?? (await this.files.checkNow(doc));
    const t = check?.template;
    if (!t) {
      void vscode.window.showWarningMessage(vscode.l10n.t('This fill file is not bound to a template version that could be loaded.'));
      return undefined;
    }
    const versions = await this.load(vscode.l10n.t('Loading the versions of {0}…', t.detail.external_id), (signal) => versionsOf(this.files, t.detail.external_id, t.org, signal));
    if (!versions) return undefined;
    const other = await this.pick(versions, t.detail.version, vscode.l10n.t('Check {0} against…', vscode.workspace.asRelativePath(target)), version);
    if (!other) return undefined;
    const v = parseTemplateVersion(other.version) ?? { major: 0, minor: 0 };
    const { engine, validator } = this.files.validation;
    const text = doc.getText();
    const result = await this.load(vscode.l10n.t('Checking against v{0}…', other.version), async (signal) => {
      const c = await engine.checkFillText(text, { validator, l10n: vscode.l10n, source: this.files.validation.source, signal, target: { kind: 'template', ref: { externalId: other.external_id, major: v.major, minor: v.minor, org: t.org } } });
      const value = c.value;
      const language = isJsonObject(value) && typeof value['language'] === 'string' ? value['language'] : other.default_language;
      const sources = await engine.loadSources(other, (url, s) => this.files.validation.sourceText(url, s), { languages: [language], signal });
      return [...c.problems, ...engine.predictFill(value, other, sources, vscode.l10n).problems];
    });
    if (!result) return undefined;
    this.other.set(doc.uri, this.diagnostics(doc, result, `MOK v${other.version}`, text));
    const errors = result.filter((p) => p.severity === 'error').length;
    if (interactive) {
      const bind = vscode.l10n.t('Bind to v{0}', other.version);
      const compare = vscode.l10n.t('Compare Structures');
      const message = errors ? vscode.l10n.t('Against {0} v{1}: {2} error(s) (shown as “MOK v{1}” in the Problems panel).', other.external_id, other.version, errors) : vscode.l10n.t('Valid against {0} v{1}: its fill would complete.', other.external_id, other.version);
      void (errors ? vscode.window.showWarningMessage(message, compare, bind) : vscode.window.showInformationMessage(message, compare, bind)).then(async (pick) => {
        if (pick === compare) await this.show(t.detail, other);
        if (pick === bind) await this.rebind(doc, other, versions);
      });
    }
    return result;
  }

  /** Binds the fill file to `other` (its minor pinned unless it is the latest of its major). */
  private async rebind(doc: vscode.TextDocument, other: TemplateVersionDetail, versions: readonly TemplateVersionDetail[]): Promise<void> {
    const v = parseTemplateVersion(other.version) ?? { major: 0, minor: 0 };
    const latest = versions.find((x) => parseTemplateVersion(x.version)?.major === v.major);
    const current = parseJsonText(doc.getText()).value;
    const old = isJsonObject(current) && isJsonObject(current['template']) ? current['template'] : {};
    const binding = { external_id: other.external_id, major: v.major, ...(latest?.version !== other.version ? { minor: v.minor } : {}), ...(typeof old['org'] === 'string' ? { org: old['org'] } : {}) };
    await vscode.workspace.applyEdit(setValueEdit(doc, '/template', binding));
  }
}

export function registerVersionCompareCommands(ctx: ViewContext, files: FillFiles, diagnostics: typeof toDiagnostics): vscode.Disposable[] {
  const compare = new VersionCompare(ctx, files, diagnostics);
  return [
    compare,
    vscode.commands.registerCommand('mok.templates.compare', (node?: unknown, other?: string) => compare.compare(node, other)),
    vscode.commands.registerCommand('mok.fills.checkAgainst', (uri?: vscode.Uri, version?: string, interactive?: boolean) => compare.checkAgainst(uri, version, interactive)),
  ];
}

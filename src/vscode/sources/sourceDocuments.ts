// Template sources in the editor: the text behind a version's `template_url` opened read-only as
// Handlebars, with every finding of the source analysis on its exact range — the variables the
// structure does not declare (or forbids), syntax errors, helpers and partials the preview cannot
// run — and, from a fill file, the place where a missing variable is printed selected.
import * as vscode from 'vscode';
import { ApiError } from '../../core/errors';
import type { TemplateVersionDetail } from '../../core/models/documents';
import { errorSummary, showError } from '../common/errors';
import { Disposable } from '../common/lifecycle';
import { withCancellableProgress } from '../common/progress';
import type { ViewContext } from '../common/viewContext';
import { toDiagnostics } from '../editing/diagnostics';
import type { ValidationEngine } from '../fills/engine';

export class SourceDocuments extends Disposable {
  private readonly diagnostics = this._register(vscode.languages.createDiagnosticCollection('MOK sources'));

  constructor(
    private readonly ctx: ViewContext,
    private readonly validation: ValidationEngine,
  ) {
    super();
    this._register(vscode.workspace.onDidCloseTextDocument((d) => this.diagnostics.delete(d.uri)));
  }

  /** Opens a version's source of one language; selects line:column when given. */
  async open(detail: TemplateVersionDetail, language: string, at?: { line: number; column: number }): Promise<vscode.TextEditor | undefined> {
    const source = detail.sources.find((s) => s.language === language);
    if (!source) {
      void vscode.window.showWarningMessage(vscode.l10n.t('{0} v{1} has no {2} source (it has {3}).', detail.external_id, detail.version, language, detail.languages.join(', ')));
      return undefined;
    }
    let text: string;
    try {
      text = await withCancellableProgress(vscode.l10n.t('Loading the {0} source of {1} v{2}…', language, detail.external_id, detail.version), (signal) => this.validation.sourceText(source.template_url, signal));
    } catch (e) {
      if (ApiError.is(e, 'cancelled')) return undefined;
      this.ctx.log.warn(`Template source ${detail.external_id} ${detail.version} ${language}: ${ApiError.is(e) ? e.describe() : errorSummary(e)}`);
      void showError(vscode.l10n.t('Could not load the {0} source of {1} v{2}: {3}', language, detail.external_id, detail.version, errorSummary(e)), () => this.ctx.log.show());
      return undefined;
    }
    const editor = await this.ctx.json.open(`${detail.external_id}-v${detail.version}-${language.toLowerCase()}.hbs`, undefined, { language: 'handlebars', text, preview: false });
    const check = this.validation.engine.checkSource(text, { structure: detail.structure, l10n: vscode.l10n });
    this.diagnostics.set(editor.document.uri, toDiagnostics(editor.document, check.problems, 'MOK', text));
    if (at) {
      const pos = new vscode.Position(Math.max(0, at.line - 1), Math.max(0, at.column - 1));
      const end = editor.document.getWordRangeAtPosition(pos, /[\w.@/[\]-]+/)?.end ?? pos;
      editor.selection = new vscode.Selection(pos, end);
      editor.revealRange(new vscode.Range(pos, end), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }
    return editor;
  }

  /** The findings shown on an open source (host tests read them). */
  problemsOf(uri: vscode.Uri): readonly vscode.Diagnostic[] {
    return this.diagnostics.get(uri) ?? [];
  }
}

export function registerSourceDocuments(ctx: ViewContext, validation: ValidationEngine): { sources: SourceDocuments; disposables: vscode.Disposable[] } {
  const sources = new SourceDocuments(ctx, validation);
  return {
    sources,
    disposables: [sources, vscode.commands.registerCommand('mok.sources.open', (detail: TemplateVersionDetail, language: string, line?: number, column?: number) => sources.open(detail, language, line !== undefined ? { line, column: column ?? 1 } : undefined))],
  };
}

// "Preview Template Folder": every language of a template folder rendered with every example fill
// file, side by side — the template preview page (src/webview/panels/preview.ts) in its grid form,
// on the webview kit, each cell rendered here with the same renderer as the fill preview
// (core/sources/preview.ts). Re-rendered whenever the folder is checked (on save).
import * as vscode from 'vscode';
import { exampleFiles, folderLanguages, folderMetadata, isTemplateLanguage, sourceFile } from '../../core/authoring/folder';
import { isJsonObject } from '../../core/json/canonical';
import { parseJsonText } from '../../core/problems/fromSyntax';
import type { PreviewCell, PreviewState } from '../../webview/protocols/preview';
import { Disposable } from '../common/lifecycle';
import type { ViewContext } from '../common/viewContext';
import type { WebviewPanelHost } from '../common/webview';
import { presentPreview, previewLabels, type FromPage } from '../preview/previewPanel';
import type { AuthoringCommands } from './commands';

export const FOLDER_PREVIEW_VIEW_TYPE = 'mok.templateFolderPreview';

export class FolderPreview extends Disposable {
  private readonly renderedEmitter = this._register(new vscode.EventEmitter<PreviewState>());
  /** A render was posted (host tests wait for it). */
  readonly onDidRender = this.renderedEmitter.event;
  private host: WebviewPanelHost<PreviewState, FromPage> | undefined;
  /** The folder shown, and how many renders it had (the page redraws cells only on a new one). */
  private folder: vscode.Uri | undefined;
  private htmlVersion = 0;

  constructor(
    private readonly ctx: ViewContext,
    private readonly commands: AuthoringCommands,
  ) {
    super();
    this._register(commands.checks.onDidCheck((e) => (this.host && e.folder.toString() === this.folder?.toString() ? void this.show(e.folder, { reveal: false }) : undefined)));
  }

  /** What the open panel shows (host tests); undefined when closed. */
  get current(): PreviewState | undefined {
    return this.host?.state;
  }

  async show(uri?: vscode.Uri, options: { reveal?: boolean } = {}): Promise<PreviewState | undefined> {
    const folder = await this.commands.folderFor(uri);
    if (!folder) return undefined;
    this.folder = folder;
    const state = await this.compute(folder);
    this.host = presentPreview(this.ctx, this.host, { viewType: FOLDER_PREVIEW_VIEW_TYPE, state, reveal: options.reveal !== false, onMessage: () => undefined }, (host) => {
      if (this.host === host) this.host = undefined;
    });
    this.renderedEmitter.fire(state);
    return state;
  }

  private async compute(folder: vscode.Uri): Promise<PreviewState> {
    const files = await this.commands.files(folder);
    const engine = this.commands.checks.validation.engine;
    const meta = folderMetadata(files);
    const languages = folderLanguages(files).filter((l) => isTemplateLanguage(l) && files.has(sourceFile(l)));
    const examples = exampleFiles(files);
    const notes: string[] = [];
    if (!examples.length) notes.push(vscode.l10n.t('The folder has no examples: add fill files under examples/ to preview the template with data.'));
    let failing = 0;
    const rows = languages.map((language) => ({
      language,
      cells: examples.map((rel): PreviewCell => {
        const parsed = parseJsonText(files.get(rel) ?? '');
        const fields = isJsonObject(parsed.value) ? parsed.value['fields_values'] : undefined;
        const label = rel.replace(/^examples\//, '');
        if (parsed.problems.length || !isJsonObject(fields)) return { example: label, html: '', summary: { text: vscode.l10n.t('{0} is not a fill file with fields_values.', label), state: 'unknown' } };
        const p = engine.renderPreview(files.get(sourceFile(language)) ?? '', fields, vscode.l10n);
        const missing = p.marks.filter((m) => m.kind === 'missing');
        if (p.syntax || missing.length) failing++;
        const summary: PreviewCell['summary'] = p.syntax
          ? { text: vscode.l10n.t('The {0} source does not parse: every fill in {0} would FAIL.', language), state: 'fails' }
          : missing.length
            ? { text: vscode.l10n.t('Would FAIL: {0} missing ({1}).', missing.map((m) => m.variable).join(', '), missing.length), state: 'fails' }
            : { text: vscode.l10n.t('Would complete.'), state: 'completes' };
        return { example: label, html: p.html, summary, ...(p.syntax ? { syntax: p.syntax } : {}) };
      }),
    }));
    const total = languages.length * examples.length;
    this.htmlVersion++;
    return {
      lang: vscode.env.language,
      heading: `${meta.externalId ?? vscode.workspace.asRelativePath(folder)}${meta.version ? ` v${meta.version.major}.${meta.version.minor}` : ''}`,
      subheading: vscode.l10n.t('Template folder {0}: {1} language(s) × {2} example(s)', vscode.workspace.asRelativePath(folder), languages.length, examples.length),
      labels: previewLabels(),
      languages: [],
      samples: [],
      summary: !total ? { text: vscode.l10n.t('Nothing to preview yet.'), state: 'unknown' } : failing ? { text: vscode.l10n.t('{0} of {1} fills would FAIL.', failing, total), state: 'fails' } : { text: vscode.l10n.t('All {0} fills would complete.', total), state: 'completes' },
      marks: [],
      notes,
      html: '',
      htmlVersion: this.htmlVersion,
      grid: { examples: examples.map((e) => e.replace(/^examples\//, '')), rows },
    };
  }

  override dispose(): void {
    this.host?.dispose();
    super.dispose();
  }
}

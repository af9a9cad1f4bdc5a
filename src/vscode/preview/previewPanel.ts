// The live template preview: one panel beside the editor, on the webview kit, showing the fill
// file's template version (the latest minor of its major — what the fill renders) in the file's
// language or another one the user picks, with the file's fields_values. It follows the fill file
// being edited (debounced), the active editor when it is another fill file, and the user's choice
// among the workspace's fill files for the same template (sample sets). Every missing variable is
// marked in place and listed; clicking one opens the template source at it. Renders are computed
// here (core/sources/preview.ts) and posted: the page is never reloaded for an update. Loaded with
// dist/features.js the first time it is needed (./register.ts).
import * as vscode from 'vscode';
import { FILL_FILE_SUFFIX, templateRefOf } from '../../core/fill/templateRef';
import { isJsonObject } from '../../core/json/canonical';
import type { TemplateVersionDetail } from '../../core/models/documents';
import { parseJsonText } from '../../core/problems/fromSyntax';
import type { PreviewRender } from '../../core/sources/preview';
import { isPreviewMessage, type PreviewFromWebview, type PreviewState } from '../../webview/protocols/preview';
import { errorSummary } from '../common/errors';
import { Disposable } from '../common/lifecycle';
import type { ViewContext } from '../common/viewContext';
import { WebviewPanelHost } from '../common/webview';
import type { FillFiles } from '../fills/fillFiles';
import type { SourceDocuments } from '../sources/sourceDocuments';

export type FromPage = Exclude<PreviewFromWebview, { type: 'ready' }>;

export const PREVIEW_VIEW_TYPE = 'mok.fillPreview';
const DEBOUNCE_MS = 300;

interface Rendered {
  detail: TemplateVersionDetail;
  language: string;
  preview: PreviewRender;
}

export class FillPreview extends Disposable {
  private host: WebviewPanelHost<PreviewState, FromPage> | undefined;
  private target: vscode.Uri | undefined;
  private language: string | undefined;
  private samples: vscode.Uri[] = [];
  private last: Rendered | undefined;
  private htmlVersion = 0;
  private timer: NodeJS.Timeout | undefined;
  private run = 0;
  private readonly renderedEmitter = this._register(new vscode.EventEmitter<PreviewState>());
  /** A render was posted (host tests wait for it). */
  readonly onDidRender = this.renderedEmitter.event;

  constructor(
    private readonly ctx: ViewContext,
    private readonly files: FillFiles,
    private readonly sources: SourceDocuments,
  ) {
    super();
    this._register(
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (this.host && e.contentChanges.length && e.document.uri.toString() === this.target?.toString()) this.schedule();
      }),
    );
    this._register(
      vscode.window.onDidChangeActiveTextEditor((e) => {
        const uri = e?.document.uri;
        if (!this.host || !uri?.path.endsWith(FILL_FILE_SUFFIX) || uri.toString() === this.target?.toString()) return;
        void this.show(uri, { reveal: false });
      }),
    );
  }

  /** What the open panel shows (host tests); undefined when closed. */
  get current(): { state: PreviewState; html: string; title: string } | undefined {
    return this.host ? { state: this.host.state, html: this.host.html, title: this.host.panel.title } : undefined;
  }

  /** Opens (or retargets) the preview on a fill file; resolves when it is rendered. */
  async show(uri?: vscode.Uri, options: { reveal?: boolean; language?: string } = {}): Promise<PreviewState | undefined> {
    const target = uri ?? vscode.window.activeTextEditor?.document.uri;
    if (!target?.path.endsWith(FILL_FILE_SUFFIX)) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Open a fill file (*.mok-fill.json) to preview its template.'));
      return undefined;
    }
    const changed = target.toString() !== this.target?.toString();
    this.target = target;
    if (changed) this.language = undefined;
    if (options.language) this.language = options.language;
    const state = await this.compute();
    if (!state) return undefined;
    this.host = presentPreview(this.ctx, this.host, { viewType: PREVIEW_VIEW_TYPE, state, reveal: options.reveal !== false, onMessage: (m) => this.receive(m) }, (host) => {
      if (this.host === host) {
        this.host = undefined;
        this.target = undefined;
      }
    });
    this.renderedEmitter.fire(state);
    return state;
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.show(this.target, { reveal: false });
    }, DEBOUNCE_MS);
  }

  private async receive(m: FromPage): Promise<void> {
    if (m.type === 'language') await this.show(this.target, { language: m.language, reveal: false });
    else if (m.type === 'sample') {
      const uri = this.samples.find((s) => s.toString() === m.id);
      if (uri) await this.show(uri, { reveal: false });
    } else if (m.type === 'reveal' && this.last) {
      const mark = this.last.preview.marks.find((x) => x.index === m.index);
      if (mark) await this.sources.open(this.last.detail, this.last.language, { line: mark.line, column: mark.column });
    }
  }

  /** Fill files of the workspace bound to the same template major (the sample sets). */
  private async findSamples(externalId: string, major: number): Promise<vscode.Uri[]> {
    const out: vscode.Uri[] = [];
    for (const uri of await vscode.workspace.findFiles(`**/*${FILL_FILE_SUFFIX}`, '**/node_modules/**', 200)) {
      const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      const text = open ? open.getText() : Buffer.from(await vscode.workspace.fs.readFile(uri)).toString('utf8');
      const ref = templateRefOf(parseJsonText(text).value);
      if (ref?.externalId === externalId && ref.major === major) out.push(uri);
    }
    if (this.target && !out.some((u) => u.toString() === this.target?.toString())) out.unshift(this.target);
    return out.sort((a, b) => a.path.localeCompare(b.path));
  }

  private async compute(): Promise<PreviewState | undefined> {
    const uri = this.target;
    if (!uri) return undefined;
    const run = ++this.run;
    const doc = await vscode.workspace.openTextDocument(uri);
    // The editing pipeline checks the file as it changes; only a file never checked is checked here.
    const check = this.files.lastCheck(doc) ?? (await this.files.checkNow(doc));
    if (run !== this.run) return this.host?.state;
    const name = vscode.workspace.asRelativePath(uri);
    const notes: string[] = [];
    const latest = check?.template?.latest ?? this.last?.detail;
    if (!latest) {
      return this.state({ heading: name, subheading: vscode.l10n.t('This fill file is not bound to a template version that could be loaded.'), languages: [], notes, summary: { text: vscode.l10n.t('Nothing to preview yet.'), state: 'unknown' } });
    }
    const parsed = parseJsonText(doc.getText());
    const value = parsed.problems.length ? undefined : parsed.value;
    const fields = isJsonObject(value) ? value['fields_values'] : undefined;
    const fileLanguage = isJsonObject(value) && typeof value['language'] === 'string' ? value['language'] : undefined;
    const language = this.language ?? (fileLanguage && latest.languages.includes(fileLanguage) ? fileLanguage : latest.default_language);
    this.samples = await this.findSamples(latest.external_id, Number(latest.version.split('.')[0]));
    let rendered = this.last;
    if (isJsonObject(fields)) {
      const source = latest.sources.find((s) => s.language === language);
      try {
        const text = source ? await this.files.validation.sourceText(source.template_url) : undefined;
        if (run !== this.run) return this.host?.state;
        if (text !== undefined) {
          rendered = { detail: latest, language, preview: this.files.validation.engine.renderPreview(text, fields, vscode.l10n) };
          this.last = rendered;
          this.htmlVersion++;
        } else notes.push(vscode.l10n.t('{0} v{1} has no {2} source.', latest.external_id, latest.version, language));
      } catch (e) {
        notes.push(vscode.l10n.t('Could not load the {0} source: {1}', language, errorSummary(e)));
      }
    } else notes.push(vscode.l10n.t('The fill file is not valid JSON with fields_values right now: showing the last render.'));
    const p = rendered?.preview;
    const missing = p?.marks.filter((m) => m.kind === 'missing') ?? [];
    const others = (check?.problems ?? []).filter((x) => x.severity === 'error').length;
    if (others) notes.push(vscode.l10n.t('The fill file has {0} other problem(s) (Problems panel): the API would refuse it before rendering.', others));
    if (p?.truncated) notes.push(vscode.l10n.t('The document is longer than the preview shows (cut at 1 MiB).'));
    const summary: PreviewState['summary'] = !p
      ? { text: vscode.l10n.t('Nothing rendered yet.'), state: 'unknown' }
      : p.syntax
        ? { text: vscode.l10n.t('The {0} source does not parse: every fill in {0} would FAIL.', language), state: 'fails' }
        : missing.length
          ? { text: (missing.length === 1
                ? vscode.l10n.t('1 variable printed by the template is missing in fields_values: this fill would FAIL ("Template variable \'{0}\' missing in payload.").', missing[0]?.variable ?? '')
                : vscode.l10n.t('{0} variables printed by the template are missing in fields_values: this fill would FAIL ("Template variable \'{1}\' missing in payload.").', missing.length, missing[0]?.variable ?? '')), state: 'fails' }
          : { text: vscode.l10n.t('Every variable the template prints has a value: the fill would complete.'), state: 'completes' };
    return this.state({
      heading: `${latest.external_id} v${latest.version} · ${language}`,
      subheading: vscode.l10n.t('{0} · fields_values of {1}', this.ctx.envs.active().environment.name, name),
      languages: latest.languages.map((code) => ({ code, current: code === language })),
      notes,
      summary,
      ...(p ? { preview: p } : {}),
    });
  }

  private state(s: { heading: string; subheading: string; languages: PreviewState['languages']; notes: string[]; summary: PreviewState['summary']; preview?: PreviewRender }): PreviewState {
    const p = s.preview;
    return {
      lang: vscode.env.language,
      heading: s.heading,
      subheading: s.subheading,
      labels: previewLabels(),
      languages: s.languages,
      samples: this.samples.map((u) => ({ id: u.toString(), label: vscode.workspace.asRelativePath(u), current: u.toString() === this.target?.toString() })),
      summary: s.summary,
      marks: (p?.marks ?? []).map((m) => ({ index: m.index, kind: m.kind, placeholder: m.placeholder, line: m.line, column: m.column, title: m.title })),
      notes: s.notes,
      html: p?.html ?? '',
      htmlVersion: this.htmlVersion,
      ...(p?.syntax ? { syntax: p.syntax } : {}),
    };
  }

  override dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.host?.dispose();
    super.dispose();
  }
}

/** The words of the preview page. */
export function previewLabels(): PreviewState['labels'] {
  return { language: vscode.l10n.t('Language'), samples: vscode.l10n.t('Sample data'), marks: vscode.l10n.t('Marked in the document'), source: vscode.l10n.t('source'), empty: vscode.l10n.t('(the template renders nothing with this data)') };
}

/**
 * Posts a state to the open preview panel, or opens one: the fill preview and the template folder
 * preview (src/vscode/authoring/preview.ts) share the page. Returns the panel.
 */
export function presentPreview(
  ctx: ViewContext,
  host: WebviewPanelHost<PreviewState, FromPage> | undefined,
  spec: { viewType: string; state: PreviewState; reveal: boolean; onMessage: (m: FromPage) => unknown },
  onDispose: (host: WebviewPanelHost<PreviewState, FromPage>) => void,
): WebviewPanelHost<PreviewState, FromPage> {
  const title = vscode.l10n.t('Preview: {0}', spec.state.heading);
  if (host) {
    host.update(spec.state, title);
    if (spec.reveal) host.reveal();
    return host;
  }
  const opened = new WebviewPanelHost<PreviewState, FromPage>(
    ctx.extension.extensionUri,
    { viewType: spec.viewType, title, script: 'dist/preview.js', styles: ['webview/preview.css'], isMessage: isPreviewMessage, onMessage: spec.onMessage, log: ctx.log, preserveFocus: true },
    spec.state,
  );
  opened.onDidDispose(() => onDispose(opened));
  return opened;
}

/** The preview of this window, made the first time it is needed (./register.ts). */
export function createFillPreview(ctx: ViewContext, files: FillFiles, sources: SourceDocuments): FillPreview {
  return new FillPreview(ctx, files, sources);
}

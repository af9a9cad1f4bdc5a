// The Fill feature: "Fill" on a fill file (CodeLens, editor title, palette) or on a template
// version in the Dynamic Templates view (one of the workspace's fill files for it, or a new one),
// the activity rows with their actions (Open / Save Document, Check Status Again, Copy Fill
// Process Id), the notification at the end of each fill, and "Show in Source" for a variable a
// source prints. Loaded with dist/features.js on first use (./register.ts keeps the activity rows
// and their store in the shell and passes the store in).
import * as vscode from 'vscode';
import { ApiError } from '../../core/errors';
import { FILL_FILE_SUFFIX, templateRefOf } from '../../core/fill/templateRef';
import { parseJsonText } from '../../core/problems/fromSyntax';
import { errorSummary, showError } from '../common/errors';
import { withCancellableProgress } from '../common/progress';
import type { ViewContext } from '../common/viewContext';
import type { FillCommands } from '../fills/commands';
import type { FillFiles } from '../fills/fillFiles';
import type { SourceDocuments } from '../sources/sourceDocuments';
import { templateVersionOfNode } from '../templates/view';
import { ActivityNode, type FillActivities, type TrackedFill } from './activities';
import { fetchFilled, fileNameOf, storeFilled } from './documents';
import { FillSender, type FillOptions, type FillOutcome } from './send';

function trackedOf(store: FillActivities, arg: unknown): TrackedFill | undefined {
  if (ActivityNode.is(arg)) return arg.tracked;
  if (typeof arg === 'string') return store.find(arg);
  if (arg && typeof arg === 'object' && 'activity' in arg) return store.all.find((t) => t === arg);
  return store.all[0];
}

export class FillRunCommands {
  readonly sender: FillSender;

  constructor(
    /** The shell's store: the Fill activity rows show it. */
    readonly store: FillActivities,
    private readonly ctx: ViewContext,
    private readonly files: FillFiles,
    private readonly fills: FillCommands,
    private readonly sources: SourceDocuments,
  ) {
    this.sender = new FillSender(ctx, files, this.store, (t, interactive) => {
      // The filled document is a stored document: list it in Documents & Signatures too.
      const id = t.activity.status === 'COMPLETED' ? t.activity.filledDocumentId : undefined;
      if (id) void Promise.resolve(vscode.commands.executeCommand('mok.documents.reveal', { kind: 'document', id })).catch(() => undefined);
      if (interactive) void this.notify(t);
    });
  }

  /** Fill from a fill file (uri or the active editor) or a template version node. */
  async fill(arg?: unknown, options: FillOptions = {}): Promise<FillOutcome | undefined> {
    let uri = arg instanceof vscode.Uri ? arg : undefined;
    if (!uri && templateVersionOfNode(arg)) uri = await this.fillFileFor(arg);
    uri ??= vscode.window.activeTextEditor?.document.uri;
    if (!uri?.path.endsWith(FILL_FILE_SUFFIX)) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Open a fill file (*.mok-fill.json) to fill, or use "Fill…" on a template version.'));
      return undefined;
    }
    const outcome = await this.sender.fill(uri, options);
    if (!outcome.ok && outcome.message && options.interactive === false) this.ctx.log.info(`Fill not sent (${outcome.stage}): ${outcome.message}`);
    return outcome;
  }

  /** A workspace fill file bound to the node's template major, or a new one. */
  private async fillFileFor(node: unknown): Promise<vscode.Uri | undefined> {
    const version = templateVersionOfNode(node);
    if (!version) return undefined;
    const { detail } = version;
    const major = Number(detail.version.split('.')[0]);
    const found: vscode.Uri[] = [];
    for (const uri of await vscode.workspace.findFiles(`**/*${FILL_FILE_SUFFIX}`, '**/node_modules/**', 200)) {
      const text = Buffer.from(await vscode.workspace.fs.readFile(uri)).toString('utf8');
      const ref = templateRefOf(parseJsonText(text).value);
      if (ref?.externalId === detail.external_id && ref.major === major) found.push(uri);
    }
    const fresh = { label: vscode.l10n.t('$(new-file) New fill file for {0} v{1}', detail.external_id, detail.version), uri: undefined as vscode.Uri | undefined };
    const items = [...found.map((uri) => ({ label: `$(json) ${vscode.workspace.asRelativePath(uri)}`, uri })), fresh];
    const picked = found.length ? await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Fill {0} v{1} with…', detail.external_id, major) }) : fresh;
    if (!picked) return undefined;
    return picked.uri ?? (await this.fills.newFillFile(node));
  }

  async checkStatus(arg?: unknown, interactive = true): Promise<TrackedFill | undefined> {
    const t = trackedOf(this.store, arg);
    if (!t?.activity.fillProcessId) return undefined;
    await this.sender.checkStatus(t, interactive);
    return t;
  }

  /** Downloads the filled document into the extension's storage and opens it. */
  async openDocument(arg?: unknown): Promise<vscode.Uri | undefined> {
    const t = trackedOf(this.store, arg);
    const a = t?.activity;
    if (!t || !a?.filledDocumentId) return undefined;
    const doc = await this.download(t);
    if (!doc) return undefined;
    const uri = await storeFilled(this.ctx.extension.globalStorageUri, a, doc);
    t.savedTo = uri;
    await vscode.commands.executeCommand('vscode.open', uri, { preview: false });
    return uri;
  }

  /** Downloads the filled document and saves it where the user chooses (or `target`). */
  async saveDocument(arg?: unknown, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
    const t = trackedOf(this.store, arg);
    if (!t?.activity.filledDocumentId) return undefined;
    const doc = await this.download(t);
    if (!doc) return undefined;
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const uri = target ?? (await vscode.window.showSaveDialog({ defaultUri: folder ? vscode.Uri.joinPath(folder, fileNameOf(doc)) : undefined, title: vscode.l10n.t('Save the filled document') }));
    if (!uri) return undefined;
    await vscode.workspace.fs.writeFile(uri, doc.bytes);
    t.savedTo = uri;
    void vscode.window.showInformationMessage(vscode.l10n.t('Saved {0}.', vscode.workspace.asRelativePath(uri)));
    return uri;
  }

  private async download(t: TrackedFill) {
    try {
      const client = await this.ctx.envs.client();
      return await withCancellableProgress(vscode.l10n.t('Downloading {0}…', t.activity.documentName), (signal) => fetchFilled(client, t.activity, signal));
    } catch (e) {
      if (ApiError.is(e, 'cancelled')) return undefined;
      this.ctx.log.warn(`Filled document ${t.activity.filledDocumentId ?? ''}: ${ApiError.is(e) ? e.describe() : errorSummary(e)}`);
      void showError(vscode.l10n.t('Could not download the filled document: {0}', errorSummary(e)), () => this.ctx.log.show());
      return undefined;
    }
  }

  /** Where the source of the fill file's template prints a variable. */
  async showSource(uri: vscode.Uri | undefined, language: unknown, line: unknown, column: unknown): Promise<vscode.TextEditor | undefined> {
    const target = uri ?? vscode.window.activeTextEditor?.document.uri;
    if (!target) return undefined;
    const doc = await vscode.workspace.openTextDocument(target);
    const check = this.files.lastCheck(doc) ?? (await this.files.checkNow(doc));
    const latest = check?.template?.latest;
    if (!latest) return undefined;
    const lang = typeof language === 'string' ? language : latest.default_language;
    return this.sources.open(latest, lang, typeof line === 'number' ? { line, column: typeof column === 'number' ? column : 1 } : undefined);
  }

  private async notify(t: TrackedFill): Promise<void> {
    const a = t.activity;
    switch (a.status) {
      case 'COMPLETED': {
        const open = vscode.l10n.t('Open Document');
        const save = vscode.l10n.t('Save Document…');
        const pick = await vscode.window.showInformationMessage(vscode.l10n.t('{0}: COMPLETED ({1}).', a.documentName, `${a.target.externalId} v${a.target.major}${a.minor !== undefined ? `.${a.minor}` : ''}`), open, save);
        if (pick === open) await this.openDocument(t);
        if (pick === save) await this.saveDocument(t);
        return;
      }
      case 'FAILED': {
        const cause = t.explanation?.cause;
        const show = vscode.l10n.t('Show in Source');
        const message = cause ? vscode.l10n.t('{0}: FAILED — {1} Likely cause: {2}.', a.documentName, a.errorMessage ?? '', cause) : vscode.l10n.t('{0}: FAILED — {1}', a.documentName, a.errorMessage ?? '');
        const pick = await vscode.window.showErrorMessage(message, ...(t.explanation?.place ? [show] : []));
        const place = t.explanation?.place;
        if (pick === show && place) await this.showSource(t.uri, place.language, place.line, place.column);
        return;
      }
      case 'refused':
        void vscode.window.showErrorMessage(vscode.l10n.t('{0}: the API refused the fill ({1} problems, shown in the fill file).', a.documentName, a.problems?.length ?? 0));
        return;
      case 'unsent':
        void vscode.window.showErrorMessage(vscode.l10n.t('{0}: not sent — {1}', a.documentName, a.failure ?? ''));
        return;
      case 'lost': {
        const again = vscode.l10n.t('Check Status Again');
        const pick = await vscode.window.showWarningMessage(vscode.l10n.t('{0}: lost track of fill process {1} ({2}). Its id is kept.', a.documentName, a.fillProcessId ?? '', a.failure ?? ''), again);
        if (pick === again) await this.checkStatus(t);
        return;
      }
      default:
        return;
    }
  }
}

export function registerFillRunCommands(ctx: ViewContext, files: FillFiles, fills: FillCommands, sources: SourceDocuments, store: FillActivities): vscode.Disposable[] {
  const commands = new FillRunCommands(store, ctx, files, fills, sources);
  return [
    vscode.commands.registerCommand('mok.fills.fill', (arg?: unknown, options?: FillOptions) => commands.fill(arg, options)),
    vscode.commands.registerCommand('mok.fills.checkStatus', (arg?: unknown, interactive?: boolean) => commands.checkStatus(arg, interactive)),
    vscode.commands.registerCommand('mok.fills.openDocument', (arg?: unknown) => commands.openDocument(arg)),
    vscode.commands.registerCommand('mok.fills.saveDocument', (arg?: unknown, target?: vscode.Uri) => commands.saveDocument(arg, target)),
    vscode.commands.registerCommand('mok.fills.copyFillId', async (arg?: unknown) => {
      const id = trackedOf(commands.store, arg)?.activity.fillProcessId;
      if (id) await vscode.env.clipboard.writeText(id);
    }),
    vscode.commands.registerCommand('mok.fills.clearActivity', () => commands.store.clearFinished()),
    vscode.commands.registerCommand('mok.fills.showSource', (uri?: vscode.Uri, language?: unknown, line?: unknown, column?: unknown) => commands.showSource(uri, language, line, column)),
  ];
}

// Template authoring in the editor: "Pull Template…" (a Dynamic Templates row → a folder in the
// workspace, byte for byte), "New Template…" (a scaffolded folder), "Check Template Folder" (on
// demand; on save it runs by itself: folders.ts) and "Publish Template…" (publish.ts).
import * as vscode from 'vscode';
import { TEMPLATE_FILE, readFolder, sourceFile, writeFolder } from '../../core/authoring/folder';
import { ApiError } from '../../core/errors';
import type { TemplateLanguage } from '../../core/models/documents';
import { EXTERNAL_ID_PATTERN, templateLanguages } from '../../core/models/values';
import { errorSummary, showError } from '../common/errors';
import { withCancellableProgress } from '../common/progress';
import type { ViewContext } from '../common/viewContext';
import { templateRefOfNode } from '../templates/view';
import type { TemplateFolderChecks } from './folders';
import { summaryText, templateFolderOf, workspaceFolderIo } from './folders';
import { FolderPreview } from './preview';
import { TemplatePublisher } from './publish';

export class AuthoringCommands {
  constructor(
    private readonly ctx: ViewContext,
    readonly checks: TemplateFolderChecks,
  ) {}

  private get engine() {
    return this.checks.validation.engine;
  }

  /** Where to write a folder: asked, relative to the first workspace folder. */
  private async askFolder(title: string, suggestion: string): Promise<vscode.Uri | undefined> {
    const root = vscode.workspace.workspaceFolders?.[0]?.uri;
    if (!root) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Open a folder first: template folders are written into the workspace.'));
      return undefined;
    }
    const rel = await this.ctx.prompts.input({
      title,
      prompt: vscode.l10n.t('Folder for the template, relative to the workspace'),
      value: suggestion,
      validateInput: (v) => (!v.trim() || v.includes('..') ? vscode.l10n.t('Write a folder inside the workspace, like templates/factura_mensual') : undefined),
    });
    if (rel === undefined) return undefined;
    const folder = vscode.Uri.joinPath(root, rel.trim());
    const existing = await workspaceFolderIo(folder).read(TEMPLATE_FILE);
    if (existing !== undefined) {
      const ok = await this.ctx.prompts.confirm(vscode.l10n.t('{0} already holds a template. Overwrite its files?', rel.trim()), { detail: vscode.l10n.t('Files of the template layout are replaced; other files stay.'), action: vscode.l10n.t('Overwrite') });
      if (!ok) return undefined;
    }
    return folder;
  }

  private async openAndCheck(folder: vscode.Uri, first: string): Promise<void> {
    await vscode.window.showTextDocument(vscode.Uri.joinPath(folder, first), { preview: false });
    await this.checks.check(folder);
  }

  /** Pull Template…: the row's version (the latest minor of its latest major for a template row). */
  async pull(node?: unknown, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
    const ref = templateRefOfNode(node);
    if (!ref) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Choose a template, major or version in the Dynamic Templates view to pull it.'));
      return undefined;
    }
    const folder = target ?? (await this.askFolder(vscode.l10n.t('Pull {0} into…', ref.externalId), `templates/${ref.externalId}`));
    if (!folder) return undefined;
    const org = this.ctx.envs.active().environment.org;
    try {
      const files = await withCancellableProgress(vscode.l10n.t('Pulling {0}…', ref.externalId), async (signal) => {
        const client = await this.ctx.envs.client();
        const majors = ref.major === undefined ? await this.checks.validation.source.majors(ref.externalId, org, signal) : [];
        const major = ref.major ?? Math.max(1, ...majors.map((m) => Number(m.version.split('.')[0])));
        const detail = await this.engine.authoring.publishedDetail(client, ref.externalId, org, major, ref.minor, signal);
        if (!detail) throw new ApiError({ reason: 'notFound', message: vscode.l10n.t('{0} v{1} was not found in org {2}.', ref.externalId, `${major}${ref.minor !== undefined ? `.${ref.minor}` : ''}`, org) });
        const version = await this.engine.authoring.downloadVersion(client, detail, org, signal);
        const missing = [...version.unavailable.keys()];
        if (missing.length) throw new ApiError({ reason: 'network', message: vscode.l10n.t('Could not download {0}.', missing.join(', ')) });
        return this.engine.authoring.pulledFolder(version, this.checks.validation.validator);
      });
      await writeFolder(workspaceFolderIo(folder), files);
    } catch (e) {
      if (ApiError.is(e, 'cancelled')) return undefined;
      this.ctx.log.warn(`Pull ${ref.externalId}: ${ApiError.is(e) ? e.describe() : errorSummary(e)}`);
      void showError(vscode.l10n.t('Could not pull {0}: {1}', ref.externalId, errorSummary(e)), () => this.ctx.log.show());
      return undefined;
    }
    await this.openAndCheck(folder, TEMPLATE_FILE);
    return folder;
  }

  /** New Template…: a scaffolded folder that checks clean and previews. */
  async newTemplate(target?: vscode.Uri, externalId?: string): Promise<vscode.Uri | undefined> {
    const id =
      externalId ??
      (await this.ctx.prompts.input({
        title: vscode.l10n.t('New Template'),
        prompt: vscode.l10n.t('External id (lowercase letters, digits and underscores)'),
        placeHolder: 'carta_bienvenida',
        validateInput: (v) => (EXTERNAL_ID_PATTERN.test(v) ? undefined : vscode.l10n.t('Use lowercase letters, digits and underscores only, like carta_bienvenida')),
      }));
    if (!id) return undefined;
    let language: TemplateLanguage = 'ES';
    if (!target) {
      const picked = await this.ctx.prompts.pick(
        templateLanguages.filter((l) => l !== 'UNDEFINED').map((l) => ({ label: l })),
        { title: vscode.l10n.t('Default language of {0}', id) },
      );
      if (!picked) return undefined;
      language = picked.label;
    }
    const folder = target ?? (await this.askFolder(vscode.l10n.t('Create {0} in…', id), `templates/${id}`));
    if (!folder) return undefined;
    await writeFolder(workspaceFolderIo(folder), this.engine.authoring.newTemplateFolder({ externalId: id, language, org: this.ctx.envs.active().environment.org }));
    await this.openAndCheck(folder, sourceFile(language));
    return folder;
  }

  /** The template folder of a file (or folder), of the active editor, or picked among the workspace's. */
  async folderFor(uri?: vscode.Uri): Promise<vscode.Uri | undefined> {
    const start = uri ?? vscode.window.activeTextEditor?.document.uri;
    const found = start ? await templateFolderOf(start) : undefined;
    if (found) return found;
    const all = (await vscode.workspace.findFiles(`**/${TEMPLATE_FILE}`, '**/node_modules/**', 100)).map((u) => vscode.Uri.joinPath(u, '..'));
    if (all.length === 1) return all[0];
    if (!all.length) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No template folder (a folder with template.json) in this workspace: pull a template or create a new one.'));
      return undefined;
    }
    const picked = await this.ctx.prompts.pick(
      all.map((u) => ({ label: vscode.workspace.asRelativePath(u), uri: u })),
      { title: vscode.l10n.t('Which template folder?') },
    );
    return picked?.uri;
  }

  /** Check Template Folder: diagnostics and a summary. */
  async check(uri?: vscode.Uri): Promise<ReturnType<TemplateFolderChecks['lastCheck']>> {
    const folder = await this.folderFor(uri);
    if (!folder) return undefined;
    const check = await this.checks.check(folder);
    const text = summaryText(folder, check);
    const problems = vscode.l10n.t('Show Problems');
    const shown = check.summary.errors ? vscode.window.showWarningMessage(text, problems) : vscode.window.showInformationMessage(text);
    void shown.then((pick) => (pick === problems ? vscode.commands.executeCommand('workbench.actions.view.problems') : undefined));
    return check;
  }

  /** The folder's texts as they are in the editors and on disk. */
  async files(folder: vscode.Uri): Promise<Map<string, string>> {
    return readFolder(workspaceFolderIo(folder));
  }
}

/** Pull / New / Check / Publish / Preview (loaded with dist/features.js; see ./register.ts). */
export function registerAuthoringCommands(ctx: ViewContext, checks: TemplateFolderChecks): vscode.Disposable[] {
  const commands = new AuthoringCommands(ctx, checks);
  const publisher = new TemplatePublisher(ctx, commands);
  const preview = new FolderPreview(ctx, commands);
  return [
    preview,
    vscode.commands.registerCommand('mok.authoring.pull', (node?: unknown, target?: vscode.Uri) => commands.pull(node, target)),
    vscode.commands.registerCommand('mok.authoring.new', (target?: vscode.Uri, externalId?: string) => commands.newTemplate(target, externalId)),
    vscode.commands.registerCommand('mok.authoring.check', (uri?: vscode.Uri) => commands.check(uri)),
    vscode.commands.registerCommand('mok.authoring.publish', (uri?: vscode.Uri, options?: { as?: 'minor' | 'major' }) => publisher.publish(uri, options)),
    vscode.commands.registerCommand('mok.authoring.preview', (uri?: vscode.Uri) => preview.show(uri)),
  ];
}

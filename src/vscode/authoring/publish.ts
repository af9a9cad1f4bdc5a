// "Publish Template…": the folder saved and checked (errors ask before going on), compared with the
// latest published minor of its major and classified as the Documents API would (core/authoring/
// predict.ts) — the reasons and whether existing fill data stays valid shown beside the diff of
// what changed — then the author confirms (a breaking change is offered as a new major), writes
// the changelog, and the folder is sent (multipart). The new version and its changelog entry are
// shown; a refusal (409) is shown with the API's reasons next to the prediction.
import * as vscode from 'vscode';
import { STRUCTURE_FILE, TEMPLATE_FILE, configFile, sourceFile } from '../../core/authoring/folder';
import type { PublishBase, PublishPrediction } from '../../core/authoring/predict';
import type { PublishAs, PublishOutcome } from '../../core/authoring/publish';
import { ApiError } from '../../core/errors';
import { formatProblem } from '../../core/problems/problem';
import { errorSummary, showError } from '../common/errors';
import { withCancellableProgress } from '../common/progress';
import type { ViewContext } from '../common/viewContext';
import type { AuthoringCommands } from './commands';
import { workspaceFolderIo } from './folders';

export interface PublishRun {
  prediction?: PublishPrediction;
  as?: PublishAs;
  outcome?: PublishOutcome;
  /** Why nothing was sent: nothing changed, the author declined, the check refused. */
  stopped?: 'none' | 'declined' | 'problems' | 'cancelled' | 'failed';
}

/** The plan as Markdown: each reason, and what happens to existing fill data. */
export function planMarkdown(externalId: string, prediction: PublishPrediction): string {
  const lines = [`# ${vscode.l10n.t('Publish {0}', externalId)}`, ''];
  const against = prediction.against ? vscode.l10n.t('compared with {0} in {1}', prediction.against.version, prediction.against.org) : vscode.l10n.t('a new template');
  const kind = prediction.kind === 'minor' ? vscode.l10n.t('a new minor') : prediction.kind === 'major' ? vscode.l10n.t('a new major') : vscode.l10n.t('nothing to publish');
  lines.push(`**${kind}** — ${against}`, '');
  for (const r of prediction.reasons) lines.push(`- ${r.breaking ? `⛔ ${vscode.l10n.t('breaking')}` : `✅ ${vscode.l10n.t('compatible')}`} — ${r.message}`);
  if (prediction.fillData) {
    const { breaking, changes } = prediction.fillData;
    lines.push('', `## ${vscode.l10n.t('Existing fill data')}`, '');
    if (!changes.length) lines.push(vscode.l10n.t('The structure has no field changes.'));
    else {
      lines.push(breaking ? vscode.l10n.t('{0} of {1} structure change(s) can make existing fill data invalid.', breaking, changes.length) : vscode.l10n.t('Existing fill data stays valid ({0} compatible structure change(s)).', changes.length), '');
      for (const c of changes) lines.push(`- ${c.breaking ? '⛔' : '✅'} \`${c.path}\` ${c.kind}: ${c.message}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

export class TemplatePublisher {
  constructor(
    private readonly ctx: ViewContext,
    private readonly commands: AuthoringCommands,
  ) {}

  /** Opens what changed: the structure diff when it changed, else the first changed source, and the plan beside it. */
  private async showDiff(folder: vscode.Uri, base: PublishBase, prediction: PublishPrediction, externalId: string): Promise<void> {
    if (base.kind === 'version') {
      const published = base.version;
      const v = published.detail.version;
      const changed = prediction.reasons.find((r) => r.code === 'structure-changed') ? STRUCTURE_FILE : prediction.reasons.find((r) => r.code === 'source-updated' || r.code === 'config-updated');
      const rel = typeof changed === 'string' ? changed : changed?.language ? (changed.code === 'source-updated' ? sourceFile(changed.language) : configFile(changed.language)) : undefined;
      const before = rel ? published.files.get(rel) : undefined;
      if (rel && before !== undefined) {
        const ext = rel.endsWith('.hbs') ? '.hbs' : '.json';
        const left = this.ctx.json.put(`${externalId}-v${v}-${rel.replace(/\//g, '-')}`, before, ext);
        await vscode.commands.executeCommand('vscode.diff', left, vscode.Uri.joinPath(folder, rel), vscode.l10n.t('{0}: {1} v{2} ↔ folder', externalId, rel, v), { preview: false });
      }
    }
    await this.ctx.json.open(`${externalId}-publish.md`, undefined, { language: 'markdown', text: planMarkdown(externalId, prediction), beside: true, preview: false });
  }

  private confirmText(externalId: string, as: PublishAs, prediction: PublishPrediction, org: string): { message: string; detail: string; action: string } {
    const env = this.ctx.envs.active().environment.name;
    const reasons = prediction.reasons.map((r) => `${r.breaking ? '⛔' : '•'} ${r.message}`).join('\n');
    const data = prediction.fillData ? (prediction.fillData.breaking ? vscode.l10n.t('Existing fill data: {0} breaking structure change(s).', prediction.fillData.breaking) : vscode.l10n.t('Existing fill data stays valid.')) : '';
    const detail = [reasons, data, vscode.l10n.t('Environment: {0}, org {1}.', env, org)].filter(Boolean).join('\n\n');
    if (as === 'create') return { message: vscode.l10n.t('Create {0} as version 1.0?', externalId), detail, action: vscode.l10n.t('Create Template') };
    const from = prediction.against?.version ?? '';
    if (as === 'minor') return { message: vscode.l10n.t('Publish {0} as a new minor of {1}?', externalId, from), detail, action: vscode.l10n.t('Publish Minor') };
    const breaking = prediction.kind === 'major';
    return {
      message: breaking ? vscode.l10n.t('{0} has breaking changes: the API refuses them as a minor of {1}. Publish a new major instead?', externalId, from) : vscode.l10n.t('Publish {0} as a new major?', externalId),
      detail,
      action: vscode.l10n.t('Publish New Major'),
    };
  }

  /**
   * Publishes a template folder. `options.as` forces the operation ("minor" sends a minor even
   * when the prediction says the API will refuse it: the API decides).
   */
  async publish(uri?: vscode.Uri, options: { as?: 'minor' | 'major' } = {}): Promise<PublishRun> {
    const folder = await this.commands.folderFor(uri);
    if (!folder) return { stopped: 'cancelled' };
    // What is published is what is on disk (and in git): unsaved editors of the folder are saved first.
    for (const d of vscode.workspace.textDocuments) if (d.isDirty && d.uri.toString().startsWith(`${folder.toString()}/`)) await d.save();
    const check = await this.commands.checks.check(folder);
    if (check.summary.errors) {
      const go = await this.ctx.prompts.confirm(vscode.l10n.t('The template folder has {0} error(s). Publish anyway?', check.summary.errors), { detail: vscode.l10n.t('The Problems panel lists them. The API may refuse the upload, or fills may fail.'), action: vscode.l10n.t('Publish Anyway') });
      if (!go) return { stopped: 'problems' };
    }
    const engine = this.commands.checks.validation.engine;
    const files = await this.commands.files(folder);
    let loaded: { base: PublishBase; prediction: PublishPrediction } | undefined;
    try {
      loaded = await withCancellableProgress(vscode.l10n.t('Comparing with the published version…'), async (signal) => {
        const client = await this.ctx.envs.client();
        const base = await engine.authoring.loadBase(client, files, { signal });
        return base ? { base, prediction: engine.authoring.predictPublish(files, base, vscode.l10n) } : undefined;
      });
    } catch (e) {
      return this.failed(e);
    }
    if (!loaded) {
      void vscode.window.showErrorMessage(vscode.l10n.t('template.json names no usable external_id: fix it first (Problems panel).'));
      return { stopped: 'problems' };
    }
    const { base, prediction } = loaded;
    const externalId = base.kind === 'version' ? base.version.detail.external_id : base.externalId;
    const org = base.kind === 'version' ? base.version.org : base.org;
    if (prediction.kind === 'none') {
      void vscode.window.showInformationMessage(vscode.l10n.t('Nothing to publish: the folder is {0} {1} as published.', externalId, prediction.against?.version ?? ''));
      return { prediction, stopped: 'none' };
    }
    const as: PublishAs = base.kind === 'new-template' ? 'create' : (options.as ?? engine.authoring.defaultPublishAs(base, prediction) ?? 'minor');
    await this.showDiff(folder, base, prediction, externalId);
    const ask = this.confirmText(externalId, as, prediction, org);
    if (!(await this.ctx.prompts.confirm(ask.message, { detail: ask.detail, action: ask.action }))) return { prediction, as, stopped: 'declined' };
    let changelog = '';
    if (as !== 'create') {
      const typed = await this.ctx.prompts.input({ title: vscode.l10n.t('Changelog of the new version'), prompt: vscode.l10n.t('What changed, for the template changelog'), value: engine.authoring.defaultChangelog(prediction) });
      if (typed === undefined) return { prediction, as, stopped: 'declined' };
      changelog = typed;
    }
    const major = base.kind === 'version' ? Number(base.version.detail.version.split('.')[0]) : undefined;
    let outcome: PublishOutcome;
    try {
      outcome = await withCancellableProgress(vscode.l10n.t('Publishing {0}…', externalId), async (signal) =>
        engine.authoring.publishFolder(await this.ctx.envs.client(), files, as, { changelog, org, signal, ...(major !== undefined ? { major } : {}) }),
      );
    } catch (e) {
      return { prediction, as, ...this.failed(e) };
    }
    if (!outcome.ok) {
      const api = outcome.problems.map(formatProblem).join('; ') || outcome.message;
      const predicted = prediction.kind === 'major' ? vscode.l10n.t('predicted: breaking — {0}', prediction.reasons.filter((r) => r.breaking).map((r) => r.message).join('; ')) : vscode.l10n.t('predicted: a compatible minor');
      void vscode.window.showErrorMessage(vscode.l10n.t('The API refused to publish {0} (HTTP {1}): {2}. {3}', externalId, outcome.status, api, predicted));
      return { prediction, as, outcome };
    }
    const metaText = files.get(TEMPLATE_FILE);
    if (metaText !== undefined) await workspaceFolderIo(folder).write(TEMPLATE_FILE, engine.authoring.publishedMetadataText(metaText, outcome.summary.version));
    const entry = outcome.changelog ? vscode.l10n.t(' Changelog {0} → {1}: {2}', outcome.changelog.from_version ?? '—', outcome.changelog.to_version, outcome.changelog.changelog) : '';
    void vscode.window.showInformationMessage(vscode.l10n.t('Published {0} {1} in {2}.{3}', outcome.summary.external_id, outcome.summary.version, org, entry));
    this.commands.checks.validation.reset();
    void vscode.commands.executeCommand('mok.templates.refresh');
    return { prediction, as, outcome };
  }

  private failed(e: unknown): PublishRun {
    if (ApiError.is(e, 'cancelled')) return { stopped: 'cancelled' };
    this.ctx.log.warn(`Publish template: ${ApiError.is(e) ? e.describe() : errorSummary(e)}`);
    void showError(vscode.l10n.t('Could not publish the template: {0}', errorSummary(e)), () => this.ctx.log.show());
    return { stopped: 'failed' };
  }
}

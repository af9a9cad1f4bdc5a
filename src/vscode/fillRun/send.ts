// Fill from a fill file: checked first with exactly what the editor shows (the structure, and the
// source of its language rendered with its data), refused when that finds an error unless the user
// insists ("Fill Anyway"); a live environment asks first; then sent with `fill-process-origin`
// (setting mok.fills.origin) and followed in a cancellable progress notification and in the Fill
// activity rows. Cancelling stops watching, never the fill: its id is kept to check again. At the
// end: Open / Save for a COMPLETED document, the API's message next to the likely cause for a
// FAILED one, the API's problems on the file for a refused one.
import * as vscode from 'vscode';
import { FILL_FILE_KEYS } from '../../core/fill/templateRef';
import { apiFillApi, FillRun, newActivity, timingWords, type FillActivity } from '../../core/fill/process';
import { isJsonObject } from '../../core/json/canonical';
import type { FillRequest } from '../../core/models/documents';
import { isError } from '../../core/problems/problem';
import { errorSummary } from '../common/errors';
import { toAbortSignal } from '../common/progress';
import type { ViewContext } from '../common/viewContext';
import type { FillFiles } from '../fills/fillFiles';
import { statusWords, type FillActivities, type TrackedFill } from './activities';

export interface FillOptions {
  /** false: never ask (tests, scripts): refuse on problems unless `force`, no live confirmation dialog. */
  interactive?: boolean;
  /** Send even when the checks find errors. */
  force?: boolean;
}

export type FillOutcome =
  | { ok: true; tracked: TrackedFill }
  | { ok: false; stage: 'untrusted' | 'notFillFile' | 'unbound' | 'invalid' | 'declined'; message?: string; problems?: string[] };

function bodyOf(value: Record<string, unknown>): FillRequest {
  const body: Record<string, unknown> = {};
  for (const k of FILL_FILE_KEYS) if (k !== 'template' && value[k] !== undefined) body[k] = value[k];
  return body as unknown as FillRequest;
}

export class FillSender {
  constructor(
    private readonly ctx: ViewContext,
    private readonly files: FillFiles,
    private readonly store: FillActivities,
    private readonly onEnd: (t: TrackedFill, interactive: boolean) => void,
  ) {}

  async fill(uri: vscode.Uri, options: FillOptions = {}): Promise<FillOutcome> {
    const interactive = options.interactive ?? true;
    if (!vscode.workspace.isTrusted) {
      const manage = vscode.l10n.t('Manage Workspace Trust');
      const message = vscode.l10n.t('Filling sends this file to the API with your credentials: trust this folder first (Restricted Mode).');
      if (interactive) void vscode.window.showWarningMessage(message, manage).then((p) => (p === manage ? vscode.commands.executeCommand('workbench.trust.manage') : undefined));
      return { ok: false, stage: 'untrusted', message };
    }
    const doc = await vscode.workspace.openTextDocument(uri);
    if (!this.files.pipeline.owns(doc)) return { ok: false, stage: 'notFillFile', message: vscode.l10n.t('{0} is not a fill file (*.mok-fill.json).', vscode.workspace.asRelativePath(uri)) };
    const problems = await this.files.pipeline.validate(doc);
    const check = this.files.lastCheck(doc);
    const value = check?.value;
    if (!check?.binding || !check.template || !isJsonObject(value)) {
      const message = !check?.binding ? vscode.l10n.t('This fill file does not say which template it is for.') : vscode.l10n.t('The template this fill file names could not be loaded; the Problems panel says why.');
      if (interactive) {
        const choose = vscode.l10n.t('Choose the Template…');
        void vscode.window.showErrorMessage(message, choose).then((p) => (p === choose ? vscode.commands.executeCommand('mok.fills.changeTemplate', uri) : undefined));
      }
      return { ok: false, stage: 'unbound', message };
    }
    const errors = problems.filter(isError);
    const prediction = this.files.lastPrediction(doc);
    let force = options.force ?? false;
    if (errors.length && !force) {
      const fails = prediction?.outcome === 'fails';
      const head = fails
        ? vscode.l10n.t('Not filled: the fill would FAIL ({0}).', prediction.failure ?? '')
        : errors.length === 1
          ? vscode.l10n.t('Not filled: 1 problem in the fill file.')
          : vscode.l10n.t('Not filled: {0} problems in the fill file.', errors.length);
      const lines = errors.slice(0, 5).map((p) => `• ${p.pointer || '/'}  ${p.message}`);
      if (!interactive) return { ok: false, stage: 'invalid', message: head, problems: lines };
      const anyway = vscode.l10n.t('Fill Anyway');
      const show = vscode.l10n.t('Show Problems');
      const pick = await vscode.window.showErrorMessage(head, { detail: lines.join('\n') }, anyway, show);
      if (pick === show) void vscode.commands.executeCommand('workbench.actions.view.problems');
      if (pick !== anyway) return { ok: false, stage: 'invalid', message: head, problems: lines };
      force = true;
    }
    const env = this.ctx.envs.active().environment;
    if (env.kind === 'live' && interactive) {
      const send = vscode.l10n.t('Fill in live');
      const pick = await vscode.window.showWarningMessage(vscode.l10n.t('Fill {0} in the LIVE environment "{1}"?', check.binding.externalId, env.name), { modal: true, detail: vscode.l10n.t('It creates a real document.') }, send);
      if (pick !== send) return { ok: false, stage: 'declined' };
    }
    const body = bodyOf(value);
    const target = { externalId: check.binding.externalId, major: check.binding.major, org: check.binding.org ?? env.org };
    const activity = newActivity({ target, body, origin: this.ctx.envs.settings.fillOrigin });
    const tracked: TrackedFill = { activity, environment: env.name, uri, ...(prediction ? { prediction } : {}) };
    this.store.add(tracked);
    this.ctx.log.info(`Fill ${target.externalId} v${target.major} (${env.name}) from ${vscode.workspace.asRelativePath(uri)}${force && errors.length ? ' despite the checks' : ''}`);
    const client = await this.ctx.envs.client();
    await this.follow(tracked, (onChange) => new FillRun(apiFillApi(client), activity, body, { onChange }), 'run', interactive);
    return { ok: true, tracked };
  }

  /** Reads a kept fill's status again and follows it to its end. */
  async checkStatus(tracked: TrackedFill, interactive = true): Promise<FillActivity> {
    const client = await this.ctx.envs.client();
    await this.follow(tracked, (onChange) => new FillRun(apiFillApi(client), tracked.activity, undefined, { onChange }), 'check', interactive);
    return tracked.activity;
  }

  private async follow(tracked: TrackedFill, make: (onChange: (a: FillActivity) => void) => FillRun, how: 'run' | 'check', interactive: boolean): Promise<void> {
    const a = tracked.activity;
    const title = vscode.l10n.t('Filling {0} ({1} v{2})', a.documentName, a.target.externalId, a.target.major);
    await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, async (progress, token) => {
      const cancel = toAbortSignal(token);
      const run = make((changed) => {
        const timing = timingWords(changed);
        progress.report({ message: [statusWords(changed.status), timing].filter(Boolean).join(' · ') });
        this.store.changed(tracked);
      });
      try {
        await (how === 'run' ? run.run(cancel.signal) : run.check(cancel.signal));
      } catch (e) {
        a.status = a.fillProcessId ? 'lost' : 'unsent';
        a.failure = errorSummary(e);
        this.store.changed(tracked);
      } finally {
        cancel.dispose();
      }
    });
    if (a.status === 'FAILED') {
      const { engine } = this.files.validation;
      tracked.explanation = engine.explainFailure(a.errorMessage ?? '', tracked.prediction, vscode.l10n);
    }
    if (a.status === 'refused' && tracked.uri && a.problems?.length) {
      const doc = await vscode.workspace.openTextDocument(tracked.uri);
      this.files.pipeline.publish(doc, a.problems);
    }
    this.ctx.log.info(`Fill ${a.fillProcessId ?? '(not created)'}: ${a.status}${a.failure ? ` — ${a.failure}` : ''}${a.errorMessage ? ` — ${a.errorMessage}` : ''}`);
    this.store.changed(tracked);
    this.onEnd(tracked, interactive);
  }
}

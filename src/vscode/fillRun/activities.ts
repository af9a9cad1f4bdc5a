// Fill activity in the Dynamic Templates view: one row per fill sent from this window (newest
// first) with its status, the time each status was first seen and, below it, what to know — the
// fill process id, the template and origin, the filled document, the API's FAILED message next to
// the likely cause from the source analysis (a click shows the place in the source), or why it
// could not be followed and that its id is kept ("Check Status Again").
import * as vscode from 'vscode';
import type { FailureExplanation, FillPrediction } from '../../core/fill/predict';
import { canCheckAgain, timingWords, type FillActivity, type FillStatus } from '../../core/fill/process';
import { formatProblem } from '../../core/problems/problem';
import { Disposable } from '../common/lifecycle';
import { kindGuard, MessageNode, type TreeNode } from '../common/tree';

const MAX_KEPT = 50;

/** An activity with what the editor knows around it. */
export interface TrackedFill {
  activity: FillActivity;
  /** The environment it was sent to (rows show the active environment's fills). */
  environment: string;
  /** The fill file it came from. */
  uri?: vscode.Uri;
  /** The prediction for the data that was sent (explains a FAILED fill). */
  prediction?: FillPrediction;
  explanation?: FailureExplanation;
  /** The document's name once saved or opened. */
  savedTo?: vscode.Uri;
}

export class FillActivities extends Disposable {
  private readonly items: TrackedFill[] = [];
  /** The environment whose fills are shown. */
  environment = '';
  private readonly emitter = this._register(new vscode.EventEmitter<TrackedFill | undefined>());
  /** An activity changed (or one was added / removed: undefined). */
  readonly onDidChange = this.emitter.event;

  /** The fills sent to the active environment, newest first. */
  get all(): readonly TrackedFill[] {
    return this.items.filter((t) => t.environment === this.environment);
  }

  /** Shows another environment's fills. */
  setEnvironment(name: string): void {
    if (name === this.environment) return;
    this.environment = name;
    this.emitter.fire(undefined);
  }

  add(t: TrackedFill): void {
    this.items.unshift(t);
    if (this.items.length > MAX_KEPT) this.items.splice(MAX_KEPT);
    this.emitter.fire(undefined);
  }

  changed(t: TrackedFill): void {
    this.emitter.fire(t);
  }

  clearFinished(): void {
    const keep = this.items.filter((t) => t.environment !== this.environment || !['COMPLETED', 'FAILED', 'refused', 'unsent'].includes(t.activity.status));
    this.items.splice(0, this.items.length, ...keep);
    this.emitter.fire(undefined);
  }

  /** A tracked fill by its row id or by the API's fill_process_id (the Sandbox Requests view links by that). */
  find(id: string): TrackedFill | undefined {
    return this.all.find((t) => t.activity.id === id || t.activity.fillProcessId === id);
  }
}

function icon(status: FillStatus): vscode.ThemeIcon {
  switch (status) {
    case 'sending':
    case 'CREATED':
    case 'PROCESSING':
      return new vscode.ThemeIcon('sync~spin');
    case 'COMPLETED':
      return new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed'));
    case 'FAILED':
    case 'refused':
      return new vscode.ThemeIcon('error', new vscode.ThemeColor('errorForeground'));
    case 'unsent':
    case 'lost':
      return new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'));
    case 'stopped':
      return new vscode.ThemeIcon('debug-pause');
  }
}

/** The status in words (API statuses stay as the API names them). */
export function statusWords(status: FillStatus): string {
  switch (status) {
    case 'sending':
      return vscode.l10n.t('sending');
    case 'refused':
      return vscode.l10n.t('refused (400)');
    case 'unsent':
      return vscode.l10n.t('not sent');
    case 'lost':
      return vscode.l10n.t('connection lost');
    case 'stopped':
      return vscode.l10n.t('no longer watched');
    default:
      return status;
  }
}

/** The group row: "Fills", above the templates while there is any. */
export class ActivityGroupNode implements TreeNode {
  constructor(private readonly store: FillActivities) {}
  toTreeItem(): vscode.TreeItem {
    const item = new vscode.TreeItem(vscode.l10n.t('Fill activity'), vscode.TreeItemCollapsibleState.Expanded);
    item.id = 'fills';
    const running = this.store.all.filter((t) => ['sending', 'CREATED', 'PROCESSING'].includes(t.activity.status)).length;
    item.description = running ? vscode.l10n.t('{0} running', running) : vscode.l10n.t('{0} this session', this.store.all.length);
    item.iconPath = new vscode.ThemeIcon('pulse');
    item.contextValue = 'mok:fillActivities';
    return item;
  }
  getChildren(): TreeNode[] {
    return this.store.all.map((t) => new ActivityNode(t, this));
  }
}

export class ActivityNode implements TreeNode {
  readonly nodeKind = 'ActivityNode';
  static readonly is = kindGuard<ActivityNode>('ActivityNode');

  constructor(
    readonly tracked: TrackedFill,
    readonly parent: TreeNode,
  ) {}
  toTreeItem(): vscode.TreeItem {
    const a = this.tracked.activity;
    const open = ['FAILED', 'refused', 'unsent', 'lost'].includes(a.status);
    const item = new vscode.TreeItem(a.documentName, open ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
    item.id = `fills:${a.id}`;
    const timing = timingWords(a);
    const at = a.seen[a.status as keyof FillActivity['seen']];
    const status = at !== undefined ? vscode.l10n.t('{0} in {1} s', statusWords(a.status), (at / 1000).toFixed(1)) : statusWords(a.status);
    item.description = [status, `${a.target.externalId} v${a.target.major}${a.minor !== undefined ? `.${a.minor}` : ''}`].join(' · ');
    item.iconPath = icon(a.status);
    const flags = [a.filledDocumentId && a.status === 'COMPLETED' ? '+document' : '', canCheckAgain(a) ? '+check' : '', this.tracked.uri ? '+file' : ''].join('');
    item.contextValue = `mok:fillActivity+${a.status}${flags}`;
    const md = new vscode.MarkdownString();
    md.appendMarkdown(`**${a.documentName}** — ${statusWords(a.status)}\n\n`);
    if (timing) md.appendMarkdown(`${timing}\n\n`);
    if (a.fillProcessId) md.appendMarkdown(`${vscode.l10n.t('Fill process')}: \`${a.fillProcessId}\`\n\n`);
    item.tooltip = md;
    return item;
  }
  getChildren(): TreeNode[] {
    const t = this.tracked;
    const a = t.activity;
    const rows: TreeNode[] = [];
    const row = (label: string, iconName: string, command?: vscode.Command, tooltip?: string, context = 'mok:fillDetail') => rows.push(new MessageNode(label, iconName, this, command, context, tooltip));
    if (a.errorMessage) row(vscode.l10n.t('API: {0}', a.errorMessage), 'error', undefined, a.errorMessage);
    if (t.explanation?.cause) {
      const place = t.explanation.place;
      row(vscode.l10n.t('Likely cause: {0}', t.explanation.cause), 'lightbulb', place && t.uri ? { command: 'mok.fills.showSource', title: vscode.l10n.t('Show in source'), arguments: [t.uri, place.language, place.line, place.column] } : undefined, t.explanation.cause);
    }
    if (a.status === 'lost') row(vscode.l10n.t('Watching failed: {0}. The fill id is kept — check its status again.', a.failure ?? ''), 'debug-disconnect', { command: 'mok.fills.checkStatus', title: vscode.l10n.t('Check Status Again'), arguments: [this] }, a.failure);
    if (a.status === 'stopped') row(vscode.l10n.t('No longer watched (cancelled). The fill id is kept — check its status again.'), 'debug-pause', { command: 'mok.fills.checkStatus', title: vscode.l10n.t('Check Status Again'), arguments: [this] });
    if (a.status === 'unsent') row(vscode.l10n.t('Not sent: {0}', a.failure ?? ''), 'warning', undefined, a.failure);
    for (const p of a.problems ?? []) row(formatProblem(p), 'error', t.uri ? { command: 'vscode.open', title: vscode.l10n.t('Open fill file'), arguments: [t.uri] } : undefined);
    if (a.filledDocumentId) row(vscode.l10n.t('Document: {0}', a.filledDocumentId), 'file-pdf', a.status === 'COMPLETED' ? { command: 'mok.fills.openDocument', title: vscode.l10n.t('Open Document'), arguments: [this] } : undefined);
    if (a.fillProcessId) row(vscode.l10n.t('Fill process: {0}', a.fillProcessId), 'symbol-key', undefined, undefined, 'mok:fillDetail+id');
    const timing = timingWords(a);
    if (timing) row(timing, 'watch');
    row(vscode.l10n.t('{0} v{1}{2} · {3} · {4} · origin {5}', a.target.externalId, a.target.major, a.minor !== undefined ? `.${a.minor}` : '', a.target.org, a.language, a.origin), 'file-code');
    if (t.uri) row(vscode.workspace.asRelativePath(t.uri), 'json', { command: 'vscode.open', title: vscode.l10n.t('Open fill file'), arguments: [t.uri] });
    return rows;
  }
}

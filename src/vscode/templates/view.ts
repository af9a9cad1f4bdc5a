// Dynamic Templates view: templates (paged) → majors → minors (version, languages, tags, date),
// changelog, read-only structure (the JSON Schema fill data must match) and sources; other
// features add rows above the templates (the fill activity).
import * as vscode from 'vscode';
import { ApiError } from '../../core/errors';
import { formatDate, formatDateTime } from '../../core/wording/dates';
import type { ChangelogEntry, TemplateSummary, TemplateVersionDetail } from '../../core/models/documents';
import { errorDetail, errorSummary, showError } from '../common/errors';
import { STRUCTURE_LANGUAGE, type JsonDocuments } from '../common/jsonDocuments';
import { withCancellableProgress } from '../common/progress';
import { LoadMoreNode, MessageNode, TreeProvider, type TreeNode } from '../common/tree';
import type { ViewContext } from '../common/viewContext';
import type { EnvironmentManager } from '../environments/manager';

const PAGE_SIZE = 50;

/** A date or date-time of the API in the one date style (times with their zone). */
function when(value: string): string {
  return /T\d{2}:/.test(value) ? formatDateTime(value) : formatDate(value);
}

/** Which template (and major, minor) a row stands for; authoring's Pull reads it. */
export interface TemplateRef {
  externalId: string;
  major?: number;
  minor?: number;
}

class TemplateNode implements TreeNode {
  templateRef(): TemplateRef {
    return { externalId: this.externalId };
  }
  constructor(
    readonly externalId: string,
    /** Latest minor of each major, as the list returns them (newest major first). */
    readonly majors: TemplateSummary[],
    private readonly provider: TemplatesProvider,
  ) {}
  toTreeItem(): vscode.TreeItem {
    const latest = this.majors[0];
    const item = new vscode.TreeItem(this.externalId, vscode.TreeItemCollapsibleState.Collapsed);
    item.id = `template:${this.externalId}`;
    item.description = latest ? `v${latest.version} · ${latest.languages.join(', ')}` : '';
    item.iconPath = new vscode.ThemeIcon('file-code');
    item.contextValue = 'mok:template';
    const md = new vscode.MarkdownString();
    md.appendMarkdown(`**${this.externalId}**\n\n${latest?.description ?? ''}\n\n`);
    md.appendMarkdown(this.majors.map((m) => `- v${m.version} (${m.languages.join(', ')}) — ${when(m.creation_date)}`).join('\n'));
    item.tooltip = md;
    return item;
  }
  getChildren(): TreeNode[] {
    const majors = this.majors
      .map((m) => ({ m, major: Number(m.version.split('.')[0]) }))
      .sort((a, b) => b.major - a.major)
      .map(({ m, major }) => new MajorNode(this, m, major, this.provider));
    return [...majors, new ChangelogNode(this, this.provider)];
  }
}

class MajorNode implements TreeNode {
  templateRef(): TemplateRef {
    return { externalId: this.parent.externalId, major: this.major };
  }
  constructor(
    readonly parent: TemplateNode,
    readonly latest: TemplateSummary,
    readonly major: number,
    private readonly provider: TemplatesProvider,
  ) {}
  toTreeItem(): vscode.TreeItem {
    const item = new vscode.TreeItem(vscode.l10n.t('Major {0}', this.major), vscode.TreeItemCollapsibleState.Collapsed);
    item.id = `template:${this.parent.externalId}:${this.major}`;
    item.description = vscode.l10n.t('latest {0}', this.latest.version);
    item.iconPath = new vscode.ThemeIcon('versions');
    item.contextValue = 'mok:templateMajor';
    return item;
  }
  async getChildren(signal: AbortSignal): Promise<TreeNode[]> {
    const client = await this.provider.envs.client();
    const res = await client.call('templates.versions', { params: { id: this.parent.externalId, major: this.major } }, { signal });
    return res.templates.map((t) => new MinorNode(this, t, this.provider.json));
  }
}

class MinorNode implements TreeNode {
  /** The version this row stands for and the latest minor of its major (templateVersionOfNode). */
  templateVersion(): { detail: TemplateVersionDetail; latest: string } {
    return { detail: this.detail, latest: this.parent.latest.version };
  }
  templateRef(): TemplateRef {
    const [major, minor] = this.detail.version.split('.').map(Number);
    return { externalId: this.detail.external_id, ...(major !== undefined ? { major } : {}), ...(minor !== undefined ? { minor } : {}) };
  }
  constructor(
    readonly parent: MajorNode,
    readonly detail: TemplateVersionDetail,
    private readonly json: JsonDocuments,
  ) {}
  toTreeItem(): vscode.TreeItem {
    const d = this.detail;
    const item = new vscode.TreeItem(`v${d.version}`, vscode.TreeItemCollapsibleState.Collapsed);
    item.id = `template:${d.external_id}:${d.version}`;
    item.description = [d.languages.join(', '), formatDate(d.creation_date), d.tags?.length ? d.tags.map((t) => `#${t}`).join(' ') : undefined].filter(Boolean).join(' · ');
    item.iconPath = new vscode.ThemeIcon('tag');
    item.contextValue = 'mok:templateMinor';
    const md = new vscode.MarkdownString();
    md.appendMarkdown(`**${d.external_id} v${d.version}**\n\n${d.description}\n\n`);
    md.appendMarkdown(`${vscode.l10n.t('Languages')}: ${d.languages.join(', ')} (${vscode.l10n.t('default')} ${d.default_language})\n\n`);
    if (d.tags?.length) md.appendMarkdown(`${vscode.l10n.t('Tags')}: ${d.tags.join(', ')}\n\n`);
    md.appendMarkdown(`${vscode.l10n.t('Created')}: ${when(d.creation_date)}`);
    item.tooltip = md;
    return item;
  }
  getChildren(): TreeNode[] {
    const d = this.detail;
    const props = d.structure.properties;
    const count = props && typeof props === 'object' ? Object.keys(props).length : 0;
    const structure = new MessageNode(vscode.l10n.t('Structure (JSON Schema)'), 'json', this, { command: 'mok.templates.openStructure', title: vscode.l10n.t('Open structure'), arguments: [this] }, 'mok:templateStructure', count === 1 ? vscode.l10n.t('1 top-level field') : vscode.l10n.t('{0} top-level fields', count));
    const sources = d.sources.map((s) => new SourceNode(this, s));
    return [structure, ...sources];
  }
  async openStructure(): Promise<void> {
    await this.json.open(`${this.detail.external_id}-v${this.detail.version}.structure.json`, this.detail.structure, { language: STRUCTURE_LANGUAGE });
  }
}

/** One source of a minor: its row opens the Handlebars template, read-only, in the Handlebars mode, with its findings. */
class SourceNode implements TreeNode {
  constructor(
    readonly parent: MinorNode,
    readonly source: TemplateVersionDetail['sources'][number],
  ) {}
  toTreeItem(): vscode.TreeItem {
    const s = this.source;
    const item = new vscode.TreeItem(vscode.l10n.t('{0} · engine {1}', s.language, s.engine_version), vscode.TreeItemCollapsibleState.None);
    item.iconPath = new vscode.ThemeIcon('file-code');
    item.tooltip = s.template_url;
    item.contextValue = 'mok:templateSource';
    item.command = { command: 'mok.templates.openSource', title: vscode.l10n.t('Open source'), arguments: [this] };
    return item;
  }
  /** Opens the source read-only with its findings against the structure (sources/sourceDocuments.ts). */
  open(): Thenable<vscode.TextEditor | undefined> {
    return vscode.commands.executeCommand<vscode.TextEditor | undefined>('mok.sources.open', this.parent.detail, this.source.language);
  }
}

class ChangelogNode implements TreeNode {
  constructor(
    readonly parent: TemplateNode,
    private readonly provider: TemplatesProvider,
  ) {}
  toTreeItem(): vscode.TreeItem {
    const item = new vscode.TreeItem(vscode.l10n.t('Changelog'), vscode.TreeItemCollapsibleState.Collapsed);
    item.id = `template:${this.parent.externalId}:changelog`;
    item.iconPath = new vscode.ThemeIcon('history');
    item.contextValue = 'mok:templateChangelog';
    return item;
  }
  async getChildren(signal: AbortSignal): Promise<TreeNode[]> {
    const client = await this.provider.envs.client();
    const res = await client.call('templates.changelog', { params: { id: this.parent.externalId } }, { signal });
    if (!res.changelog_history.length) return [new MessageNode(vscode.l10n.t('No changelog entries'), 'info', this)];
    return res.changelog_history.map((e) => changelogEntryNode(e, this));
  }
}

function changelogEntryNode(e: ChangelogEntry, parent: ChangelogNode): TreeNode {
  const label = e.from_version ? `${e.from_version} → ${e.to_version}` : e.to_version;
  const node = new MessageNode(label, 'git-commit', parent, undefined, 'mok:changelogEntry', `${when(e.on_date)}\n\n${e.changelog}`);
  return {
    parent,
    toTreeItem: () => {
      const item = node.toTreeItem();
      item.description = `${formatDate(e.on_date)} · ${e.changelog}`;
      return item;
    },
  };
}

export class TemplatesProvider extends TreeProvider {
  protected readonly what = vscode.l10n.t('dynamic templates');
  private pages: TemplateSummary[] = [];
  private nextPage = 0;
  private exhausted = false;
  /** Bumped on every reload so a late page from before (another environment, say) is dropped. */
  private generation = 0;
  private readonly leading: { node: TreeNode; visible: () => boolean }[] = [];
  private readonly reloadEmitter = this._register(new vscode.EventEmitter<void>());
  /** The templates were reloaded (refresh, another environment): what was read from them is stale. */
  readonly onDidReload = this.reloadEmitter.event;

  constructor(private readonly ctx: ViewContext) {
    super('mok.views.dynamicTemplates');
    this._register(ctx.envs.onDidChange(() => this.reload()));
  }

  get envs(): EnvironmentManager {
    return this.ctx.envs;
  }

  get json(): JsonDocuments {
    return this.ctx.json;
  }

  showLog(): void {
    this.ctx.log.show();
  }

  reload(): void {
    this.generation++;
    this.pages = [];
    this.nextPage = 0;
    this.exhausted = false;
    this.reloadEmitter.fire();
    this.refresh();
  }

  /** A row shown above the templates while `visible()` (call `showLeading` when that changes). */
  addLeading(node: TreeNode, visible: () => boolean): void {
    this.leading.push({ node, visible });
  }

  /** Re-renders the root without reloading the templates (a leading row appeared or went away). */
  showLeading(): void {
    this.emitter.fire(undefined);
  }

  protected async rootChildren(signal: AbortSignal): Promise<TreeNode[]> {
    const lead = this.leading.filter((l) => l.visible()).map((l) => l.node);
    const templates = await this.templateRows(signal);
    return lead.length && !templates.length ? lead : [...lead, ...templates];
  }

  protected override onError(e: unknown): void {
    this.ctx.log.warn(`Dynamic templates view: ${ApiError.is(e) ? e.describe() : errorDetail(e)}`);
  }

  private async templateRows(signal: AbortSignal): Promise<TreeNode[]> {
    // Empty root → the view's welcome content (mok.env.needsDocumentsCredentials) offers buttons.
    if (!(await this.envs.hasCredentials('documents'))) return [];
    if (this.nextPage === 0 && !this.exhausted) {
      const generation = this.generation;
      const page = await this.fetchPage(0, signal);
      // Reloaded meanwhile: that load renders instead.
      if (generation !== this.generation) return [];
      this.append(page);
    }
    const groups = new Map<string, TemplateSummary[]>();
    for (const t of this.pages) groups.set(t.external_id, [...(groups.get(t.external_id) ?? []), t]);
    const nodes: TreeNode[] = [...groups].map(([id, majors]) => new TemplateNode(id, majors, this));
    if (!nodes.length) return [new MessageNode(vscode.l10n.t('No dynamic templates in org "{0}"', this.envs.active().environment.org), 'info')];
    if (!this.exhausted) nodes.push(new LoadMoreNode(() => this.loadMore(), this.pages.length));
    this.view.description = this.envs.active().environment.org;
    return nodes;
  }

  private async fetchPage(page: number, signal: AbortSignal): Promise<TemplateSummary[]> {
    const client = await this.envs.client();
    return (await client.call('templates.list', { query: { page, page_size: PAGE_SIZE } }, { signal })).templates;
  }

  private append(page: TemplateSummary[]): void {
    this.pages.push(...page);
    this.nextPage++;
    if (page.length < PAGE_SIZE) this.exhausted = true;
  }

  /** Fetches the next page (cancellable); a reload meanwhile discards it. */
  async loadMore(): Promise<void> {
    const generation = this.generation;
    const next = this.nextPage;
    let page: TemplateSummary[];
    try {
      page = await withCancellableProgress(vscode.l10n.t('Loading dynamic templates (page {0})…', next + 1), (signal) => this.fetchPage(next, signal));
    } catch (e) {
      if (ApiError.is(e, 'cancelled')) return;
      this.onError(e);
      void showError(vscode.l10n.t('Could not load more dynamic templates: {0}', errorSummary(e)), () => this.ctx.log.show());
      return;
    }
    if (generation !== this.generation || this.nextPage !== next) return;
    this.append(page);
    // Re-render without cancelling what other rows are loading.
    this.emitter.fire(undefined);
  }
}

export function registerTemplatesView(ctx: ViewContext): vscode.Disposable[] {
  const provider = new TemplatesProvider(ctx);
  ctx.providers.set(provider.viewId, provider);
  return [
    provider,
    vscode.commands.registerCommand('mok.templates.refresh', (node?: TreeNode) => (node ? provider.refresh(node) : provider.reload())),
    vscode.commands.registerCommand('mok.templates.openStructure', async (node: unknown) => {
      if (node instanceof MinorNode) await node.openStructure();
    }),
    vscode.commands.registerCommand('mok.templates.openSource', async (node: unknown) => (node instanceof SourceNode ? node.open() : undefined)),
  ];
}


/** The template version a tree node stands for (minor nodes) and its major's latest minor, for other features' commands. */
export function templateVersionOfNode(node: unknown): { detail: TemplateVersionDetail; latest: string } | undefined {
  // Asked by method, not instanceof: callers in dist/features.js hold their own copies of these classes.
  const version = (node as { templateVersion?: unknown } | undefined)?.templateVersion;
  return typeof version === 'function' ? (version as () => { detail: TemplateVersionDetail; latest: string }).call(node) : undefined;
}

/** The template (and major / minor) a Dynamic Templates row stands for: template, major and minor rows. */
export function templateRefOfNode(node: unknown): TemplateRef | undefined {
  // Asked by method, not instanceof: callers in dist/features.js hold their own copies of these classes.
  const ref = (node as { templateRef?: unknown } | undefined)?.templateRef;
  return typeof ref === 'function' ? (ref as () => TemplateRef).call(node) : undefined;
}

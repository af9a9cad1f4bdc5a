// The Service Requests view (`mok.views.serviceRequests`): a paged list with filters and optional
// grouping by status, and the commands on a request (open JSON, copy id, reveal contract, set
// status, edit). Create/update scaffolds and "Send" live in serviceRequestEditor.ts.
import * as vscode from 'vscode';
import { MAX_PAGE_SIZE } from '../../core/catalogue/mok';
import { ApiError } from '../../core/errors';
import { SERVICE_REQUEST_STATUSES, type ServiceRequest } from '../../core/models/mok';
import { registerNodeCommands } from '../common/commands';
import { errorDetail, errorSummary, problemLines, showError } from '../common/errors';
import { withCancellableProgress } from '../common/progress';
import { LoadMoreNode, MessageNode, TreeProvider, type TreeNode } from '../common/tree';
import type { ViewContext } from '../common/viewContext';
import { ServiceRequestNode, StatusGroupNode, statusLabel } from './nodes';
import { ServiceRequestScaffolds, prefillArg } from './scaffolds';

export const SERVICE_REQUESTS_VIEW_ID = 'mok.views.serviceRequests';
const HAS_FILTERS_CONTEXT = 'mok.serviceRequests.hasFilters';

export const FILTER_KEYS = ['current_status', 'service_id', 'contract_id', 'external_id', 'access_identifier'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type Filters = Partial<Record<FilterKey, string>>;

function filterLabel(key: FilterKey): string {
  switch (key) {
    case 'current_status':
      return vscode.l10n.t('status');
    case 'service_id':
      return vscode.l10n.t('service id');
    case 'contract_id':
      return vscode.l10n.t('contract id');
    case 'external_id':
      return vscode.l10n.t('external id');
    case 'access_identifier':
      return vscode.l10n.t('access identifier');
  }
}

function isFilterKey(k: string): k is FilterKey {
  return (FILTER_KEYS as readonly string[]).includes(k);
}

export type SetStatusResult = { ok: true; serviceRequest: ServiceRequest } | { ok: false; error?: unknown };

export class ServiceRequestsProvider extends TreeProvider {
  protected readonly what = vscode.l10n.t('service requests');
  private filtersValue: Filters = {};
  private grouped: boolean;
  /** Loaded requests, in list order; undefined = not loaded yet. */
  private items: ServiceRequest[] | undefined;
  private page = 0;
  private hasMore = false;
  /** Bumped on every reload so a late page from before is dropped. */
  private generation = 0;
  private nodes: TreeNode[] | undefined;
  private requestNodes = new Map<number, ServiceRequestNode>();

  constructor(private readonly ctx: ViewContext) {
    super(SERVICE_REQUESTS_VIEW_ID);
    this.grouped = ctx.envs.settings.groupByStatus;
    this._register(
      ctx.envs.onDidChange(() => {
        this.grouped = this.ctx.envs.settings.groupByStatus;
        this.reload();
      }),
    );
    this.updateDescription();
  }

  get filters(): Readonly<Filters> {
    return this.filtersValue;
  }
  get groupByStatus(): boolean {
    return this.grouped;
  }
  get loadedCount(): number {
    return this.items?.length ?? 0;
  }

  private get pageSize(): number {
    return Math.min(this.ctx.envs.settings.pageSize, MAX_PAGE_SIZE);
  }

  protected async rootChildren(signal: AbortSignal): Promise<TreeNode[]> {
    if (!(await this.ctx.envs.hasCredentials('mok'))) return [];
    if (!this.items) {
      const generation = this.generation;
      const page = await this.fetchPage(1, signal);
      // Reloaded meanwhile (filters, environment): that load renders instead.
      if (generation !== this.generation) return [];
      this.items = page;
      this.page = 1;
      this.hasMore = page.length >= this.pageSize;
      this.nodes = undefined;
    }
    return (this.nodes ??= this.build());
  }

  protected override onError(e: unknown): void {
    this.ctx.log.warn(`Service requests view: ${ApiError.is(e) ? e.describe() : errorDetail(e)}`);
  }

  private async fetchPage(page: number, signal: AbortSignal): Promise<ServiceRequest[]> {
    const client = await this.ctx.envs.client();
    const res = await client.call('serviceRequests.list', { query: { ...this.filtersValue, 'page[number]': page, 'page[size]': this.pageSize } }, { signal });
    return res.service_requests;
  }

  private build(): TreeNode[] {
    const items = this.items ?? [];
    this.requestNodes.clear();
    const out: TreeNode[] = [];
    if (items.length === 0) {
      const filtered = Object.keys(this.filtersValue).length > 0;
      out.push(
        filtered
          ? new MessageNode(vscode.l10n.t('No service requests match the filters'), 'filter', undefined, { command: 'mok.serviceRequests.clearFilters', title: vscode.l10n.t('Clear filters') }, 'mok:empty', vscode.l10n.t('Click to clear the filters'))
          : new MessageNode(vscode.l10n.t('No service requests yet'), 'info', undefined, { command: 'mok.serviceRequests.create', title: vscode.l10n.t('Create service request…') }, 'mok:empty', vscode.l10n.t('Click to create one')),
      );
      return out;
    }
    if (this.grouped) {
      const groups = new Map<string, StatusGroupNode>();
      // Known statuses in workflow order, then any other status the API uses.
      const order = [...SERVICE_REQUEST_STATUSES, ...items.map((s) => s.current_status)];
      for (const status of order) {
        if (groups.has(status) || !items.some((s) => s.current_status === status)) continue;
        groups.set(status, new StatusGroupNode(status));
      }
      for (const sr of items) {
        const g = groups.get(sr.current_status);
        if (!g) continue;
        const node = new ServiceRequestNode(sr, g);
        g.children.push(node);
        this.requestNodes.set(sr.id, node);
      }
      out.push(...groups.values());
    } else {
      for (const sr of items) {
        const node = new ServiceRequestNode(sr, undefined);
        this.requestNodes.set(sr.id, node);
        out.push(node);
      }
    }
    if (this.hasMore) out.push(new LoadMoreNode(() => this.loadMore(), items.length));
    return out;
  }

  /** Fetches the next page (cancellable) and appends it. */
  async loadMore(): Promise<void> {
    if (!this.items || !this.hasMore) return;
    const generation = this.generation;
    const next = this.page + 1;
    let page: ServiceRequest[];
    try {
      page = await withCancellableProgress(vscode.l10n.t('Loading service requests (page {0})…', next), (signal) => this.fetchPage(next, signal));
    } catch (e) {
      if (ApiError.is(e, 'cancelled')) return;
      this.onError(e);
      void showError(vscode.l10n.t('Could not load more service requests: {0}', errorSummary(e)), () => this.ctx.log.show());
      return;
    }
    if (generation !== this.generation || !this.items) return;
    const known = new Set(this.items.map((s) => s.id));
    this.items.push(...page.filter((s) => !known.has(s.id)));
    this.page = next;
    this.hasMore = page.length >= this.pageSize;
    this.rebuild();
  }

  /** Drops everything loaded and fetches page 1 again. */
  reload(): void {
    this.generation++;
    this.items = undefined;
    this.nodes = undefined;
    this.page = 0;
    this.hasMore = false;
    this.refresh();
  }

  private rebuild(): void {
    this.nodes = undefined;
    this.emitter.fire(undefined);
  }

  setFilters(next: Filters): void {
    const clean: Filters = {};
    for (const k of FILTER_KEYS) {
      const v = next[k]?.trim();
      if (v) clean[k] = v;
    }
    this.filtersValue = clean;
    this.updateDescription();
    this.reload();
  }

  private updateDescription(): void {
    const entries = FILTER_KEYS.filter((k) => this.filtersValue[k] !== undefined).map((k) => {
      const v = this.filtersValue[k] ?? '';
      return `${filterLabel(k)}: ${k === 'current_status' ? statusLabel(v) : v}`;
    });
    this.view.description = entries.length ? entries.join(' · ') : undefined;
    void vscode.commands.executeCommand('setContext', HAS_FILTERS_CONTEXT, entries.length > 0);
  }

  async setGroupByStatus(value: boolean): Promise<void> {
    this.grouped = value;
    this.rebuild();
    await vscode.workspace.getConfiguration('mok').update('serviceRequests.groupByStatus', value, vscode.ConfigurationTarget.Global);
  }

  /** Replaces one request everywhere it shows (after an update or a refresh). */
  replace(sr: ServiceRequest): void {
    if (!this.items) return;
    const i = this.items.findIndex((s) => s.id === sr.id);
    if (i < 0) return;
    const before = this.items[i];
    this.items[i] = sr;
    const node = this.requestNodes.get(sr.id);
    if (node && (!this.grouped || before?.current_status === sr.current_status)) {
      node.sr = sr;
      this.emitter.fire(node);
    } else this.rebuild();
  }

  /** Shows a request in the view (adding it at the top when it is not loaded) and selects it. */
  async reveal(sr: ServiceRequest): Promise<void> {
    if (!this.items) {
      await this.rootChildren(new AbortController().signal);
    }
    if (this.items && !this.items.some((s) => s.id === sr.id)) {
      this.items.unshift(sr);
      this.nodes = undefined;
    }
    this.nodes ??= this.build();
    this.emitter.fire(undefined);
    const node = this.requestNodes.get(sr.id);
    if (!node) return;
    try {
      await this.view.reveal(node, { select: true, focus: true, expand: true });
    } catch (e) {
      this.ctx.log.debug(`Service requests view: reveal failed: ${errorDetail(e)}`);
    }
  }

  /** Re-fetches one request (or the whole list). */
  async refreshNode(node?: TreeNode): Promise<void> {
    if (!(node instanceof ServiceRequestNode)) return this.reload();
    try {
      const client = await this.ctx.envs.client();
      const res = await withCancellableProgress(vscode.l10n.t('Refreshing {0}…', node.label), (signal) => client.call('serviceRequests.get', { params: { id: node.sr.id } }, { signal }));
      this.replace(res.service_request);
    } catch (e) {
      if (ApiError.is(e, 'cancelled')) return;
      this.onError(e);
      void showError(vscode.l10n.t('Could not refresh {0}: {1}', node.label, errorSummary(e)), () => this.ctx.log.show());
    }
  }

  /** PATCHes the status; API validation problems are listed one by one. */
  async setStatus(node: ServiceRequestNode, status?: string): Promise<SetStatusResult> {
    const current = node.sr.current_status;
    let next = status;
    if (!next) {
      const pick = await vscode.window.showQuickPick(
        SERVICE_REQUEST_STATUSES.map((s) => ({ label: statusLabel(s), description: s === current ? vscode.l10n.t('current') : s, status: s })),
        { title: vscode.l10n.t('Set status of {0}', node.label), placeHolder: vscode.l10n.t('Current status: {0}', statusLabel(current)) },
      );
      if (!pick) return { ok: false };
      next = pick.status;
    }
    if (next === current) return { ok: true, serviceRequest: node.sr };
    const target = next;
    try {
      const client = await this.ctx.envs.client();
      const res = await withCancellableProgress(vscode.l10n.t('Setting {0} to {1}…', node.label, statusLabel(target)), (signal) =>
        client.call('serviceRequests.update', { params: { id: node.sr.id }, body: { service_request: { current_status: target } } }, { signal }),
      );
      this.replace(res.service_request);
      vscode.window.setStatusBarMessage(vscode.l10n.t('{0} is now {1}', node.label, statusLabel(res.service_request.current_status)), 4000);
      return { ok: true, serviceRequest: res.service_request };
    } catch (e) {
      if (ApiError.is(e, 'cancelled')) return { ok: false };
      this.onError(e);
      void showError(vscode.l10n.t('The status of {0} was not changed: {1}', node.label, problemLines(e).join('\n')), () => this.ctx.log.show());
      return { ok: false, error: e };
    }
  }

  /** Multi-step quick pick: which filter, then its value (empty clears it). */
  async askFilter(): Promise<Filters | undefined> {
    type Item = vscode.QuickPickItem & { key?: FilterKey; clear?: boolean };
    const items: Item[] = FILTER_KEYS.map((k) => ({ label: filterLabel(k), description: this.filtersValue[k] ?? vscode.l10n.t('any'), key: k }));
    if (Object.keys(this.filtersValue).length) items.push({ label: `$(clear-all) ${vscode.l10n.t('Clear all filters')}`, clear: true });
    const pick = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Filter service requests (1/2)'), placeHolder: vscode.l10n.t('Which filter?') });
    if (!pick) return undefined;
    if (pick.clear) return {};
    const key = pick.key;
    if (!key) return undefined;
    let value: string | undefined;
    if (key === 'current_status') {
      const any = vscode.l10n.t('any status');
      const s = await vscode.window.showQuickPick([{ label: any, status: '' }, ...SERVICE_REQUEST_STATUSES.map((st) => ({ label: statusLabel(st), description: st, status: st }))], {
        title: vscode.l10n.t('Filter service requests (2/2): status'),
      });
      if (!s) return undefined;
      value = s.status;
    } else {
      const numeric = key === 'service_id' || key === 'contract_id';
      value = await vscode.window.showInputBox({
        title: vscode.l10n.t('Filter service requests (2/2): {0}', filterLabel(key)),
        value: this.filtersValue[key] ?? '',
        prompt: vscode.l10n.t('Leave empty to remove this filter.'),
        validateInput: (v) => (numeric && v.trim() && !/^\d+$/.test(v.trim()) ? vscode.l10n.t('Enter a number') : undefined),
      });
      if (value === undefined) return undefined;
    }
    return { ...this.filtersValue, [key]: value };
  }
}

function filtersArg(arg: unknown): Filters | undefined {
  if (!arg || typeof arg !== 'object' || 'toTreeItem' in arg) return undefined;
  const out: Filters = {};
  for (const [k, v] of Object.entries(arg)) {
    if (isFilterKey(k) && (typeof v === 'string' || typeof v === 'number')) out[k] = String(v);
  }
  return out;
}

export function registerServiceRequestsView(ctx: ViewContext): vscode.Disposable[] {
  const provider = new ServiceRequestsProvider(ctx);
  ctx.providers.set(SERVICE_REQUESTS_VIEW_ID, provider);
  const scaffolds = new ServiceRequestScaffolds(ctx, { reveal: (sr) => provider.reveal(sr), replace: (sr) => provider.replace(sr) });
  const selected = (node: unknown): ServiceRequestNode | undefined =>
    node instanceof ServiceRequestNode ? node : provider.view.selection.find((n): n is ServiceRequestNode => n instanceof ServiceRequestNode);
  return [
    provider,
    scaffolds,
    vscode.commands.registerCommand('mok.serviceRequests.create', (arg?: unknown) => scaffolds.openCreateScaffold(prefillArg(arg))),
    vscode.commands.registerCommand('mok.serviceRequests.send', async (arg?: unknown) => {
      const uri = arg instanceof vscode.Uri ? arg : vscode.window.activeTextEditor?.document.uri;
      if (!uri) return undefined;
      return scaffolds.send(uri);
    }),
    vscode.commands.registerCommand('mok.serviceRequests.refresh', (node?: unknown) => provider.refreshNode(node instanceof ServiceRequestNode ? node : undefined)),
    vscode.commands.registerCommand('mok.serviceRequests.filter', async (arg?: unknown) => {
      const given = filtersArg(arg);
      const next = given ? { ...provider.filters, ...given } : await provider.askFilter();
      if (next) provider.setFilters(next);
    }),
    vscode.commands.registerCommand('mok.serviceRequests.clearFilters', () => provider.setFilters({})),
    vscode.commands.registerCommand('mok.serviceRequests.toggleGroupByStatus', () => provider.setGroupByStatus(!provider.groupByStatus)),
    ...registerNodeCommands(ctx, provider, { openJson: 'mok.serviceRequests.openJson', copyId: 'mok.serviceRequests.copyId' }),
    vscode.commands.registerCommand('mok.serviceRequests.revealContract', async (node?: unknown) => {
      const target = selected(node);
      if (!target) return undefined;
      // The Contracts view owns the search; this runs it by id and reveals the contract.
      return vscode.commands.executeCommand('mok.contracts.search', { kind: 'id', value: String(target.sr.contract_id), reveal: true });
    }),
    vscode.commands.registerCommand('mok.serviceRequests.setStatus', async (node?: unknown, status?: unknown) => {
      const target = selected(node);
      if (!target) return { ok: false };
      return provider.setStatus(target, typeof status === 'string' ? status : undefined);
    }),
    vscode.commands.registerCommand('mok.serviceRequests.edit', async (node?: unknown) => {
      const target = selected(node);
      if (!target) return undefined;
      return scaffolds.openUpdateScaffold(target.sr);
    }),
  ];
}

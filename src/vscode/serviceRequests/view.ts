// The Service Requests view (`mok.views.serviceRequests`): newest first by default (or oldest, the
// `mok.serviceRequests.sort` setting), the total in the view description with the filters, paged
// with "Load more…", optionally grouped by status. Filters belong to the environment they were set
// in: switching environment shows that environment's own filters, never the previous one's.
// Commands are registered in commands.ts; create/update scaffolds live in scaffolds.ts.
import * as vscode from 'vscode';
import { ListPager } from '../../core/client/pager';
import { ApiError } from '../../core/errors';
import type { ServiceRequest } from '../../core/models/mok';
import { MAX_PAGE_SIZE, SERVICE_REQUEST_STATUSES } from '../../core/models/values';
import { errorDetail, errorSummary, problemLines, showError } from '../common/errors';
import { withCancellableProgress } from '../common/progress';
import { LoadMoreNode, MessageNode, TreeProvider, type TreeNode } from '../common/tree';
import type { ViewContext } from '../common/viewContext';
import { cleanFilters, describeFilters, type Filters } from './filters';
import { ServiceRequestNode, StatusGroupNode, statusLabel } from './nodes';
import { askStatus, confirmReopen } from './status';

export const SERVICE_REQUESTS_VIEW_ID = 'mok.views.serviceRequests';
const HAS_FILTERS_CONTEXT = 'mok.serviceRequests.hasFilters';

export type SetStatusResult = { ok: true; serviceRequest: ServiceRequest } | { ok: false; error?: unknown; declined?: boolean };

export class ServiceRequestsProvider extends TreeProvider {
  protected readonly what = vscode.l10n.t('service requests');
  private filtersValue: Filters = {};
  /** Filters of the other environments, by environment name. */
  private readonly filtersByEnv = new Map<string, Filters>();
  private envName: string;
  private grouped: boolean;
  /** Loaded requests, in view order; undefined = not loaded yet. */
  private items: ServiceRequest[] | undefined;
  private pager: ListPager<ServiceRequest> | undefined;
  /** Bumped on every reload so a late page from before is dropped. */
  private generation = 0;
  private nodes: TreeNode[] | undefined;
  private requestNodes = new Map<number, ServiceRequestNode>();

  constructor(private readonly ctx: ViewContext) {
    // No "collapse all" in the header: its room goes to the total and the filters.
    super(SERVICE_REQUESTS_VIEW_ID, { showCollapseAll: false });
    this.grouped = ctx.envs.settings.groupByStatus;
    this.envName = ctx.envs.active().environment.name;
    this._register(
      ctx.envs.onDidChange(() => {
        this.grouped = this.ctx.envs.settings.groupByStatus;
        const name = this.ctx.envs.active().environment.name;
        if (name !== this.envName) {
          this.filtersByEnv.set(this.envName, this.filtersValue);
          this.filtersValue = this.filtersByEnv.get(name) ?? {};
          this.envName = name;
        }
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
  /** How many requests match the filters (known once the first page loaded). */
  get total(): number | undefined {
    return this.pager?.total;
  }

  private get pageSize(): number {
    return Math.min(this.ctx.envs.settings.pageSize, MAX_PAGE_SIZE);
  }

  protected async rootChildren(signal: AbortSignal): Promise<TreeNode[]> {
    if (!(await this.ctx.envs.hasCredentials('mok'))) return [];
    if (!this.items) {
      const generation = this.generation;
      const filters = { ...this.filtersValue };
      const pager = new ListPager<ServiceRequest>((page, s) => this.fetchPage(filters, page, s), this.pageSize, this.ctx.envs.settings.sort);
      const first = await pager.first(signal);
      // Reloaded meanwhile (filters, environment): that load renders instead.
      if (generation !== this.generation) return [];
      this.pager = pager;
      this.items = first;
      this.nodes = undefined;
      this.updateDescription();
    }
    return (this.nodes ??= this.build());
  }

  protected override onError(e: unknown): void {
    this.ctx.log.warn(`Service requests view: ${ApiError.is(e) ? e.describe() : errorDetail(e)}`);
  }

  private async fetchPage(filters: Filters, page: number, signal: AbortSignal): Promise<ServiceRequest[]> {
    const client = await this.ctx.envs.client();
    const res = await client.call('serviceRequests.list', { query: { ...filters, 'page[number]': page, 'page[size]': this.pageSize } }, { signal });
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
    if (this.pager?.hasMore) out.push(new LoadMoreNode(() => this.loadMore(), items.length, undefined, this.pager.total));
    return out;
  }

  /** Fetches the next batch (cancellable) and appends it. */
  async loadMore(): Promise<void> {
    const pager = this.pager;
    if (!this.items || !pager?.hasMore) return;
    const generation = this.generation;
    let page: ServiceRequest[];
    try {
      page = await withCancellableProgress(vscode.l10n.t('Loading more service requests…'), (signal) => pager.next(signal));
    } catch (e) {
      if (ApiError.is(e, 'cancelled')) return;
      this.onError(e);
      void showError(vscode.l10n.t('Could not load more service requests: {0}', errorSummary(e)), () => this.ctx.log.show());
      return;
    }
    if (generation !== this.generation || !this.items) return;
    const known = new Set(this.items.map((s) => s.id));
    this.items.push(...page.filter((s) => !known.has(s.id)));
    this.rebuild();
  }

  /** Drops everything loaded and fetches the first batch again. */
  reload(): void {
    this.generation++;
    this.items = undefined;
    this.pager = undefined;
    this.nodes = undefined;
    this.updateDescription();
    this.refresh();
  }

  private rebuild(): void {
    this.nodes = undefined;
    this.emitter.fire(undefined);
  }

  setFilters(next: Filters): void {
    this.filtersValue = cleanFilters(next);
    this.reload();
  }

  /** "240 requests · status: in progress": the total once known, then the filters. */
  private updateDescription(): void {
    const filters = describeFilters(this.filtersValue);
    const total = this.pager?.total;
    const count = total === undefined ? [] : [total === 1 ? vscode.l10n.t('1 request') : vscode.l10n.t('{0} requests', total)];
    const parts = [...count, ...filters];
    this.view.description = parts.length ? parts.join(' · ') : undefined;
    void vscode.commands.executeCommand('setContext', HAS_FILTERS_CONTEXT, filters.length > 0);
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

  /** Shows a request in the view (adding it at the top when it is not loaded), selects and focuses it. */
  async reveal(sr: ServiceRequest): Promise<void> {
    if (!this.items) await this.rootChildren(this.loadSignal);
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
    if (!ServiceRequestNode.is(node)) return this.reload();
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

  /**
   * PATCHes the status. Without `status` the user picks one (the current one preselected);
   * reopening a completed or cancelled request asks first. API problems are listed one by one.
   */
  async setStatus(node: ServiceRequestNode, status?: string): Promise<SetStatusResult> {
    const current = node.sr.current_status;
    const next = status ?? (await askStatus(this.ctx.prompts, node.label, current));
    if (!next) return { ok: false };
    if (next === current) return { ok: true, serviceRequest: node.sr };
    if (!(await confirmReopen(this.ctx.prompts, node.label, current, next))) return { ok: false, declined: true };
    try {
      const client = await this.ctx.envs.client();
      const res = await withCancellableProgress(vscode.l10n.t('Setting {0} to {1}…', node.label, statusLabel(next)), (signal) =>
        client.call('serviceRequests.update', { params: { id: node.sr.id }, body: { service_request: { current_status: next } } }, { signal }),
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
}

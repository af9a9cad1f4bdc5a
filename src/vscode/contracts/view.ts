// The Contracts view (`mok.views.contracts`): provider network, contract search with remembered
// recent searches, plans and admin contracts, plus the commands that act on its nodes.
import * as vscode from 'vscode';
import { ApiError } from '../../core/errors';
import type { Contract } from '../../core/models/mok';
import { registerNodeCommands } from '../common/commands';
import { errorDetail, problemLines, showError } from '../common/errors';
import { isReloadableNode, isTreeNode } from '../common/nodes';
import { withCancellableProgress } from '../common/progress';
import { ErrorNode, TreeProvider, type TreeNode } from '../common/tree';
import type { ViewContext } from '../common/viewContext';
import { AdminContractsNode, PlansNode, adminCredentialsMissingNode } from './adminNodes';
import {
  CONTRACT_SEARCH_KINDS,
  ProviderNetworkNode,
  SearchActionNode,
  SearchResultsNode,
  isContractSearchKind,
  searchKindLabel,
  type ContractQuery,
  type ContractSearchKind,
} from './nodes';

export const CONTRACTS_VIEW_ID = 'mok.views.contracts';
const RECENT_KEY = 'mok.contracts.recentSearches';
const MAX_RECENT = 10;
const HAS_SEARCH_CONTEXT = 'mok.contracts.hasSearch';

export class ContractsProvider extends TreeProvider {
  protected readonly what = vscode.l10n.t('contracts');
  private results: SearchResultsNode | undefined;
  private plans: PlansNode;
  private admin: AdminContractsNode;

  constructor(private readonly ctx: ViewContext) {
    super(CONTRACTS_VIEW_ID);
    this.plans = this.newPlansNode();
    this.admin = this.newAdminNode();
    this._register(ctx.envs.onDidChange(() => this.reloadAll()));
  }

  /** The current "Results for …" node, if a search was run. */
  get searchResults(): SearchResultsNode | undefined {
    return this.results;
  }

  protected async rootChildren(signal: AbortSignal): Promise<TreeNode[]> {
    // Empty root → the view's welcome content (mok.env.needsMokCredentials) offers buttons.
    if (!(await this.ctx.envs.hasCredentials('mok'))) return [];
    const client = await this.ctx.envs.client();
    const nodes: TreeNode[] = [];
    try {
      const info = await client.call('providerNetwork.info', {}, { signal });
      nodes.push(new ProviderNetworkNode(info.provider_network));
    } catch (e) {
      if (ApiError.is(e, 'cancelled')) throw e;
      this.onError(e);
      nodes.push(new ErrorNode(vscode.l10n.t('provider network'), e, () => this.refresh()));
    }
    nodes.push(new SearchActionNode());
    if (this.results) nodes.push(this.results);
    nodes.push(this.plans);
    nodes.push((await this.ctx.envs.hasCredentials('admin')) ? this.admin : adminCredentialsMissingNode());
    return nodes;
  }

  protected override onError(e: unknown): void {
    this.ctx.log.warn(`Contracts view: ${ApiError.is(e) ? e.describe() : errorDetail(e)}`);
  }

  private newPlansNode(): PlansNode {
    return new PlansNode(async (signal) => (await (await this.ctx.envs.client()).call('plans.list', {}, { signal })).plans);
  }

  private newAdminNode(): AdminContractsNode {
    return new AdminContractsNode(async (signal) => (await (await this.ctx.envs.client()).call('admin.contracts.list', {}, { signal })).contracts);
  }

  /** Environment changed: everything is fetched again (the search is kept and re-run). */
  reloadAll(): void {
    this.plans = this.newPlansNode();
    this.admin = this.newAdminNode();
    if (this.results) this.results = new SearchResultsNode(this.results.query, undefined, (q, s) => this.lookup(q, s));
    this.refresh();
  }

  /** Refresh one node (reloading its data) or the whole view. */
  refreshNode(node?: TreeNode): void {
    if (!node) return this.reloadAll();
    // Nodes built from a search reload through the search that found them.
    let target: TreeNode | undefined = node;
    while (target && !isReloadableNode(target)) target = target.parent;
    if (!target) return this.reloadAll();
    if (isReloadableNode(target)) target.reload();
    this.refresh(target);
  }

  async lookup(q: ContractQuery, signal: AbortSignal): Promise<Contract[]> {
    const query: Partial<Record<ContractSearchKind, string>> = {};
    query[q.kind] = q.value;
    const client = await this.ctx.envs.client();
    return (await client.call('contracts.lookup', { query }, { signal })).contracts;
  }

  /**
   * Runs a search (with progress), shows it as the "Results for …" node and optionally reveals
   * the first contract. Returns the results node, or undefined when cancelled or failed.
   */
  async search(q: ContractQuery, options: { reveal?: boolean } = {}): Promise<SearchResultsNode | undefined> {
    let contracts: Contract[];
    try {
      contracts = await withCancellableProgress(vscode.l10n.t('Searching contracts by {0}…', searchKindLabel(q.kind)), (signal) => this.lookup(q, signal));
    } catch (e) {
      if (ApiError.is(e, 'cancelled')) return undefined;
      this.onError(e);
      void showError(vscode.l10n.t('Contract search failed: {0}', problemLines(e).join('; ')), () => this.ctx.log.show());
      return undefined;
    }
    await this.remember(q);
    this.results = new SearchResultsNode(q, contracts, (query, s) => this.lookup(query, s));
    void vscode.commands.executeCommand('setContext', HAS_SEARCH_CONTEXT, true);
    this.refresh();
    const first = this.results.contracts?.[0];
    try {
      if (options.reveal && first) await this.view.reveal(first, { select: true, focus: true, expand: 2 });
      else await this.view.reveal(this.results, { select: false, focus: false, expand: true });
    } catch (e) {
      // Revealing fails when the view is not visible yet; the results are there anyway.
      this.ctx.log.debug(`Contracts view: reveal failed: ${errorDetail(e)}`);
    }
    return this.results;
  }

  clearSearch(): void {
    this.results = undefined;
    void vscode.commands.executeCommand('setContext', HAS_SEARCH_CONTEXT, false);
    this.refresh();
  }

  recentSearches(): ContractQuery[] {
    const raw = this.ctx.extension.globalState.get<unknown>(RECENT_KEY);
    if (!Array.isArray(raw)) return [];
    const out: ContractQuery[] = [];
    for (const r of raw as unknown[]) {
      if (r && typeof r === 'object' && 'kind' in r && 'value' in r && isContractSearchKind(r.kind) && typeof r.value === 'string') out.push({ kind: r.kind, value: r.value });
    }
    return out;
  }

  private async remember(q: ContractQuery): Promise<void> {
    const next = [q, ...this.recentSearches().filter((r) => r.kind !== q.kind || r.value !== q.value)].slice(0, MAX_RECENT);
    await this.ctx.extension.globalState.update(RECENT_KEY, next);
  }

  /** Quick pick: recent searches first, then the kinds; then the value. */
  async askQuery(): Promise<ContractQuery | undefined> {
    type Item = vscode.QuickPickItem & { query?: ContractQuery; searchKind?: ContractSearchKind };
    const recent: Item[] = this.recentSearches().map((q) => ({ label: `$(history) ${q.value}`, description: searchKindLabel(q.kind), query: q }));
    const kinds: Item[] = CONTRACT_SEARCH_KINDS.map((k) => ({
      label: `$(search) ${vscode.l10n.t('By {0}…', searchKindLabel(k))}`,
      detail: k === 'document_identifier' ? vscode.l10n.t('Deprecated by the API: prefer the access identifier') : undefined,
      searchKind: k,
    }));
    const items: Item[] = recent.length
      ? [{ label: vscode.l10n.t('Recent searches'), ...separator() }, ...recent, { label: vscode.l10n.t('New search'), ...separator() }, ...kinds]
      : kinds;
    const pick = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Search contracts (1/2)'), placeHolder: vscode.l10n.t('Pick a recent search or what to search by') });
    if (!pick) return undefined;
    if (pick.query) return pick.query;
    const kind = pick.searchKind;
    if (!kind) return undefined;
    const value = await vscode.window.showInputBox({
      title: vscode.l10n.t('Search contracts (2/2): {0}', searchKindLabel(kind)),
      placeHolder: placeholderFor(kind),
      ignoreFocusOut: true,
      validateInput: (v) => (!v.trim() ? vscode.l10n.t('Enter a value') : kind === 'id' && !/^\d+$/.test(v.trim()) ? vscode.l10n.t('A contract id is a number') : undefined),
    });
    if (!value?.trim()) return undefined;
    return { kind, value: value.trim() };
  }
}

function separator(): { kind: vscode.QuickPickItemKind } {
  return { kind: vscode.QuickPickItemKind.Separator };
}

function placeholderFor(kind: ContractSearchKind): string {
  switch (kind) {
    case 'access_identifier':
      return '600000001';
    case 'national_id':
      return '12345678Z';
    case 'email':
      return 'maria@example.com';
    case 'id':
      return '131';
    case 'document_identifier':
      return '12345678Z';
  }
}

/** Reads `{kind, value}` passed by other commands and tests; anything else means "ask". */
function queryArg(arg: unknown): ContractQuery | undefined {
  if (arg && typeof arg === 'object' && 'kind' in arg && 'value' in arg && isContractSearchKind(arg.kind) && (typeof arg.value === 'string' || typeof arg.value === 'number')) {
    return { kind: arg.kind, value: String(arg.value) };
  }
  return undefined;
}

export function registerContractsView(ctx: ViewContext): vscode.Disposable[] {
  const provider = new ContractsProvider(ctx);
  ctx.providers.set(CONTRACTS_VIEW_ID, provider);
  return [
    provider,
    vscode.commands.registerCommand('mok.contracts.search', async (arg?: unknown) => {
      const q = queryArg(arg) ?? (await provider.askQuery());
      if (!q) return undefined;
      const reveal = Boolean(arg && typeof arg === 'object' && 'reveal' in arg && arg.reveal === true);
      return provider.search(q, { reveal });
    }),
    vscode.commands.registerCommand('mok.contracts.clearSearch', () => provider.clearSearch()),
    vscode.commands.registerCommand('mok.contracts.refresh', (node?: unknown) => provider.refreshNode(isTreeNode(node) ? node : undefined)),
    ...registerNodeCommands(ctx, provider, { openJson: 'mok.contracts.openJson', copyId: 'mok.contracts.copyId' }),
  ];
}

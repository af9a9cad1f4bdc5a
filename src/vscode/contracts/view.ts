// The Contracts view (`mok.views.contracts`): provider network, contract search, a revealed
// contract, plans and admin contracts, plus the commands that act on its nodes. The search and the
// revealed contract belong to the environment they were made in: switching environment shows that
// environment's own (a search is never re-run against another environment, least of all a live one).
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
import { ContractNode, ProviderNetworkNode, SearchActionNode, SearchResultsNode } from './nodes';
import { ContractSearch, queryArg, searchKindLabel, type ContractQuery } from './search';

export const CONTRACTS_VIEW_ID = 'mok.views.contracts';
const HAS_SEARCH_CONTEXT = 'mok.contracts.hasSearch';

/** What the user made in one environment: a search, a revealed contract. */
interface EnvState {
  query?: ContractQuery;
  revealed?: Contract;
}

export class ContractsProvider extends TreeProvider {
  protected readonly what = vscode.l10n.t('contracts');
  readonly search: ContractSearch;
  private results: SearchResultsNode | undefined;
  private revealedNode: ContractNode | undefined;
  private plans: PlansNode;
  private admin: AdminContractsNode;
  private envName: string;
  private readonly stateByEnv = new Map<string, EnvState>();

  constructor(private readonly ctx: ViewContext) {
    super(CONTRACTS_VIEW_ID);
    this.search = new ContractSearch(ctx);
    this.plans = this.newPlansNode();
    this.admin = this.newAdminNode();
    this.envName = ctx.envs.active().environment.name;
    this._register(ctx.envs.onDidChange(() => this.reloadAll()));
  }

  /** The current "Results for …" node, if a search was run. */
  get searchResults(): SearchResultsNode | undefined {
    return this.results;
  }

  /** The contract shown by "Reveal Contract", if any. */
  get revealed(): ContractNode | undefined {
    return this.revealedNode;
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
    if (this.revealedNode) nodes.push(this.revealedNode);
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

  private newResults(q: ContractQuery, contracts?: Contract[]): SearchResultsNode {
    return new SearchResultsNode(q, contracts, (query, s) => this.search.lookup(query, s));
  }

  /**
   * Environment or settings changed: everything is fetched again. On a switch, this
   * environment's search and revealed contract are put away and the new one's come back.
   */
  reloadAll(): void {
    const name = this.ctx.envs.active().environment.name;
    if (name !== this.envName) {
      this.stateByEnv.set(this.envName, { query: this.results?.query, revealed: this.revealedNode?.contract });
      const next = this.stateByEnv.get(name) ?? {};
      this.envName = name;
      this.results = next.query ? this.newResults(next.query) : undefined;
      this.revealedNode = next.revealed ? new ContractNode(next.revealed, undefined) : undefined;
    } else if (this.results) {
      this.results = this.newResults(this.results.query);
    }
    this.plans = this.newPlansNode();
    this.admin = this.newAdminNode();
    void vscode.commands.executeCommand('setContext', HAS_SEARCH_CONTEXT, this.results !== undefined);
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

  /** Runs a search (with progress) and shows it as the "Results for …" node. */
  async runSearch(q: ContractQuery): Promise<SearchResultsNode | undefined> {
    let contracts: Contract[];
    try {
      contracts = await withCancellableProgress(vscode.l10n.t('Searching contracts by {0}…', searchKindLabel(q.kind)), (signal) => this.search.lookup(q, signal));
    } catch (e) {
      if (ApiError.is(e, 'cancelled')) return undefined;
      this.onError(e);
      void showError(vscode.l10n.t('Contract search failed: {0}', problemLines(e).join('; ')), () => this.ctx.log.show());
      return undefined;
    }
    await this.search.remember(q, contracts);
    this.results = this.newResults(q, contracts);
    void vscode.commands.executeCommand('setContext', HAS_SEARCH_CONTEXT, true);
    this.refresh();
    await this.show(this.results, { select: false, focus: false, expand: true });
    return this.results;
  }

  /**
   * Selects and focuses a contract: the one in the search results when it is there, else it is
   * fetched and shown above the results — the user's search stays as it was.
   */
  async revealContract(id: number): Promise<ContractNode | undefined> {
    let node = this.results?.contracts?.find((c) => c.contract.id === id) ?? (this.revealedNode?.contract.id === id ? this.revealedNode : undefined);
    if (!node) {
      let found: Contract | undefined;
      try {
        found = (await withCancellableProgress(vscode.l10n.t('Looking up contract {0}…', id), (signal) => this.search.lookup({ kind: 'id', value: String(id) }, signal)))[0];
      } catch (e) {
        if (ApiError.is(e, 'cancelled')) return undefined;
        this.onError(e);
        void showError(vscode.l10n.t('Could not look up contract {0}: {1}', id, problemLines(e).join('; ')), () => this.ctx.log.show());
        return undefined;
      }
      if (!found) {
        void vscode.window.showWarningMessage(vscode.l10n.t('Contract {0} was not found in {1}.', id, this.ctx.envs.active().environment.name));
        return undefined;
      }
      node = this.revealedNode = new ContractNode(found, undefined);
      this.refresh();
    }
    await vscode.commands.executeCommand(`${CONTRACTS_VIEW_ID}.focus`);
    await this.show(node, { select: true, focus: true, expand: true });
    return node;
  }

  private async show(node: TreeNode, options: { select: boolean; focus: boolean; expand: boolean | number }): Promise<void> {
    try {
      // The tree must have asked for the root before it can reveal below it.
      await this.getChildren();
      await this.view.reveal(node, options);
    } catch (e) {
      // Revealing fails when the view is not visible yet; the node is there anyway.
      this.ctx.log.debug(`Contracts view: reveal failed: ${errorDetail(e)}`);
    }
  }

  clearSearch(): void {
    this.results = undefined;
    void vscode.commands.executeCommand('setContext', HAS_SEARCH_CONTEXT, false);
    this.refresh();
  }

  recentSearches(): ContractQuery[] {
    return this.search.recent();
  }

  askQuery(): Promise<ContractQuery | undefined> {
    return this.search.ask({ pick: vscode.l10n.t('Search contracts (1/2)'), value: (kind) => vscode.l10n.t('Search contracts (2/2): {0}', kind) });
  }
}

export function registerContractsView(ctx: ViewContext): vscode.Disposable[] {
  const provider = new ContractsProvider(ctx);
  ctx.providers.set(CONTRACTS_VIEW_ID, provider);
  return [
    provider,
    vscode.commands.registerCommand('mok.contracts.search', async (arg?: unknown) => {
      const q = queryArg(arg) ?? (await provider.askQuery());
      if (!q) return undefined;
      return provider.runSearch(q);
    }),
    vscode.commands.registerCommand('mok._contracts.reveal', async (arg?: unknown) => {
      const id = typeof arg === 'number' ? arg : typeof arg === 'string' && /^\d+$/.test(arg) ? Number(arg) : undefined;
      return id === undefined ? undefined : provider.revealContract(id);
    }),
    vscode.commands.registerCommand('mok.contracts.clearSearch', () => provider.clearSearch()),
    vscode.commands.registerCommand('mok.contracts.refresh', (node?: unknown) => provider.refreshNode(isTreeNode(node) ? node : undefined)),
    ...registerNodeCommands(ctx, provider, { openJson: 'mok.contracts.openJson', copyId: 'mok.contracts.copyId' }),
  ];
}

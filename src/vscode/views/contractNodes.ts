// Tree nodes of the Contracts view: provider network, search results, contracts with their
// details/services/limits, plans and admin contracts. Each node turns one model into a TreeItem;
// limits are put into (localised) words here because they are UI text.
import * as vscode from 'vscode';
import {
  contract as contractSchema,
  contractHolderName,
  deprecatedFieldsOf,
  isServiceBlocked,
  limitEntries,
  limitWords,
  type AdminContract,
  type Contract,
  type LimitKind,
  type Plan,
  type ProviderNetwork,
  type Service,
  type ServiceLimit,
  type ServiceLimits,
} from '../../core/models/mok';
import { MessageNode, type TreeNode } from './treeBase';

// ── Capabilities the commands look for (duck-typed: nodes stay small classes) ────────────────

/** A node that can be opened as read-only JSON. */
export interface JsonNode extends TreeNode {
  jsonDocument(): { name: string; value: unknown };
}
/** A node with an id worth copying. */
export interface IdNode extends TreeNode {
  readonly copyId: string;
}
/** What a "create service request" started from this node knows. */
export interface ServiceRequestPrefill {
  contractId?: number;
  serviceId?: number;
  serviceName?: string;
}
export interface PrefillNode extends TreeNode {
  prefill(): ServiceRequestPrefill;
}
/** A node whose data can be fetched again (its children reload). */
export interface ReloadableNode extends TreeNode {
  reload(): void;
}

export function isJsonNode(n: unknown): n is JsonNode {
  return typeof n === 'object' && n !== null && 'jsonDocument' in n && typeof n.jsonDocument === 'function';
}
export function isIdNode(n: unknown): n is IdNode {
  return typeof n === 'object' && n !== null && 'copyId' in n && typeof n.copyId === 'string';
}
export function isPrefillNode(n: unknown): n is PrefillNode {
  return typeof n === 'object' && n !== null && 'prefill' in n && typeof n.prefill === 'function';
}
export function isReloadableNode(n: unknown): n is ReloadableNode {
  return typeof n === 'object' && n !== null && 'reload' in n && typeof n.reload === 'function';
}

/** Loads children once per reload; `load` gets the signal of the view. */
abstract class LazyNode implements TreeNode, ReloadableNode {
  private cached: Promise<TreeNode[]> | undefined;
  abstract toTreeItem(): vscode.TreeItem;
  protected abstract load(signal: AbortSignal): Promise<TreeNode[]>;
  abstract readonly parent?: TreeNode;
  getChildren(signal: AbortSignal): Promise<TreeNode[]> {
    const p = (this.cached ??= this.load(signal));
    // A failed or cancelled load is tried again next time.
    p.catch(() => {
      if (this.cached === p) this.cached = undefined;
    });
    return p;
  }
  reload(): void {
    this.cached = undefined;
  }
}

// ── Small value nodes ────────────────────────────────────────────────────────────────────────

/** `key: value` line; deprecated fields keep their value and say what replaces them. */
export class FieldNode implements TreeNode {
  constructor(
    readonly key: string,
    readonly value: string,
    readonly parent?: TreeNode,
    readonly deprecatedBy?: string,
    readonly icon = 'symbol-field',
  ) {}
  toTreeItem(): vscode.TreeItem {
    const item = new vscode.TreeItem(this.key, vscode.TreeItemCollapsibleState.None);
    item.description = this.deprecatedBy ? vscode.l10n.t('{0} — deprecated — use {1}', this.value, this.deprecatedBy) : this.value;
    item.iconPath = this.deprecatedBy ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground')) : new vscode.ThemeIcon(this.icon);
    const md = new vscode.MarkdownString();
    md.appendMarkdown(`**${escapeMd(this.key)}**\n\n`);
    md.appendCodeblock(this.value, 'text');
    if (this.deprecatedBy) md.appendMarkdown(`\n\n$(warning) ${escapeMd(vscode.l10n.t('Deprecated by the API: use {0} instead. Shown because the API still sends it.', this.deprecatedBy))}`);
    md.supportThemeIcons = true;
    item.tooltip = md;
    item.contextValue = this.deprecatedBy ? 'mok:field+deprecated' : 'mok:field';
    return item;
  }
}

/** A collapsible group of already-known children. */
export class GroupNode implements TreeNode {
  private children: TreeNode[] = [];
  constructor(
    readonly label: string,
    readonly icon: string,
    readonly parent: TreeNode | undefined,
    build: (self: GroupNode) => TreeNode[],
    readonly description?: string,
    readonly expanded = false,
    readonly contextValue = 'mok:group',
  ) {
    this.children = build(this);
  }
  toTreeItem(): vscode.TreeItem {
    const state = this.children.length === 0 ? vscode.TreeItemCollapsibleState.None : this.expanded ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed;
    const item = new vscode.TreeItem(this.label, state);
    item.iconPath = new vscode.ThemeIcon(this.icon);
    item.description = this.description;
    item.contextValue = this.contextValue;
    return item;
  }
  getChildren(): TreeNode[] {
    return this.children;
  }
}

// ── Limits in words ──────────────────────────────────────────────────────────────────────────

export function limitKindLabel(kind: LimitKind): string {
  switch (kind) {
    case 'usage_frequency_by_end_of_contract':
      return vscode.l10n.t('Uses until end of contract');
    case 'usage_frequency_by_period':
      return vscode.l10n.t('Uses per period');
    case 'waiting_period':
      return vscode.l10n.t('Waiting period');
    case 'max_cost_by_end_of_contract':
      return vscode.l10n.t('Max cost until end of contract');
    case 'max_cost_by_period':
      return vscode.l10n.t('Max cost per period');
    case 'max_cost_by_use':
      return vscode.l10n.t('Max cost per use');
    case 'copayment':
      return vscode.l10n.t('Copayment');
    case 'variable_copayment_by_days_of_current_service_request':
      return vscode.l10n.t('Variable copayment by days of the service request');
    case 'variable_copayment_by_usage_by_period':
      return vscode.l10n.t('Variable copayment by uses in the period');
    case 'variable_copayment_by_accumulated_days_by_period':
      return vscode.l10n.t('Variable copayment by accumulated days in the period');
  }
}

/** One limit in words, in the display language: "2 of 5 uses until 03/06/2026", "… — blocked". */
export function limitWordsL10n(kind: LimitKind, limit: ServiceLimit): string {
  return limitWords(kind, limit, vscode.l10n);
}

/** Short summary of a service's limits for its description. */
export function limitsSummary(limits: ServiceLimits | null | undefined): string {
  if (!limits) return '';
  if (isServiceBlocked(limits)) return vscode.l10n.t('blocked');
  const entries = limitEntries(limits);
  if (!limits.has_any_limits && entries.length === 0) return vscode.l10n.t('no limits');
  if (entries.length === 1 && entries[0]) return limitWordsL10n(entries[0][0], entries[0][1]);
  return vscode.l10n.t('{0} limits', entries.length);
}

export class LimitNode implements TreeNode {
  constructor(
    readonly kind: LimitKind,
    readonly limit: ServiceLimit,
    readonly parent: TreeNode,
  ) {}
  toTreeItem(): vscode.TreeItem {
    const item = new vscode.TreeItem(limitKindLabel(this.kind), vscode.TreeItemCollapsibleState.None);
    item.description = limitWordsL10n(this.kind, this.limit);
    item.iconPath = this.limit.block_service ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground')) : new vscode.ThemeIcon(this.kind.includes('cost') || this.kind.includes('copayment') ? 'credit-card' : 'dashboard');
    const md = new vscode.MarkdownString(`**${escapeMd(limitKindLabel(this.kind))}**\n\n${escapeMd(limitWordsL10n(this.kind, this.limit))}\n\n`);
    md.appendMarkdown(`\`${this.kind}\` · multiplans_limit \`${String(this.limit.multiplans_limit)}\` · progress \`${String(this.limit.multiplans_limit_progress)}\` · block_service \`${String(this.limit.block_service)}\``);
    item.tooltip = md;
    item.contextValue = this.limit.block_service ? 'mok:limit+blocked' : 'mok:limit';
    return item;
  }
}

// ── Services ─────────────────────────────────────────────────────────────────────────────────

/** A service; under a contract it also shows its limits and can start a service request. */
export class ServiceNode implements TreeNode, IdNode, PrefillNode, JsonNode {
  constructor(
    readonly service: Service,
    readonly parent: TreeNode | undefined,
    readonly contract?: Contract,
  ) {}
  get copyId(): string {
    return String(this.service.id);
  }
  get blocked(): boolean {
    return isServiceBlocked(this.service.limits);
  }
  prefill(): ServiceRequestPrefill {
    return { serviceId: this.service.id, serviceName: this.service.name, contractId: this.contract?.id };
  }
  jsonDocument(): { name: string; value: unknown } {
    return { name: `service-${this.service.id}`, value: this.service };
  }
  toTreeItem(): vscode.TreeItem {
    const hasLimits = this.service.limits !== null && this.service.limits !== undefined;
    const item = new vscode.TreeItem(this.service.name, hasLimits ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
    const ext = this.service.external_id ? vscode.l10n.t('external id {0}', this.service.external_id) : `#${this.service.id}`;
    item.description = hasLimits ? `${limitsSummary(this.service.limits)} · ${ext}` : ext;
    item.iconPath = this.blocked ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground')) : new vscode.ThemeIcon('tools');
    const md = new vscode.MarkdownString(`**${escapeMd(this.service.name)}**\n\n`);
    md.appendMarkdown(`id \`${this.service.id}\` · external_id \`${this.service.external_id ?? '—'}\``);
    if (this.blocked) md.appendMarkdown(`\n\n$(warning) ${escapeMd(vscode.l10n.t('This service is blocked by its limits for this contract.'))}`);
    md.supportThemeIcons = true;
    item.tooltip = md;
    item.contextValue = `mok:service${this.contract ? '+contract' : ''}${this.blocked ? '+blocked' : ''}`;
    return item;
  }
  getChildren(): TreeNode[] {
    const limits = this.service.limits;
    if (!limits) return [];
    const entries = limitEntries(limits);
    const nodes: TreeNode[] = [];
    if (limits.block_service) nodes.push(new MessageNode(vscode.l10n.t('blocked: the API will not accept service requests for it'), 'warning', this, undefined, 'mok:limits+blocked'));
    for (const [kind, limit] of entries) nodes.push(new LimitNode(kind, limit, this));
    if (entries.length === 0) nodes.push(new MessageNode(vscode.l10n.t('no limits'), 'check', this, undefined, 'mok:limit+none'));
    return nodes;
  }
}

// ── Provider network ─────────────────────────────────────────────────────────────────────────

export class ProviderNetworkNode implements TreeNode, JsonNode {
  readonly parent = undefined;
  constructor(readonly network: ProviderNetwork) {}
  jsonDocument(): { name: string; value: unknown } {
    return { name: 'provider-network', value: this.network };
  }
  toTreeItem(): vscode.TreeItem {
    const item = new vscode.TreeItem(this.network.name, vscode.TreeItemCollapsibleState.Collapsed);
    item.description = this.network.active ? vscode.l10n.t('active · {0} services', this.network.services.length) : vscode.l10n.t('inactive · {0} services', this.network.services.length);
    item.iconPath = new vscode.ThemeIcon('organization', this.network.active ? undefined : new vscode.ThemeColor('list.warningForeground'));
    const md = new vscode.MarkdownString(`**${escapeMd(this.network.name)}**\n\n`);
    md.appendMarkdown(`${escapeMd(vscode.l10n.t('Provider network'))} · ${this.network.active ? escapeMd(vscode.l10n.t('active')) : escapeMd(vscode.l10n.t('inactive'))}\n\n`);
    md.appendMarkdown(`webhook_url: \`${this.network.webhook_url ?? '—'}\``);
    item.tooltip = md;
    item.contextValue = 'mok:providerNetwork';
    return item;
  }
  getChildren(): TreeNode[] {
    const n = this.network;
    return [
      new FieldNode('active', n.active ? vscode.l10n.t('yes') : vscode.l10n.t('no'), this, undefined, n.active ? 'pass' : 'circle-slash'),
      new FieldNode('webhook_url', n.webhook_url ?? vscode.l10n.t('not set'), this, undefined, 'link'),
      new GroupNode(vscode.l10n.t('Services'), 'tools', this, (g) => n.services.map((s) => new ServiceNode(s, g)), String(n.services.length), true),
    ];
  }
}

// ── Contract search ──────────────────────────────────────────────────────────────────────────

export const CONTRACT_SEARCH_KINDS = ['access_identifier', 'national_id', 'email', 'id', 'document_identifier'] as const;
export type ContractSearchKind = (typeof CONTRACT_SEARCH_KINDS)[number];
export interface ContractQuery {
  kind: ContractSearchKind;
  value: string;
}

export function isContractSearchKind(v: unknown): v is ContractSearchKind {
  return typeof v === 'string' && (CONTRACT_SEARCH_KINDS as readonly string[]).includes(v);
}

export function searchKindLabel(kind: ContractSearchKind): string {
  switch (kind) {
    case 'access_identifier':
      return vscode.l10n.t('access identifier');
    case 'national_id':
      return vscode.l10n.t('national id');
    case 'email':
      return vscode.l10n.t('email');
    case 'id':
      return vscode.l10n.t('contract id');
    case 'document_identifier':
      return vscode.l10n.t('document identifier (deprecated)');
  }
}

export class SearchActionNode implements TreeNode {
  readonly parent = undefined;
  toTreeItem(): vscode.TreeItem {
    const item = new vscode.TreeItem(vscode.l10n.t('Search contracts…'), vscode.TreeItemCollapsibleState.None);
    item.iconPath = new vscode.ThemeIcon('search');
    item.tooltip = vscode.l10n.t('Look up contracts by access identifier, national id, email or id');
    item.command = { command: 'mok.contracts.search', title: vscode.l10n.t('Search contracts…') };
    item.contextValue = 'mok:searchAction';
    return item;
  }
}

/** "Results for access identifier 600000001": a search and the contracts it found. */
export class SearchResultsNode implements TreeNode, ReloadableNode {
  readonly parent = undefined;
  private nodes: ContractNode[] | undefined;
  constructor(
    readonly query: ContractQuery,
    contracts: Contract[] | undefined,
    private readonly fetch: (q: ContractQuery, signal: AbortSignal) => Promise<Contract[]>,
  ) {
    if (contracts) this.nodes = contracts.map((c) => new ContractNode(c, this));
  }
  get contracts(): ContractNode[] | undefined {
    return this.nodes;
  }
  reload(): void {
    this.nodes = undefined;
  }
  toTreeItem(): vscode.TreeItem {
    const item = new vscode.TreeItem(vscode.l10n.t('Results for {0} {1}', searchKindLabel(this.query.kind), this.query.value), vscode.TreeItemCollapsibleState.Expanded);
    if (this.nodes) item.description = this.nodes.length === 1 ? vscode.l10n.t('1 contract') : vscode.l10n.t('{0} contracts', this.nodes.length);
    item.iconPath = new vscode.ThemeIcon('list-filter');
    item.contextValue = 'mok:searchResults';
    return item;
  }
  async getChildren(signal: AbortSignal): Promise<TreeNode[]> {
    this.nodes ??= (await this.fetch(this.query, signal)).map((c) => new ContractNode(c, this));
    if (this.nodes.length === 0) return [new MessageNode(vscode.l10n.t('No contract matches'), 'info', this, undefined, 'mok:empty')];
    return this.nodes;
  }
}

const DEPRECATED_CONTRACT_FIELDS = deprecatedFieldsOf(contractSchema);

export class ContractNode implements TreeNode, JsonNode, IdNode, PrefillNode {
  constructor(
    readonly contract: Contract,
    readonly parent: TreeNode | undefined,
  ) {}
  get copyId(): string {
    return String(this.contract.id);
  }
  prefill(): ServiceRequestPrefill {
    return { contractId: this.contract.id };
  }
  jsonDocument(): { name: string; value: unknown } {
    return { name: `contract-${this.contract.id}`, value: this.contract };
  }
  toTreeItem(): vscode.TreeItem {
    const c = this.contract;
    const name = contractHolderName(c) || `#${c.id}`;
    const item = new vscode.TreeItem(name, vscode.TreeItemCollapsibleState.Collapsed);
    item.description = [c.access_identifier, c.plan_name ?? c.plan_code, c.active ? undefined : vscode.l10n.t('inactive')].filter(Boolean).join(' · ');
    const blocked = c.services.some((s) => isServiceBlocked(s.limits));
    item.iconPath = new vscode.ThemeIcon(c.active ? 'account' : 'circle-slash', c.active ? undefined : new vscode.ThemeColor('disabledForeground'));
    const md = new vscode.MarkdownString(`**${escapeMd(name)}** — ${escapeMd(vscode.l10n.t('contract {0}', c.id))}\n\n`);
    md.appendMarkdown(`| | |\n|---|---|\n`);
    const rows: [string, string | null | undefined][] = [
      ['access_identifier', c.access_identifier],
      ['email', c.email],
      ['plan', [c.plan_name, c.plan_code].filter(Boolean).join(' · ')],
      ['start_date', c.start_date],
      ['end_date', c.end_date],
      ['active', String(c.active)],
    ];
    for (const [k, v] of rows) md.appendMarkdown(`| ${k} | ${escapeMd(v ?? '—') || '—'} |\n`);
    if (blocked) md.appendMarkdown(`\n$(warning) ${escapeMd(vscode.l10n.t('At least one service is blocked by its limits.'))}`);
    md.supportThemeIcons = true;
    item.tooltip = md;
    item.contextValue = `mok:contract+${c.active ? 'active' : 'inactive'}`;
    return item;
  }
  getChildren(): TreeNode[] {
    const c = this.contract;
    const details = new GroupNode(vscode.l10n.t('Details'), 'info', this, (g) => contractFields(c, g), undefined, false, 'mok:contractDetails');
    const services = new GroupNode(
      vscode.l10n.t('Services'),
      'tools',
      this,
      (g) => (c.services.length ? c.services.map((s) => new ServiceNode(s, g, c)) : [new MessageNode(vscode.l10n.t('No services in this contract'), 'info', g, undefined, 'mok:empty')]),
      String(c.services.length),
      true,
      'mok:contractServices',
    );
    return [details, services];
  }
}

/** The contract's fields, identifiers and person first; deprecated ones kept and flagged. */
function contractFields(c: Contract, parent: TreeNode): TreeNode[] {
  const order: (keyof Contract)[] = [
    'id',
    'access_identifier',
    'national_id',
    'email',
    'mobile_phone_number',
    'unique_contract_id',
    'client_contract',
    'first_name',
    'last_name',
    'surname',
    'second_surname',
    'document_identifier',
    'start_date',
    'end_date',
    'active',
    'plan_code',
    'plan_name',
    'external_plan_id',
    'vehicle_plate_number',
    'address_line_one',
    'address_line_two',
    'city',
    'state',
    'country',
  ];
  const nodes: TreeNode[] = [];
  for (const key of order) {
    const v = c[key];
    if (v === undefined || v === null || v === '') continue;
    nodes.push(new FieldNode(key, display(v), parent, DEPRECATED_CONTRACT_FIELDS[key]));
  }
  if (c.external_extra_data && Object.keys(c.external_extra_data).length) nodes.push(new FieldNode('external_extra_data', JSON.stringify(c.external_extra_data), parent, undefined, 'json'));
  return nodes;
}

// ── Plans and admin contracts ────────────────────────────────────────────────────────────────

export class PlansNode extends LazyNode {
  readonly parent = undefined;
  constructor(private readonly fetch: (signal: AbortSignal) => Promise<Plan[]>) {
    super();
  }
  toTreeItem(): vscode.TreeItem {
    const item = new vscode.TreeItem(vscode.l10n.t('Plans'), vscode.TreeItemCollapsibleState.Collapsed);
    item.iconPath = new vscode.ThemeIcon('package');
    item.contextValue = 'mok:plans';
    return item;
  }
  protected async load(signal: AbortSignal): Promise<TreeNode[]> {
    const plans = await this.fetch(signal);
    if (!plans.length) return [new MessageNode(vscode.l10n.t('No plans'), 'info', this, undefined, 'mok:empty')];
    return plans.map((p) => new PlanNode(p, this));
  }
}

export class PlanNode implements TreeNode, JsonNode, IdNode {
  constructor(
    readonly plan: Plan,
    readonly parent: TreeNode,
  ) {}
  get copyId(): string {
    return this.plan.code;
  }
  jsonDocument(): { name: string; value: unknown } {
    return { name: `plan-${this.plan.code}`, value: this.plan };
  }
  toTreeItem(): vscode.TreeItem {
    const item = new vscode.TreeItem(this.plan.name, vscode.TreeItemCollapsibleState.Collapsed);
    item.description = [this.plan.code, this.plan.external_plan_id].filter(Boolean).join(' · ');
    item.iconPath = new vscode.ThemeIcon('package');
    item.tooltip = new vscode.MarkdownString(`**${escapeMd(this.plan.name)}**\n\ncode \`${this.plan.code}\` · external_plan_id \`${this.plan.external_plan_id ?? '—'}\` · ${escapeMd(vscode.l10n.t('{0} services', this.plan.services.length))}`);
    item.contextValue = 'mok:plan';
    return item;
  }
  getChildren(): TreeNode[] {
    if (!this.plan.services.length) return [new MessageNode(vscode.l10n.t('No services in this plan'), 'info', this, undefined, 'mok:empty')];
    return this.plan.services.map((s) => new ServiceNode(s, this));
  }
}

export class AdminContractsNode extends LazyNode {
  readonly parent = undefined;
  constructor(private readonly fetch: (signal: AbortSignal) => Promise<AdminContract[]>) {
    super();
  }
  toTreeItem(): vscode.TreeItem {
    const item = new vscode.TreeItem(vscode.l10n.t('Admin contracts'), vscode.TreeItemCollapsibleState.Collapsed);
    item.iconPath = new vscode.ThemeIcon('shield');
    item.tooltip = vscode.l10n.t('Every contract of the application (Admin API)');
    item.contextValue = 'mok:adminContracts';
    return item;
  }
  protected async load(signal: AbortSignal): Promise<TreeNode[]> {
    const contracts = await this.fetch(signal);
    if (!contracts.length) return [new MessageNode(vscode.l10n.t('No contracts'), 'info', this, undefined, 'mok:empty')];
    return contracts.map((c) => new AdminContractNode(c, this));
  }
}

/** Shown instead of the admin contracts when the environment has no admin credentials. */
export function adminCredentialsMissingNode(): TreeNode {
  return new MessageNode(
    vscode.l10n.t('Admin contracts: add admin credentials to see them'),
    'key',
    undefined,
    { command: 'mok.env.setCredentials', title: vscode.l10n.t('Set credentials…'), arguments: ['admin'] },
    'mok:adminContracts+noCredentials',
    vscode.l10n.t('Click to enter the X-Admin-User-Email and X-Admin-User-Token of this environment (stored in the OS secret store).'),
  );
}

export class AdminContractNode implements TreeNode, JsonNode, IdNode {
  constructor(
    readonly contract: AdminContract,
    readonly parent: TreeNode,
  ) {}
  get copyId(): string {
    return this.contract.id === null ? '' : String(this.contract.id);
  }
  jsonDocument(): { name: string; value: unknown } {
    return { name: `admin-contract-${this.contract.id ?? 'unsaved'}`, value: this.contract };
  }
  toTreeItem(): vscode.TreeItem {
    const c = this.contract;
    const item = new vscode.TreeItem(c.access_identifier ?? `#${c.id ?? '?'}`, vscode.TreeItemCollapsibleState.Collapsed);
    item.description = [c.id !== null ? `#${c.id}` : undefined, c.email, c.active === false ? vscode.l10n.t('inactive') : undefined].filter(Boolean).join(' · ');
    item.iconPath = new vscode.ThemeIcon(c.active === false ? 'circle-slash' : 'account');
    item.tooltip = new vscode.MarkdownString(`**${escapeMd(c.access_identifier ?? '—')}**\n\nid \`${String(c.id)}\` · ${escapeMd(c.email ?? '—')} · ${escapeMd(c.start_date ?? '—')} → ${escapeMd(c.end_date ?? '—')}`);
    item.contextValue = `mok:adminContract${c.id !== null ? '+saved' : ''}`;
    return item;
  }
  getChildren(): TreeNode[] {
    const nodes: TreeNode[] = [];
    for (const [k, v] of Object.entries(this.contract)) {
      if (v === undefined || v === null || v === '') continue;
      if (k === 'errors' && typeof v === 'object' && Object.keys(v).length === 0) continue;
      nodes.push(new FieldNode(k, display(v), this));
    }
    return nodes;
  }
}

// ── helpers ──────────────────────────────────────────────────────────────────────────────────

export function display(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return JSON.stringify(v);
}

export function escapeMd(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}

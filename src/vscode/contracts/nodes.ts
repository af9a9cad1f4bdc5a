// Tree nodes of the Contracts view: the provider network, contract search and its results, and a
// contract with its details and services (services and limits: serviceNodes.ts; plans and admin
// contracts: adminNodes.ts). Each node turns one model into a TreeItem.
import * as vscode from 'vscode';
import type { Contract, ProviderNetwork } from '../../core/models/mok';
import { contractHolderName, isServiceBlocked } from '../../core/wording/mok';
import { fieldLabel } from '../common/fieldLabels';
import { FieldNode, GroupNode, escapeMd, fieldValue, type IdNode, type JsonNode, type ReloadableNode } from '../common/nodes';
import { MessageNode, type TreeNode } from '../common/tree';
import type { PrefillNode, ServiceRequestPrefill } from '../serviceRequests/prefill';
import { searchKindLabel, type ContractQuery } from './search';
import { ServiceNode } from './serviceNodes';
import { apiBundle } from '../common/bundles';

// ── Provider network ─────────────────────────────────────────────────────────────────────────

export class ProviderNetworkNode implements TreeNode, JsonNode {
  readonly parent = undefined;
  constructor(readonly network: ProviderNetwork) {}
  jsonDocument(): { name: string; value: unknown } {
    return { name: 'provider-network', value: this.network };
  }
  toTreeItem(): vscode.TreeItem {
    const item = new vscode.TreeItem(this.network.name, vscode.TreeItemCollapsibleState.Collapsed);
    const n = this.network.services.length;
    const services = n === 1 ? vscode.l10n.t('1 service') : vscode.l10n.t('{0} services', n);
    item.description = `${this.network.active ? vscode.l10n.t('active') : vscode.l10n.t('inactive')} · ${services}`;
    item.iconPath = new vscode.ThemeIcon('organization', this.network.active ? undefined : new vscode.ThemeColor('list.warningForeground'));
    const md = new vscode.MarkdownString(`**${escapeMd(this.network.name)}**\n\n`);
    md.appendMarkdown(`${escapeMd(vscode.l10n.t('Provider network'))} · ${this.network.active ? escapeMd(vscode.l10n.t('active')) : escapeMd(vscode.l10n.t('inactive'))}\n\n`);
    md.appendMarkdown(`${escapeMd(fieldLabel('webhook_url'))}: \`${this.network.webhook_url ?? '—'}\``);
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

/** "Results for 600000001" (access identifier · 1 contract): a search and the contracts it found; the value leads, it is what a narrow side bar must show. */
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
    const item = new vscode.TreeItem(vscode.l10n.t('Results for {0}', this.query.value), vscode.TreeItemCollapsibleState.Expanded);
    const count = this.nodes ? [this.nodes.length === 1 ? vscode.l10n.t('1 contract') : vscode.l10n.t('{0} contracts', this.nodes.length)] : [];
    item.description = [searchKindLabel(this.query.kind), ...count].join(' · ');
    item.tooltip = vscode.l10n.t('Contracts whose {0} is {1}', searchKindLabel(this.query.kind), this.query.value);
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
    const rows: [string, unknown][] = [
      ['access_identifier', c.access_identifier],
      ['email', c.email],
      ['plan_name', [c.plan_name, c.plan_code].filter(Boolean).join(' · ')],
      ['start_date', c.start_date],
      ['end_date', c.end_date],
      ['active', c.active],
    ];
    for (const [k, v] of rows) md.appendMarkdown(`| ${escapeMd(fieldLabel(k))} | ${v === null || v === undefined || v === '' ? '—' : escapeMd(fieldValue(k, v))} |\n`);
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
    nodes.push(new FieldNode(key, fieldValue(key, v), parent, apiBundle().deprecatedContractFields()[key]));
  }
  if (c.external_extra_data && Object.keys(c.external_extra_data).length) nodes.push(new FieldNode('external_extra_data', JSON.stringify(c.external_extra_data), parent, undefined, 'json'));
  return nodes;
}


// Plans and admin contracts in the Contracts view (admin contracts need admin credentials).
import * as vscode from 'vscode';
import type { Plan } from '../../core/models/mok';
import type { AdminContract } from '../../core/models/mokAdmin';
import { FieldNode, escapeMd, fieldValue, type IdNode, type JsonNode } from '../common/nodes';
import { LazyNode, MessageNode, type TreeNode } from '../common/tree';
import { ServiceNode } from './serviceNodes';

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
    item.tooltip = new vscode.MarkdownString(`**${escapeMd(this.plan.name)}**\n\ncode \`${this.plan.code}\` · external_plan_id \`${this.plan.external_plan_id ?? '—'}\` · ${escapeMd(this.plan.services.length === 1 ? vscode.l10n.t('1 service') : vscode.l10n.t('{0} services', this.plan.services.length))}`);
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
      nodes.push(new FieldNode(k, fieldValue(k, v), this));
    }
    return nodes;
  }
}


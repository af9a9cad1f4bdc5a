// Services and their limits in the Contracts view: a service (under a contract it also shows its
// limits in words and can start a service request) and one row per configured limit.
import * as vscode from 'vscode';
import { isServiceBlocked, limitEntries, limitKindLabel, limitWords } from '../../core/wording/mok';
import type { Contract, LimitKind, Service, ServiceLimit, ServiceLimits } from '../../core/models/mok';
import { escapeMd, type IdNode, type JsonNode } from '../common/nodes';
import { MessageNode, type TreeNode } from '../common/tree';
import type { PrefillNode, ServiceRequestPrefill } from '../serviceRequests/prefill';

// ── Limits in words ──────────────────────────────────────────────────────────────────────────

const limitWordsL10n = (kind: LimitKind, limit: ServiceLimit): string => limitWords(kind, limit, vscode.l10n);
const limitLabel = (kind: LimitKind): string => limitKindLabel(kind, vscode.l10n);

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
    // The words lead ("0 of 5 uses until 30/11/2027"): they are what a narrow side bar must show.
    const item = new vscode.TreeItem(limitWordsL10n(this.kind, this.limit), vscode.TreeItemCollapsibleState.None);
    item.description = limitLabel(this.kind);
    item.iconPath = this.limit.block_service ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground')) : new vscode.ThemeIcon(this.kind.includes('cost') || this.kind.includes('copayment') ? 'credit-card' : 'dashboard');
    const md = new vscode.MarkdownString(`**${escapeMd(limitLabel(this.kind))}**\n\n${escapeMd(limitWordsL10n(this.kind, this.limit))}\n\n`);
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


// Node pieces every view shares: `key: value` rows (deprecated fields kept and flagged), groups
// of known children, the capabilities commands look for on a node (open as JSON, copy id,
// reload), and Markdown escaping for tooltips.
import * as vscode from 'vscode';
import { formatDate, formatDateTime } from '../../core/wording/dates';
import { fieldLabel, fieldLabels } from './fieldLabels';
import type { TreeNode } from './tree';

// Capabilities the commands look for (duck-typed: nodes stay small classes).

/** A node that can be opened as read-only JSON. */
export interface JsonNode extends TreeNode {
  jsonDocument(): { name: string; value: unknown };
}
/** A node with an id worth copying. */
export interface IdNode extends TreeNode {
  readonly copyId: string;
}
export function isTreeNode(n: unknown): n is TreeNode {
  return typeof n === 'object' && n !== null && 'toTreeItem' in n && typeof n.toTreeItem === 'function';
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
export function isReloadableNode(n: unknown): n is ReloadableNode {
  return typeof n === 'object' && n !== null && 'reload' in n && typeof n.reload === 'function';
}

/**
 * `label: value` line. `key` is the API's field name (or already words): the row shows it in words,
 * the tooltip keeps the key. Deprecated fields keep their value and say what replaces them.
 */
export class FieldNode implements TreeNode {
  constructor(
    readonly key: string,
    readonly value: string,
    readonly parent?: TreeNode,
    readonly deprecatedBy?: string,
    readonly icon = 'symbol-field',
  ) {}
  get label(): string {
    return fieldLabel(this.key);
  }
  toTreeItem(): vscode.TreeItem {
    const item = new vscode.TreeItem(this.label, vscode.TreeItemCollapsibleState.None);
    item.description = this.deprecatedBy ? vscode.l10n.t('{0} — deprecated — use {1}', this.value, fieldLabels(this.deprecatedBy)) : this.value;
    item.iconPath = this.deprecatedBy ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground')) : new vscode.ThemeIcon(this.icon);
    const md = new vscode.MarkdownString();
    md.appendMarkdown(`**${escapeMd(this.label)}**${this.label !== this.key ? ` · \`${this.key}\`` : ''}\n\n`);
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

/** A field's value for a row: dates in the one date style, yes/no for booleans. */
export function fieldValue(key: string, v: unknown): string {
  if (typeof v === 'boolean') return v ? vscode.l10n.t('yes') : vscode.l10n.t('no');
  if (typeof v === 'string' && /(_date|_at)$/.test(key)) return /T\d{2}:/.test(v) ? formatDateTime(v) : formatDate(v);
  return display(v);
}

export function display(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return JSON.stringify(v);
}

export function escapeMd(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}

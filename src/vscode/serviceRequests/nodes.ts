// Tree nodes of the Service Requests view: a request (label "service · customer", what a person
// scans for; status and the long public id in the description; icon by status; Markdown tooltip)
// with its status history, answers and addresses/schedule (coordinates read with parseDecimal
// through `coordinates`), and status groups. Dates and times in the one style of core/wording/dates.
import * as vscode from 'vscode';
import type { Answer, ServiceRequest } from '../../core/models/mok';
import { formatDate, formatDateTime, formatSchedule } from '../../core/wording/dates';
import { coordinates, serviceRequestUserName } from '../../core/wording/mok';
import { FieldNode, GroupNode, escapeMd, type IdNode, type JsonNode } from '../common/nodes';
import { kindGuard, MessageNode, type TreeNode } from '../common/tree';

/** Icon and colour per status; unknown statuses (the real API may add some) get a neutral icon. */
export function statusIcon(status: string): vscode.ThemeIcon {
  switch (status) {
    case 'pending':
      return new vscode.ThemeIcon('clock', new vscode.ThemeColor('charts.yellow'));
    case 'assigned':
      return new vscode.ThemeIcon('person', new vscode.ThemeColor('charts.blue'));
    case 'in_progress':
      return new vscode.ThemeIcon('sync', new vscode.ThemeColor('charts.purple'));
    case 'completed':
      return new vscode.ThemeIcon('pass', new vscode.ThemeColor('charts.green'));
    case 'cancelled':
      return new vscode.ThemeIcon('circle-slash', new vscode.ThemeColor('charts.red'));
    default:
      return new vscode.ThemeIcon('circle-outline');
  }
}

export function statusLabel(status: string): string {
  switch (status) {
    case 'pending':
      return vscode.l10n.t('pending');
    case 'assigned':
      return vscode.l10n.t('assigned');
    case 'in_progress':
      return vscode.l10n.t('in progress');
    case 'completed':
      return vscode.l10n.t('completed');
    case 'cancelled':
      return vscode.l10n.t('cancelled');
    default:
      return status;
  }
}

/** Makes a status usable in a contextValue (`mok:serviceRequest+in_progress`). */
function contextStatus(status: string): string {
  return status.replace(/[^A-Za-z0-9_-]/g, '_');
}

/** "Grúa · Ainhoa Méndez": the service and the customer's first name and first surname. */
export function serviceRequestTitle(sr: ServiceRequest): string {
  const service = sr.service_name || vscode.l10n.t('service {0}', `#${sr.service_id}`);
  const first = sr.user_first_name?.trim();
  const last = sr.user_last_name?.trim().split(/\s+/)[0];
  const customer = first || last ? [first, last].filter(Boolean).join(' ') : serviceRequestUserName(sr);
  return customer ? `${service} · ${customer}` : service;
}

export class ServiceRequestNode implements TreeNode, JsonNode, IdNode {
  readonly nodeKind = 'ServiceRequestNode';
  static readonly is = kindGuard<ServiceRequestNode>('ServiceRequestNode');

  constructor(
    public sr: ServiceRequest,
    readonly parent: TreeNode | undefined,
  ) {}
  get copyId(): string {
    return this.sr.public_id ?? String(this.sr.id);
  }
  /** How messages name the request: its public id (what partners and MOK quote). */
  get label(): string {
    return this.sr.public_id ?? `#${this.sr.id}`;
  }
  jsonDocument(): { name: string; value: unknown } {
    return { name: `service-request-${this.sr.public_id ?? this.sr.id}`, value: this.sr };
  }
  toTreeItem(): vscode.TreeItem {
    const sr = this.sr;
    const item = new vscode.TreeItem(serviceRequestTitle(sr), vscode.TreeItemCollapsibleState.Collapsed);
    item.id = `serviceRequest:${sr.id}`;
    item.description = `${statusLabel(sr.current_status)} · ${this.label}`;
    item.iconPath = statusIcon(sr.current_status);
    item.tooltip = serviceRequestTooltip(sr);
    item.accessibilityInformation = { label: `${serviceRequestTitle(sr)}, ${statusLabel(sr.current_status)}, ${this.label}` };
    item.contextValue = `mok:serviceRequest+${contextStatus(sr.current_status)}`;
    return item;
  }
  getChildren(): TreeNode[] {
    const sr = this.sr;
    return [
      new GroupNode(vscode.l10n.t('Status history'), 'history', this, (g) => historyNodes(sr, g), statusLabel(sr.current_status), false, 'mok:statusHistory'),
      ...(sr.answers?.length ? [new GroupNode(vscode.l10n.t('Answers'), 'comment-discussion', this, (g) => (sr.answers ?? []).map((a) => answerNode(a, g)), String(sr.answers.length), false, 'mok:answers')] : []),
      new GroupNode(vscode.l10n.t('Addresses and schedule'), 'location', this, (g) => placeNodes(sr, g), undefined, false, 'mok:addresses'),
      new FieldNode(vscode.l10n.t('contract'), `#${sr.contract_id}`, this, undefined, 'account'),
      new FieldNode(vscode.l10n.t('service'), `${sr.service_name ?? ''} #${sr.service_id}`.trim(), this, undefined, 'tools'),
      new FieldNode(vscode.l10n.t('public id'), this.label, this, undefined, 'symbol-key'),
      ...(sr.external_id ? [new FieldNode('external_id', sr.external_id, this, undefined, 'link-external')] : []),
      ...(sr.access_identifier ? [new FieldNode('access_identifier', sr.access_identifier, this, undefined, 'key')] : []),
      ...(sr.document_identifier ? [new FieldNode('document_identifier', sr.document_identifier, this, 'access_identifier')] : []),
      ...(sr.user_full_name ? [new FieldNode('user_full_name', sr.user_full_name, this, 'user_first_name / user_last_name')] : []),
    ];
  }
}

export function serviceRequestTooltip(sr: ServiceRequest): vscode.MarkdownString {
  const md = new vscode.MarkdownString();
  md.supportThemeIcons = true;
  md.appendMarkdown(`**${escapeMd(serviceRequestTitle(sr))}** — ${escapeMd(statusLabel(sr.current_status))}\n\n`);
  const rows: [string, string | null | undefined][] = [
    [vscode.l10n.t('Public id'), sr.public_id ?? `#${sr.id}`],
    [vscode.l10n.t('Service'), sr.service_name ? `${sr.service_name} (#${sr.service_id})` : `#${sr.service_id}`],
    [vscode.l10n.t('Contract'), `#${sr.contract_id}`],
    [vscode.l10n.t('Customer'), serviceRequestUserName(sr) || undefined],
    [vscode.l10n.t('Phone'), sr.user_phone],
    [vscode.l10n.t('External id'), sr.external_id],
    [vscode.l10n.t('Requested at'), sr.requested_at ? formatDateTime(sr.requested_at) : undefined],
    [vscode.l10n.t('Origin'), sr.origin_address],
    [vscode.l10n.t('Destination'), sr.destination_address],
    [vscode.l10n.t('Scheduled'), formatSchedule(sr.scheduled_date, sr.scheduled_time)],
    [vscode.l10n.t('Provider'), sr.provider_name],
    [vscode.l10n.t('Technician'), sr.technician_name],
  ];
  md.appendMarkdown('| | |\n|---|---|\n');
  for (const [k, v] of rows) if (v) md.appendMarkdown(`| ${escapeMd(k)} | ${escapeMd(v)} |\n`);
  return md;
}

/** Status → time, oldest first (the API sends a map in no guaranteed order). */
export function statusHistory(sr: ServiceRequest): { status: string; at: string; time: number }[] {
  return Object.entries(sr.status_history ?? {})
    .map(([status, at]) => ({ status, at, time: Date.parse(at) }))
    .sort((a, b) => (Number.isNaN(a.time) ? 1 : Number.isNaN(b.time) ? -1 : a.time - b.time));
}

function historyNodes(sr: ServiceRequest, parent: TreeNode): TreeNode[] {
  const h = statusHistory(sr);
  if (!h.length) return [new MessageNode(vscode.l10n.t('No status history'), 'info', parent, undefined, 'mok:empty')];
  return h.map((e) => new StatusEntryNode(e.status, e.at, parent));
}

export class StatusEntryNode implements TreeNode {
  constructor(
    readonly status: string,
    readonly at: string,
    readonly parent: TreeNode,
  ) {}
  toTreeItem(): vscode.TreeItem {
    const item = new vscode.TreeItem(statusLabel(this.status), vscode.TreeItemCollapsibleState.None);
    item.description = formatDateTime(this.at);
    item.iconPath = statusIcon(this.status);
    item.tooltip = `${this.status} — ${this.at}`;
    item.contextValue = 'mok:statusEntry';
    return item;
  }
}

function answerNode(a: Answer, parent: TreeNode): TreeNode {
  const value = a.answer_text ?? (Array.isArray(a.value) ? a.value.join(', ') : a.value === null ? '—' : String(a.value));
  return new AnswerNode(a.question_text ?? a.question_key, value, a, parent);
}

export class AnswerNode implements TreeNode {
  constructor(
    readonly question: string,
    readonly value: string,
    readonly answer: Answer,
    readonly parent: TreeNode,
  ) {}
  toTreeItem(): vscode.TreeItem {
    const item = new vscode.TreeItem(this.question, vscode.TreeItemCollapsibleState.None);
    item.description = this.answer.type ? `${this.value} (${this.answer.type})` : this.value;
    item.iconPath = new vscode.ThemeIcon('question');
    const md = new vscode.MarkdownString(`**${escapeMd(this.question)}**\n\n${escapeMd(this.value)}\n\n`);
    md.appendMarkdown(`question_key \`${this.answer.question_key}\`${this.answer.type ? ` · type \`${this.answer.type}\`` : ''}`);
    item.tooltip = md;
    item.contextValue = 'mok:answer';
    return item;
  }
}

function coordText(lat: string | number | null, lon: string | number | null): string | undefined {
  const c = coordinates(lat, lon);
  if (c) return `${c.lat.toFixed(6)}, ${c.lon.toFixed(6)}`;
  // One of them is there but not a number: show what was sent rather than hide it.
  if (lat !== null || lon !== null) return vscode.l10n.t('{0}, {1} (not valid coordinates)', String(lat ?? '—'), String(lon ?? '—'));
  return undefined;
}

function placeNodes(sr: ServiceRequest, parent: TreeNode): TreeNode[] {
  const nodes: TreeNode[] = [];
  const origin = coordText(sr.origin_latitude, sr.origin_longitude);
  const destination = coordText(sr.destination_latitude, sr.destination_longitude);
  if (sr.origin_address || origin) nodes.push(new FieldNode(vscode.l10n.t('origin'), [sr.origin_address, origin && `(${origin})`].filter(Boolean).join(' '), parent, undefined, 'location'));
  if (sr.destination_address || destination) nodes.push(new FieldNode(vscode.l10n.t('destination'), [sr.destination_address, destination && `(${destination})`].filter(Boolean).join(' '), parent, undefined, 'milestone'));
  const distance = distanceKm(sr);
  if (distance !== undefined) nodes.push(new FieldNode(vscode.l10n.t('distance'), vscode.l10n.t('{0} km in a straight line', distance.toFixed(1)), parent, undefined, 'arrow-both'));
  const scheduled = formatSchedule(sr.scheduled_date, sr.scheduled_time);
  if (scheduled) nodes.push(new FieldNode(vscode.l10n.t('scheduled'), scheduled, parent, undefined, 'calendar'));
  if (sr.scheduled_end_date) nodes.push(new FieldNode(vscode.l10n.t('scheduled end'), formatDate(sr.scheduled_end_date), parent, undefined, 'calendar'));
  if (sr.provider_name || sr.provider_phone) nodes.push(new FieldNode(vscode.l10n.t('provider'), [sr.provider_name, sr.provider_phone].filter(Boolean).join(' · '), parent, undefined, 'organization'));
  if (sr.technician_name) nodes.push(new FieldNode(vscode.l10n.t('technician'), sr.technician_name, parent, undefined, 'person'));
  if (sr.contact_center_phone) nodes.push(new FieldNode(vscode.l10n.t('contact center'), sr.contact_center_phone, parent, undefined, 'call-outgoing'));
  if (!nodes.length) nodes.push(new MessageNode(vscode.l10n.t('No addresses or schedule'), 'info', parent, undefined, 'mok:empty'));
  return nodes;
}

function distanceKm(sr: ServiceRequest): number | undefined {
  const a = coordinates(sr.origin_latitude, sr.origin_longitude);
  const b = coordinates(sr.destination_latitude, sr.destination_longitude);
  if (!a || !b) return undefined;
  const rad = (d: number) => (d * Math.PI) / 180;
  const h = Math.sin(rad(b.lat - a.lat) / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(rad(b.lon - a.lon) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** "pending (12)": the loaded requests of one status when grouping by status. */
export class StatusGroupNode implements TreeNode {
  readonly parent = undefined;
  readonly children: ServiceRequestNode[] = [];
  constructor(readonly status: string) {}
  toTreeItem(): vscode.TreeItem {
    const item = new vscode.TreeItem(statusLabel(this.status), vscode.TreeItemCollapsibleState.Expanded);
    item.description = String(this.children.length);
    item.iconPath = statusIcon(this.status);
    item.contextValue = `mok:statusGroup+${contextStatus(this.status)}`;
    return item;
  }
  getChildren(): TreeNode[] {
    return this.children;
  }
}

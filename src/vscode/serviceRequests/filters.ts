// Filters of the Service Requests view: which ones exist, their names in words, the two-step
// question that sets one, and filters passed by other commands. Filters belong to the environment
// they were set in (the provider keeps one set per environment).
import * as vscode from 'vscode';
import { SERVICE_REQUEST_STATUSES } from '../../core/models/values';
import type { Prompts } from '../common/prompts';
import { statusLabel } from './nodes';

export const FILTER_KEYS = ['current_status', 'service_id', 'contract_id', 'external_id', 'access_identifier'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type Filters = Partial<Record<FilterKey, string>>;

export function filterLabel(key: FilterKey): string {
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

export function isFilterKey(k: string): k is FilterKey {
  return (FILTER_KEYS as readonly string[]).includes(k);
}

/** Only known keys with a value, trimmed. */
export function cleanFilters(next: Filters): Filters {
  const clean: Filters = {};
  for (const k of FILTER_KEYS) {
    const v = next[k]?.trim();
    if (v) clean[k] = v;
  }
  return clean;
}

/** "status: in progress · contract id: 131". */
export function describeFilters(filters: Filters): string[] {
  return FILTER_KEYS.filter((k) => filters[k] !== undefined).map((k) => {
    const v = filters[k] ?? '';
    return `${filterLabel(k)}: ${k === 'current_status' ? statusLabel(v) : v}`;
  });
}

/** Filters passed by another command or a test (`{ current_status: 'pending' }`); undefined means "ask". */
export function filtersArg(arg: unknown): Filters | undefined {
  if (!arg || typeof arg !== 'object' || 'toTreeItem' in arg) return undefined;
  const out: Filters = {};
  for (const [k, v] of Object.entries(arg)) {
    if (isFilterKey(k) && (typeof v === 'string' || typeof v === 'number')) out[k] = String(v);
  }
  return out;
}

/** Two steps: which filter, then its value (empty removes it). */
export async function askFilter(prompts: Prompts, current: Filters): Promise<Filters | undefined> {
  type Item = vscode.QuickPickItem & { key?: FilterKey; clear?: boolean };
  const items: Item[] = FILTER_KEYS.map((k) => ({ label: filterLabel(k), description: current[k] ?? vscode.l10n.t('any'), key: k }));
  if (Object.keys(current).length) items.push({ label: `$(clear-all) ${vscode.l10n.t('Clear all filters')}`, clear: true });
  const pick = await prompts.pick(items, { title: vscode.l10n.t('Filter service requests (1/2)'), placeHolder: vscode.l10n.t('Which filter?') });
  if (!pick) return undefined;
  if (pick.clear) return {};
  const key = pick.key;
  if (!key) return undefined;
  let value: string | undefined;
  if (key === 'current_status') {
    type StatusItem = vscode.QuickPickItem & { status: string };
    const statuses: StatusItem[] = [{ label: vscode.l10n.t('any status'), status: '' }, ...SERVICE_REQUEST_STATUSES.map((st) => ({ label: statusLabel(st), status: st }))];
    const s = await prompts.pick(statuses, { title: vscode.l10n.t('Filter service requests (2/2): status'), active: statuses.find((x) => x.status === (current.current_status ?? '')) });
    if (!s) return undefined;
    value = s.status;
  } else {
    const numeric = key === 'service_id' || key === 'contract_id';
    value = await prompts.input({
      title: vscode.l10n.t('Filter service requests (2/2): {0}', filterLabel(key)),
      value: current[key] ?? '',
      prompt: vscode.l10n.t('Leave empty to remove this filter.'),
      validateInput: (v) => (numeric && v.trim() && !/^\d+$/.test(v.trim()) ? vscode.l10n.t('Enter a number') : undefined),
    });
    if (value === undefined) return undefined;
  }
  return { ...current, [key]: value };
}

// Changing a request's status safely: the pick opens on the current status, names each status
// once, and reopening a completed or cancelled request asks first (it reaches the provider and
// the customer again).
import * as vscode from 'vscode';
import { SERVICE_REQUEST_STATUSES } from '../../core/models/values';
import type { Prompts } from '../common/prompts';
import { statusLabel } from './nodes';

export type StatusItem = vscode.QuickPickItem & { status: string };

/** One item per status (the current one marked), known statuses in workflow order. */
export function statusItems(current: string): StatusItem[] {
  const statuses = SERVICE_REQUEST_STATUSES.includes(current as (typeof SERVICE_REQUEST_STATUSES)[number]) ? [...SERVICE_REQUEST_STATUSES] : [...SERVICE_REQUEST_STATUSES, current];
  return statuses.map((s) => ({ label: statusLabel(s), description: s === current ? vscode.l10n.t('current') : undefined, status: s }));
}

export async function askStatus(prompts: Prompts, name: string, current: string): Promise<string | undefined> {
  const items = statusItems(current);
  const pick = await prompts.pick(items, {
    title: vscode.l10n.t('Set status of {0}', name),
    placeHolder: vscode.l10n.t('Current status: {0}', statusLabel(current)),
    active: items.find((i) => i.status === current),
  });
  return pick?.status;
}

const CLOSED = new Set(['completed', 'cancelled']);

/** True when the change may go ahead: reopening a closed request needs a yes. */
export async function confirmReopen(prompts: Prompts, name: string, current: string, next: string): Promise<boolean> {
  if (!CLOSED.has(current) || CLOSED.has(next)) return true;
  return prompts.confirm(vscode.l10n.t('Reopen {0}? It is {1}; setting it to {2} reopens it.', name, statusLabel(current), statusLabel(next)), {
    detail: vscode.l10n.t('The provider and the customer may be notified again.'),
    action: vscode.l10n.t('Reopen'),
  });
}

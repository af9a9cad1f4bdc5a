// "Call Endpoint…": every operation of the catalogue in one quick pick, grouped by API and
// resource family, searchable by id, path and summary.
import * as vscode from 'vscode';
import type { OperationId } from '../../core/catalogue/catalogue';
import { apiBundle } from '../common/bundles';

type Item = vscode.QuickPickItem & { id?: OperationId };

export async function pickOperation(): Promise<OperationId | undefined> {
  const items: Item[] = [];
  let group = '';
  const { allEndpoints, operationFamily } = apiBundle();
  const defs = [...allEndpoints()].sort((a, b) => (a.api === b.api ? 0 : a.api === 'mok' ? -1 : 1));
  for (const def of defs) {
    const g = `${def.api === 'mok' ? vscode.l10n.t('MOK Integration API') : vscode.l10n.t('Documents API')} · ${operationFamily(def.id)}`;
    if (g !== group) {
      items.push({ label: g, kind: vscode.QuickPickItemKind.Separator });
      group = g;
    }
    items.push({ label: def.id, description: `${def.method} ${def.path}`, detail: def.summary, id: def.id as OperationId });
  }
  const pick = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Call Endpoint'),
    placeHolder: vscode.l10n.t('Search by operation, path or what it does'),
    matchOnDescription: true,
    matchOnDetail: true,
  });
  return pick?.id;
}

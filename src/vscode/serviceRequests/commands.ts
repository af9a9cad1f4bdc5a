// The Service Requests view's commands: create (from a contract/service node, or from the palette
// asking for the contract and the service), send, go to a request, refresh, filter, sort, group,
// open as JSON, copy id, reveal its contract, set status, edit.
import * as vscode from 'vscode';
import { ApiError } from '../../core/errors';
import { registerNodeCommands } from '../common/commands';
import { errorSummary, showError } from '../common/errors';
import { withCancellableProgress } from '../common/progress';
import type { ViewContext } from '../common/viewContext';
import { ContractSearch } from '../contracts/search';
import { askContractAndService, askServiceRequest, findServiceRequest } from './ask';
import { askFilter, filtersArg } from './filters';
import { ServiceRequestNode } from './nodes';
import { ServiceRequestScaffolds, prefillArg } from './scaffolds';
import { SERVICE_REQUESTS_VIEW_ID, ServiceRequestsProvider } from './view';

export function registerServiceRequestsView(ctx: ViewContext): vscode.Disposable[] {
  const provider = new ServiceRequestsProvider(ctx);
  ctx.providers.set(SERVICE_REQUESTS_VIEW_ID, provider);
  const search = new ContractSearch(ctx);
  const scaffolds = new ServiceRequestScaffolds(ctx, { reveal: (sr) => provider.reveal(sr), replace: (sr) => provider.replace(sr) });
  const selected = (node: unknown): ServiceRequestNode | undefined =>
    ServiceRequestNode.is(node) ? node : provider.view.selection.find((n): n is ServiceRequestNode => ServiceRequestNode.is(n));
  return [
    provider,
    scaffolds,
    vscode.commands.registerCommand('mok.serviceRequests.create', async (arg?: unknown) => {
      // From a node or another command: what it knows. From the palette or a button: ask.
      const prefill = arg === undefined ? await askContractAndService(ctx, search) : prefillArg(arg);
      return prefill ? scaffolds.openCreateScaffold(prefill) : undefined;
    }),
    vscode.commands.registerCommand('mok.serviceRequests.send', async (arg?: unknown) => {
      const uri = arg instanceof vscode.Uri ? arg : vscode.window.activeTextEditor?.document.uri;
      if (!uri) return undefined;
      return scaffolds.send(uri);
    }),
    vscode.commands.registerCommand('mok.serviceRequests.goTo', async (arg?: unknown) => {
      let sr;
      if (typeof arg === 'string' || typeof arg === 'number') {
        try {
          sr = await withCancellableProgress(vscode.l10n.t('Looking up service request {0}…', String(arg)), (signal) => findServiceRequest(ctx, String(arg), signal));
        } catch (e) {
          if (!ApiError.is(e, 'cancelled')) void showError(vscode.l10n.t('Could not look up service request {0}: {1}', String(arg), errorSummary(e)), () => ctx.log.show());
          return undefined;
        }
      } else sr = await askServiceRequest(ctx);
      if (!sr) return undefined;
      await vscode.commands.executeCommand(`${SERVICE_REQUESTS_VIEW_ID}.focus`);
      await provider.reveal(sr);
      return sr;
    }),
    vscode.commands.registerCommand('mok.serviceRequests.refresh', (node?: unknown) => provider.refreshNode(ServiceRequestNode.is(node) ? node : undefined)),
    vscode.commands.registerCommand('mok.serviceRequests.filter', async (arg?: unknown) => {
      const given = filtersArg(arg);
      const next = given ? { ...provider.filters, ...given } : await askFilter(ctx.prompts, provider.filters);
      if (next) provider.setFilters(next);
    }),
    vscode.commands.registerCommand('mok.serviceRequests.clearFilters', () => provider.setFilters({})),
    vscode.commands.registerCommand('mok.serviceRequests.toggleGroupByStatus', () => provider.setGroupByStatus(!provider.groupByStatus)),
    vscode.commands.registerCommand('mok.serviceRequests.sort', async (arg?: unknown) => {
      type Item = vscode.QuickPickItem & { order: 'newest' | 'oldest' };
      const items: Item[] = [
        { label: vscode.l10n.t('Newest first'), order: 'newest' },
        { label: vscode.l10n.t('Oldest first'), order: 'oldest' },
      ];
      const current = ctx.envs.settings.sort;
      const order = arg === 'newest' || arg === 'oldest' ? arg : (await ctx.prompts.pick(items, { title: vscode.l10n.t('Sort service requests'), active: items.find((i) => i.order === current) }))?.order;
      if (order && order !== current) await vscode.workspace.getConfiguration('mok').update('serviceRequests.sort', order, vscode.ConfigurationTarget.Global);
    }),
    ...registerNodeCommands(ctx, provider, { openJson: 'mok.serviceRequests.openJson', copyId: 'mok.serviceRequests.copyId' }),
    vscode.commands.registerCommand('mok.serviceRequests.revealContract', async (node?: unknown) => {
      const target = selected(node);
      if (!target) return undefined;
      // The Contracts view owns its tree: it selects the contract and keeps the user's search.
      return vscode.commands.executeCommand('mok._contracts.reveal', target.sr.contract_id);
    }),
    vscode.commands.registerCommand('mok.serviceRequests.setStatus', async (node?: unknown, status?: unknown) => {
      const target = selected(node);
      if (!target) return { ok: false };
      return provider.setStatus(target, typeof status === 'string' ? status : undefined);
    }),
    vscode.commands.registerCommand('mok.serviceRequests.edit', async (node?: unknown) => {
      const target = selected(node);
      if (!target) return undefined;
      return scaffolds.openUpdateScaffold(target.sr);
    }),
  ];
}

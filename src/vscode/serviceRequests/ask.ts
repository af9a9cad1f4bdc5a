// Questions "Create Service Request…" and "Go to Service Request…" ask when run from the palette:
// the contract (searched like in the Contracts view) and one of its services, so nobody needs to
// know ids; and a request by its public id or id.
import * as vscode from 'vscode';
import { ApiError } from '../../core/errors';
import type { Contract, ServiceRequest } from '../../core/models/mok';
import { contractHolderName, isServiceBlocked } from '../../core/wording/mok';
import { errorSummary, showError } from '../common/errors';
import { withCancellableProgress } from '../common/progress';
import type { ViewContext } from '../common/viewContext';
import type { ContractSearch } from '../contracts/search';
import { limitsSummary } from '../contracts/serviceNodes';
import type { ServiceRequestPrefill } from './prefill';

/** Contract (search, then pick when several match) and service (pick) → what the scaffold starts with. */
export async function askContractAndService(ctx: ViewContext, search: ContractSearch): Promise<ServiceRequestPrefill | undefined> {
  const query = await search.ask({ pick: vscode.l10n.t('Create service request (1/3): find the contract'), value: (kind) => vscode.l10n.t('Create service request (2/3): {0}', kind) });
  if (!query) return undefined;
  let contracts: Contract[];
  try {
    contracts = await withCancellableProgress(vscode.l10n.t('Searching contracts…'), (signal) => search.lookup(query, signal));
  } catch (e) {
    if (!ApiError.is(e, 'cancelled')) void showError(vscode.l10n.t('Contract search failed: {0}', errorSummary(e)), () => ctx.log.show());
    return undefined;
  }
  await search.remember(query, contracts);
  if (!contracts.length) {
    void vscode.window.showWarningMessage(vscode.l10n.t('No contract matches {0}.', query.value));
    return undefined;
  }
  type ContractItem = vscode.QuickPickItem & { contract: Contract };
  let contract = contracts[0];
  if (contracts.length > 1) {
    const items: ContractItem[] = contracts.map((c) => ({
      label: contractHolderName(c) || `#${c.id}`,
      description: [c.access_identifier, c.plan_name ?? c.plan_code, c.active ? undefined : vscode.l10n.t('inactive')].filter(Boolean).join(' · '),
      contract: c,
    }));
    contract = (await ctx.prompts.pick(items, { title: vscode.l10n.t('Create service request (2/3): which contract?') }))?.contract;
  }
  if (!contract) return undefined;
  if (!contract.services.length) {
    void vscode.window.showWarningMessage(vscode.l10n.t('The contract of {0} has no services.', contractHolderName(contract) || `#${contract.id}`));
    return undefined;
  }
  type ServiceItem = vscode.QuickPickItem & { serviceId: number; serviceName: string };
  const items: ServiceItem[] = contract.services.map((s) => ({
    label: `${isServiceBlocked(s.limits) ? '$(warning) ' : ''}${s.name}`,
    description: limitsSummary(s.limits) || undefined,
    serviceId: s.id,
    serviceName: s.name,
  }));
  const service = await ctx.prompts.pick(items, {
    title: vscode.l10n.t('Create service request (3/3): service'),
    placeHolder: vscode.l10n.t('Services of {0}', contractHolderName(contract) || `#${contract.id}`),
  });
  if (!service) return undefined;
  return { contractId: contract.id, serviceId: service.serviceId, serviceName: service.serviceName };
}

/** `00032-00025-7705762326` → 25 (the public id is `<network>-<id>-<external_id>`). */
function idFromPublicId(value: string): number | undefined {
  const m = /^\d+-0*(\d+)(?:-|$)/.exec(value);
  return m?.[1] ? Number(m[1]) : undefined;
}

/**
 * A request by id or public id: an id is fetched directly; a public id by the id it carries
 * (checked against the answer), else by its external id part.
 */
export async function findServiceRequest(ctx: ViewContext, value: string, signal: AbortSignal): Promise<ServiceRequest | undefined> {
  const v = value.trim();
  const client = await ctx.envs.client();
  const get = async (id: number): Promise<ServiceRequest | undefined> => {
    try {
      return (await client.call('serviceRequests.get', { params: { id } }, { signal })).service_request;
    } catch (e) {
      if (ApiError.is(e, 'notFound')) return undefined;
      throw e;
    }
  };
  if (/^#?\d+$/.test(v)) return get(Number(v.replace('#', '')));
  const id = idFromPublicId(v);
  const byId = id === undefined ? undefined : await get(id);
  if (byId?.public_id === v) return byId;
  const external = v.split('-').slice(2).join('-');
  if (!external) return undefined;
  const list = await client.call('serviceRequests.list', { query: { external_id: external } }, { signal });
  return list.service_requests.find((sr) => sr.public_id === v);
}

export async function askServiceRequest(ctx: ViewContext): Promise<ServiceRequest | undefined> {
  const value = await ctx.prompts.input({
    title: vscode.l10n.t('Go to service request'),
    prompt: vscode.l10n.t('Its public id (like 00032-00025-7705762326) or its id'),
    validateInput: (v) => (v.trim() ? undefined : vscode.l10n.t('Enter a public id or an id')),
  });
  if (!value?.trim()) return undefined;
  let sr: ServiceRequest | undefined;
  try {
    sr = await withCancellableProgress(vscode.l10n.t('Looking up service request {0}…', value.trim()), (signal) => findServiceRequest(ctx, value, signal));
  } catch (e) {
    if (!ApiError.is(e, 'cancelled')) void showError(vscode.l10n.t('Could not look up service request {0}: {1}', value.trim(), errorSummary(e)), () => ctx.log.show());
    return undefined;
  }
  if (!sr) void vscode.window.showWarningMessage(vscode.l10n.t('No service request {0} in {1}.', value.trim(), ctx.envs.active().environment.name));
  return sr;
}

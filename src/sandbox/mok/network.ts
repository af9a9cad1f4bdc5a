// The provider network's own reads in the MOK sandbox: info, contracts lookup (with limits when
// looked up by access/document identifier, as the API document says), plans, WhatsApp message
// requests and the provider ranking (422 `missing_required_params` without both parameters).
import { E164_PATTERN } from '../../core/models/mok';
import { mokError, sandboxRule } from '../errors';
import type { Handler, SandboxRequest, SandboxResponse } from '../types';
import { PLANS, PROVIDER_NETWORK } from './seed/catalogue';
import { type ContractRecord } from './seed/contracts';
import { rankingFor } from './seed/ranking';
import { accessKey } from './seed/spain';
import { contractView, networkServices, planServices } from './views';
import { isRecord, q, type MokContext } from './context';

export function networkHandlers(ctx: MokContext) {
  function lookupContracts(req: SandboxRequest): SandboxResponse {
    const access = q(req, 'access_identifier');
    const documentId = q(req, 'document_identifier');
    const nationalId = q(req, 'national_id');
    const id = q(req, 'id');
    const email = q(req, 'email');
    if (!access && !documentId && !nationalId && !id && !email)
      return mokError(422, 'missing_required_params', sandboxRule('Send one of access_identifier, national_id, email or id (document_identifier is deprecated)', 'the API document lists the parameters without saying one is required; the sandbox does not list every contract'));
    let found: ContractRecord[] = ctx.store.contracts;
    // Every given parameter must match.
    for (const ident of [access, documentId]) if (ident) found = found.filter((c) => accessKey(c.access_identifier) === accessKey(ident));
    if (nationalId) found = found.filter((c) => c.national_id !== null && c.national_id.toUpperCase() === nationalId.toUpperCase());
    if (email) found = found.filter((c) => c.email !== null && c.email.toLowerCase() === email.toLowerCase());
    if (id) found = /^\d+$/.test(id) ? found.filter((c) => c.id === Number(id)) : [];
    const withLimits = access !== undefined || documentId !== undefined;
    return { status: 200, body: { contracts: found.map((c) => contractView(c, withLimits)) } };
  }

  return {
    'providerNetwork.info': () => ({
      status: 200,
      body: { provider_network: { name: PROVIDER_NETWORK.name, active: PROVIDER_NETWORK.active, services: networkServices(), webhook_url: ctx.host.webhookUrl() ?? null } },
    }),
    'contracts.lookup': lookupContracts,
    'plans.list': () => ({
      status: 200,
      body: { plans: PLANS.map((p) => ({ code: p.code, name: p.name, external_plan_id: p.external_plan_id, services: planServices(p.code) })) },
    }),
    'whatsapp.request': (req) => {
      const n = isRecord(req.body) ? req.body.whatsapp_number : undefined;
      if (n === undefined || n === null || n === '') return mokError(422, 'missing_required_params', 'whatsapp_number is required', 'whatsapp_number');
      if (typeof n !== 'string' || !E164_PATTERN.test(n))
        return mokError(422, 'invalid_parameter', 'whatsapp_number must be an E.164 number: digits only with an optional leading +, country code first, at most 15 digits (e.g. +34612345678)', 'whatsapp_number');
      ctx.store.counters.whatsappRequests++;
      return { status: 200, body: null };
    },
    'providerRanking.get': (req) => {
      const zone = q(req, 'zone_external_id');
      const service = q(req, 'service_external_id');
      const missing = [zone ? undefined : 'zone_external_id', service ? undefined : 'service_external_id'].filter((m): m is string => m !== undefined);
      // The API documents the detail text itself: `missing_required_params`.
      if (missing.length || !zone || !service) return { status: 422, body: { errors: missing.map((m) => ({ status: 422, code: 'missing_required_params', detail: 'missing_required_params', source: { parameter: m } })) } };
      return { status: 200, body: { providers: rankingFor(ctx.seed, zone, service) } };
    },
  } satisfies Record<string, Handler>;
}

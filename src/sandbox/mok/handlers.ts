// The MOK Integration API fake: one handler module per resource (service requests, the provider
// network's reads, admin contracts, points) over MokStore, holding the rules the API document
// states. `auth.token` is the server frame's. The choices where the document is silent are listed
// in docs/decisions.md ("MOK sandbox").
import type { MokOperationId } from '../../core/catalogue/mok';
import { SANDBOX_DEFAULT_SEED_SIZE } from '../../core/environment';
import type { ServiceRequest } from '../../core/models/mok';
import type { Handler, SandboxHost } from '../types';
import { adminContractHandlers } from './adminContracts';
import type { MokContext } from './context';
import { networkHandlers } from './network';
import { platformEvents, type PlatformEvents } from './platformEvents';
import { pointHandlers } from './points';
import { PLANS, PROVIDER_NETWORK, SERVICES } from './seed/catalogue';
import { serviceRequestHandlers } from './serviceRequests';
import { MokStore, type MokSnapshot } from './store';

export interface MokSandboxOptions {
  /** Seeded service requests (default SANDBOX_DEFAULT_SEED_SIZE). */
  seedSize?: number;
  /** PRNG seed (default fixed): same seed, same day → same data. */
  seed?: number;
}

export interface MokSandbox {
  /** Keyed by catalogue operation id; `auth.token` is left to the server frame. */
  handlers: Record<string, Handler>;
  reset(): void;
  stats(): Record<string, number>;
  /** The data as `--state` files keep it. */
  snapshot(): MokSnapshot;
  /** Replaces the data with a snapshot; throws (changing nothing) when it is not one. */
  restore(snapshot: unknown): void;
  /** Who the sandbox's OAuth client is. */
  providerNetwork: { readonly id: number; readonly name: string };
  /** Changes made by MOK's platforms (control endpoint, traffic mode). */
  platform: PlatformEvents;
}

export const DEFAULT_SEED = 20_250_101;

type HandledOperation = Exclude<MokOperationId, 'auth.token'>;

export function createMokSandbox(host: SandboxHost, options: MokSandboxOptions = {}): MokSandbox {
  const seed = options.seed ?? DEFAULT_SEED;
  const seedSize = Math.max(0, Math.floor(options.seedSize ?? SANDBOX_DEFAULT_SEED_SIZE));
  const fresh = () => new MokStore({ seed, seedSize, now: () => host.now() });
  const ctx: MokContext = {
    host,
    seed,
    store: fresh(),
    nowIso: () => host.now().toISOString(),
    emit(event: 'service_request.created' | 'service_request.updated', sr: ServiceRequest, origin: 'platform' | 'partner') {
      if (origin === 'partner' && !(host.partnerWebhooks?.() ?? false)) return undefined;
      ctx.store.counters.webhooksEmitted++;
      return host.emitWebhook(event, sr, origin);
    },
  };
  const handlers = {
    ...serviceRequestHandlers(ctx),
    ...networkHandlers(ctx),
    ...adminContractHandlers(ctx),
    ...pointHandlers(ctx),
  } satisfies Record<HandledOperation, Handler>;

  return {
    handlers,
    reset() {
      ctx.store = fresh();
    },
    snapshot: () => ctx.store.snapshot(),
    restore(snapshot) {
      ctx.store = MokStore.restore(snapshot as MokSnapshot, () => host.now());
    },
    stats() {
      const store = ctx.store;
      const out: Record<string, number> = {
        contracts: store.contracts.length,
        activeContracts: store.contracts.filter((c) => c.active).length,
        plans: PLANS.length,
        services: SERVICES.length,
        serviceRequests: store.serviceRequestCount,
        pointTransactions: store.pointTransactions.length,
        recurrentPointTransactions: store.recurrent.length,
        whatsappRequests: store.counters.whatsappRequests,
        webhooksEmitted: store.counters.webhooksEmitted,
      };
      for (const [status, n] of Object.entries(store.countByStatus())) out[`serviceRequests.${status}`] = n;
      return out;
    },
    providerNetwork: { id: PROVIDER_NETWORK.id, name: PROVIDER_NETWORK.name },
    platform: platformEvents(ctx),
  };
}

// The sandbox's own control endpoints under /__sandbox/ (not part of either API): health and
// stats, reset, fault injection, the webhook delivery log and target (with its auth mode and
// whether partner calls send webhooks), the auth URL of fetched-Bearer deliveries, MOK-side
// events, traffic mode, token revocation.
import type { WebhookDispatcher } from '../core/webhooks/delivery';
import { isDeliveryAuthMode } from '../core/webhooks/deliveryAuth';
import { isPlatformEventKind, type PlatformEventRequest } from '../core/webhooks/sandboxControl';
import type { Faults } from './faults';
import type { SandboxResponse } from './types';
import { WEBHOOK_AUTH_PATH, type WebhookDeliverySettings } from './webhookDelivery';

export interface ControlDeps {
  stats(): Record<string, number>;
  reset(): void;
  faults: Faults;
  webhooks: WebhookDispatcher;
  revokeTokens(): void;
  delivery: WebhookDeliverySettings;
  platformEvent(request: PlatformEventRequest): SandboxResponse;
  simulate(everySeconds: number): void;
  trafficSeconds(): number;
}

function controlError(status: number, code: string, detail: string): SandboxResponse {
  return { status, body: { errors: [{ status, code, detail }] } };
}

/** The answer to a control request, or undefined when no control endpoint matches. */
export function controlRequest(deps: ControlDeps, method: string, path: string, body: unknown): SandboxResponse | undefined {
  const b = body && typeof body === 'object' ? (body as Record<string, unknown>) : {};
  const key = `${method} ${path}`;
  switch (key) {
    case 'GET /__sandbox/health':
      return { status: 200, body: { ok: true, stats: deps.stats() } };
    case 'POST /__sandbox/reset':
      deps.reset();
      return { status: 200, body: { reset: true } };
    case 'GET /__sandbox/deliveries':
      return { status: 200, body: { webhook_url: deps.webhooks.url ?? null, deliveries: deps.webhooks.list() } };
    case 'DELETE /__sandbox/deliveries':
      deps.webhooks.clear();
      return { status: 204 };
    case 'GET /__sandbox/webhook':
      return { status: 200, body: deps.delivery.describe() };
    case 'POST /__sandbox/webhook': {
      const problem = webhookConfigProblem(b);
      if (problem) return controlError(400, 'invalid_webhook_config', problem);
      const auth = b.auth && typeof b.auth === 'object' ? (b.auth as Record<string, unknown>) : undefined;
      deps.delivery.configure({
        url: 'url' in b ? (typeof b.url === 'string' && b.url ? b.url : null) : undefined,
        partnerWebhooks: typeof b.partner_webhooks === 'boolean' ? b.partner_webhooks : undefined,
        auth: typeof auth?.mode === 'string' && isDeliveryAuthMode(auth.mode) ? auth.mode : undefined,
        authKeys: auth?.keys && typeof auth.keys === 'object' ? (auth.keys) : undefined,
        authUrl: typeof auth?.auth_url === 'string' ? auth.auth_url : undefined,
      });
      return { status: 200, body: deps.delivery.describe() };
    }
    case `POST ${WEBHOOK_AUTH_PATH}`:
      return deps.delivery.issueToken(body);
    case 'POST /__sandbox/events': {
      if (typeof b.event !== 'string' || !isPlatformEventKind(b.event)) return controlError(400, 'invalid_event', 'send {"event": "created" | "updated", "service_request_id"?: number, "status"?: string}');
      if (b.service_request_id !== undefined && !(typeof b.service_request_id === 'number' && Number.isInteger(b.service_request_id))) return controlError(400, 'invalid_event', 'service_request_id must be a whole number');
      if (b.status !== undefined && typeof b.status !== 'string') return controlError(400, 'invalid_event', 'status must be a string');
      return deps.platformEvent({ event: b.event, service_request_id: b.service_request_id, status: b.status });
    }
    case 'GET /__sandbox/simulate':
      return { status: 200, body: { every_seconds: deps.trafficSeconds() } };
    case 'POST /__sandbox/simulate': {
      const every = b.every_seconds;
      if (typeof every !== 'number' || !(every >= 0 && every <= 86_400)) return controlError(400, 'invalid_simulation', 'send {"every_seconds": N} (0 stops traffic mode)');
      deps.simulate(every);
      return { status: 200, body: { every_seconds: deps.trafficSeconds() } };
    }
    case 'POST /__sandbox/tokens/revoke':
      deps.revokeTokens();
      return { status: 200, body: { revoked: true } };
    case 'GET /__sandbox/faults':
      return { status: 200, body: deps.faults.describe() };
    case 'DELETE /__sandbox/faults':
      deps.faults.clear();
      return { status: 204 };
    case 'POST /__sandbox/faults': {
      const problem = deps.faults.configure(b);
      if (problem) return controlError(400, 'invalid_fault', problem);
      return { status: 200, body: deps.faults.describe() };
    }
    default:
      return undefined;
  }
}

function webhookConfigProblem(b: Record<string, unknown>): string | undefined {
  if ('url' in b && b.url !== null && typeof b.url !== 'string') return 'url must be a string (or null to stop delivering)';
  if (typeof b.url === 'string' && b.url && !/^https?:\/\//.test(b.url)) return 'url must be an http(s) URL';
  if ('partner_webhooks' in b && typeof b.partner_webhooks !== 'boolean') return 'partner_webhooks must be true or false';
  if (b.auth === undefined) return undefined;
  const a = b.auth && typeof b.auth === 'object' ? (b.auth as Record<string, unknown>) : undefined;
  if (!a || typeof a.mode !== 'string' || !isDeliveryAuthMode(a.mode)) return 'auth.mode must be none, basic, bearer or fetchedBearer';
  if (a.keys !== undefined && (!a.keys || typeof a.keys !== 'object' || Object.values(a.keys).some((v) => typeof v !== 'string' || !v))) return 'auth.keys maps username, password and token to non-empty JSON keys';
  return undefined;
}

export function unknownControl(method: string, path: string): SandboxResponse {
  return controlError(404, 'not_found', `No sandbox control endpoint ${method} ${path}.`);
}

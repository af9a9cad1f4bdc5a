// The sandbox's own control endpoints under /__sandbox/ (not part of either API): health and
// stats, reset, fault injection, the webhook delivery log and target, token revocation.
import type { WebhookDispatcher } from '../core/webhooks/delivery';
import type { Faults } from './faults';
import type { SandboxResponse } from './types';

export interface ControlDeps {
  stats(): Record<string, number>;
  reset(): void;
  faults: Faults;
  webhooks: WebhookDispatcher;
  revokeTokens(): void;
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
    case 'POST /__sandbox/webhook':
      deps.webhooks.setUrl(typeof b.url === 'string' && b.url ? b.url : undefined);
      return { status: 200, body: { webhook_url: deps.webhooks.url ?? null } };
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

export function unknownControl(method: string, path: string): SandboxResponse {
  return controlError(404, 'not_found', `No sandbox control endpoint ${method} ${path}.`);
}

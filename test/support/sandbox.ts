// Test helpers: a real sandbox on a free port and a client pointed at it.
import type { OperationId } from '../../src/core/catalogue/catalogue';
import { SAMPLE_PDF, SAMPLE_PNG } from '../../src/core/catalogue/samples';
import type { EndpointDef } from '../../src/core/catalogue/types';
import { ApiClient, type CallInput } from '../../src/core/client/apiClient';
import { sandboxCredentials, sandboxEnvironment, type Credentials } from '../../src/core/environment';
import type { HttpOptions } from '../../src/core/http/http';
import { startSandbox, type RunningSandbox, type SandboxOptions } from '../../src/sandbox/server';

export async function withSandbox(options: SandboxOptions = {}): Promise<RunningSandbox> {
  return startSandbox({ port: 0, ...options });
}

export function clientFor(sb: RunningSandbox, credentials: Credentials = sandboxCredentials, httpOptions: HttpOptions = {}): ApiClient {
  return new ApiClient({
    environment: sandboxEnvironment(sb.url),
    credentials: () => credentials,
    httpOptions: { baseDelayMs: 5, maxDelayMs: 50, ...httpOptions },
  });
}

export async function control(sb: RunningSandbox, method: string, path: string, body?: unknown): Promise<unknown> {
  const res = await fetch(`${sb.url}${path}`, { method, headers: body === undefined ? {} : { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  return text ? (JSON.parse(text) as unknown) : undefined;
}

/** A sandbox on a free port whose clock the test moves (`clock.ms += …`). */
export async function withClockedSandbox(options: SandboxOptions = {}): Promise<{ sb: RunningSandbox; clock: { ms: number } }> {
  const clock = { ms: Date.parse('2026-03-02T09:00:00Z') };
  const sb = await startSandbox({ port: 0, seedSize: 10, now: () => new Date(clock.ms), ...options });
  return { sb, clock };
}

/** An operation's raw answer: its status and, for a Documents error, its first MDOC code. */
export async function answer(client: ApiClient, id: OperationId, input: CallInput<EndpointDef> = {}): Promise<{ status: number; code?: string; json: unknown; text: string; headers: Readonly<Record<string, string>> }> {
  const raw = await client.callRaw(id, input);
  const errors = (raw.json as { errors?: Array<{ code?: unknown }> } | undefined)?.errors;
  const code = typeof errors?.[0]?.code === 'string' ? errors[0].code : undefined;
  return { status: raw.status, ...(code ? { code } : {}), json: raw.json, text: raw.text, headers: raw.headers };
}

export interface SuiteSandbox {
  sb: RunningSandbox;
  clock: { ms: number };
  client: ApiClient;
}

/** A clocked sandbox and a client for one `describe` block (started in `before`, closed in `after`). */
export function suiteSandbox(options: SandboxOptions = {}): SuiteSandbox {
  const suite = {} as SuiteSandbox;
  before(async () => {
    const started = await withClockedSandbox(options);
    Object.assign(suite, started, { client: clientFor(started.sb) });
  });
  after(async () => {
    await suite.client.close();
    await suite.sb.close();
  });
  return suite;
}

/** `[status, MDOC code]` of an answer, for one-line assertions. */
export function codeOf(a: { status: number; code?: string }): [number, string | undefined] {
  return [a.status, a.code];
}

/** Files for multipart uploads through the client (`files:`), as a user would pick them. */
export const FILES = {
  pdf: { filename: 'documento.pdf', contentType: 'application/pdf', data: SAMPLE_PDF },
  png: (filename = 'imagen.png') => ({ filename, contentType: 'image/png', data: SAMPLE_PNG }),
} as const;

/** A Documents API request as a partner's own code would send it (past the client's local checks). */
export function documentsFetch(sb: RunningSandbox, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${sb.url}/v1/orgs/masmovil${path}`, {
    method,
    headers: { authorization: `Bearer ${sandboxCredentials.documentsToken}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

/** An active contract with a service that no limit blocks: creates against it must succeed. */
export async function aContractAndService(client: ApiClient): Promise<{ contractId: number; serviceId: number; accessIdentifier: string }> {
  const list = await client.call('serviceRequests.list', { query: { 'page[size]': 50 } });
  const seen = new Set<string>();
  for (const sr of list.service_requests) {
    const ai = sr.access_identifier;
    if (!ai || seen.has(ai)) continue;
    seen.add(ai);
    const found = await client.call('contracts.lookup', { query: { access_identifier: ai } });
    for (const contract of found.contracts) {
      if (!contract.active) continue;
      const service = contract.services.find((s) => !s.limits?.block_service);
      if (service) return { contractId: contract.id, serviceId: service.id, accessIdentifier: ai };
    }
  }
  throw new Error('the sandbox seed has no active contract with an unblocked service');
}

// Test helpers: a real sandbox on a free port and a client pointed at it.
import { ApiClient } from '../../src/core/client/apiClient';
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

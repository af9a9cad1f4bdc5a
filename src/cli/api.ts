// How the CLI chooses the API and its credentials, the same for every command that calls it
// (`mok call`, `mok validate --template`, `mok scaffold`): `--base-url` (or MOK_BASE_URL), the
// Documents origin `--documents-url` (or MOK_DOCUMENTS_URL, default the base URL), `--org` (or
// MOK_ORG, default masmovil), `--sandbox` for the sandbox's documented credentials, otherwise
// MOK_* environment variables. The client module is loaded only by commands that call the API.
import type { ApiClient } from '../core/client/apiClient';
import { sandboxCredentials, secretValues, type Credentials, type Environment } from '../core/environment';
import { redactingLogger, type Logger } from '../core/logger';
import { UsageError } from './args';

export const API_FLAGS = {
  'base-url': { type: 'string' },
  'documents-url': { type: 'string' },
  org: { type: 'string' },
  sandbox: { type: 'boolean' },
  'timeout-ms': { type: 'string' },
} as const;

export interface ApiFlagValues {
  'base-url'?: string;
  'documents-url'?: string;
  org?: string;
  sandbox?: boolean;
  'timeout-ms'?: string;
}

export interface ApiChoice {
  environment: Environment;
  credentials: Credentials;
  timeoutMs?: number;
}

/** An environment variable, unset when empty (`MOK_ORG= mok …`). */
export function envValue(name: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const v = env[name];
  return v === undefined || v === '' ? undefined : v;
}

/** The org commands use when a reference names none. */
export function defaultOrg(values: ApiFlagValues, env: NodeJS.ProcessEnv = process.env): string {
  return values.org ?? envValue('MOK_ORG', env) ?? 'masmovil';
}

export function apiChoice(values: ApiFlagValues, env: NodeJS.ProcessEnv = process.env): ApiChoice {
  const baseUrl = values['base-url'] ?? envValue('MOK_BASE_URL', env);
  if (!baseUrl) throw new UsageError('give the API origin with --base-url URL or MOK_BASE_URL (the sandbox prints its URL).');
  if (!/^https?:\/\//.test(baseUrl)) throw new UsageError(`--base-url must be an http(s) URL, got "${baseUrl}".`);
  const credentials: Credentials = values.sandbox
    ? sandboxCredentials
    : {
        clientId: env.MOK_CLIENT_ID,
        clientSecret: env.MOK_CLIENT_SECRET,
        scope: env.MOK_SCOPE,
        adminEmail: env.MOK_ADMIN_EMAIL,
        adminToken: env.MOK_ADMIN_TOKEN,
        documentsToken: env.MOK_DOCUMENTS_TOKEN,
        documentsOwner: env.MOK_DOCUMENTS_OWNER,
      };
  const timeoutMs = values['timeout-ms'] === undefined ? undefined : Number(values['timeout-ms']);
  if (timeoutMs !== undefined && !(timeoutMs > 0)) throw new UsageError('--timeout-ms must be a positive number.');
  const environment: Environment = {
    name: 'cli',
    kind: 'test',
    mokBaseUrl: baseUrl,
    documentsBaseUrl: values['documents-url'] ?? envValue('MOK_DOCUMENTS_URL', env) ?? baseUrl,
    org: defaultOrg(values, env),
    pathOverrides: {},
  };
  return { environment, credentials, ...(timeoutMs !== undefined ? { timeoutMs } : {}) };
}

/** An API client for the chosen API (its module loaded on first use). */
export async function createClient(choice: ApiChoice, log: Logger): Promise<ApiClient> {
  const { ApiClient } = await import('../core/client/apiClient.js');
  return new ApiClient({
    environment: choice.environment,
    credentials: () => choice.credentials,
    logger: redactingLogger(log, () => secretValues(choice.credentials)),
    ...(choice.timeoutMs !== undefined ? { httpOptions: { timeoutMs: choice.timeoutMs } } : {}),
  });
}

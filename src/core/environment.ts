// What one target environment is (sandbox, a partner's test or live deployment) and the
// credentials it needs. Settings hold the environment; credentials live only in secret storage
// (VS Code) or env vars/files (CLI) and are handed to the client in memory.
// zod/mini (the same checks and issues, functions instead of methods): this model is read at
// activation, and the extension's activation bundle carries zod/mini's ~25 KB instead of zod's ~100 KB.
import * as z from 'zod/mini';
import { msg } from './l10n';

export const environmentKinds = ['sandbox', 'test', 'live'] as const;
export type EnvironmentKind = (typeof environmentKinds)[number];

export const environmentSchema = z.object({
  name: z.string().check(z.minLength(1, msg('give the environment a name'))),
  kind: z._default(z.enum(environmentKinds), 'test'),
  /** MOK Integration API origin, e.g. https://api.example.com */
  mokBaseUrl: z.url({ message: msg('the MOK API URL must be an absolute http(s) URL') }),
  /** Documents API origin, e.g. https://documents.masstack.com (paths add /v1/orgs/{org}). */
  documentsBaseUrl: z.url({ message: msg('the Documents API URL must be an absolute http(s) URL') }),
  org: z._default(z.string().check(z.regex(/^[a-z0-9_-]+$/, msg('the org is the tenant id: lowercase letters, digits, "-" or "_", like "masmovil"'))), 'masmovil'),
  /** Operation id → path template, for deployments whose paths differ from the defaults. */
  pathOverrides: z._default(z.record(z.string(), z.string().check(z.startsWith('/', msg('a path override must start with "/"')))), {}),
});
export type Environment = z.infer<typeof environmentSchema>;

export interface Credentials {
  clientId?: string;
  clientSecret?: string;
  scope?: string;
  adminEmail?: string;
  adminToken?: string;
  webhookSecret?: string;
  /** Delivery auth of webhooks (Basic user, its password, a static Bearer token): what a receiver expects. */
  webhookAuthUsername?: string;
  webhookAuthPassword?: string;
  webhookAuthToken?: string;
  documentsToken?: string;
  /** Value for the x-auth-owner header on the Documents endpoints that need it. */
  documentsOwner?: string;
}

export const credentialKeys = [
  'clientId',
  'clientSecret',
  'scope',
  'adminEmail',
  'adminToken',
  'webhookSecret',
  'webhookAuthUsername',
  'webhookAuthPassword',
  'webhookAuthToken',
  'documentsToken',
  'documentsOwner',
] as const satisfies readonly (keyof Credentials)[];
/** Keys whose values are secret (all but the identifiers). */
export const secretCredentialKeys = ['clientSecret', 'adminToken', 'webhookSecret', 'webhookAuthPassword', 'webhookAuthToken', 'documentsToken'] as const satisfies readonly (keyof Credentials)[];

/** The sandbox's documented default credentials (README). Not secrets: they only open the sandbox. */
export const sandboxCredentials: Required<Credentials> = {
  clientId: 'sandbox-client',
  clientSecret: 'sandbox-secret',
  scope: 'provider_networks',
  adminEmail: 'admin@sandbox.local',
  adminToken: 'sandbox-admin-token',
  webhookSecret: 'sandbox-webhook-secret',
  webhookAuthUsername: 'sandbox-webhook-user',
  webhookAuthPassword: 'sandbox-webhook-password',
  webhookAuthToken: 'sandbox-webhook-token',
  documentsToken: 'sandbox-documents-token',
  documentsOwner: 'sandbox-owner',
};

/**
 * The seed's example contract (the API documents' create example uses it): it always exists in the
 * sandbox, so search placeholders can offer values that find something.
 */
export const SANDBOX_EXAMPLE_CONTRACT = { id: 131, accessIdentifier: '123456789' } as const;

/** Service requests the sandbox seeds by default (`mok sandbox` and the extension's in-process one alike). */
export const SANDBOX_DEFAULT_SEED_SIZE = 240;

export function sandboxEnvironment(url: string): Environment {
  return { name: 'Sandbox', kind: 'sandbox', mokBaseUrl: url, documentsBaseUrl: url, org: 'masmovil', pathOverrides: {} };
}

/** Secret values currently in use, for log redaction. */
export function secretValues(c: Credentials): string[] {
  return secretCredentialKeys.map((k) => c[k]).filter((v): v is string => typeof v === 'string' && v.length > 0);
}

// Which API a CLI command talks to, chosen the same way by every command (`mok call`, `mok
// validate --template`, `mok fill`, `mok template …`):
//   --sandbox                    an in-process sandbox started for the command
//   --base-url URL [--sandbox]   that origin (with the sandbox's documented credentials when --sandbox)
//   --env NAME                   an environment from the project's environments file (the same shape as
//                                the `mok.environments` setting: `mok.environments.json`, or the
//                                `mok.environments` key of .vscode/settings.json), secrets from MOK_*
//                                variables or --secrets-file, never from the environments file
//   MOK_BASE_URL                 like --base-url
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseJsonc, type ParseError } from 'jsonc-parser';
import type { ApiClient } from '../core/client/apiClient';
import { environmentSchema, sandboxCredentials, secretValues, type Credentials, type Environment } from '../core/environment';
import { redactingLogger, type Logger } from '../core/logger';
import type * as SandboxServer from '../sandbox/server';
import { UsageError } from './args';

export interface TargetFlags {
  env?: string;
  'base-url'?: string;
  'documents-url'?: string;
  org?: string;
  sandbox?: boolean;
  'secrets-file'?: string;
  'environments-file'?: string;
  'timeout-ms'?: string;
}

/** The parseArgs options of the target flags, for commands to spread into theirs. */
export const TARGET_OPTIONS = {
  env: { type: 'string' },
  'base-url': { type: 'string' },
  'documents-url': { type: 'string' },
  org: { type: 'string' },
  sandbox: { type: 'boolean' },
  'secrets-file': { type: 'string' },
  'environments-file': { type: 'string' },
  'timeout-ms': { type: 'string' },
} as const;

export const TARGET_USAGE = `API (one of):
  --sandbox                  start an in-process sandbox for this command
  --base-url URL [--sandbox] that origin (--sandbox: with the sandbox's credentials); or MOK_BASE_URL
  --env NAME                 an environment of mok.environments.json (or .vscode/settings.json's
                             "mok.environments"; --environments-file F), secrets from MOK_* variables
                             or --secrets-file F
  --documents-url URL, --org ORG, --timeout-ms N`;

export interface Target {
  client: ApiClient;
  environment: Environment;
  credentials: Credentials;
  /** Stops what was started for the command (the in-process sandbox, the client's connections). */
  close(): Promise<void>;
}

function credentialsFromEnv(env: NodeJS.ProcessEnv): Credentials {
  return {
    clientId: env.MOK_CLIENT_ID,
    clientSecret: env.MOK_CLIENT_SECRET,
    scope: env.MOK_SCOPE,
    adminEmail: env.MOK_ADMIN_EMAIL,
    adminToken: env.MOK_ADMIN_TOKEN,
    webhookSecret: env.MOK_WEBHOOK_SECRET,
    documentsToken: env.MOK_DOCUMENTS_TOKEN,
    documentsOwner: env.MOK_DOCUMENTS_OWNER,
  };
}

function readJsonFile(file: string, what: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read the ${what} ${file}: ${e instanceof Error ? e.message : String(e)}`);
  }
  const errors: ParseError[] = [];
  const value: unknown = parseJsonc(text, errors, { allowTrailingComma: true });
  if (errors.length) throw new UsageError(`the ${what} ${file} is not valid JSON (offset ${errors[0]?.offset ?? 0}).`);
  return value;
}

/** The environments of the project: `mok.environments.json` (an array) or settings' `mok.environments`. */
export function loadEnvironments(file: string | undefined, cwd = process.cwd()): { file: string; environments: unknown[] } {
  const candidates = file ? [path.resolve(cwd, file)] : [path.join(cwd, 'mok.environments.json'), path.join(cwd, '.vscode', 'settings.json')];
  for (const f of candidates) {
    if (!file && !existsSync(f)) continue;
    const value = readJsonFile(f, 'environments file');
    const list = Array.isArray(value) ? value : value && typeof value === 'object' && 'mok.environments' in value ? (value as Record<string, unknown>)['mok.environments'] : undefined;
    if (!Array.isArray(list)) throw new UsageError(`${f} holds no environments: write an array like the "mok.environments" setting, or a settings file with that key.`);
    return { file: f, environments: list };
  }
  throw new UsageError('--env needs an environments file: mok.environments.json in this folder (an array like the "mok.environments" setting), .vscode/settings.json with "mok.environments", or --environments-file F.');
}

function secretsFromFile(file: string, envName: string): Credentials {
  const value = readJsonFile(file, 'secrets file');
  const rec = value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  if (!rec) throw new UsageError(`the secrets file ${file} must be a JSON object.`);
  // Either one environment's credentials, or credentials per environment name.
  const picked = rec[envName] && typeof rec[envName] === 'object' ? (rec[envName] as Record<string, unknown>) : rec;
  const str = (k: string) => (typeof picked[k] === 'string' ? picked[k] : undefined);
  return { clientId: str('clientId'), clientSecret: str('clientSecret'), scope: str('scope'), adminEmail: str('adminEmail'), adminToken: str('adminToken'), webhookSecret: str('webhookSecret'), documentsToken: str('documentsToken'), documentsOwner: str('documentsOwner') };
}

function merge(a: Credentials, b: Credentials): Credentials {
  const out: Credentials = { ...a };
  for (const [k, v] of Object.entries(b) as [keyof Credentials, string | undefined][]) if (v) out[k] = v;
  return out;
}

/** An environment variable, unset when empty (`MOK_ORG= mok …`). */
export function envValue(name: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const v = env[name];
  return v === undefined || v === '' ? undefined : v;
}

/** The org a command uses when a reference names none (before the target is resolved). */
export function defaultOrg(flags: TargetFlags, env: NodeJS.ProcessEnv = process.env): string {
  return flags.org ?? envValue('MOK_ORG', env) ?? 'masmovil';
}

/** Where the Documents API is, in words, before connecting (for messages). */
export function targetLabel(flags: TargetFlags, env: NodeJS.ProcessEnv = process.env): string {
  if (flags.env) return `environment "${flags.env}"`;
  return flags['documents-url'] ?? envValue('MOK_DOCUMENTS_URL', env) ?? flags['base-url'] ?? envValue('MOK_BASE_URL', env) ?? (flags.sandbox ? 'the sandbox' : 'the Documents API');
}

export async function resolveTarget(flags: TargetFlags, log: Logger, env: NodeJS.ProcessEnv = process.env): Promise<Target> {
  const timeoutMs = flags['timeout-ms'] === undefined ? undefined : Number(flags['timeout-ms']);
  if (timeoutMs !== undefined && !(timeoutMs > 0)) throw new UsageError('--timeout-ms must be a positive number.');
  let environment: Environment;
  let credentials: Credentials;
  let stopSandbox: (() => Promise<void>) | undefined;
  if (flags.env) {
    if (flags['base-url'] || flags.sandbox) throw new UsageError('--env cannot be combined with --base-url or --sandbox.');
    const { file, environments } = loadEnvironments(flags['environments-file']);
    const raw = environments.find((e) => e && typeof e === 'object' && 'name' in e && (e).name === flags.env);
    if (!raw) {
      const names = environments.map((e) => (e && typeof e === 'object' && 'name' in e ? String((e).name) : '?'));
      throw new UsageError(`no environment "${flags.env}" in ${file}; it has: ${names.join(', ') || 'none'}.`);
    }
    const parsed = environmentSchema.safeParse(raw);
    if (!parsed.success) throw new UsageError(`environment "${flags.env}" in ${file}: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(entry)'}: ${i.message}`).join('; ')}`);
    environment = parsed.data;
    credentials = merge(credentialsFromEnv(env), flags['secrets-file'] ? secretsFromFile(flags['secrets-file'], environment.name) : {});
  } else {
    const baseUrl = flags['base-url'] ?? envValue('MOK_BASE_URL', env);
    if (!baseUrl && !flags.sandbox) throw new UsageError('choose the API: --sandbox, --base-url URL, or --env NAME (see --help).');
    if (baseUrl && !/^https?:\/\//.test(baseUrl)) throw new UsageError(`--base-url must be an http(s) URL, got "${baseUrl}".`);
    let url = baseUrl;
    if (!url) {
      // Loaded only when asked for: the seed data and ajv stay out of every other command's start.
      const sandbox: typeof SandboxServer = await import('../sandbox/server.js');
      const sb = await sandbox.startSandbox({ port: 0, logger: { ...log, info: (m) => log.debug(m) } });
      url = sb.url;
      stopSandbox = () => sb.close();
    }
    const origin: string = url;
    environment = { name: flags.sandbox ? 'sandbox' : 'cli', kind: flags.sandbox ? 'sandbox' : 'test', mokBaseUrl: origin, documentsBaseUrl: flags['documents-url'] ?? envValue('MOK_DOCUMENTS_URL', env) ?? origin, org: defaultOrg(flags, env), pathOverrides: {} };
    credentials = flags.sandbox ? sandboxCredentials : merge(credentialsFromEnv(env), flags['secrets-file'] ? secretsFromFile(flags['secrets-file'], environment.name) : {});
  }
  if (flags.org && flags.env) environment = { ...environment, org: flags.org };
  // Loaded here, not at the top: commands that never call the API (validate --schema) start faster.
  const { ApiClient: Client } = await import('../core/client/apiClient.js');
  const client: ApiClient = new Client({
    environment,
    credentials: () => credentials,
    logger: redactingLogger(log, () => secretValues(credentials)),
    httpOptions: { timeoutMs, userAgent: 'mok-cli' },
  });
  return {
    client,
    environment,
    credentials,
    close: async () => {
      await client.close();
      await stopSandbox?.();
    },
  };
}

// `mok sandbox`: runs the sandbox until Ctrl-C / SIGTERM and prints where and how to reach it;
// `mok sandbox trigger` asks a running sandbox for a MOK-side event (sandboxTrigger.ts). With
// `--state FILE` it starts from the data saved there (a missing file = the seed) and saves back on
// exit and on `POST /__sandbox/state`; a file it cannot use is refused (exit 2) and left as it is.
import { sandboxCredentials, secretCredentialKeys, type Credentials } from '../core/environment';
import type { Logger } from '../core/logger';
import { DEFAULT_AUTH_KEYS, isDeliveryAuthMode, type AuthJsonKeys, type DeliveryAuthMode } from '../core/webhooks/deliveryAuth';
import { ServerError } from '../core/server/rawServer';
import type { JournalEntry } from '../sandbox/journal';
import { readStateFile, StateFileError, writeStateFile, type SandboxSnapshot } from '../sandbox/state';
import { startSandbox } from '../sandbox/server';
import { UsageError, parseFlags } from './args';
import { runSandboxTrigger } from './sandboxTrigger';

export const SANDBOX_USAGE = `Usage: mok sandbox [--host 127.0.0.1] [--port 4010] [--seed-size N] [--webhook-url URL] [--latency-ms N] [--fault-rate P]
                   [--log] [--journal-size N] [--state FILE] [--simulate-every SECONDS] [--partner-webhooks]
                   [--webhook-auth none|basic|bearer|fetched-bearer] [--webhook-auth-keys username=K,password=K,token=K] [--webhook-auth-url URL]
       mok sandbox trigger created|updated [--service-request ID] [--status S] [--url URL] [--json]

Runs an in-memory fake of the MOK Integration API and the Documents API. Port 0 picks a free port.
--log prints one line per request it receives (coloured on a terminal), with the rule a refused
request broke; the same journal is at /__sandbox/requests (filters: operation, status=4xx, since)
and streamed at /__sandbox/requests/stream (server-sent events). --journal-size keeps the last N (500).
--state FILE starts from the data saved in FILE (the seed when FILE does not exist yet) and saves the
data back on exit and on POST /__sandbox/state; a FILE that is not a sandbox state of this version is
refused (exit 2) and never overwritten.

Webhooks (signed with the webhook secret, to --webhook-url) fire, as the MOK API document says, when a
service request is created or updated "from one of our platforms":
  mok sandbox trigger created      MOK's platforms create a request for one of your services
  mok sandbox trigger updated      MOK's platforms move an open request to its next status
      --service-request ID         updated: that request; created: announce that existing request
      --status S                   created: its status (default pending); updated: the new status
      --url URL                    the running sandbox (default MOK_SANDBOX_URL or http://127.0.0.1:4010)
  --simulate-every SECONDS         traffic mode: every SECONDS, one of those events at random
  --partner-webhooks               your own creates and updates through the API send webhooks too
                                   (off by default: the document sends them for MOK's changes)
Delivery auth (besides X-Signature), as the document describes: --webhook-auth basic (HTTP Basic),
bearer (a static token), fetched-bearer (a token fetched by POSTing the username/password to an
auth URL; the sandbox serves one at /__sandbox/webhook-auth/token, or give --webhook-auth-url),
with the JSON keys of that exchange set by --webhook-auth-keys (default username,password,token).

Credentials can be overridden with MOK_SANDBOX_CLIENT_ID, MOK_SANDBOX_CLIENT_SECRET,
MOK_SANDBOX_ADMIN_EMAIL, MOK_SANDBOX_ADMIN_TOKEN, MOK_SANDBOX_WEBHOOK_SECRET, MOK_SANDBOX_DOCUMENTS_TOKEN,
MOK_SANDBOX_WEBHOOK_AUTH_USERNAME, MOK_SANDBOX_WEBHOOK_AUTH_PASSWORD, MOK_SANDBOX_WEBHOOK_AUTH_TOKEN.`;

/** The saved data, or undefined for a first run; a file that is not a usable state is a UsageError. */
async function initialState(file: string | undefined): Promise<SandboxSnapshot | undefined> {
  if (file === undefined) return undefined;
  try {
    return await readStateFile(file);
  } catch (e) {
    if (e instanceof StateFileError) throw new UsageError(`--state: ${e.message}`);
    throw e;
  }
}

export async function runSandbox(args: string[], log: Logger): Promise<number> {
  if (args[0] === 'trigger') return runSandboxTrigger(args.slice(1));
  if (args.includes('--help')) {
    process.stdout.write(`${SANDBOX_USAGE}\n`);
    return 0;
  }
  const { values } = parseFlags(args, {
    host: { type: 'string', default: '127.0.0.1' },
    port: { type: 'string', default: '4010' },
    'seed-size': { type: 'string' },
    'webhook-url': { type: 'string' },
    'latency-ms': { type: 'string' },
    'fault-rate': { type: 'string' },
    'simulate-every': { type: 'string' },
    'partner-webhooks': { type: 'boolean' },
    'webhook-auth': { type: 'string' },
    'webhook-auth-keys': { type: 'string' },
    'webhook-auth-url': { type: 'string' },
    log: { type: 'boolean' },
    'journal-size': { type: 'string' },
    state: { type: 'string' },
    verbose: { type: 'boolean' },
  });
  const journalCapacity = values['journal-size'] === undefined ? undefined : intFlag('--journal-size', values['journal-size'], 1, 100_000);
  const port = intFlag('--port', values.port, 0, 65535);
  const seedSize = values['seed-size'] === undefined ? undefined : intFlag('--seed-size', values['seed-size'], 0, 1_000_000);
  const latencyMs = values['latency-ms'] === undefined ? undefined : intFlag('--latency-ms', values['latency-ms'], 0, 600_000);
  const faultRate = values['fault-rate'] === undefined ? undefined : Number(values['fault-rate']);
  if (faultRate !== undefined && !(faultRate >= 0 && faultRate <= 1)) throw new UsageError(`--fault-rate must be a probability between 0 and 1, got "${values['fault-rate']}".`);
  const webhookUrl = values['webhook-url'];
  if (webhookUrl !== undefined && !/^https?:\/\//.test(webhookUrl)) throw new UsageError(`--webhook-url must be an http(s) URL, got "${webhookUrl}".`);
  const simulateEverySeconds = values['simulate-every'] === undefined ? undefined : Number(values['simulate-every']);
  if (simulateEverySeconds !== undefined && !(simulateEverySeconds > 0 && simulateEverySeconds <= 86_400)) {
    throw new UsageError(`--simulate-every must be a number of seconds above 0 (e.g. 5 or 0.5), got "${values['simulate-every']}".`);
  }
  const webhookAuth = authMode(values['webhook-auth']);
  const webhookAuthKeys = values['webhook-auth-keys'] === undefined ? undefined : authKeys(values['webhook-auth-keys']);
  const webhookAuthUrl = values['webhook-auth-url'];
  if (webhookAuthUrl !== undefined && !/^https?:\/\//.test(webhookAuthUrl)) throw new UsageError(`--webhook-auth-url must be an http(s) URL, got "${webhookAuthUrl}".`);
  const env = process.env;
  const stateFile = values.state;
  if (stateFile === '') throw new UsageError('--state needs a file name.');
  const saved = await initialState(stateFile);
  if (saved && seedSize !== undefined) log.warn(`--seed-size is ignored: the data comes from ${stateFile ?? ''}`);
  const save =
    stateFile === undefined
      ? undefined
      : async (snapshot: SandboxSnapshot) => {
          await writeStateFile(stateFile, snapshot, new Date());
          return stateFile;
        };
  let sandbox;
  try {
    sandbox = await startSandbox({
      host: values.host,
      port,
      seedSize,
      latencyMs,
      faultRate,
      webhookUrl,
      journalCapacity,
      simulateEverySeconds,
      partnerWebhooks: values['partner-webhooks'] ?? false,
      webhookAuth,
      webhookAuthKeys,
      webhookAuthUrl,
      logger: log,
      initialState: saved,
      persist: save,
      credentials: Object.fromEntries(Object.entries(CREDENTIAL_ENV).map(([key, name]) => [key, env[name]])),
    });
  } catch (e) {
    // A state file that reads as JSON but whose data the sandbox cannot take.
    if (saved && !(e instanceof ServerError)) throw new UsageError(`--state: ${stateFile ?? ''} holds data this sandbox cannot restore (${e instanceof Error ? e.message : String(e)}); it was left untouched.`);
    throw listenFailure(e, port, values.host);
  }
  const c = bannerCredentials(sandbox.credentials);
  // One line with the URL first: scripts wait for it.
  process.stdout.write(
    [
      `MOK sandbox listening on ${sandbox.url}`,
      `  OAuth:      POST ${sandbox.url}/oauth/token  client_id=${c.clientId} client_secret=${c.clientSecret} scope=${c.scope}`,
      `  Admin:      X-Admin-User-Email: ${c.adminEmail}  X-Admin-User-Token: ${c.adminToken}`,
      `  Documents:  ${sandbox.url}/v1/orgs/{masmovil|yoigo}/dynamic_templates  Authorization: Bearer ${c.documentsToken}`,
      `  Webhooks:   secret ${c.webhookSecret}${webhookUrl ? `, delivering to ${webhookUrl}` : ' (no --webhook-url: not delivering)'}; log at ${sandbox.url}/__sandbox/deliveries`,
      `              sent for MOK-side changes (mok sandbox trigger created|updated${simulateEverySeconds ? `; traffic every ${simulateEverySeconds} s` : ', or --simulate-every'})${values['partner-webhooks'] ? ' and for your own API calls' : '; your own API calls send none (--partner-webhooks)'}`,
      ...(webhookAuth && webhookAuth !== 'none' ? [`              delivery auth ${webhookAuth}: ${authWords(webhookAuth, c, webhookAuthUrl ?? `${sandbox.url}/__sandbox/webhook-auth/token`, { ...DEFAULT_AUTH_KEYS, ...webhookAuthKeys })}`] : []),
      `  Control:    ${sandbox.url}/__sandbox/{health,reset,faults,deliveries,webhook,events,simulate,tokens/revoke,state,documents/otp/{id}}`,
      ...(stateFile ? [`  State:      ${stateFile} (${saved ? 'restored' : 'new: the seed'}); saved on exit and on POST ${sandbox.url}/__sandbox/state`] : []),
      '',
    ].join('\n'),
  );
  if (values.log) sandbox.journal.listen((e) => process.stdout.write(`${journalLine(e, process.stdout.isTTY)}\n`));
  const running = sandbox;
  return new Promise<number>((resolve) => {
    const stop = () => {
      process.stderr.write('mok sandbox: shutting down\n');
      const saving = save
        ? save(running.snapshot()).then(
            () => 0,
            (e: unknown) => {
              process.stderr.write(`mok sandbox: could not save the state to ${stateFile ?? ''}: ${e instanceof Error ? e.message : String(e)}\n`);
              return 1;
            },
          )
        : Promise.resolve(0);
      void saving.then((code) => running.close().then(() => resolve(code)));
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}

/** A server that could not listen, in the CLI's words (exit 2); anything else unchanged. */
export function listenFailure(e: unknown, port: number, host: string): unknown {
  if (ServerError.is(e, 'addressInUse')) return new UsageError(`port ${port} is already in use; pick another with --port (e.g. --port ${port + 1}, or 0 for any free port).`);
  if (ServerError.is(e, 'addressNotAvailable')) return new UsageError(`cannot listen on host "${host}": no such local address.`);
  if (ServerError.is(e, 'permissionDenied')) return new UsageError(`not allowed to listen on port ${port} (ports below 1024 need privileges); pick another with --port.`);
  return e;
}

function authMode(raw: string | undefined): DeliveryAuthMode | undefined {
  if (raw === undefined) return undefined;
  const mode = raw === 'fetched-bearer' ? 'fetchedBearer' : raw;
  if (!isDeliveryAuthMode(mode)) throw new UsageError(`--webhook-auth must be none, basic, bearer or fetched-bearer, got "${raw}".`);
  return mode;
}

/** `username=user,password=pass,token=access_token` (any subset). */
function authKeys(raw: string): Partial<AuthJsonKeys> {
  const out: Partial<AuthJsonKeys> = {};
  for (const part of raw.split(',')) {
    const [k, v] = part.split('=').map((x) => x.trim());
    if ((k !== 'username' && k !== 'password' && k !== 'token') || !v) throw new UsageError(`--webhook-auth-keys takes username=KEY,password=KEY,token=KEY, got "${raw}".`);
    out[k] = v;
  }
  return out;
}

/** The MOK_SANDBOX_* variable each credential is read from (the banner names it instead of a secret). */
const CREDENTIAL_ENV = {
  clientId: 'MOK_SANDBOX_CLIENT_ID',
  clientSecret: 'MOK_SANDBOX_CLIENT_SECRET',
  adminEmail: 'MOK_SANDBOX_ADMIN_EMAIL',
  adminToken: 'MOK_SANDBOX_ADMIN_TOKEN',
  webhookSecret: 'MOK_SANDBOX_WEBHOOK_SECRET',
  documentsToken: 'MOK_SANDBOX_DOCUMENTS_TOKEN',
  webhookAuthUsername: 'MOK_SANDBOX_WEBHOOK_AUTH_USERNAME',
  webhookAuthPassword: 'MOK_SANDBOX_WEBHOOK_AUTH_PASSWORD',
  webhookAuthToken: 'MOK_SANDBOX_WEBHOOK_AUTH_TOKEN',
} as const satisfies Partial<Record<keyof Credentials, string>>;

/**
 * The credentials as the banner prints them: the documented defaults as they are (they only open
 * the sandbox), a secret given through MOK_SANDBOX_* never — it may be a real one, and the banner
 * ends up in terminals and CI logs — only the variable it came from.
 */
function bannerCredentials(c: Required<Credentials>): Required<Credentials> {
  const out = { ...c };
  for (const k of secretCredentialKeys) if (c[k] !== sandboxCredentials[k]) out[k] = `<${CREDENTIAL_ENV[k]}>`;
  return out;
}

function authWords(mode: DeliveryAuthMode, c: { webhookAuthUsername: string; webhookAuthPassword: string; webhookAuthToken: string }, authUrl: string, keys: AuthJsonKeys): string {
  if (mode === 'basic') return `Basic ${c.webhookAuthUsername} / ${c.webhookAuthPassword}`;
  if (mode === 'bearer') return `Bearer ${c.webhookAuthToken}`;
  return `POST {"${keys.username}": "${c.webhookAuthUsername}", "${keys.password}": "${c.webhookAuthPassword}"} to ${authUrl} → {"${keys.token}": …}`;
}

function intFlag(name: string, raw: string | undefined, min: number, max: number): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) throw new UsageError(`${name} must be a whole number from ${min} to ${max}, got "${raw}".`);
  return n;
}

/** `12:03:04.567 POST /api/…/service_requests 422 12ms serviceRequests.create  unpermitted_parameter service_request.colour: …` */
export function journalLine(e: JournalEntry, colour: boolean): string {
  const paint = (code: number, text: string) => (colour ? `\u001b[${code}m${text}\u001b[0m` : text);
  const status = e.status >= 500 || e.status === 0 ? paint(31, String(e.status)) : e.status >= 400 ? paint(33, String(e.status)) : paint(32, String(e.status));
  const query = Object.keys(e.query).length ? `?${new URLSearchParams(e.query).toString()}` : '';
  const why = e.problems.map((p) => `${p.code} ${p.pointer}${p.line ? ` (line ${p.line})` : ''}: ${p.message}`).join('; ');
  const hooks = e.deliveries.length ? ` → ${e.deliveries.length} webhook${e.deliveries.length === 1 ? '' : 's'}` : '';
  return `${e.time.slice(11, 23)} ${e.method} ${e.path}${query} ${status} ${e.durationMs}ms ${e.operation ?? '-'}${hooks}${why ? `  ${colour ? paint(2, why) : why}` : ''}`;
}

// `mok sandbox`: runs the sandbox until Ctrl-C / SIGTERM and prints where and how to reach it.
import type { Logger } from '../core/logger';
import { ServerError } from '../core/server/rawServer';
import type { JournalEntry } from '../sandbox/journal';
import { startSandbox } from '../sandbox/server';
import { UsageError, parseFlags } from './args';

export async function runSandbox(args: string[], log: Logger): Promise<number> {
  if (args.includes('--help')) {
    process.stdout.write(`Usage: mok sandbox [--host 127.0.0.1] [--port 4010] [--seed-size N] [--webhook-url URL] [--latency-ms N] [--fault-rate P]
                   [--log] [--journal-size N]

Runs an in-memory fake of the MOK Integration API and the Documents API.
--log prints one line per request it receives (coloured on a terminal), with the rule a refused
request broke; the same journal is at /__sandbox/requests (filters: operation, status=4xx, since)
and streamed at /__sandbox/requests/stream (server-sent events). --journal-size keeps the last N (500).
Port 0 picks a free port. Credentials can be overridden with MOK_SANDBOX_CLIENT_ID, MOK_SANDBOX_CLIENT_SECRET,
MOK_SANDBOX_ADMIN_EMAIL, MOK_SANDBOX_ADMIN_TOKEN, MOK_SANDBOX_WEBHOOK_SECRET, MOK_SANDBOX_DOCUMENTS_TOKEN.
`);
    return 0;
  }
  const { values } = parseFlags(args, {
    host: { type: 'string', default: '127.0.0.1' },
    port: { type: 'string', default: '4010' },
    'seed-size': { type: 'string' },
    'webhook-url': { type: 'string' },
    'latency-ms': { type: 'string' },
    'fault-rate': { type: 'string' },
    log: { type: 'boolean' },
    'journal-size': { type: 'string' },
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
  const env = process.env;
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
      logger: log,
      credentials: {
        clientId: env.MOK_SANDBOX_CLIENT_ID,
        clientSecret: env.MOK_SANDBOX_CLIENT_SECRET,
        adminEmail: env.MOK_SANDBOX_ADMIN_EMAIL,
        adminToken: env.MOK_SANDBOX_ADMIN_TOKEN,
        webhookSecret: env.MOK_SANDBOX_WEBHOOK_SECRET,
        documentsToken: env.MOK_SANDBOX_DOCUMENTS_TOKEN,
      },
    });
  } catch (e) {
    if (e instanceof ServerError && e.reason === 'addressInUse') throw new UsageError(`port ${port} is already in use; pick another with --port (0 = any free port).`);
    if (e instanceof ServerError && e.reason !== 'other') throw new UsageError(e.message);
    throw e;
  }
  const c = sandbox.credentials;
  // One line with the URL first: scripts wait for it.
  process.stdout.write(
    [
      `MOK sandbox listening on ${sandbox.url}`,
      `  OAuth:      POST ${sandbox.url}/oauth/token  client_id=${c.clientId} client_secret=${c.clientSecret} scope=${c.scope}`,
      `  Admin:      X-Admin-User-Email: ${c.adminEmail}  X-Admin-User-Token: ${c.adminToken}`,
      `  Documents:  ${sandbox.url}/v1/orgs/{masmovil|yoigo}/dynamic_templates  Authorization: Bearer ${c.documentsToken}`,
      `  Webhooks:   secret ${c.webhookSecret}${webhookUrl ? `, delivering to ${webhookUrl}` : ' (no --webhook-url: not delivering)'}; log at ${sandbox.url}/__sandbox/deliveries`,
      `  Control:    ${sandbox.url}/__sandbox/{health,reset,faults,deliveries,webhook,tokens/revoke}`,
      '',
    ].join('\n'),
  );
  if (values.log) sandbox.journal.listen((e) => process.stdout.write(`${journalLine(e, process.stdout.isTTY)}\n`));
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.stderr.write('mok sandbox: shutting down\n');
      void sandbox.close().then(resolve);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
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

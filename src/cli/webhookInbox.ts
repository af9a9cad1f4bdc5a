// `mok webhook listen|list|replay`: the webhook inbox from a terminal. `listen` captures every
// request to a local port into a store folder (written before answering 2xx), verifies it with the
// secret, optionally forwards it to your server; `list` prints what a store holds; `replay` sends
// one stored request again — same method, bytes and headers — to a URL.
import { existsSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { InputError } from '../core/errors';
import { isHttpUrl } from '../core/http/url';
import type { Logger } from '../core/logger';
import { redactingLogger } from '../core/logger';
import type { AuthExpectation } from '../core/webhooks/deliveryAuthCheck';
import { InboxListener, replayEvent } from '../core/webhooks/inbox';
import { INBOX_FILE, InboxHistory } from '../core/webhooks/inboxHistory';
import { inboxEventJson, type CapturedRequest, type ForwardResult } from '../core/webhooks/inboxRecord';
import { UsageError, parseFlags } from './args';
import { listenFailure } from './sandbox';
import { count } from './output';
import { SECRET_FLAG_OPTIONS, readSecret } from './webhookInput';

export const DEFAULT_INBOX_PORT = 4020;
export const DEFAULT_STORE = path.join(os.homedir(), '.mok', 'webhook-inbox');

/** What the receiver expects of a delivery's Authorization (to check it, and to re-create it on replay). */
function authFromEnv(env: NodeJS.ProcessEnv = process.env): AuthExpectation | undefined {
  const a = { username: env.MOK_WEBHOOK_AUTH_USERNAME || undefined, password: env.MOK_WEBHOOK_AUTH_PASSWORD || undefined, token: env.MOK_WEBHOOK_AUTH_TOKEN || undefined };
  return a.username || a.password || a.token ? a : undefined;
}

function verdict(e: CapturedRequest): string {
  if (e.valid === null) return '? not verified';
  return e.valid ? '✓ valid' : `✗ ${e.hints.map((h) => h.code).join(', ')}`;
}

function authText(e: CapturedRequest): string {
  const a = e.auth;
  if (a.scheme === 'none') return a.status === 'missing' ? 'auth missing' : '';
  return `${a.scheme === 'bearer' ? `Bearer${a.kind === 'fetched' ? ' (fetched)' : ''}` : a.scheme === 'basic' ? `Basic ${a.identity ?? ''}` : 'auth'} ${a.status}`;
}

export function eventLine(e: CapturedRequest): string {
  const what = [e.event, e.serviceRequestId !== undefined ? `#${e.serviceRequestId}` : undefined, e.status].filter(Boolean).join(' ');
  return [e.id, e.receivedAt, `${e.method} ${e.path}`, what || (e.refusedBytes !== undefined ? `refused: ${e.refusedBytes} bytes` : `${e.bodyBytes} bytes`), verdict(e), authText(e), e.duplicateOf ? `retry of ${e.duplicateOf}` : '']
    .filter(Boolean)
    .join('  ');
}

function forwardLine(id: string, f: ForwardResult): string {
  return f.error ? `  ↳ ${id} not forwarded to ${f.url}: ${f.error} (kept in the inbox)` : `  ↳ ${id} forwarded to ${f.url}: ${f.status ?? '?'} in ${f.durationMs} ms`;
}

function storeDir(raw: string | undefined, required: boolean): string {
  if (raw === undefined) {
    if (required) throw new UsageError('give the inbox folder with --store DIR (the one `mok webhook listen --store DIR` writes).');
    return DEFAULT_STORE;
  }
  return path.resolve(raw);
}

function reportDamaged(history: InboxHistory): void {
  if (history.damaged > 0) process.stderr.write(`${count(history.damaged, 'damaged line')} in ${path.join(history.dir, INBOX_FILE)} ${history.damaged === 1 ? 'was' : 'were'} skipped; every other event is kept.\n`);
}

export async function runListen(args: string[], log: Logger): Promise<number> {
  const { values } = parseFlags(args, {
    ...SECRET_FLAG_OPTIONS,
    host: { type: 'string', default: '127.0.0.1' },
    port: { type: 'string', default: String(DEFAULT_INBOX_PORT) },
    store: { type: 'string' },
    forward: { type: 'string' },
    json: { type: 'boolean' },
    verbose: { type: 'boolean' },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a whole number from 0 to 65535, got "${values.port}".`);
  const forward = values.forward;
  if (forward !== undefined && !isHttpUrl(forward)) throw new UsageError(`--forward must be your server's http(s) URL, e.g. http://localhost:3000/webhooks/mok, got "${forward}".`);
  const secret = readSecret(values);
  const auth = authFromEnv();
  const quiet = redactingLogger({ ...log, info: (m) => log.debug(m) }, () => [secret.toString('utf8'), auth?.password ?? '', auth?.token ?? ''].filter(Boolean));
  const dir = storeDir(values.store, false);
  const history = await InboxHistory.open({ dir });
  let inbox: InboxListener;
  try {
    inbox = await InboxListener.start({ history, host: values.host, port, secret: () => secret, auth: () => auth, forwardUrl: () => forward, logger: quiet });
  } catch (e) {
    await history.close();
    throw listenFailure(e, port, values.host);
  }
  const out = values.json ? process.stderr : process.stdout;
  out.write(`MOK webhook inbox listening on ${inbox.url}\n`);
  process.stderr.write(
    `  store ${dir} (${count(history.size, 'event')} kept; webhook bodies carry personal data: they stay in this folder, up to 64 MiB and 7 days)\n` +
      `  every request is written there before it is answered 200${forward ? `, then forwarded to ${forward}` : ''}; Ctrl-C stops\n` +
      `  MOK cannot reach localhost: expose this port with a tunnel (ngrok http ${inbox.port}, cloudflared tunnel --url ${inbox.url})\n`,
  );
  reportDamaged(history);
  inbox.onEvent((e) => process.stdout.write(values.json ? `${JSON.stringify(inboxEventJson(e))}\n` : `${eventLine(e)}\n`));
  inbox.onForward(({ id, forward: f }) => (values.json ? process.stderr : process.stdout).write(`${forwardLine(id, f)}\n`));
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.stderr.write('mok webhook listen: shutting down\n');
      void inbox
        .close()
        .then(() => history.close())
        .then(resolve);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}

async function openForReading(raw: string | undefined): Promise<InboxHistory> {
  const dir = storeDir(raw, true);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new InputError('unreadable', `no inbox folder ${dir}: give the folder \`mok webhook listen --store DIR\` writes.`);
  const history = await InboxHistory.open({ dir, readOnly: true });
  reportDamaged(history);
  return history;
}

export async function runList(args: string[]): Promise<number> {
  const { values } = parseFlags(args, { store: { type: 'string' }, json: { type: 'boolean' }, verbose: { type: 'boolean' } });
  const history = await openForReading(values.store);
  try {
    const events = history.list();
    if (values.json) process.stdout.write(`${JSON.stringify(events.map(inboxEventJson), null, 2)}\n`);
    else if (!events.length) process.stderr.write(`no events in ${history.dir}\n`);
    else process.stdout.write(`${events.map(eventLine).join('\n')}\n`);
    return 0;
  } finally {
    await history.close();
  }
}

export async function runReplay(args: string[], log: Logger): Promise<number> {
  const { values, positionals } = parseFlags(args, { store: { type: 'string' }, url: { type: 'string' }, verbose: { type: 'boolean' } }, true);
  const [id, ...extra] = positionals;
  if (!id || extra.length) throw new UsageError('say which event: mok webhook replay ID --store DIR --url URL (ids from mok webhook list; a unique prefix is enough).');
  const url = values.url;
  if (url === undefined || !isHttpUrl(url)) throw new UsageError('give where to send it with --url URL (http or https).');
  const history = await openForReading(values.store);
  let event: CapturedRequest;
  try {
    const found = history.find(id);
    if (found === 'ambiguous') throw new InputError('invalidArgument', `"${id}" is the start of several event ids; give more of it.`);
    if (!found) throw new InputError('invalidArgument', `no event "${id}" in ${history.dir} (mok webhook list --store ${history.dir} lists them).`);
    if (found.refusedBytes !== undefined) throw new InputError('invalidArgument', `event ${found.id} was refused for its size (${found.refusedBytes} bytes); its body was not kept, so it cannot be replayed.`);
    event = found;
  } finally {
    await history.close();
  }
  const auth = authFromEnv();
  log.debug(`replaying ${event.id}: ${event.method}, ${event.bodyBytes} body bytes, ${event.headers.length} headers`);
  if (event.auth.scheme !== 'none' && !auth) process.stderr.write(`note: ${event.id} came with ${event.auth.scheme} credentials, which the inbox does not store; set MOK_WEBHOOK_AUTH_USERNAME/PASSWORD or MOK_WEBHOOK_AUTH_TOKEN to send them again.\n`);
  const res = await replayEvent(event, url, { auth });
  const ok = res.status >= 200 && res.status < 300;
  process.stderr.write(`${new URL(url).origin}${new URL(url).pathname} answered ${res.status} in ${res.durationMs} ms${ok ? '' : ' (not 2xx)'}\n`);
  if (res.bodyText) process.stdout.write(res.bodyText.endsWith('\n') ? res.bodyText : `${res.bodyText}\n`);
  return ok ? 0 : 1;
}

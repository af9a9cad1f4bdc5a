// `mok webhook verify|sign|send|listen|list|replay`: check a received webhook's signature and say
// what changed the bytes, sign a body, send a signed (or deliberately broken) test webhook, and the
// inbox (webhookInbox.ts). Exit codes and the mapping of typed errors to them live here, in one place.
import { InputError } from '../core/errors';
import { StoreError } from '../core/storage/jsonlStore';
import { redactingLogger, type Logger } from '../core/logger';
import { WebhookError } from '../core/webhooks/errors';
import { webhookFromRawRequest } from '../core/webhooks/rawHttp';
import { signBody } from '../core/webhooks/signature';
import { reportJson, verifyWebhook } from '../core/webhooks/verify';
import { UsageError, parseFlags } from './args';
import { SECRET_FLAG_OPTIONS, readBody, readRequestFile, readSecret } from './webhookInput';
import { reportText } from './webhookReport';
import { runList, runListen, runReplay } from './webhookInbox';
import { runWebhookSend } from './webhookSend';

export const WEBHOOK_USAGE = `Usage: mok webhook <verify|sign|send|listen|list|replay> [options]

  verify (--secret-env VAR | --secret-file FILE)
         (--signature HEX [--body-file FILE] | --request-file RAW_HTTP) [--json]
      Checks X-Signature exactly as MOK signs (lower-case hex HMAC-SHA256 of the raw body bytes,
      keyed with the secret as given, compared in constant time). When it does not match, says
      which change of the body (trailing newline, CRLF, BOM, re-serialised JSON), the secret
      (whitespace) or the signature's format (sha256= prefix, upper-case hex, base64) reproduces
      it, or that the secret is wrong. The body comes from --body-file or stdin; --request-file
      reads a captured raw HTTP request (headers, empty line, body) and its X-Signature header.
      --json prints {valid, expected, received, fingerprint, hints:[{code, message}]}.
  sign (--secret-env VAR | --secret-file FILE) [--body-file FILE]
      Prints the signature of the body (from --body-file or stdin): lower-case hex and a newline.
  send --url URL --event service_request.created|service_request.updated [--body-file FILE]
       (--secret-env VAR | --secret-file FILE) [--break VARIANT]
      POSTs a signed webhook with X-Signature, Webhook-From and Content-Type: application/json.
      Without --body-file the body is {event, payload} with the MOK document's example service
      request. --break sends it deliberately broken, to test the receiver's rejection path:
      trailing-newline, crlf, bom, reserialized-json, secret-whitespace, prefixed-signature,
      uppercase-hex, base64-signature, wrong-secret. Prints the receiver's status on stderr and
      its body on stdout.
  listen [--host 127.0.0.1] [--port 4020] [--store DIR] (--secret-env VAR | --secret-file FILE)
         [--forward URL] [--json]
      The webhook inbox: captures every request to the port (any method and path) into DIR
      (default ~/.mok/webhook-inbox), writing it BEFORE answering 200, so nothing acknowledged is
      lost if the process is killed; verifies X-Signature with the secret (the doctor names what
      changed the bytes) and checks the delivery's Authorization against MOK_WEBHOOK_AUTH_USERNAME
      and MOK_WEBHOOK_AUTH_PASSWORD (Basic, or a token the sandbox's auth URL issued) or
      MOK_WEBHOOK_AUTH_TOKEN (static Bearer). Marks a body seen before as a retry. --forward sends
      each request on to your server and shows its answer (the event is kept even when that
      fails). Prints "MOK webhook inbox listening on http://HOST:PORT" (port 0: any free port),
      then one line per request; with --json that first line goes to stderr and each request is
      one JSON line on stdout, shaped like list --json. Answers only requests addressed to its own
      address (Host), and never serves stored events. History: 64 MiB, 7 days.
  list --store DIR [--json]
      The stored requests, oldest first. --json prints an array of
      {id, receivedAt, method, path, headers, body, bodyEncoding, valid, hints, duplicateOf}.
  replay ID --store DIR --url URL
      Sends a stored request again: same method, body bytes and headers (X-Signature and
      Webhook-From included; Authorization, never stored, re-created from MOK_WEBHOOK_AUTH_*).
      ID may be a unique prefix. Status on stderr, the answer's body on stdout.

The secret is used byte for byte: a file written with \`echo\` ends with a newline, which is part
of the secret (verify then reports secret-whitespace); write it with \`printf %s\`. Bodies are
limited to 10 MiB. Secrets are never printed; the fingerprint (8 hex characters derived with
scrypt) lets two people compare secrets without revealing them.

Exit codes:
  0  verify: the signature is valid; sign: printed; send, replay: the receiver answered 2xx;
     listen: stopped with Ctrl-C; list: listed
  1  verify: the signature is invalid, including a malformed one (wrong length, not hex) and a
     prefixed, upper-case or base64 one; send, replay: the receiver answered non-2xx or was
     unreachable
  2  bad usage or unreadable input: a missing flag, an unset variable, an unreadable or empty
     secret file, a request file that is not HTTP or has no X-Signature, a binary body, a body
     over the limit, a port in use, a store folder that cannot be written or read, an unknown
     event id`;

export async function runWebhook(args: string[], log: Logger): Promise<number> {
  const [sub, ...rest] = args;
  try {
    switch (sub) {
      case 'verify':
        return rest.includes('--help') ? help() : await verify(rest, log);
      case 'sign':
        return rest.includes('--help') ? help() : await sign(rest);
      case 'send':
        return rest.includes('--help') ? help() : await runWebhookSend(rest, log);
      case 'listen':
        return rest.includes('--help') ? help() : await runListen(rest, log);
      case 'list':
        return rest.includes('--help') ? help() : await runList(rest);
      case 'replay':
        return rest.includes('--help') ? help() : await runReplay(rest, log);
      case '-h':
      case '--help':
      case 'help':
        return help();
      case undefined:
        process.stderr.write(`${WEBHOOK_USAGE}\n`);
        return 2;
      default:
        process.stderr.write(`mok webhook: unknown command "${sub}".\n\n${WEBHOOK_USAGE}\n`);
        return 2;
    }
  } catch (e) {
    const code = exitCodeFor(e);
    if (code === undefined) throw e;
    process.stderr.write(`mok webhook${sub ? ` ${sub}` : ''}: ${(e as Error).message}\n`);
    return code;
  }
}

/** The one place typed errors become exit codes; anything else is a bug and keeps its stack. */
function exitCodeFor(e: unknown): number | undefined {
  if (e instanceof UsageError || InputError.is(e) || StoreError.is(e)) return 2;
  if (WebhookError.is(e)) return e.reason === 'unreachable' || e.reason === 'timeout' || e.reason === 'cancelled' ? 1 : 2;
  return undefined;
}

function help(): number {
  process.stdout.write(`${WEBHOOK_USAGE}\n`);
  return 0;
}

async function verify(args: string[], log: Logger): Promise<number> {
  const { values } = parseFlags(args, {
    ...SECRET_FLAG_OPTIONS,
    signature: { type: 'string' },
    'body-file': { type: 'string' },
    'request-file': { type: 'string' },
    json: { type: 'boolean' },
    verbose: { type: 'boolean' },
  });
  const requestFile = values['request-file'];
  if (requestFile !== undefined && (values.signature !== undefined || values['body-file'] !== undefined)) {
    throw new UsageError('--request-file carries its own body and X-Signature: use it alone, or use --signature with --body-file (or stdin).');
  }
  if (requestFile === undefined && values.signature === undefined) {
    throw new UsageError('give the received X-Signature with --signature HEX (body from --body-file or stdin), or a captured request with --request-file FILE.');
  }
  const secret = readSecret(values);
  const secretLog = redactingLogger(log, () => [secret.toString('utf8')]);
  let input: { body: Buffer; signature: string; contentLength?: number };
  if (requestFile !== undefined) {
    const { request, signature } = webhookFromRawRequest(readRequestFile(requestFile));
    secretLog.debug(`${requestFile}: ${request.method} ${request.target}, ${request.headers.length} headers (${request.headerEol} line endings), ${request.body.length} body bytes${request.chunked ? ' (de-chunked)' : ''}`);
    input = { body: request.body, signature, contentLength: request.contentLength };
  } else {
    const { bytes, where } = await readBody(values['body-file']);
    secretLog.debug(`read ${bytes.length} body bytes from ${where}`);
    input = { body: bytes, signature: values.signature! };
  }
  const report = await verifyWebhook({ secret, ...input });
  process.stdout.write(values.json ? `${JSON.stringify(reportJson(report), null, 2)}\n` : reportText(report));
  return report.valid ? 0 : 1;
}

async function sign(args: string[]): Promise<number> {
  const { values } = parseFlags(args, { ...SECRET_FLAG_OPTIONS, 'body-file': { type: 'string' }, verbose: { type: 'boolean' } });
  const secret = readSecret(values);
  const { bytes } = await readBody(values['body-file']);
  process.stdout.write(`${signBody(secret, bytes)}\n`);
  return 0;
}

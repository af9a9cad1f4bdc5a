// `mok webhook send`: one signed test webhook — the example service request or a body file —
// posted to the user's receiver, optionally broken on purpose (--break) to test its rejection
// path. Status on stderr, the receiver's body on stdout; exit 0 only for a 2xx answer.
import { originOf, safePath } from '../core/http/http';
import { isHttpUrl } from '../core/http/url';
import { redactingLogger, type Logger } from '../core/logger';
import { BREAK_VARIANTS, breakWebhook, isBreakVariant } from '../core/webhooks/breakVariant';
import { sendWebhook } from '../core/webhooks/delivery';
import { DEVTOOLS_WEBHOOK_FROM, WEBHOOK_EVENTS, exampleWebhookBody, isWebhookEvent } from '../core/webhooks/examplePayload';
import { signBody } from '../core/webhooks/signature';
import { UsageError, parseFlags } from './args';
import { SECRET_FLAG_OPTIONS, readBody, readSecret } from './webhookInput';

export async function runWebhookSend(args: string[], log: Logger): Promise<number> {
  const { values } = parseFlags(args, {
    ...SECRET_FLAG_OPTIONS,
    url: { type: 'string' },
    event: { type: 'string' },
    'body-file': { type: 'string' },
    break: { type: 'string' },
    verbose: { type: 'boolean' },
  });
  const url = values.url;
  if (url === undefined) throw new UsageError('give the receiver with --url URL, e.g. --url http://localhost:3000/webhooks/mok.');
  if (!isHttpUrl(url)) throw new UsageError('--url must be an http(s) URL, e.g. http://localhost:3000/webhooks/mok.');
  const event = values.event;
  if (event === undefined || !isWebhookEvent(event)) throw new UsageError(`--event must be one of ${WEBHOOK_EVENTS.join(', ')}.`);
  const variant = values.break;
  if (variant !== undefined && !isBreakVariant(variant)) throw new UsageError(`--break must be one of ${BREAK_VARIANTS.join(', ')}.`);
  const secret = readSecret(values);
  const body = values['body-file'] === undefined ? Buffer.from(exampleWebhookBody(event), 'utf8') : (await readBody(values['body-file'])).bytes;
  const sent = variant === undefined ? { body, signature: signBody(secret, body), what: undefined } : breakWebhook(variant, body, secret);

  const target = `${originOf(url)}${safePath(url)}`;
  const secretLog = redactingLogger(log, () => [secret.toString('utf8')]);
  secretLog.info(`sending ${event} (${sent.body.length} bytes${sent.what ? `, deliberately broken: ${sent.what}` : ', signed'}) to ${target}`);
  const controller = new AbortController();
  const onSigint = () => controller.abort();
  process.once('SIGINT', onSigint);
  try {
    const res = await sendWebhook({ url, body: sent.body, signature: sent.signature, fromHost: DEVTOOLS_WEBHOOK_FROM, signal: controller.signal });
    const ok = res.status >= 200 && res.status < 300;
    process.stderr.write(`${target} answered ${res.status} in ${res.durationMs} ms${ok ? '' : ' (not 2xx)'}${res.truncated ? '; its body was cut at 1 MiB' : ''}\n`);
    if (res.bodyText) process.stdout.write(res.bodyText.endsWith('\n') ? res.bodyText : `${res.bodyText}\n`);
    return ok ? 0 : 1;
  } finally {
    process.off('SIGINT', onSigint);
  }
}

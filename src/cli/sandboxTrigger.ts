// `mok sandbox trigger created|updated`: asks a running sandbox for a MOK-side event — a service
// request created or updated "from one of our platforms", which is what sends a webhook — and
// prints what happened (which request, its status, the delivery). Exit 0 done, 1 the sandbox
// refused or could not be reached, 2 bad usage.
import { ApiError } from '../core/errors';
import { isHttpUrl } from '../core/http/url';
import { isPlatformEventKind, triggerPlatformEvent } from '../core/webhooks/sandboxControl';
import { UsageError, parseFlags } from './args';

export const DEFAULT_SANDBOX_URL = 'http://127.0.0.1:4010';

export async function runSandboxTrigger(args: string[]): Promise<number> {
  const { values, positionals } = parseFlags(args, { 'service-request': { type: 'string' }, status: { type: 'string' }, url: { type: 'string' }, json: { type: 'boolean' }, verbose: { type: 'boolean' }, help: { type: 'boolean' } }, true);
  if (values.help) {
    process.stdout.write('Usage: mok sandbox trigger created|updated [--service-request ID] [--status S] [--url URL] [--json]\n(see mok sandbox --help)\n');
    return 0;
  }
  const [kind, ...extra] = positionals;
  if (!kind || !isPlatformEventKind(kind) || extra.length) throw new UsageError('say which event: mok sandbox trigger created|updated [--service-request ID] [--status S].');
  const rawId = values['service-request'];
  if (rawId !== undefined && !/^\d+$/.test(rawId)) throw new UsageError(`--service-request takes a service request id (a number), got "${rawId}".`);
  const url = values.url ?? process.env.MOK_SANDBOX_URL ?? DEFAULT_SANDBOX_URL;
  if (!isHttpUrl(url)) throw new UsageError(`--url must be the sandbox's http(s) URL, got "${url}".`);
  try {
    const r = await triggerPlatformEvent(url, { event: kind, service_request_id: rawId === undefined ? undefined : Number(rawId), status: values.status });
    if (values.json) process.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
    else {
      const sr = r.service_request;
      process.stdout.write(`${r.event} ${sr.public_id ?? `#${sr.id}`} (id ${sr.id}, ${sr.current_status})\n`);
      process.stderr.write(r.delivery_id ? `webhook queued for ${r.webhook_url ?? '?'} (delivery ${r.delivery_id}; log at ${url}/__sandbox/deliveries)\n` : 'no webhook sent: the sandbox has no webhook URL (mok sandbox --webhook-url URL)\n');
    }
    return 0;
  } catch (e) {
    if (!ApiError.is(e)) throw e;
    process.stderr.write(`mok sandbox trigger: ${e.reason === 'network' ? `no sandbox answers at ${url} (start one with mok sandbox, or give --url): ${e.message}` : e.message}\n`);
    return 1;
  }
}

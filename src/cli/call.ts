// `mok call <operation>` and `mok operations`: any catalogue endpoint from the terminal, with the
// same client (auth, retries, validation) the extension uses.
import { readFileSync } from 'node:fs';
import { allEndpoints, isOperationId } from '../core/catalogue/catalogue';
import { ApiClient } from '../core/client/apiClient';
import { secretValues } from '../core/environment';
import { ApiError, InputError } from '../core/errors';
import { redactingLogger, type Logger } from '../core/logger';
import { API_FLAGS, apiChoice } from './api';
import { UsageError, parseFlags } from './args';

export function listOperations(args: string[]): number {
  const { values } = parseFlags(args, { json: { type: 'boolean' } });
  const ops = allEndpoints().map((d) => ({ id: d.id, method: d.method, path: d.path, auth: d.auth, summary: d.summary }));
  if (values.json) process.stdout.write(`${JSON.stringify(ops, null, 2)}\n`);
  else for (const o of ops) process.stdout.write(`${o.id.padEnd(36)} ${o.method.padEnd(6)} ${o.path}\n`);
  return 0;
}

export async function runCall(args: string[], log: Logger): Promise<number> {
  const { values, positionals } = parseFlags(
    args,
    {
      param: { type: 'string', multiple: true, short: 'p' },
      query: { type: 'string', multiple: true, short: 'q' },
      body: { type: 'string' },
      header: { type: 'string', multiple: true },
      ...API_FLAGS,
      json: { type: 'boolean' },
      verbose: { type: 'boolean' },
    },
    true,
  );
  const op = positionals[0];
  if (!op) throw new UsageError('name the operation to call, e.g. "mok call serviceRequests.list" (see "mok operations").');
  if (!isOperationId(op)) throw new UsageError(`unknown operation "${op}"; "mok operations" lists them.`);
  const choice = apiChoice(values);
  const body = values.body === undefined ? undefined : readBody(values.body);
  const client = new ApiClient({ environment: choice.environment, credentials: () => choice.credentials, logger: redactingLogger(log, () => secretValues(choice.credentials)) });
  const timeoutMs = choice.timeoutMs;
  const controller = new AbortController();
  const onSigint = () => controller.abort();
  process.once('SIGINT', onSigint);
  try {
    const res = await client.callRaw(op, { params: pairs('--param', values.param), query: pairs('--query', values.query), body, headers: pairs('--header', values.header) }, { signal: controller.signal, timeoutMs });
    const ok = res.status >= 200 && res.status < 300;
    if (values.json) process.stdout.write(`${JSON.stringify({ status: res.status, durationMs: res.durationMs, body: res.json ?? (res.text || null) }, null, 2)}\n`);
    else {
      process.stderr.write(`${res.status} ${op} (${res.durationMs} ms)\n`);
      process.stdout.write(`${res.json === undefined ? res.text : JSON.stringify(res.json, null, 2)}\n`);
    }
    return ok ? 0 : 1;
  } catch (e) {
    if (ApiError.is(e)) {
      process.stderr.write(`mok call ${op}: ${e.describe()}\n`);
      return 1;
    }
    if (InputError.is(e)) {
      process.stderr.write(`mok call ${op}: ${e.message}\n`);
      return 2;
    }
    throw e;
  } finally {
    process.off('SIGINT', onSigint);
    await client.close();
  }
}

function pairs(flag: string, list: string[] | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const item of list ?? []) {
    const i = item.indexOf('=');
    if (i <= 0) throw new UsageError(`${flag} takes key=value, got "${item}".`);
    out[item.slice(0, i)] = item.slice(i + 1);
  }
  return out;
}

function readBody(raw: string): unknown {
  let text = raw;
  let where = '--body';
  if (raw.startsWith('@')) {
    where = raw.slice(1);
    try {
      text = readFileSync(where, 'utf8');
    } catch (e) {
      throw new UsageError(`cannot read ${where}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new UsageError(`${where} is not valid JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
}

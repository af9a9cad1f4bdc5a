// `mok call` and `mok operations`: any catalogue endpoint from the terminal, with the same client
// (auth, retries, the catalogue check before sending) the extension uses.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { allEndpoints, catalogue, isOperationId, type OperationId } from '../core/catalogue/catalogue';
import { exampleInput } from '../core/catalogue/samples';
import type { EndpointDef } from '../core/catalogue/types';
import type { CallInput } from '../core/client/apiClient';
import type { FileInput } from '../core/client/multipartBody';
import { ApiError, InputError } from '../core/errors';
import type { Logger } from '../core/logger';
import { formatProblem } from '../core/problems/problem';
import { requestFile } from '../core/requests/requestFile';
import { closest } from '../core/wording/suggest';
import { UsageError, parseFlags } from './args';
import { TARGET_OPTIONS, TARGET_USAGE, resolveTarget } from './target';

export const CALL_USAGE = `Usage: mok call OPERATION [--param k=v]... [--query k=v]... [--header k=v]... [--body JSON|@FILE|-]
                [--file part=PATH]... [--example] [--request FILE] [--force] [--yes] [--out FILE] [--json]
                (--sandbox | --base-url URL [--sandbox] | --env NAME)

Calls one operation of the catalogue ("mok operations" lists them). The request is checked against
the operation's models first; a request that fails is not sent (exit 2) unless --force.
  --example        start from the API document's example (params, query, headers, body; sample files)
  --request FILE   a saved request (*.mok-request.json: operation, params, query, headers, body, files)
  --file part=PATH a file of a multipart upload (repeat for several)
  --yes            confirm a non-GET call to a live environment
  --out FILE       write the answer's body to FILE (files such as PDFs; without it a file answer is summarised)
  --json           print {status, durationMs, headers, body} on stdout

${TARGET_USAGE}

Exit codes: 0 the API answered 2xx, 1 it answered otherwise or could not be reached, 2 bad usage or a request that fails its check.`;

export function listOperations(args: string[]): number {
  const { values } = parseFlags(args, { json: { type: 'boolean' }, api: { type: 'string' } });
  if (values.api !== undefined && values.api !== 'mok' && values.api !== 'documents') throw new UsageError(`--api is mok or documents, got "${values.api}".`);
  const ops = allEndpoints()
    .filter((d) => !values.api || d.api === values.api)
    .map((d) => ({ id: d.id, api: d.api, method: d.method, path: d.path, auth: d.auth, summary: d.summary }));
  if (values.json) process.stdout.write(`${JSON.stringify(ops, null, 2)}\n`);
  else for (const o of ops) process.stdout.write(`${o.id.padEnd(44)} ${o.method.padEnd(6)} ${o.path}\n`);
  return 0;
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

function readText(file: string, what: string): string {
  try {
    return readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read ${what} ${file === '-' ? 'from standard input' : file}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

function parseJson(text: string, where: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new UsageError(`${where} is not valid JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
}

function readBody(raw: string): unknown {
  if (raw === '-') return parseJson(readText('-', 'the body'), 'the body on standard input');
  if (raw.startsWith('@')) return parseJson(readText(raw.slice(1), 'the body file'), raw.slice(1));
  return parseJson(raw, '--body');
}

function readFilePart(file: string, base: string): FileInput {
  const abs = path.resolve(base, file);
  try {
    return { filename: path.basename(abs), data: readFileSync(abs) };
  } catch (e) {
    throw new UsageError(`cannot read the file part ${abs}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

function unknownOperation(op: string): UsageError {
  const ids = allEndpoints().map((d) => d.id);
  const near = closest(op, ids) ?? ids.find((id) => id.toLowerCase().includes(op.toLowerCase()));
  return new UsageError(`unknown operation "${op}"${near ? `; did you mean "${near}"?` : ''} ("mok operations" lists them).`);
}

/** The request from --request, --example and the flags (flags win over the file, the file over the example). */
function buildInput(op: OperationId, values: Record<string, unknown>, fromFile: { input: CallInput<EndpointDef>; base: string } | undefined): CallInput<EndpointDef> {
  const def: EndpointDef = catalogue[op];
  const example = values.example ? exampleInput(def) : {};
  const base = fromFile?.input ?? {};
  const files: Record<string, FileInput> = {};
  for (const [part, file] of Object.entries(pairs('--file', values.file as string[] | undefined))) files[part] = readFilePart(file, process.cwd());
  const merged: CallInput<EndpointDef> = {
    params: { ...example.params, ...base.params, ...pairs('--param', values.param as string[] | undefined) },
    query: { ...example.query, ...base.query, ...pairs('--query', values.query as string[] | undefined) },
    headers: { ...example.headers, ...base.headers, ...pairs('--header', values.header as string[] | undefined) },
    body: values.body !== undefined ? readBody(values.body as string) : base.body !== undefined ? base.body : example.body,
    files: { ...example.files, ...base.files, ...files },
  };
  return merged;
}

function loadRequestFile(file: string): { op: OperationId; input: CallInput<EndpointDef>; base: string } {
  const value = parseJson(readText(file, 'the request file'), file);
  const parsed = requestFile.safeParse(value);
  if (!parsed.success) throw new UsageError(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`).join('; ')}`);
  const r = parsed.data;
  const base = path.dirname(path.resolve(file));
  const files: Record<string, FileInput | FileInput[]> = {};
  for (const [part, p] of Object.entries(r.files ?? {})) files[part] = Array.isArray(p) ? p.map((x) => readFilePart(x, base)) : readFilePart(p, base);
  if (!isOperationId(r.operation)) throw unknownOperation(r.operation);
  return { op: r.operation, base, input: { params: r.params, query: r.query, headers: r.headers, body: r.body, files } };
}

export async function runCall(args: string[], log: Logger): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${CALL_USAGE}\n`);
    return 0;
  }
  const { values, positionals } = parseFlags(
    args,
    {
      ...TARGET_OPTIONS,
      param: { type: 'string', multiple: true, short: 'p' },
      query: { type: 'string', multiple: true, short: 'q' },
      header: { type: 'string', multiple: true },
      body: { type: 'string' },
      file: { type: 'string', multiple: true },
      example: { type: 'boolean' },
      request: { type: 'string' },
      force: { type: 'boolean' },
      yes: { type: 'boolean' },
      out: { type: 'string' },
      json: { type: 'boolean' },
      verbose: { type: 'boolean' },
    },
    true,
  );
  const fromFile = values.request ? loadRequestFile(values.request) : undefined;
  const op = positionals[0] ?? fromFile?.op;
  if (!op) throw new UsageError('name the operation to call, e.g. "mok call serviceRequests.list" (see "mok operations"), or give --request FILE.');
  if (!isOperationId(op)) throw unknownOperation(op);
  if (fromFile && fromFile.op !== op) throw new UsageError(`${values.request ?? ''} is a request for ${fromFile.op}, not ${op}.`);
  const def: EndpointDef = catalogue[op];
  const input = buildInput(op, values, fromFile);
  const target = await resolveTarget(values, log);
  if (target.environment.kind === 'live' && def.method !== 'GET' && !values.yes) {
    await target.close();
    throw new UsageError(`"${target.environment.name}" is a live environment: add --yes to send ${def.method} ${def.id} there.`);
  }
  const controller = new AbortController();
  const onSigint = () => controller.abort();
  process.once('SIGINT', onSigint);
  try {
    const res = await target.client.callRaw(op, input, { signal: controller.signal, force: values.force });
    const ok = res.status >= 200 && res.status < 300;
    const file = def.responseKind === 'binary' && ok;
    if (values.out) writeFileSync(values.out, res.bytes);
    const body = file ? undefined : (res.json ?? (res.text || null));
    if (values.json) {
      process.stdout.write(`${JSON.stringify({ status: res.status, durationMs: res.durationMs, headers: res.headers, body: file ? { contentType: res.headers['content-type'] ?? null, bytes: res.bytes.length, ...(values.out ? { savedTo: values.out } : {}) } : body }, null, 2)}\n`);
    } else {
      process.stderr.write(`${res.status} ${op} (${res.durationMs} ms)\n`);
      if (file) process.stdout.write(`${res.status} ${res.headers['content-type'] ?? 'application/octet-stream'}, ${res.bytes.length} bytes${values.out ? `, saved to ${values.out}` : ' (use --out FILE to save it)'}\n`);
      else if (!values.out) process.stdout.write(`${res.json === undefined ? res.text : JSON.stringify(res.json, null, 2)}\n`);
    }
    return ok ? 0 : 1;
  } catch (e) {
    if (ApiError.is(e) && e.reason === 'validation' && e.status === undefined) {
      // Refused before sending: which part of the request and what was expected.
      process.stderr.write(`mok call ${op}: not sent, the request does not match the operation (--force sends it anyway):\n${e.problems.map((p) => `  ${p.pointer || '/'}  ${p.message}`).join('\n')}\n`);
      return 2;
    }
    if (ApiError.is(e)) {
      process.stderr.write(`mok call ${op}: ${e.describe()}\n`);
      if (e.problems.length && !e.describe().includes(formatProblem(e.problems[0]!))) process.stderr.write(`${e.problems.map(formatProblem).join('\n')}\n`);
      return 1;
    }
    if (InputError.is(e)) {
      process.stderr.write(`mok call ${op}: ${e.message}\n`);
      return 2;
    }
    throw e;
  } finally {
    process.off('SIGINT', onSigint);
    await target.close();
  }
}

// `mok fill FILLFILE [--wait] [--out FILE] [--json]`: sends a fill file's request to the fill
// endpoint of the template major it names — after the same checks the editor runs (the structure,
// and the source of its language rendered with its data, so a fill that would FAIL is refused
// before it is sent, unless --force) — then, with --wait, follows the fill process to its end and
// saves the filled document with --out.
import { writeFileSync } from 'node:fs';
import type { ApiClient } from '../core/client/apiClient';
import { ApiError, InputError } from '../core/errors';
import { checkFillText } from '../core/fill/checkFill';
import { FILL_FILE_KEYS } from '../core/fill/fillFile';
import { explainFailure, loadSources, predictFill, type FillPrediction } from '../core/fill/predict';
import { apiFillApi, FillRun, newActivity, timingWords, type FillActivity } from '../core/fill/process';
import { apiTemplateSource, cachedTemplateSource } from '../core/fill/templates';
import { isJsonObject } from '../core/json/canonical';
import type { Logger } from '../core/logger';
import type { FillRequest } from '../core/models/documents';
import { isError, type Problem } from '../core/problems/problem';
import { SchemaValidator } from '../core/validation/ajv';
import { UsageError, parseFlags } from './args';
import { readText } from './files';
import { count, err, out } from './output';
import { formatText, placeProblems, type PlacedProblem } from './report';
import { TARGET_OPTIONS, TARGET_USAGE, resolveTarget } from './target';

export const FILL_USAGE = `Usage: mok fill FILLFILE [--wait] [--out FILE] [--json] [--force] [--origin NAME]

Fills the dynamic template a fill file (*.mok-fill.json) names with its language, document,
fill_priority and fields_values. Before sending, the file is checked as "mok validate" checks it,
and the template source of its language is rendered with its fields_values: data the structure
refuses, or a variable the source prints that fields_values lacks (the fill would FAIL with
"Template variable '…' missing in payload."), refuses the fill — nothing is sent — unless --force.

  --wait         follow the fill process to COMPLETED or FAILED (each status and its time on stderr)
  --out FILE     save the filled document to FILE (implies --wait)
  --json         one JSON document on stdout:
                 {file, status, fill_process_id, filled_document_id, template, timings, error, out, problems}
                 status: REFUSED | CREATED | PROCESSING | COMPLETED | FAILED | LOST | UNSENT
  --force        send even when the checks say the API will refuse the data or the fill will FAIL
  --origin NAME  the fill-process-origin header (default mok-cli)
  API, chosen as "mok call" chooses it:
${TARGET_USAGE}

Text output: the problems (file:line:col  /pointer  message) when refused; otherwise one line
"STATUS FILL_PROCESS_ID [FILLED_DOCUMENT_ID]".
Exit codes: 0 COMPLETED (without --wait: accepted), 1 FAILED, refused as invalid (here or by the
API), or the fill could not be sent or followed (the fill process id is printed to check later),
2 bad usage or an unreadable file.`;

type Status = 'REFUSED' | 'CREATED' | 'PROCESSING' | 'COMPLETED' | 'FAILED' | 'LOST' | 'UNSENT';

interface Report {
  file: string;
  status: Status;
  fill_process_id?: string;
  filled_document_id?: string;
  template?: { external_id: string; major: number; minor?: number; org: string };
  timings?: Record<string, number>;
  error?: { message: string; cause?: string };
  out?: string;
  problems: PlacedProblem[];
}

function statusOf(a: FillActivity): Status {
  switch (a.status) {
    case 'refused':
      return 'REFUSED';
    case 'unsent':
    case 'sending':
      return 'UNSENT';
    case 'lost':
    case 'stopped':
      return 'LOST';
    default:
      return a.status;
  }
}

function print(report: Report, json: boolean): void {
  if (json) {
    out(`${JSON.stringify(report, null, 2)}\n`);
    return;
  }
  if (report.status === 'REFUSED') out(formatText([{ file: report.file, valid: false, problems: report.problems }]));
  else if (report.fill_process_id) out(`${[report.status, report.fill_process_id, report.filled_document_id].filter(Boolean).join(' ')}\n`);
}

/** The fill body: the file without its `template` member. */
function bodyOf(value: Record<string, unknown>): FillRequest {
  const body: Record<string, unknown> = {};
  for (const k of FILL_FILE_KEYS) if (k !== 'template' && value[k] !== undefined) body[k] = value[k];
  return body as unknown as FillRequest;
}

async function download(client: ApiClient, documentId: string, org: string, file: string, signal: AbortSignal): Promise<void> {
  const bytes: unknown = await client.call('documents.download', { params: Object.assign({ documentId }, { org }) }, { signal });
  if (!Buffer.isBuffer(bytes)) throw new InputError('invalidArgument', 'the download answered no file content');
  writeFileSync(file, bytes);
}

export async function runFill(args: string[], log: Logger): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    out(`${FILL_USAGE}\n`);
    return 0;
  }
  const { values, positionals } = parseFlags(args, { wait: { type: 'boolean' }, out: { type: 'string' }, json: { type: 'boolean' }, force: { type: 'boolean' }, origin: { type: 'string' }, verbose: { type: 'boolean' }, ...TARGET_OPTIONS }, true);
  const file = positionals[0];
  if (!file || positionals.length > 1) throw new UsageError('name one fill file, e.g. "mok fill invoice.mok-fill.json --wait" (see --help).');
  if (values.origin !== undefined && !/^[\x21-\x7e]{1,200}$/.test(values.origin)) throw new UsageError('--origin is a header value: printable ASCII without spaces, at most 200 characters.');
  if (values.out === '') throw new UsageError('--out needs a file name.');
  const wait = values.wait === true || values.out !== undefined;
  const json = values.json === true;
  const text = readText(file);
  const target = await resolveTarget(values, log);
  const ac = new AbortController();
  const onSigint = () => ac.abort();
  process.once('SIGINT', onSigint);
  try {
    const source = cachedTemplateSource(apiTemplateSource(target.client, target.environment.documentsBaseUrl));
    const check = await checkFillText(text, { validator: new SchemaValidator(), target: { kind: 'binding' }, source, signal: ac.signal });
    const problems: Problem[] = check.problems.map((p) => (p.code === 'fill/template-unavailable' ? { ...p, severity: 'error' as const } : p));
    let prediction: FillPrediction | undefined;
    if (check.template && isJsonObject(check.value)) {
      // The fill endpoint fills with the major's latest minor: its sources decide the outcome.
      const latest = check.template.latest;
      const language = typeof check.value['language'] === 'string' ? check.value['language'] : latest.default_language;
      const sources = await loadSources(latest, (url, signal) => target.client.fetchText(url, { signal }), { languages: [language], signal: ac.signal });
      prediction = predictFill(check.value, latest, sources);
      problems.push(...prediction.problems);
    }
    const binding = check.binding;
    const org = binding?.org ?? target.environment.org;
    const report: Report = { file, status: 'REFUSED', problems: placeProblems(text, problems), ...(binding ? { template: { external_id: binding.externalId, major: binding.major, ...(binding.minor !== undefined ? { minor: binding.minor } : {}), org } } : {}) };
    const blocking = problems.some(isError);
    if (!binding || !isJsonObject(check.value) || (blocking && !values.force)) {
      print(report, json);
      err(`mok fill: refused, nothing was sent: ${count(problems.filter(isError).length, 'problem')}${binding ? ' (--force sends anyway)' : ''}.`);
      return 1;
    }
    if (blocking) err('mok fill: --force: sending although the checks found problems.');

    const body = bodyOf(check.value);
    const origin = values.origin ?? 'mok-cli';
    let last = '';
    const run = new FillRun(apiFillApi(target.client), newActivity({ target: { externalId: binding.externalId, major: binding.major, org }, body, origin }), body, {
      onChange: (a) => {
        const seen = a.seen[a.status as keyof typeof a.seen];
        if (a.status !== last && seen !== undefined) err(`mok fill: ${a.status} ${(seen / 1000).toFixed(1)} s${a.status === 'CREATED' && a.fillProcessId ? ` (fill process ${a.fillProcessId})` : ''}`);
        last = a.status;
      },
    });
    const a = wait ? await run.run(ac.signal) : await run.send(ac.signal);
    report.status = statusOf(a);
    report.problems = a.problems ? placeProblems(text, a.problems) : report.status === 'REFUSED' ? [] : report.problems;
    if (a.fillProcessId) report.fill_process_id = a.fillProcessId;
    if (a.filledDocumentId) report.filled_document_id = a.filledDocumentId;
    if (a.minor !== undefined && report.template) report.template.minor = a.minor;
    report.timings = Object.fromEntries(Object.entries(a.seen));
    if (a.status === 'FAILED') {
      const why = explainFailure(a.errorMessage ?? '', prediction);
      report.error = { message: a.errorMessage ?? '', ...(why.cause ? { cause: why.cause } : {}) };
      err(`mok fill: FAILED: ${report.error.message}`);
      if (why.cause) err(`mok fill: likely cause: ${why.cause}`);
    } else if (a.status === 'refused') {
      report.error = { message: a.failure ?? 'The API refused the fill.' };
    } else if (a.status === 'unsent' || a.status === 'lost' || a.status === 'stopped') {
      report.error = { message: a.failure ?? 'Stopped following the fill.' };
      err(`mok fill: ${a.status === 'unsent' ? 'could not send the fill' : 'could not follow the fill'}: ${report.error.message}`);
      if (a.fillProcessId) err(`mok fill: the fill process ${a.fillProcessId} may still finish; check it with: mok call fillProcess.get --param fill_process_id=${a.fillProcessId}`);
    }
    if (a.status === 'COMPLETED' && values.out !== undefined && a.filledDocumentId) {
      try {
        await download(target.client, a.filledDocumentId, org, values.out, ac.signal);
        report.out = values.out;
        err(`mok fill: saved the filled document to ${values.out}`);
      } catch (e) {
        report.error = { message: `COMPLETED, but the document could not be saved: ${ApiError.is(e) ? e.describe() : InputError.is(e) || e instanceof Error ? e.message : String(e)}` };
        err(`mok fill: ${report.error.message}`);
        print(report, json);
        return 1;
      }
    }
    if (a.status === 'COMPLETED') err(`mok fill: ${timingWords(a)}`);
    print(report, json);
    if (a.status === 'refused') err(`mok fill: the API refused the fill (${count(report.problems.length, 'problem')}).`);
    return a.status === 'COMPLETED' || (!wait && a.status === 'CREATED') ? 0 : 1;
  } finally {
    process.removeListener('SIGINT', onSigint);
    await target.close();
  }
}

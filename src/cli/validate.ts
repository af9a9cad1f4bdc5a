// `mok validate`: fill files and JSON documents against a template structure, from the terminal
// and CI — the same check the editor runs as you type.
//   mok validate --schema SCHEMA.json DATA.json...
//   mok validate --template ID@MAJOR[.MINOR] [--org ORG] DATA.json...
//   mok validate FILLFILE...                (each against the template version it names)
//   mok validate --model NAME FILE...       (a catalogue body/response or a named model)
// A DATA file that is a fill file (`*.mok-fill.json`, or an object with fields_values and request
// members) validates its fields_values and its request part; any other JSON file as a whole.
import { checkAgainstModel, isModelKey, listModels, suggestModel } from '../core/catalogue/models';
import { checkFillText, type CheckTarget } from '../core/fill/checkFill';
import { isFillDocument, parseTemplateRef, templateRefWords, type TemplateRef } from '../core/fill/fillFile';
import { apiTemplateSource, cachedTemplateSource, resolveTemplate, type TemplateSource } from '../core/fill/templates';
import type { Logger } from '../core/logger';
import { parseJsonText } from '../core/problems/fromSyntax';
import { isError, type Problem } from '../core/problems/problem';
import { SchemaValidator, type FormatMode } from '../core/validation/ajv';
import { TARGET_OPTIONS, TARGET_USAGE, defaultOrg, resolveTarget, targetLabel } from './target';
import { UsageError, parseFlags } from './args';
import { readText } from './files';
import { err, out } from './output';
import { chooseFormat, formatJunit, formatSarif, formatText, formatValidateJson, placeProblems, type FileResult } from './report';

export const VALIDATE_USAGE = `Usage: mok validate [--schema SCHEMA.json | --template ID@MAJOR[.MINOR] [--org ORG] | --model NAME] FILE... [options]

Validates fill files (their request part and fields_values) and JSON documents against a
dynamic template's structure (JSON Schema 2020-12). Without --schema or --template each fill
file is checked against the template version it names.

  --schema FILE          validate against this structure
  --template ID@M[.m]    validate against a template version from the API (latest minor when .m is left out)
  --model NAME           validate against a model of the API documents: an operation's request body or
                         response (serviceRequests.create:body, documents.metadata:response) or a named
                         schema (Customer, MokErrorResponse…); --list-models lists them
  --formats assert|annotate
                         "format" is asserted (default, as the fill endpoint does) or only an annotation
  --json                 JSON on stdout: [{file, valid, errors:[{pointer, line, column, keyword, message}], warnings:[…]}]
  --format text|json|sarif|junit
  API (for --template and fill files), chosen as "mok call" chooses it:
${TARGET_USAGE}

Text output: file:line:col  /pointer  message (one line per problem; warnings say so).
Exit codes: 0 every file valid, 1 a file is invalid (or the API call failed), 2 bad usage or
unreadable input (a missing file, a schema that is not JSON Schema, a --template that does not exist).`;

/** The structure of --schema, or a UsageError naming what is wrong and where. */
function loadSchema(file: string, validator: SchemaValidator): unknown {
  const text = readText(file);
  const parsed = parseJsonText(text);
  const first = placeProblems(text, parsed.problems)[0];
  if (first) throw new UsageError(`${file}:${first.line}:${first.column}: not valid JSON: ${first.message}`);
  const failure = validator.prepare(parsed.value).failure();
  if (failure) {
    const at = placeProblems(text, [{ pointer: failure.pointer, message: failure.message, code: 'schema', severity: 'error', origin: 'schema' }])[0];
    throw new UsageError(`${file}:${at?.line ?? 1}:${at?.column ?? 1}: not a usable JSON Schema: ${failure.message}`);
  }
  return parsed.value;
}

function formatsFlag(v: string | undefined): FormatMode {
  if (v === undefined || v === 'assert' || v === 'annotate') return v ?? 'assert';
  throw new UsageError(`--formats takes "assert" or "annotate", got "${v}".`);
}

function looksLikeFill(text: string, file: string): boolean {
  if (isFillDocument(undefined, file)) return true;
  try {
    return isFillDocument(JSON.parse(text), file);
  } catch {
    return false;
  }
}

function summary(results: readonly FileResult[]): string {
  const invalid = results.filter((r) => !r.valid).length;
  const files = results.length === 1 ? '1 file' : `${results.length} files`;
  return invalid === 0 ? `mok validate: ${files} checked, all valid` : `mok validate: ${files} checked, ${invalid} invalid`;
}

async function validateModel(model: string, files: readonly string[], format: 'text' | 'json' | 'sarif' | 'junit'): Promise<number> {
  if (!isModelKey(model)) {
    const near = suggestModel(model);
    throw new UsageError(`--model: "${model}" is not a model of the catalogue${near ? ` (did you mean "${near}"?)` : ''}; "mok validate --list-models" lists them.`);
  }
  const { results, unreadable } = await checkFiles(files, (text) => checkAgainstModel(text, model));
  report(results, format);
  if (unreadable) return 2;
  return results.some((r) => !r.valid) ? 1 : 0;
}

/** Each readable file checked (an unreadable one is reported on stderr and skipped). */
async function checkFiles(files: readonly string[], check: (text: string, file: string) => Problem[] | Promise<Problem[]>): Promise<{ results: FileResult[]; unreadable: boolean }> {
  const results: FileResult[] = [];
  let unreadable = false;
  for (const file of files) {
    let text: string;
    try {
      text = readText(file);
    } catch (e) {
      err(`mok validate: ${e instanceof Error ? e.message : String(e)}`);
      unreadable = true;
      continue;
    }
    const problems = await check(text, file);
    results.push({ file, valid: !problems.some(isError), problems: placeProblems(text, problems) });
  }
  return { results, unreadable };
}

function report(results: readonly FileResult[], format: 'text' | 'json' | 'sarif' | 'junit'): void {
  if (format === 'json') out(formatValidateJson(results));
  else if (format === 'sarif') out(formatSarif(results, { name: 'mok validate', version: MOK_VERSION }));
  else if (format === 'junit') out(formatJunit(results, 'mok validate'));
  else out(formatText(results));
  if (results.length) err(summary(results));
}

export async function runValidate(args: string[], log: Logger): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    out(`${VALIDATE_USAGE}\n`);
    return 0;
  }
  if (args.includes('--list-models')) {
    const models = listModels();
    const width = Math.max(...models.map((m) => m.key.length));
    out(`${models.map((m) => `${m.key.padEnd(width)}  ${m.description}`).join('\n')}\n`);
    return 0;
  }
  const { values, positionals } = parseFlags(
    args,
    { schema: { type: 'string' }, template: { type: 'string' }, model: { type: 'string' }, formats: { type: 'string' }, json: { type: 'boolean' }, format: { type: 'string' }, verbose: { type: 'boolean' }, ...TARGET_OPTIONS },
    true,
  );
  if (!positionals.length) throw new UsageError('name the files to validate, e.g. "mok validate --schema structure.json data.json" (see --help).');
  if ([values.schema, values.template, values.model].filter((v) => v !== undefined).length > 1) throw new UsageError('give one of --schema, --template or --model, not several.');
  const format = chooseFormat(values.json, values.format, ['text', 'json', 'sarif', 'junit']);
  if (!format) throw new UsageError(`--format takes text, json, sarif or junit${values.json ? ' (and --json means json)' : ''}.`);
  if (values.model !== undefined) return validateModel(values.model, positionals, format);
  const validator = new SchemaValidator({ formats: formatsFlag(values.formats) });

  // The API is reached (and required) only when a file or --template needs a template.
  let real: Promise<TemplateSource> | undefined;
  let close: (() => Promise<void>) | undefined;
  const sourceFor = (): Promise<TemplateSource> =>
    (real ??= (async () => {
      const target = await resolveTarget(values, log);
      close = () => target.close();
      return cachedTemplateSource(apiTemplateSource(target.client, target.environment.documentsBaseUrl));
    })());
  const source: TemplateSource = {
    label: targetLabel(values),
    defaultOrg: defaultOrg(values),
    versions: async (id, major, org, signal) => (await sourceFor()).versions(id, major, org, signal),
    majors: async (id, org, signal) => (await sourceFor()).majors(id, org, signal),
    externalIds: async (org, signal) => (await sourceFor()).externalIds(org, signal),
  };

  try {
    let target: CheckTarget = { kind: 'binding' };
    if (values.schema !== undefined) target = { kind: 'schema', schema: loadSchema(values.schema, validator) };
    if (values.template !== undefined) {
      const ref = parseTemplateRef(values.template);
      if (!ref) throw new UsageError(`--template takes ID@MAJOR or ID@MAJOR.MINOR, like factura_mensual@1 or factura_mensual@1.1; got "${values.template}".`);
      const withOrg: TemplateRef = { ...ref, ...(values.org !== undefined ? { org: values.org } : {}) };
      const resolved = await resolveTemplate(source, withOrg, { pointerBase: '' });
      if (!resolved.ok) {
        const why = resolved.problems.map((p) => p.message).join('; ');
        if (resolved.reason === 'missing') throw new UsageError(`--template ${values.template}: ${why}`);
        err(`mok validate: ${why}`);
        return 1;
      }
      for (const p of resolved.problems) err(`mok validate: ${templateRefWords(withOrg)}: warning: ${p.message}`);
      target = { kind: 'template', ref: withOrg };
    }

    let apiFailed = false;
    const { results, unreadable } = await checkFiles(positionals, async (text, file) => {
      const fill = looksLikeFill(text, file);
      if (!fill && target.kind === 'binding') throw new UsageError(`${file} is not a fill file (no "template" and "fields_values"): give --schema or --template to validate it.`);
      const check = await checkFillText(text, { validator, target, fill, source });
      if (check.unresolved === 'unavailable') apiFailed = true;
      // Not being able to check is a failure in CI (in the editor it is only a warning).
      return check.problems.map((p) => (p.code === 'fill/template-unavailable' ? { ...p, severity: 'error' as const } : p));
    });

    report(results, format);
    if (unreadable) return 2;
    return apiFailed || results.some((r) => !r.valid) ? 1 : 0;
  } finally {
    await close?.();
  }
}

// Replaced at build time by esbuild (`define`) with package.json's version.
declare const MOK_VERSION: string;

// `mok schema lint SCHEMA.json... [--json | --format text|json|sarif]`: the structure check
// (draft 2020-12 meta-schema) and the lint rules for template structures, each finding with its
// rule id at its line and column. Exit 1 when any finding is an error.
import { LINT_RULES, lintStructureText } from '../core/lint/lint';
import { isError } from '../core/problems/problem';
import { UsageError, parseFlags } from './args';
import { readText } from './files';
import { err, out } from './output';
import { chooseFormat, formatLintJson, formatSarif, formatText, placeProblems, type FileResult } from './report';

export const LINT_USAGE = `Usage: mok schema lint SCHEMA.json... [--json | --format text|json|sarif]

Checks template structures (JSON Schema 2020-12): first against the draft 2020-12 meta-schema,
then these rules:
${LINT_RULES.map((r) => `  ${r.id.padEnd(24)}${r.severity.padEnd(9)}${r.summary}`).join('\n')}

Text output: file:line:col  /pointer  rule  [warning: ]message
--json: [{file, valid, findings:[{rule, severity, pointer, line, column, message}]}]
Exit codes: 0 no error-level finding, 1 an error-level finding, 2 bad usage or an unreadable file.`;

export function runSchema(args: string[]): number {
  const [sub, ...rest] = args;
  if (sub === 'lint') return runLint(rest);
  if (sub === undefined || sub === '--help' || sub === '-h') {
    (sub === undefined ? process.stderr : process.stdout).write(`${LINT_USAGE}\n`);
    return sub === undefined ? 2 : 0;
  }
  throw new UsageError(`unknown subcommand "schema ${sub}"; try "mok schema lint SCHEMA.json".`);
}

function runLint(args: string[]): number {
  if (args.includes('--help') || args.includes('-h')) {
    out(`${LINT_USAGE}\n`);
    return 0;
  }
  const { values, positionals } = parseFlags(args, { json: { type: 'boolean' }, format: { type: 'string' }, verbose: { type: 'boolean' } }, true);
  if (!positionals.length) throw new UsageError('name the structure files to lint, e.g. "mok schema lint structure.json".');
  const format = chooseFormat(values.json, values.format, ['text', 'json', 'sarif']);
  if (!format) throw new UsageError('--format takes text, json or sarif.');
  const results: FileResult[] = [];
  let unreadable = false;
  for (const file of positionals) {
    let text: string;
    try {
      text = readText(file);
    } catch (e) {
      err(`mok schema lint: ${e instanceof Error ? e.message : String(e)}`);
      unreadable = true;
      continue;
    }
    const { problems } = lintStructureText(text);
    results.push({ file, valid: !problems.some(isError), problems: placeProblems(text, problems) });
  }
  if (format === 'json') out(formatLintJson(results));
  else if (format === 'sarif') out(formatSarif(results, { name: 'mok schema lint', version: MOK_VERSION, rules: LINT_RULES }));
  else out(formatText(results, true));
  const findings = results.reduce((n, r) => n + r.problems.length, 0);
  if (results.length) err(`mok schema lint: ${findings === 1 ? '1 finding' : `${findings} findings`} in ${results.length === 1 ? '1 file' : `${results.length} files`}`);
  if (unreadable) return 2;
  return results.some((r) => !r.valid) ? 1 : 0;
}

// Replaced at build time by esbuild (`define`) with package.json's version.
declare const MOK_VERSION: string;

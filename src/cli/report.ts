// What `mok validate` and `mok schema lint` print: problems placed in their file (line:column of
// the exact key or value) as text (`file:line:col  /pointer  message`), JSON, SARIF 2.1.0 (code
// scanning) or JUnit XML (CI test reports). One formatter per shape; commands only gather results.
import type { Problem } from '../core/problems/problem';
import { createLocator } from '../core/validation/locate';

export type OutputFormat = 'text' | 'json' | 'sarif' | 'junit';

export interface PlacedProblem {
  pointer: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  keyword: string;
  code: string;
  severity: Problem['severity'];
  message: string;
}

export interface FileResult {
  file: string;
  valid: boolean;
  problems: PlacedProblem[];
}

/** Line/column of each problem in `text` (span for syntax errors, else its pointer's key/value/parent). */
export function placeProblems(text: string, problems: readonly Problem[]): PlacedProblem[] {
  const locator = createLocator(text);
  const placed = problems.map((p): PlacedProblem => {
    const loc = p.span ? spanLocation(text, p.span.offset, p.span.length) : locator.locate(p.pointer, p.target === 'key' ? 'key' : 'value');
    return { pointer: p.pointer, line: loc.line, column: loc.column, endLine: loc.endLine, endColumn: loc.endColumn, keyword: p.keyword ?? p.code, code: p.code, severity: p.severity, message: p.message };
  });
  return placed.sort((a, b) => a.line - b.line || a.column - b.column);
}

function spanLocation(text: string, offset: number, length: number): { line: number; column: number; endLine: number; endColumn: number } {
  const at = (o: number) => {
    const before = text.slice(0, o);
    const line = before.split(/\r\n|\r|\n/).length;
    const lastBreak = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'));
    return { line, column: o - lastBreak };
  };
  const start = at(offset);
  const end = at(offset + Math.max(1, length));
  return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}

/** A problem that belongs to no file position (a flag, the API): line 1, column 1. */
export function unplaced(p: Problem): PlacedProblem {
  return { pointer: p.pointer, line: 1, column: 1, endLine: 1, endColumn: 1, keyword: p.keyword ?? p.code, code: p.code, severity: p.severity, message: p.message };
}

function textLine(file: string, p: PlacedProblem, withRule: boolean): string {
  const severity = p.severity === 'error' ? '' : `${p.severity}: `;
  const rule = withRule ? `${p.code}  ` : '';
  return `${file}:${p.line}:${p.column}  ${p.pointer || '/'}  ${rule}${severity}${p.message}\n`;
}

/** `file:line:col  /pointer  message` per problem (warnings say so); `withRule` adds the rule id. */
export function formatText(results: readonly FileResult[], withRule = false): string {
  return results.map((r) => r.problems.map((p) => textLine(r.file, p, withRule)).join('')).join('');
}

function entry(p: PlacedProblem): { pointer: string; line: number; column: number; keyword: string; message: string } {
  return { pointer: p.pointer, line: p.line, column: p.column, keyword: p.keyword, message: p.message };
}

/** `[{file, valid, errors:[{pointer, line, column, keyword, message}], warnings:[…]}]`. */
export function formatValidateJson(results: readonly FileResult[]): string {
  const out = results.map((r) => ({
    file: r.file,
    valid: r.valid,
    errors: r.problems.filter((p) => p.severity === 'error').map(entry),
    warnings: r.problems.filter((p) => p.severity !== 'error').map(entry),
  }));
  return `${JSON.stringify(out, null, 2)}\n`;
}

/** `[{file, valid, findings:[{rule, severity, pointer, line, column, message}]}]`. */
export function formatLintJson(results: readonly FileResult[]): string {
  const out = results.map((r) => ({
    file: r.file,
    valid: r.valid,
    findings: r.problems.map((p) => ({ rule: p.code, severity: p.severity, pointer: p.pointer, line: p.line, column: p.column, message: p.message })),
  }));
  return `${JSON.stringify(out, null, 2)}\n`;
}

/** SARIF 2.1.0, one run, rules = the codes that occur. */
export function formatSarif(results: readonly FileResult[], tool: { name: string; version: string; rules?: readonly { id: string; summary: string }[] }): string {
  const described = new Map((tool.rules ?? []).map((r) => [r.id, r.summary]));
  const ids = [...new Set(results.flatMap((r) => r.problems.map((p) => p.code)))].sort();
  const level = (s: Problem['severity']) => (s === 'error' ? 'error' : s === 'warning' ? 'warning' : 'note');
  const sarif = {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [
      {
        tool: { driver: { name: tool.name, version: tool.version, rules: ids.map((id) => ({ id, shortDescription: { text: described.get(id) ?? id } })) } },
        results: results.flatMap((r) =>
          r.problems.map((p) => ({
            ruleId: p.code,
            level: level(p.severity),
            message: { text: p.message },
            locations: [{ physicalLocation: { artifactLocation: { uri: r.file.split('\\').join('/') }, region: { startLine: p.line, startColumn: p.column, endLine: p.endLine, endColumn: p.endColumn } } }],
            properties: { pointer: p.pointer, keyword: p.keyword },
          })),
        ),
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}

function xml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** JUnit XML: one test case per file, failing with its errors; warnings in system-out. */
export function formatJunit(results: readonly FileResult[], suite: string): string {
  const failures = results.filter((r) => !r.valid).length;
  const cases = results.map((r) => {
    const errors = r.problems.filter((p) => p.severity === 'error');
    const others = r.problems.filter((p) => p.severity !== 'error');
    const failure = r.valid ? '' : `\n      <failure message="${xml(errors.length === 1 ? '1 problem' : `${errors.length} problems`)}" type="invalid">${xml(errors.map((p) => textLine(r.file, p, false)).join(''))}</failure>`;
    const out = others.length ? `\n      <system-out>${xml(others.map((p) => textLine(r.file, p, false)).join(''))}</system-out>` : '';
    return `    <testcase classname="${xml(suite)}" name="${xml(r.file)}">${failure}${out}${failure || out ? '\n    ' : ''}</testcase>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="${xml(suite)}" tests="${results.length}" failures="${failures}">\n  <testsuite name="${xml(suite)}" tests="${results.length}" failures="${failures}" errors="0" skipped="0">\n${cases.join('\n')}\n  </testsuite>\n</testsuites>\n`;
}

/** `--json` is `--format json`; both given and different is a usage error (checked by the caller). */
export function chooseFormat(json: boolean | undefined, format: string | undefined, allowed: readonly OutputFormat[]): OutputFormat | undefined {
  const f = format ?? (json ? 'json' : 'text');
  return (allowed as readonly string[]).includes(f) && (!json || f === 'json') ? (f as OutputFormat) : undefined;
}

// A template source checked against its version's structure and, when given, against the
// fields_values of a fill — every finding at once, each at its place in the source:
//   source/syntax           the source does not parse (nothing else is checked)
//   source/undeclared       a variable the structure does not declare (did-you-mean from its keys);
//                           an error when the structure forbids it and the source prints it
//                           unconditionally: then no valid fill can ever complete
//   source/not-object       a path through a value declared as a string, number…
//   source/prints-object    an object or array printed as text ("[object Object]", "a,b")
//   source/optional-printed a variable printed outside any block that the structure does not
//                           require: data without it validates, and its fill FAILS
//   source/helper, source/partial, source/decorator   what the preview cannot run
//   source/missing-variable a variable these fields_values lack where the source prints it: the
//                           fill FAILS with the API's "Template variable 'X' missing in payload."
// The sandbox fails fills with the same analysis (src/sandbox/documents/fills.ts), so a prediction
// here and an outcome there agree.
import { english, type Localizer } from '../l10n';
import type { Problem } from '../problems/problem';
import { declaration, firstOptional } from './declared';
import { parseSource, type LineIndex, type SourcePlace } from './parse';
import { variableName } from './paths';
import { renderProgram, type RenderNote, type RenderOptions, type RenderResult } from './render';
import { sourceUsage, type SourceUsage, type VariableUse } from './usage';

/** The message of a fill the renderer failed for a missing variable, as the API document words it. */
export function missingVariableFailure(variable: string): string {
  return `Template variable '${variable}' missing in payload.`;
}

/** The variable an API failure message names ("Template variable 'customerName' missing in payload."). */
export function variableOfFailure(message: string): string | undefined {
  return /Template variable '([^']+)' missing/i.exec(message)?.[1];
}

export interface SourceCheckOptions {
  structure: unknown;
  /** The fill's data: also render, and report what it lacks. */
  fieldsValues?: unknown;
  l10n?: Localizer;
  render?: RenderOptions;
}

export interface SourceCheck {
  ok: boolean;
  problems: Problem[];
  usage: SourceUsage;
  /** The render with fieldsValues (when given and the source parses). */
  render?: RenderResult;
  /** Variables the data lacks where they are printed, in source order. */
  missing: RenderNote[];
  lines: LineIndex;
}

function at(lines: LineIndex, place: SourcePlace): { span: { offset: number; length: number }; data: Record<string, unknown> } {
  return { span: lines.span(place), data: { line: place.line, column: place.column } };
}

function undeclaredProblem(use: VariableUse, lines: LineIndex, structure: unknown, l10n: Localizer): Problem | undefined {
  const d = declaration(structure, use.path);
  const where = at(lines, use.place);
  const printed = use.kind === 'value' || use.kind === 'argument';
  if (d.status === 'declared') {
    const t = d.types;
    if (use.kind === 'value' && t.length && t.every((x) => x === 'object' || x === 'array')) {
      return { pointer: '', ...where, code: 'source/prints-object', severity: 'warning', origin: 'lint', message: l10n.t('{0} is declared as {1}: printing it shows "[object Object]" or the items joined by commas; print one of its fields instead', use.name, t.join(' | ')), data: { ...where.data, variable: use.name } };
    }
    const optional = printed && !use.guards.length ? firstOptional(structure, use.path) : undefined;
    if (optional !== undefined) {
      const key = variableName(use.path.slice(0, optional + 1));
      return { pointer: '', ...where, code: 'source/optional-printed', severity: 'warning', origin: 'lint', message: l10n.t('{0} is printed outside any {{#if}}, but the structure does not require {1}: data without it passes validation and its fill FAILS (require it, or wrap the line in {{#if {1}}})', use.name, key), data: { ...where.data, variable: use.name, optional: key } };
    }
    return undefined;
  }
  const head = variableName(use.path.slice(0, d.at + 1));
  if (d.status === 'notObject') {
    return { pointer: '', ...where, code: 'source/not-object', severity: 'warning', origin: 'lint', message: l10n.t('{0} reads {1} from {2}, which the structure declares as {3}: it has no fields, so this prints nothing', use.expression, head, variableName(use.path.slice(0, d.at)), d.types.join(' | ')), data: { ...where.data, variable: use.name } };
  }
  const near = d.suggestion !== undefined ? variableName([...use.path.slice(0, d.at), d.suggestion]) : undefined;
  const hint = near ? l10n.t(' (did you mean {0}?)', near) : '';
  const unconditional = printed && use.guards.length === 0;
  let message: string;
  let severity: Problem['severity'] = 'warning';
  if (d.closed && printed) {
    message = l10n.t('{0} is not declared in the structure{1}, which allows no other fields there: no valid fill can send it, so every fill that prints it FAILS', head, hint);
    if (unconditional) severity = 'error';
  } else if (d.closed) message = l10n.t('{0} is not declared in the structure{1}, which allows no other fields there: it is never set, so this block always takes its {{else}}', head, hint);
  else if (printed) message = l10n.t('{0} is not declared in the structure{1}: fill data is never checked for it, and a fill without it FAILS here', head, hint);
  else message = l10n.t('{0} is not declared in the structure{1}: fill data is never checked for it', head, hint);
  return { pointer: '', ...where, code: 'source/undeclared', severity, origin: 'lint', message, data: { ...where.data, variable: head, ...(near ? { suggestion: near } : {}), closed: d.closed } };
}

function otherProblem(kind: 'helper' | 'partial' | 'decorator', name: string, place: SourcePlace, lines: LineIndex, l10n: Localizer): Problem {
  const where = at(lines, place);
  const message =
    kind === 'helper'
      ? l10n.t('{0} is not a built-in Handlebars helper: the Documents API must provide it; the preview cannot run it and shows a placeholder', name)
      : kind === 'partial'
        ? l10n.t('partial {0}: templates are uploaded as one file per language, so the renderer must already know it; the preview shows a placeholder', name)
        : l10n.t('decorators are not run by the preview');
  return { pointer: '', ...where, code: `source/${kind}`, severity: kind === 'helper' ? 'info' : 'warning', origin: 'lint', message, data: { ...where.data, name } };
}

/** Checks one source against the structure (and the fill's data, when given). */
export function checkSource(text: string, options: SourceCheckOptions): SourceCheck {
  const l10n = options.l10n ?? english;
  const parsed = parseSource(text, l10n);
  if (!parsed.ok) return { ok: false, problems: [parsed.problem], usage: { variables: [], others: [] }, missing: [], lines: parsed.lines };
  const { lines, program } = parsed;
  const usage = sourceUsage(program);
  const problems: Problem[] = [];
  for (const use of usage.variables) {
    const p = undeclaredProblem(use, lines, options.structure, l10n);
    if (p) problems.push(p);
  }
  for (const o of usage.others) problems.push(otherProblem(o.kind, o.name, o.place, lines, l10n));
  const out: SourceCheck = { ok: true, problems, usage, missing: [], lines };
  if (options.fieldsValues !== undefined) {
    out.render = renderProgram(program, options.fieldsValues, options.render);
    out.missing = out.render.notes.filter((n) => n.kind === 'missing');
    for (const m of out.missing) {
      const where = at(lines, m.place);
      problems.push({
        pointer: '',
        ...where,
        code: 'source/missing-variable',
        severity: 'error',
        origin: 'lint',
        message: l10n.t('{0} is missing in fields_values: a fill with this data FAILS here ("{1}")', m.variable, missingVariableFailure(m.variable)),
        data: { ...where.data, variable: m.variable },
      });
    }
  }
  return out;
}

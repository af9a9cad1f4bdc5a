// "Why will my fill FAIL?" answered before sending: the source of the fill's language (from the
// version's `sources[].template_url`) rendered with the fill's fields_values; every variable it
// prints that the data lacks is a problem in the fill file, at the place the value should be,
// worded with the message the API would answer. Also how to explain a FAILED fill afterwards: the
// API's message next to the cause the analysis finds.
import { toPointer } from '../json/pointer';
import { isJsonObject } from '../json/canonical';
import { english, type Localizer } from '../l10n';
import type { TemplateVersionDetail } from '../models/documents';
import type { Problem } from '../problems/problem';
import { checkSource, missingVariableFailure, variableOfFailure, type SourceCheck } from '../sources/check';
import type { RenderNote } from '../sources/render';

/** A source's text, or why it could not be loaded. */
export type SourceText = { language: string; url: string; text: string } | { language: string; url: string; error: string };

/** Loads the text behind each `template_url` (the caller's fetcher decides how: HTTP, cache, file). */
export async function loadSources(detail: TemplateVersionDetail, fetchText: (url: string, signal?: AbortSignal) => Promise<string>, options: { languages?: readonly string[]; signal?: AbortSignal } = {}): Promise<SourceText[]> {
  const wanted = detail.sources.filter((s) => !options.languages || options.languages.includes(s.language));
  return Promise.all(
    wanted.map(async (s): Promise<SourceText> => {
      try {
        return { language: s.language, url: s.template_url, text: await fetchText(s.template_url, options.signal) };
      } catch (e) {
        if (options.signal?.aborted) throw e;
        return { language: s.language, url: s.template_url, error: e instanceof Error ? e.message : String(e) };
      }
    }),
  );
}

export interface FillPrediction {
  language: string;
  /** The analysis of the fill's source (undefined when it could not be loaded). */
  check?: SourceCheck;
  /** Problems in the fill file: missing variables, an unusable source. */
  problems: Problem[];
  outcome: 'completes' | 'fails' | 'unknown';
  /** The message the API would give, when the fill is predicted to FAIL. */
  failure?: string;
}

function variableProblem(m: RenderNote, language: string, l10n: Localizer): Problem {
  const pointer = `/fields_values${toPointer(m.path ?? [m.variable])}`;
  return {
    pointer,
    target: 'parent',
    code: 'fill/variable-missing',
    severity: 'error',
    origin: 'schema',
    message: l10n.t('{0} is printed by the {1} source (line {2}, column {3}) but fields_values has no {0}: the fill will FAIL with "{4}"', m.variable, language, m.place.line, m.place.column, missingVariableFailure(m.variable)),
    data: { key: String(m.path?.[m.path.length - 1] ?? m.variable), variable: m.variable, language, line: m.place.line, column: m.place.column },
  };
}

/** What the fill of `value` (a fill file or body) will do with this version's sources. */
export function predictFill(value: unknown, detail: TemplateVersionDetail, sources: readonly SourceText[], l10n: Localizer = english): FillPrediction {
  const language = isJsonObject(value) && typeof value['language'] === 'string' ? value['language'] : detail.default_language;
  const fields = isJsonObject(value) ? value['fields_values'] : undefined;
  const source = sources.find((s) => s.language === language);
  if (!source || !isJsonObject(fields)) return { language, problems: [], outcome: 'unknown' };
  if ('error' in source) {
    return {
      language,
      outcome: 'unknown',
      problems: [{ pointer: '/language', code: 'fill/source-unavailable', severity: 'info', origin: 'schema', message: l10n.t('could not load the {0} source of {1} v{2} ({3}): variables the template prints are not checked', language, detail.external_id, detail.version, source.error) }],
    };
  }
  const check = checkSource(source.text, { structure: detail.structure, fieldsValues: fields, l10n });
  if (!check.ok) {
    const syntax = check.problems[0];
    const line = typeof syntax?.data?.['line'] === 'number' ? syntax.data['line'] : 1;
    return {
      language,
      check,
      outcome: 'fails',
      failure: syntax?.message,
      problems: [{ pointer: '/language', code: 'fill/source-invalid', severity: 'error', origin: 'schema', message: l10n.t('the {0} source of {1} v{2} does not parse (line {3}: {4}): every fill in {0} will FAIL', language, detail.external_id, detail.version, line, syntax?.message ?? '') }],
    };
  }
  const problems = check.missing.map((m) => variableProblem(m, language, l10n));
  const first = check.missing[0];
  return { language, check, problems, outcome: first ? 'fails' : 'completes', ...(first ? { failure: missingVariableFailure(first.variable) } : {}) };
}

export interface FailureExplanation {
  /** The API's message. */
  message: string;
  /** The likely cause from the source analysis, in words (undefined when it finds none). */
  cause?: string;
  /** Where in the source, when known. */
  place?: { language: string; line: number; column: number };
}

/** The API's FAILED message next to the cause the analysis finds for the data that was sent. */
export function explainFailure(message: string, prediction: FillPrediction | undefined, l10n: Localizer = english): FailureExplanation {
  if (!prediction?.check) return { message };
  const named = variableOfFailure(message);
  const missing = prediction.check.missing;
  const hit = (named !== undefined ? missing.find((m) => m.variable === named || m.variable.endsWith(`.${named}`) || m.expression === named) : undefined) ?? missing[0];
  if (hit) {
    const others = missing.length === 2 ? l10n.t(' (and 1 more missing variable)') : missing.length > 2 ? l10n.t(' (and {0} more missing variables)', missing.length - 1) : '';
    return {
      message,
      cause: l10n.t('the {0} source prints {1} at line {2}, column {3}, and the data sent has no {1}{4}', prediction.language, hit.variable, hit.place.line, hit.place.column, others),
      place: { language: prediction.language, line: hit.place.line, column: hit.place.column },
    };
  }
  const syntax = !prediction.check.ok ? prediction.check.problems[0] : undefined;
  if (syntax) return { message, cause: l10n.t('the {0} source does not parse: {1}', prediction.language, syntax.message) };
  if (named !== undefined) return { message, cause: l10n.t('the {0} source as loaded here prints no {1}: the template the API renders may differ from its template_url, or use a helper that needs it', prediction.language, named) };
  return { message };
}

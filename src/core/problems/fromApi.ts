// The APIs' error bodies as problems. The MOK API sends `{errors:[{status, code, detail,
// source:{parameter|pointer}}]}` (and, from older deployments, Rails-style `{errors:{field:[…]}}`
// or `{error, detail}`); the Documents API `{errors:[{code:"MDOC-…", title, ref, details}]}`, whose
// `details` for fill data read `/fields_values/…: message` — turned back into a pointer so the
// editor marks the right key.
import { isJsonObject } from '../json/canonical';
import { pointerFromFieldPath } from '../json/pointer';
import type { Problem } from './problem';

function str(rec: Record<string, unknown>, key: string): string | undefined {
  const v = rec[key];
  return typeof v === 'string' ? v : undefined;
}

function apiProblem(init: { code?: string; message: string; source?: string; pointer?: string; title?: string; ref?: string }): Problem {
  return {
    pointer: init.pointer ?? (init.source ? pointerFromFieldPath(init.source) : ''),
    message: init.message,
    code: init.code ?? 'api/error',
    severity: 'error',
    origin: 'api',
    ...(init.source ? { source: init.source } : {}),
    ...(init.title ? { title: init.title } : {}),
    ...(init.ref ? { ref: init.ref } : {}),
  };
}

/** A MOK Integration API error body (any of its shapes); [] when it is not one. */
export function mokErrorProblems(json: unknown): Problem[] {
  if (!isJsonObject(json)) return [];
  const out: Problem[] = [];
  const errors = json.errors;
  if (Array.isArray(errors)) {
    for (const e of errors as unknown[]) {
      if (!isJsonObject(e)) continue;
      const source = isJsonObject(e.source) ? (str(e.source, 'parameter') ?? str(e.source, 'pointer')) : str(e, 'pointer');
      const message = str(e, 'detail') ?? str(e, 'details') ?? str(e, 'title') ?? str(e, 'message') ?? JSON.stringify(e);
      out.push(apiProblem({ code: str(e, 'code'), message, source, title: str(e, 'title') }));
    }
  } else if (isJsonObject(errors)) {
    for (const [field, msgs] of Object.entries(errors)) {
      for (const m of Array.isArray(msgs) ? (msgs as unknown[]) : [msgs]) out.push(apiProblem({ message: String(m), source: field }));
    }
  }
  if (!out.length) {
    const message = str(json, 'detail') ?? str(json, 'error_description') ?? str(json, 'message') ?? str(json, 'error');
    if (message !== undefined) out.push(apiProblem({ code: str(json, 'error'), message }));
  }
  return out;
}

/** `"/fields_values/CUSTOMER/NAME: must be a string"` → pointer and message. */
export function splitMdocDetails(details: string): { pointer: string; message: string } | undefined {
  const m = /^(\/.*?): (.*)$/s.exec(details);
  return m ? { pointer: m[1] ?? '', message: m[2] ?? '' } : undefined;
}

/** A Documents API (MDOC) error body; [] when it is not one. */
export function mdocErrorProblems(json: unknown): Problem[] {
  if (!isJsonObject(json) || !Array.isArray(json.errors)) return mokErrorProblems(json);
  const out: Problem[] = [];
  for (const e of json.errors as unknown[]) {
    if (!isJsonObject(e)) continue;
    const details = str(e, 'details') ?? str(e, 'detail') ?? str(e, 'title') ?? JSON.stringify(e);
    const placed = splitMdocDetails(details);
    out.push(apiProblem({ code: str(e, 'code'), title: str(e, 'title'), ref: str(e, 'ref'), message: placed?.message ?? details, pointer: placed?.pointer }));
  }
  return out;
}

/** The error body of either API. */
export function apiErrorProblems(api: 'mok' | 'documents', json: unknown): Problem[] {
  return api === 'documents' ? mdocErrorProblems(json) : mokErrorProblems(json);
}

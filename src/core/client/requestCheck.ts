// A request checked against its catalogue entry before anything is sent: path params, query,
// the headers the API reads, and the body — every problem at once, each at a pointer into the
// request as the runner's request file and `mok call` show it (`/params/id`, `/query/page[size]`,
// `/headers/x-auth-owner`, `/body/service_request/service_id`). The client refuses to send what
// fails here (unless told to), and the sandbox's router runs the same check on what it receives.
import type * as z from 'zod';
import type { EndpointDef } from '../catalogue/types';
import { pathPlaceholders } from '../catalogue/types';
import { english, type Localizer } from '../l10n';
import { escapePointerSegment } from '../json/pointer';
import { zodProblems } from '../problems/fromZod';
import type { Problem } from '../problems/problem';

export interface RequestInput {
  params?: Readonly<Record<string, unknown>>;
  query?: Readonly<Record<string, unknown>>;
  headers?: Readonly<Record<string, string>>;
  body?: unknown;
}

export type RequestPart = 'params' | 'query' | 'headers' | 'body';

function part(schema: z.ZodType | undefined, value: unknown, where: RequestPart, l10n: Localizer): Problem[] {
  if (!schema) return [];
  const r = schema.safeParse(value ?? {});
  return r.success ? [] : zodProblems(r.error, value ?? {}, { schema, l10n, pointerPrefix: `/${where}` });
}

/** Lower-case header names, for matching against the catalogue's (lower-case) header models. */
export function lowerCaseHeaders(headers: Readonly<Record<string, string>> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers ?? {})) out[k.toLowerCase()] = v;
  return out;
}

export function checkRequest(def: EndpointDef, input: RequestInput, options: { l10n?: Localizer; checkBody?: boolean } = {}): Problem[] {
  const l10n = options.l10n ?? english;
  const problems: Problem[] = [];
  // `{org}` comes from the environment, not from the caller.
  const placeholders = pathPlaceholders(def.path).filter((p) => p !== 'org');
  for (const name of placeholders) {
    const v = input.params?.[name];
    if (v === undefined || v === null || v === '') {
      problems.push({ pointer: `/params/${escapePointerSegment(name)}`, target: 'parent', code: 'field/missing', severity: 'error', origin: 'schema', data: { key: name }, message: l10n.t('the path parameter "{0}" is required', name) });
    }
  }
  const missing = new Set(problems.map((p) => p.pointer));
  problems.push(...part(def.params, input.params, 'params', l10n).filter((p) => !missing.has(p.pointer)));
  problems.push(...part(def.query, input.query, 'query', l10n));
  // Only the headers the API documents are checked; others pass through untouched.
  if (def.headers) problems.push(...part(def.headers, lowerCaseHeaders(input.headers), 'headers', l10n));
  if (options.checkBody !== false) {
    if (def.body && input.body !== undefined) problems.push(...part(def.body, input.body, 'body', l10n));
    if (!def.body && input.body !== undefined && def.method === 'GET') {
      problems.push({ pointer: '/body', code: 'request/unexpected-body', severity: 'warning', origin: 'schema', message: l10n.t('{0} takes no body; it will be ignored', def.id) });
    }
  }
  return problems;
}

// Turns raw Ajv errors into problems a person can act on: one entry per real problem, pointing at
// the offending property, saying why a conditional requirement applies (if/then), suggesting the
// right spelling of a key or enum value, and collapsing oneOf noise into the alternative the data
// was evidently aiming at.
import type { ErrorObject } from 'ajv';
import { escapePointerSegment, parsePointer } from '../json/pointer';

export interface FieldError {
  /** JSON pointer into the validated data. For a missing property: where it should be. */
  pointer: string;
  keyword: string;
  message: string;
  params: Record<string, unknown>;
  /** Ajv's schema path (`#/allOf/1/then/required`), for "show the rule". */
  schemaPath: string;
}

interface Ctx {
  readonly schema: unknown;
  readonly data: unknown;
  readonly raw: readonly ErrorObject[];
}

type JsonObject = Record<string, unknown>;

function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Ajv schema paths are URI fragments: segments are percent-encoded JSON pointer segments. */
function schemaPathSegments(schemaPath: string): string[] {
  return parsePointer(schemaPath).map((s) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  });
}

function resolve(root: unknown, segments: readonly string[]): unknown {
  let node: unknown = root;
  for (const seg of segments) {
    if (Array.isArray(node)) {
      const i = Number(seg);
      if (!Number.isInteger(i)) return undefined;
      node = node[i];
    } else if (isObject(node)) {
      node = node[seg];
    } else {
      return undefined;
    }
    if (node === undefined) return undefined;
  }
  return node;
}

function quote(v: unknown): string {
  let s: string;
  try {
    s = JSON.stringify(v) ?? String(v);
  } catch {
    s = String(v);
  }
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

function describeType(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'an integer' : 'a number';
  if (typeof v === 'object') return 'an object';
  if (typeof v === 'string') return 'a string';
  if (typeof v === 'boolean') return 'a boolean';
  return typeof v;
}

const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: 'a string',
  number: 'a number',
  integer: 'an integer (whole number)',
  boolean: 'a boolean (true or false)',
  object: 'an object',
  array: 'an array',
  null: 'null',
};

const FORMAT_NAMES: Readonly<Record<string, string>> = {
  'date-time': 'an ISO 8601 date-time with time zone, like "2025-01-31T10:00:00Z"',
  'iso-date-time': 'an ISO 8601 date-time, like "2025-01-31T10:00:00"',
  date: 'a date as yyyy-mm-dd, like "2025-01-31"',
  time: 'a time with time zone, like "10:00:00Z"',
  email: 'an email address',
  uri: 'an absolute URI, like "https://example.com/x"',
  'uri-reference': 'a URI reference',
  uuid: 'a UUID, like "4833979c-e045-46a9-9b1e-412d19294237"',
  ipv4: 'an IPv4 address',
  ipv6: 'an IPv6 address',
  hostname: 'a host name',
  duration: 'an ISO 8601 duration, like "P1D"',
  regex: 'a regular expression',
};

/** Keys differing only in case, `_` or `-`: the usual way people misspell template fields. */
function looseKey(s: string): string {
  return s.toLowerCase().replace(/[_\-\s]/g, '');
}

export function suggestKey(wrong: string, candidates: readonly string[]): string | undefined {
  const lower = wrong.toLowerCase();
  const exactCi = candidates.find((c) => c !== wrong && c.toLowerCase() === lower);
  if (exactCi !== undefined) return exactCi;
  const loose = looseKey(wrong);
  return candidates.find((c) => c !== wrong && looseKey(c) === loose);
}

function instanceAt(data: unknown, pointer: string): unknown {
  return resolve(data, parsePointer(pointer));
}

function params(e: ErrorObject): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(e.params as object)) out[k] = v as unknown;
  return out;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

// ---------------------------------------------------------------------------------------------
// if/then context

/** "PAYMENT_METHOD is \"bank_transfer\"" for the `if` that made a `then` rule apply. */
function describeCondition(ifSchema: unknown, obj: unknown, branch: 'then' | 'else'): string | undefined {
  if (!isObject(ifSchema)) return undefined;
  const parts: string[] = [];
  const props = ifSchema['properties'];
  const required = Array.isArray(ifSchema['required']) ? ifSchema['required'].filter((r): r is string => typeof r === 'string') : [];
  if (isObject(props)) {
    for (const key of Object.keys(props)) {
      const present = isObject(obj) && Object.prototype.hasOwnProperty.call(obj, key);
      if (present) {
        parts.push(`${key} is ${quote(obj[key])}`);
      } else if (!required.includes(key)) {
        // `properties` alone never fails on a missing key, so the condition holds vacuously.
        parts.push(`${key} is absent — a condition on ${key} without "required": ["${key}"] also matches when ${key} is missing`);
      } else {
        parts.push(`${key} is absent`);
      }
    }
  }
  for (const key of required) {
    if (isObject(props) && key in props) continue;
    const present = isObject(obj) && Object.prototype.hasOwnProperty.call(obj, key);
    parts.push(present ? `${key} is present` : `${key} is absent`);
  }
  if (!parts.length) return undefined;
  const text = parts.join(' and ');
  return branch === 'then' ? text : `${text} (so the "if" condition did not match)`;
}

/** "because PAYMENT_METHOD is \"card\"" when `e` comes from a then/else branch. */
function conditionalReason(e: ErrorObject, ctx: Ctx): string | undefined {
  const segs = schemaPathSegments(e.schemaPath);
  let idx = -1;
  for (let i = segs.length - 1; i >= 0; i--) {
    if (segs[i] === 'then' || segs[i] === 'else') {
      idx = i;
      break;
    }
  }
  if (idx < 0) return undefined;
  const branch = segs[idx] === 'then' ? 'then' : 'else';
  const ifSegs = [...segs.slice(0, idx), 'if'];
  const ifPath = `#/${ifSegs.map((s) => encodeURIComponent(escapePointerSegment(s))).join('/')}`;
  // The `if` error Ajv emits next to the branch failure tells which object the condition ran on.
  const ifError = ctx.raw.find((r) => r.keyword === 'if' && r.schemaPath === ifPath && e.instancePath.startsWith(r.instancePath));
  const objPointer = ifError?.instancePath ?? e.instancePath;
  const cond = describeCondition(resolve(ctx.schema, ifSegs), instanceAt(ctx.data, objPointer), branch);
  return cond ? `because ${cond}` : `because of the "${branch}" rule at ${ifPath.slice(0, -3)}`;
}

// ---------------------------------------------------------------------------------------------
// oneOf

function branchSummary(branch: unknown): string {
  if (!isObject(branch)) return 'an alternative';
  const bits: string[] = [];
  const props = branch['properties'];
  if (isObject(props)) {
    for (const [k, s] of Object.entries(props)) {
      if (isObject(s) && 'const' in s) bits.push(`${k} ${quote(s['const'])}`);
      else if (isObject(s) && Array.isArray(s['enum'])) bits.push(`${k} one of ${s['enum'].map(quote).join('/')}`);
    }
  }
  const req = Array.isArray(branch['required']) ? branch['required'].filter((r): r is string => typeof r === 'string') : [];
  if (req.length) bits.push(`${bits.length ? 'with ' : 'having '}${req.join(', ')}`);
  return bits.length ? bits.join(' ') : 'an alternative';
}

function isUnder(e: ErrorObject, schemaPrefix: string, instancePrefix: string): boolean {
  return e.schemaPath.startsWith(`${schemaPrefix}/`) && e.instancePath.startsWith(instancePrefix);
}

/**
 * With allErrors Ajv reports every failing branch of a oneOf. When exactly one branch fails only on
 * non-discriminating keywords (its consts/enums match), that is the one the data meant: keep its
 * errors and drop the rest. Otherwise keep one summarising oneOf error.
 */
function collapseOneOf(errors: ErrorObject[], ctx: Ctx): { errors: ErrorObject[]; oneOfMessages: Map<ErrorObject, string> } {
  const oneOfMessages = new Map<ErrorObject, string>();
  let current = errors;
  const oneOfs = current.filter((e) => e.keyword === 'oneOf').sort((a, b) => b.schemaPath.length - a.schemaPath.length);
  for (const o of oneOfs) {
    if (!current.includes(o)) continue;
    const branches = resolve(ctx.schema, schemaPathSegments(o.schemaPath));
    const count = Array.isArray(branches) ? branches.length : 0;
    const passing = o.params.passingSchemas as unknown;
    const inside = current.filter((e) => e !== o && isUnder(e, o.schemaPath, o.instancePath));
    if (Array.isArray(passing)) {
      const which = passing.map((i) => `#${Number(i) + 1}`).join(' and ');
      oneOfMessages.set(o, `matches more than one alternative of "oneOf" (${which}); it must match exactly one of the ${count}`);
      current = current.filter((e) => !inside.includes(e));
      continue;
    }
    const byBranch = new Map<string, ErrorObject[]>();
    for (const e of inside) {
      const rest = e.schemaPath.slice(o.schemaPath.length + 1);
      const k = rest.split('/')[0] ?? '';
      byBranch.set(k, [...(byBranch.get(k) ?? []), e]);
    }
    const candidates = [...byBranch.entries()].filter(([, errs]) => !errs.some((e) => e.keyword === 'const' || e.keyword === 'enum'));
    if (candidates.length === 1) {
      const keep = candidates[0]?.[1] ?? [];
      current = current.filter((e) => e !== o && (!inside.includes(e) || keep.includes(e)));
      continue;
    }
    const alternatives = Array.isArray(branches) ? branches.map((b, i) => `(${i + 1}) ${branchSummary(b)}`).join('; ') : '';
    oneOfMessages.set(o, `must match exactly one of the ${count} alternatives of "oneOf" but matches none${alternatives ? `: ${alternatives}` : ''}`);
    current = current.filter((e) => !inside.includes(e));
  }
  return { errors: current, oneOfMessages };
}

// ---------------------------------------------------------------------------------------------
// per keyword

function formatOne(e: ErrorObject, ctx: Ctx, oneOfMessages: Map<ErrorObject, string>): FieldError {
  const p = params(e);
  const value = instanceAt(ctx.data, e.instancePath);
  const base = { keyword: e.keyword, params: p, schemaPath: e.schemaPath };
  switch (e.keyword) {
    case 'required':
    case 'dependentRequired': {
      const missing = str(p['missingProperty']) ?? '?';
      const hints: string[] = [];
      if (isObject(value)) {
        const near = suggestKey(missing, Object.keys(value));
        if (near !== undefined) hints.push(`the data has "${near}"; property names are case-sensitive`);
      }
      const declared = isObject(e.parentSchema) && isObject(e.parentSchema['properties']) ? Object.keys(e.parentSchema['properties']) : [];
      if (declared.length && !declared.includes(missing)) {
        const near = suggestKey(missing, declared);
        if (near !== undefined) hints.push(`the schema declares "${near}", not "${missing}" — probably a defect in the template structure`);
      }
      const because = e.keyword === 'dependentRequired' ? `because ${str(p['property']) ?? 'another property'} is present` : conditionalReason(e, ctx);
      const reason = because ? `required ${because}` : undefined;
      const extra = [reason, ...hints].filter((x): x is string => !!x);
      return {
        ...base,
        pointer: `${e.instancePath}/${escapePointerSegment(missing)}`,
        message: `missing required property "${missing}"${extra.length ? ` (${extra.join('; ')})` : ''}`,
      };
    }
    case 'additionalProperties':
    case 'unevaluatedProperties': {
      const key = str(p['additionalProperty']) ?? str(p['unevaluatedProperty']) ?? '?';
      const declared = isObject(e.parentSchema) && isObject(e.parentSchema['properties']) ? Object.keys(e.parentSchema['properties']) : [];
      const near = suggestKey(key, declared);
      let tail = '';
      if (near !== undefined) tail = ` (did you mean "${near}"?)`;
      else if (declared.length) {
        const shown = declared.slice(0, 12).map((d) => `"${d}"`).join(', ');
        tail = `; allowed properties: ${shown}${declared.length > 12 ? ` and ${declared.length - 12} more` : ''}`;
      }
      return { ...base, pointer: `${e.instancePath}/${escapePointerSegment(key)}`, message: `property "${key}" is not allowed here${tail}` };
    }
    case 'enum': {
      const allowed = Array.isArray(p['allowedValues']) ? p['allowedValues'] : [];
      const list = allowed.map(quote).join(', ');
      let hint = '';
      if (typeof value === 'string') {
        const near = suggestKey(value, allowed.filter((a): a is string => typeof a === 'string'));
        if (near !== undefined) hint = `; did you mean ${quote(near)}?`;
      }
      return { ...base, pointer: e.instancePath, message: `must be one of ${list} (got ${quote(value)}${hint})` };
    }
    case 'const': {
      const want = p['allowedValue'];
      return { ...base, pointer: e.instancePath, message: `must be ${quote(want)} (got ${quote(value)})` };
    }
    case 'type': {
      const raw = p['type'];
      // Ajv sends a union type as "string,null" or as an array depending on the code path.
      const types = Array.isArray(raw) ? raw.filter((t): t is string => typeof t === 'string') : (str(raw)?.split(',') ?? []);
      const wanted = types.map((t) => TYPE_NAMES[t] ?? t).join(' or ');
      return { ...base, pointer: e.instancePath, message: `must be ${wanted}, but is ${describeType(value)} (${quote(value)})` };
    }
    case 'format': {
      const fmt = str(p['format']) ?? '?';
      const what = FORMAT_NAMES[fmt] ?? `in format "${fmt}"`;
      return { ...base, pointer: e.instancePath, message: `must be ${what} (got ${quote(value)})` };
    }
    case 'oneOf': {
      const reason = conditionalReason(e, ctx);
      const msg = oneOfMessages.get(e) ?? 'must match exactly one alternative of "oneOf"';
      return { ...base, pointer: e.instancePath, message: `${msg}${reason ? ` (this rule applies ${reason})` : ''}` };
    }
    case 'anyOf':
      return { ...base, pointer: e.instancePath, message: 'must match at least one alternative of "anyOf"' };
    case 'pattern':
      return { ...base, pointer: e.instancePath, message: `must match the pattern /${str(p['pattern']) ?? ''}/ (got ${quote(value)})` };
    case 'false schema':
      return { ...base, pointer: e.instancePath, message: 'is not allowed here (the schema forbids any value)' };
    default: {
      const reason = conditionalReason(e, ctx);
      const msg = e.message ?? `fails "${e.keyword}"`;
      return { ...base, pointer: e.instancePath, message: `${msg}${value !== undefined && typeof value !== 'object' ? ` (got ${quote(value)})` : ''}${reason ? ` (this rule applies ${reason})` : ''}` };
    }
  }
}

/** Raw Ajv errors (allErrors, verbose) → deduplicated, readable problems in document order. */
export function humanizeErrors(raw: readonly ErrorObject[], schema: unknown, data: unknown): FieldError[] {
  const ctx: Ctx = { schema, data, raw };
  // `if` errors only say "must match then schema"; the branch's own errors say what is wrong.
  const { errors, oneOfMessages } = collapseOneOf(
    raw.filter((e) => e.keyword !== 'if'),
    ctx,
  );
  const out: FieldError[] = [];
  const seen = new Set<string>();
  for (const e of errors) {
    const f = formatOne(e, ctx, oneOfMessages);
    const key = `${f.pointer}\u0000${f.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(f);
  }
  return out;
}

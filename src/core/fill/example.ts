// Example values that satisfy a template structure: what "New Fill File", `mok scaffold` and the
// "insert missing key" quick fix write. First a value built from the schema (const, enum,
// examples, default, format, pattern, ranges; realistic Spanish values by field name), then
// validation and repair until it passes: what if/then, oneOf and the rest still demand is added
// from the errors. Copes with defective structures: a `required` key that `properties` spells
// differently gets both spellings, so the data passes and the template finds its declared field.
import { isJsonObject } from '../json/canonical';
import { escapePointerSegment, parentPointer, parsePointer, valueAt } from '../json/pointer';
import { alwaysRequired, childSchemas, declaredProperties, inPlace, schemaAtPointer, schemasAt, type AppliedSchema } from '../schema/navigate';
import type { SchemaValidator } from '../validation/ajv';
import { formatExample } from '../validation/formats';
import type { FieldError } from '../validation/messages';
import { patternExample } from '../validation/patternExample';
import { closest, sameLoosely } from '../wording/suggest';

const MAX_DEPTH = 12;

const STRING_BY_NAME: readonly [RegExp, string][] = [
  [/IBAN/i, 'ES9121000418450200051332'],
  [/(^|_)(DNI|NIF|NIE)($|_)|DOCUMENT/i, '12345678Z'],
  [/CIF/i, 'B12345674'],
  [/E?MAIL|CORREO/i, 'maria.garcia@example.com'],
  [/PHONE|TELEF|MOVIL|MÓVIL|MSISDN/i, '600123456'],
  [/LAST_DIGITS|ULTIMOS/i, '4242'],
  [/CITY|CIUDAD|LOCALIDAD|MUNICIPIO/i, 'Madrid'],
  [/POSTAL|ZIP|(^|_)CP$/i, '28013'],
  [/ADDRESS|DIRECCI/i, 'Calle Mayor 1'],
  [/SURNAME|APELLIDO/i, 'García López'],
  [/CALLE|STREET/i, 'Calle Mayor'],
  [/(^|_)(NUMERO|NUMBER)$/i, '1'],
  [/TARIFA|(^|_)PLAN($|_)/i, 'La Ilimitada'],
  [/REFERENCIA|REFERENCE/i, 'REF-0001'],
  [/(^|_)(NAME|NOMBRE)($|_)/i, 'María García'],
  [/DATE|FECHA/i, '2025-01-31'],
  [/CURRENCY|MONEDA/i, 'EUR'],
];

const NUMBER_BY_NAME: readonly [RegExp, number][] = [
  [/LATITUD/i, 40.4168],
  [/LONGITUD/i, -3.7038],
  [/QUANTITY|CANTIDAD|UNITS|UNIDADES/i, 1],
  [/PRICE|PRECIO|AMOUNT|IMPORTE|TOTAL|COST|COSTE/i, 35],
  [/MONTHS|MESES/i, 12],
];

function firstOf<T>(applied: readonly AppliedSchema[], pick: (s: Record<string, unknown>) => T | undefined): T | undefined {
  for (const a of applied) {
    if (a.applies !== 'always') continue;
    const v = pick(a.schema);
    if (v !== undefined) return v;
  }
  return undefined;
}

function num(applied: readonly AppliedSchema[], key: string): number | undefined {
  return firstOf(applied, (s) => (typeof s[key] === 'number' ? s[key] : undefined));
}

function typeOf(applied: readonly AppliedSchema[]): string | undefined {
  const declared = firstOf(applied, (s) => {
    const t = s['type'];
    if (typeof t === 'string') return t;
    return Array.isArray(t) ? (t.find((x) => typeof x === 'string' && x !== 'null') as string | undefined) : undefined;
  });
  if (declared) return declared;
  if (applied.some((a) => 'properties' in a.schema || 'required' in a.schema)) return 'object';
  if (applied.some((a) => 'items' in a.schema || 'prefixItems' in a.schema)) return 'array';
  if (applied.some((a) => 'minimum' in a.schema || 'maximum' in a.schema || 'multipleOf' in a.schema)) return 'number';
  return 'string';
}

/** Items of a product list get product names, not people's. */
const PRODUCT_CONTEXT = /PRODUCT|PRODUCTO|LINEA|LÍNEA|ITEM|ARTICULO|ARTÍCULO|CONCEPT/i;

function exampleString(applied: readonly AppliedSchema[], key: string, context: string): string {
  const format = firstOf(applied, (s) => (typeof s['format'] === 'string' ? s['format'] : undefined));
  const fromFormat = format !== undefined ? formatExample(format) : undefined;
  if (fromFormat !== undefined) return fromFormat;
  const pattern = firstOf(applied, (s) => (typeof s['pattern'] === 'string' ? s['pattern'] : undefined));
  if (pattern !== undefined) return patternExample(pattern) ?? 'ejemplo';
  const min = num(applied, 'minLength') ?? 0;
  const max = num(applied, 'maxLength') ?? Number.POSITIVE_INFINITY;
  const named = PRODUCT_CONTEXT.test(context) && /(^|_)(NAME|NOMBRE)($|_)/i.test(key) ? 'Fibra 1Gb' : STRING_BY_NAME.find(([re]) => re.test(key))?.[1];
  let s = named ?? 'ejemplo';
  if (s.length > max) s = s.slice(0, max);
  while (s.length < min) s += 'x';
  return s;
}

function exampleNumber(applied: readonly AppliedSchema[], key: string, integer: boolean): number {
  let v = NUMBER_BY_NAME.find(([re]) => re.test(key))?.[1] ?? 1;
  const min = num(applied, 'minimum');
  const xmin = num(applied, 'exclusiveMinimum');
  const max = num(applied, 'maximum');
  const xmax = num(applied, 'exclusiveMaximum');
  if (min !== undefined && v < min) v = min;
  if (xmin !== undefined && v <= xmin) v = xmin + 1;
  if (max !== undefined && v > max) v = max;
  if (xmax !== undefined && v >= xmax) v = xmax - 1;
  const step = num(applied, 'multipleOf');
  if (step !== undefined && step > 0) v = Math.ceil(v / step) * step;
  return integer ? Math.round(v) : v;
}

/** A value for the instance the applied subschemas describe; `key` names it (for realistic values). */
export function exampleFor(root: unknown, applied: readonly AppliedSchema[], key = '', depth = 0, context = ''): unknown {
  if (!applied.length) return exampleString([], key, context);
  if (applied.some((a) => a.applies === 'always' && 'const' in a.schema)) return firstOf(applied, (s) => ('const' in s ? { v: s['const'] } : undefined))?.v;
  const e = firstOf(applied, (s) => (Array.isArray(s['enum']) && s['enum'].length ? { v: s['enum'][0] as unknown } : undefined));
  if (e) return e.v;
  const given = firstOf(applied, (s) => (Array.isArray(s['examples']) && s['examples'].length ? { v: s['examples'][0] as unknown } : 'default' in s ? { v: s['default'] } : undefined));
  if (given) return structuredClone(given.v);
  switch (typeOf(applied)) {
    case 'object':
      return depth >= MAX_DEPTH ? {} : exampleObject(root, applied, depth, `${context}/${key}`);
    case 'array': {
      if (depth >= MAX_DEPTH) return [];
      const count = Math.max(1, num(applied, 'minItems') ?? 1);
      const max = num(applied, 'maxItems');
      const n = max !== undefined ? Math.min(count, max) : count;
      return Array.from({ length: n }, (_, i) => exampleFor(root, childSchemas(root, applied, String(i)), key, depth + 1, context));
    }
    case 'integer':
      return exampleNumber(applied, key, true);
    case 'number':
      return exampleNumber(applied, key, false);
    case 'boolean':
      return false;
    case 'null':
      return null;
    default:
      return exampleString(applied, key, context);
  }
}

function exampleObject(root: unknown, applied: readonly AppliedSchema[], depth: number, context: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const declared = declaredProperties(applied);
  for (const key of alwaysRequired(applied)) {
    if (key in out) continue;
    const child = childSchemas(root, applied, key);
    // A required key `properties` spells differently (`dni` vs `DNI`): write both, same value.
    const spelled = !declared.includes(key) ? closest(key, declared) : undefined;
    if (spelled !== undefined && sameLoosely(spelled, key)) {
      const v = exampleFor(root, childSchemas(root, applied, spelled), spelled, depth + 1, context);
      out[spelled] = v;
      out[key] = structuredClone(v);
      continue;
    }
    out[key] = exampleFor(root, child, key, depth + 1, context);
  }
  return out;
}

/** A value for the member at `pointer` of `data` (its key names it), from what applies there. */
export function exampleAt(root: unknown, pointer: string): unknown {
  const segs = parsePointer(pointer);
  const key = segs[segs.length - 1] ?? '';
  let applied = schemasAt(root, pointer);
  if (!applied.length && segs.length) {
    // Not declared (a defective `required`): the declared spelling's schema, if there is one.
    const parent = schemasAt(root, parentPointer(pointer));
    const spelled = closest(key, declaredProperties(parent));
    if (spelled !== undefined && sameLoosely(spelled, key)) applied = childSchemas(root, parent, spelled);
  }
  return exampleFor(root, applied, key, segs.length, segs.slice(0, -1).join('/'));
}

/**
 * A value for `key` that does NOT meet the `if` at `ifPointer` (so its then no longer applies):
 * `false` for a `const: true`, another enum value, … Undefined when none is known.
 */
export function valueAvoidingCondition(root: unknown, ifPointer: string, objectPointer: string, key: string): unknown {
  const test = schemaAtPointer(root, `${ifPointer}/properties/${escapePointerSegment(key)}`);
  if (!isJsonObject(test) || !('const' in test)) return undefined;
  const bad = test['const'];
  const declared = schemasAt(root, `${objectPointer}/${escapePointerSegment(key)}`);
  const allowed = firstOf(declared, (s) => (Array.isArray(s['enum']) ? (s['enum'] as unknown[]) : undefined));
  if (allowed) return allowed.find((v) => JSON.stringify(v) !== JSON.stringify(bad));
  if (typeof bad === 'boolean') return !bad;
  const candidate = exampleFor(root, declared, key);
  return JSON.stringify(candidate) !== JSON.stringify(bad) ? candidate : undefined;
}

function setAt(data: unknown, pointer: string, value: unknown): boolean {
  const segs = parsePointer(pointer);
  const last = segs.pop();
  if (last === undefined) return false;
  const parent = valueAt(data, segs);
  if (Array.isArray(parent) && /^\d+$/.test(last)) parent[Number(last)] = value;
  else if (isJsonObject(parent)) parent[last] = value;
  else return false;
  return true;
}

function removeAt(data: unknown, pointer: string): boolean {
  const parent = valueAt(data, parentPointer(pointer));
  const last = parsePointer(pointer).pop();
  if (!isJsonObject(parent) || last === undefined || !(last in parent)) return false;
  delete parent[last];
  return true;
}

/** One repair for one validation error; false when it does not know how. */
function repair(root: unknown, data: unknown, e: FieldError): boolean {
  const d = e.data ?? {};
  switch (e.keyword) {
    case 'required': {
      const vacuous = typeof d['vacuousKey'] === 'string' && typeof d['ifPointer'] === 'string' ? d['vacuousKey'] : undefined;
      if (vacuous !== undefined) {
        const obj = parentPointer(e.pointer);
        const avoid = valueAvoidingCondition(root, String(d['ifPointer']), obj, vacuous);
        if (avoid !== undefined) return setAt(data, `${obj}/${escapePointerSegment(vacuous)}`, avoid);
      }
      return setAt(data, e.pointer, exampleAt(root, e.pointer));
    }
    case 'additionalProperties':
    case 'unevaluatedProperties':
      return removeAt(data, e.pointer);
    case 'enum':
    case 'const':
      return Array.isArray(d.allowed) && d.allowed.length ? setAt(data, e.pointer, structuredClone(d.allowed[0])) : false;
    case 'format':
    case 'pattern':
      return d.example !== undefined ? setAt(data, e.pointer, d.example) : false;
    case 'oneOf':
    case 'anyOf': {
      const branch = schemaAtPointer(root, `${e.schemaPath.slice(1)}/0`);
      const current = valueAt(data, e.pointer);
      const extra = exampleFor(root, inPlace(root, branch, `${e.schemaPath.slice(1)}/0`));
      return isJsonObject(current) && isJsonObject(extra) ? (Object.assign(current, { ...extra, ...current }), true) : setAt(data, e.pointer, extra);
    }
    default:
      return e.pointer !== '' && setAt(data, e.pointer, exampleAt(root, e.pointer));
  }
}

/** Example data for a whole structure, repaired until it validates (or no repair helps). */
export function exampleData(structure: unknown, validator: SchemaValidator): { value: unknown; valid: boolean } {
  const prepared = validator.prepare(structure);
  if (!prepared.ok) return { value: {}, valid: false };
  const root = prepared.schema;
  const value = exampleFor(root, inPlace(root, root, ''));
  for (let round = 0; round < 25; round++) {
    const r = prepared.validate(value);
    if (r.valid) return { value, valid: true };
    const before = JSON.stringify(value);
    for (const e of r.errors) repair(root, value, e);
    if (JSON.stringify(value) === before) return { value, valid: false };
  }
  return { value, valid: prepared.validate(value).valid };
}

// JSON Schema 2020-12 validation of dynamic-template fill data (`fields_values`). Each schema is
// compiled once and cached by a hash of its canonical JSON; `prepare()` hands out the compiled
// schema so the editor and the CLI validate with no per-call hashing — valid data costs what bare
// ajv costs, and errors are worded only when validation fails. vscode-free: the CLI, the sandbox
// and the extension share it.
//
// Choices (docs/decisions.md, "Validation and lint"): formats are asserted unless the validator is
// made with `formats: 'annotate'`; unknown formats are ignored (lint reports them); `required` and
// `properties` count own members only — schemas naming `constructor`, `__proto__` and the like are
// compiled with ajv's ownProperties (slower, so only for them); boolean schemas are schemas;
// nothing is fetched over the network.
import Ajv2020 from 'ajv/dist/2020';
import type { ErrorObject, ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { isJsonObject, schemaHash } from '../json/canonical';
import { english, type Localizer } from '../l10n';
import { visitSchemas } from '../schema/navigate';
import { explainCompileError, findRefLoop, type CompileFailure } from './compileErrors';
import { humanizeErrors, type FieldError, type HumanizeOptions } from './messages';
import { metaSchemaProblems } from './metaErrors';

export type { FieldError } from './messages';

export type FormatMode = 'assert' | 'annotate';

export interface ValidationResult {
  valid: boolean;
  errors: FieldError[];
  /** Set when the schema itself could not be compiled; `errors` then holds one `schema` entry. */
  schemaError?: string;
  /** Where in the structure the compile failure is. */
  compileFailure?: CompileFailure;
}

export const DRAFT_2020_12 = 'https://json-schema.org/draft/2020-12/schema';

const VALID: ValidationResult = Object.freeze({ valid: true, errors: [] });

/** A compiled (or refused) schema, ready to validate many documents. */
export interface PreparedSchema {
  readonly ok: boolean;
  /** The validator's private copy of the schema (what error paths point into). */
  readonly schema: unknown;
  validate(data: unknown, options?: HumanizeOptions): ValidationResult;
  /** Explains why the schema does not compile (undefined when it does). */
  failure(l10n?: Localizer): CompileFailure | undefined;
}

interface Entry {
  prepared: PreparedSchema;
  ajv?: Ajv2020;
  copy?: object | boolean;
}

export interface SchemaValidatorOptions {
  /** Compiled schemas kept (least recently used evicted first). Default 200. */
  maxCacheEntries?: number;
  /** `assert` (default, as the fill endpoint does) or `annotate` (formats not checked). */
  formats?: FormatMode;
}

/** True when the schema names a member that every object inherits (`constructor`, `__proto__`…). */
function namesPrototypeMembers(schema: unknown): boolean {
  let found = false;
  const inherited = (k: unknown) => typeof k === 'string' && k in Object.prototype;
  visitSchemas(schema, (node) => {
    if (found) return;
    const req = node['required'];
    if (Array.isArray(req) && req.some(inherited)) found = true;
    for (const key of ['properties', 'dependentRequired', 'dependentSchemas'] as const) {
      const m = node[key];
      if (isJsonObject(m) && Object.keys(m).some(inherited)) found = true;
    }
  });
  return found;
}

export class SchemaValidator {
  private readonly instances = new Map<boolean, Ajv2020>();
  private readonly cache = new Map<string, Entry>();
  private readonly maxEntries: number;
  private compiles = 0;
  readonly formats: FormatMode;

  constructor(options: SchemaValidatorOptions = {}) {
    this.maxEntries = Math.max(1, options.maxCacheEntries ?? 200);
    this.formats = options.formats ?? 'assert';
  }

  /** How many times a schema was actually compiled (cache misses). */
  get compileCount(): number {
    return this.compiles;
  }

  get cacheSize(): number {
    return this.cache.size;
  }

  /** One ajv per member-lookup mode; each made on first use. */
  private ajv(ownProperties: boolean): Ajv2020 {
    let a = this.instances.get(ownProperties);
    if (!a) {
      // Not `verbose`: messages find what they need in the schema from the error's path, and
      // verbose code makes valid data ~20 % slower once a process has JIT-compiled much else.
      // logger false: unknown formats/keywords in user schemas must not print to the console.
      a = new Ajv2020({ allErrors: true, strict: false, logger: false, ownProperties, validateFormats: this.formats === 'assert' });
      addFormats(a);
      this.instances.set(ownProperties, a);
    }
    return a;
  }

  /** The ajv instance used for the draft 2020-12 meta-schema check (structure check). */
  metaValidator(): Ajv2020 {
    return this.ajv(false);
  }

  /** Compiles (or fetches from the cache) a schema; never throws. */
  prepare(schema: unknown): PreparedSchema {
    const key = schemaHash(schema);
    const hit = this.cache.get(key);
    if (hit) {
      this.cache.delete(key);
      this.cache.set(key, hit);
      return hit.prepared;
    }
    const entry = this.compileFresh(schema);
    this.cache.set(key, entry);
    while (this.cache.size > this.maxEntries) {
      const oldest = this.cache.keys().next();
      if (oldest.done) break;
      const evicted = this.cache.get(oldest.value);
      this.cache.delete(oldest.value);
      // Ajv keeps its own cache keyed by the schema object; drop it too or memory only grows.
      if (evicted?.ajv && evicted.copy !== undefined && typeof evicted.copy === 'object') evicted.ajv.removeSchema(evicted.copy);
    }
    return entry.prepared;
  }

  private compileFresh(schema: unknown): Entry {
    this.compiles++;
    if (typeof schema === 'boolean') return this.compiled(this.ajv(false), schema, schema);
    if (!isJsonObject(schema)) {
      return { prepared: refused(schema, (l10n) => ({ pointer: '', keyword: 'schema', message: l10n.t('a JSON Schema must be an object or a boolean, not {0}', describe(schema)) })) };
    }
    // A private copy: callers may mutate their object later, and error paths point into it.
    const copy = structuredClone(schema);
    const declared = copy['$schema'];
    // Template structures are 2020-12; an older $schema would make Ajv2020 refuse to compile (lint says so).
    if (typeof declared === 'string' && declared.replace(/#$/, '') !== DRAFT_2020_12) delete copy['$schema'];
    const loop = findRefLoop(copy, english);
    if (loop) return { prepared: refused(copy, (l10n) => findRefLoop(copy, l10n) ?? loop) };
    const ajv = this.ajv(namesPrototypeMembers(copy));
    const id = copy['$id'];
    if (typeof id === 'string' && ajv.getSchema(id)) ajv.removeSchema(id);
    return this.compiled(ajv, copy, schema);
  }

  private compiled(ajv: Ajv2020, copy: object | boolean, original: unknown): Entry {
    let fn: ValidateFunction;
    try {
      if (typeof copy === 'object' && !ajv.validateSchema(copy)) {
        const errors = [...(ajv.errors ?? [])];
        return { prepared: refused(copy, (l10n) => metaFailure(errors, copy, l10n)) };
      }
      fn = ajv.compile(copy);
    } catch (e) {
      return { prepared: refused(copy, (l10n) => explainCompileError(original, e, l10n)) };
    }
    const prepared: PreparedSchema = {
      ok: true,
      schema: copy,
      failure: () => undefined,
      validate: (data, options) => {
        try {
          if (fn(data)) return VALID;
        } catch (e) {
          // Data nested deeper than the stack, or a recursion the loop check cannot see (a
          // $dynamicRef chain): a refusal that says so, not a crash.
          if (!(e instanceof RangeError)) throw e;
          return refused(copy, (l10n) => ({ pointer: '', keyword: 'schema', message: l10n.t('validation ran out of stack: the data is nested too deeply, or a $ref/$dynamicRef in the structure recurses without end') })).validate(data, options);
        }
        return { valid: false, errors: humanizeErrors(fn.errors ?? [], copy, data, options) };
      },
    };
    return { prepared, ajv, copy };
  }

  validate(schema: unknown, data: unknown, options?: HumanizeOptions): ValidationResult {
    return this.prepare(schema).validate(data, options);
  }

  /** Whether a schema compiles, and why not (English; the sandbox's MDOC details). */
  compile(schema: unknown): { ok: true } | { ok: false; message: string } {
    const p = this.prepare(schema);
    const f = p.failure();
    return f ? { ok: false, message: f.message } : { ok: true };
  }
}

function describe(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v;
}

/** The first meta-schema violation, named by keyword and place. */
function metaFailure(errors: readonly ErrorObject[], structure: unknown, l10n: Localizer): CompileFailure {
  const first = metaSchemaProblems(errors, structure, l10n)[0];
  const pointer = first?.pointer ?? '';
  return { pointer, keyword: pointer.split('/').pop() || 'schema', message: l10n.t('{0} (at {1})', first?.message ?? '?', pointer || '/') };
}

function refused(schema: unknown, explain: (l10n: Localizer) => CompileFailure): PreparedSchema {
  return {
    ok: false,
    schema,
    failure: (l10n = english) => explain(l10n),
    validate: (_data, options) => {
      const l10n = options?.l10n ?? english;
      const f = explain(l10n);
      const message = l10n.t('the template structure is not a usable JSON Schema: {0}', f.message);
      return { valid: false, schemaError: f.message, compileFailure: f, errors: [{ pointer: '', keyword: 'schema', message, params: {}, schemaPath: `#${f.pointer}`, target: 'value' }] };
    },
  };
}

let shared: SchemaValidator | undefined;

/** The process-wide validator (lazily created) for callers that do not manage their own. */
export function defaultValidator(): SchemaValidator {
  shared ??= new SchemaValidator();
  return shared;
}

/** Validates fill data against a template structure with the shared validator. */
export function validateFieldsValues(schema: unknown, data: unknown, options?: HumanizeOptions): ValidationResult {
  return defaultValidator().validate(schema, data, options);
}

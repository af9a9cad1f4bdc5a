// JSON Schema 2020-12 validation of dynamic-template fill data (`fields_values`). One Ajv instance
// per validator, each schema compiled once and cached by a hash of its canonical JSON, so
// validating as the user types costs a lookup, not a compile. vscode-free: the CLI, the sandbox
// and the extension share it.
import Ajv2020 from 'ajv/dist/2020';
import type { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { schemaHash } from '../json/canonical';
import { humanizeErrors, type FieldError } from './messages';

export type { FieldError } from './messages';

export interface ValidationResult {
  valid: boolean;
  errors: FieldError[];
  /** Set when the schema itself could not be compiled; `errors` then holds one `schema` entry. */
  schemaError?: string;
}

const DRAFT_2020_12 = 'https://json-schema.org/draft/2020-12/schema';

type Compiled = { ok: true; validate: ValidateFunction; schema: object } | { ok: false; message: string; schema?: object };

export interface SchemaValidatorOptions {
  /** Compiled schemas kept (least recently used evicted first). Default 200. */
  maxCacheEntries?: number;
}

export class SchemaValidator {
  private readonly ajv: Ajv2020;
  private readonly cache = new Map<string, Compiled>();
  private readonly maxEntries: number;
  private compiles = 0;

  constructor(options: SchemaValidatorOptions = {}) {
    this.maxEntries = Math.max(1, options.maxCacheEntries ?? 200);
    // verbose: the messages need `parentSchema` (declared properties for "did you mean").
    // logger false: unknown formats/keywords in user schemas must not print to the console.
    this.ajv = new Ajv2020({ allErrors: true, strict: false, verbose: true, logger: false });
    addFormats(this.ajv);
  }

  /** How many times a schema was actually compiled (cache misses). */
  get compileCount(): number {
    return this.compiles;
  }

  get cacheSize(): number {
    return this.cache.size;
  }

  /** Compiles (or fetches from the cache) a schema; never throws. */
  compile(schema: unknown): Compiled {
    const key = schemaHash(schema);
    const hit = this.cache.get(key);
    if (hit) {
      this.cache.delete(key);
      this.cache.set(key, hit);
      return hit;
    }
    const compiled = this.compileFresh(schema);
    this.cache.set(key, compiled);
    while (this.cache.size > this.maxEntries) {
      const oldest = this.cache.keys().next();
      if (oldest.done) break;
      const evicted = this.cache.get(oldest.value);
      this.cache.delete(oldest.value);
      // Ajv keeps its own cache keyed by the schema object; drop it too or memory only grows.
      if (evicted?.schema) this.ajv.removeSchema(evicted.schema);
    }
    return compiled;
  }

  private compileFresh(schema: unknown): Compiled {
    this.compiles++;
    if (typeof schema === 'boolean') schema = schema ? {} : { not: {} };
    if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) {
      return { ok: false, message: 'a JSON Schema must be an object (or a boolean)' };
    }
    // A private copy: callers may mutate their object later, and error `parentSchema`s point into it.
    const copy = structuredClone(schema) as Record<string, unknown>;
    const declared = copy['$schema'];
    if (typeof declared === 'string' && declared.replace(/#$/, '') !== DRAFT_2020_12) {
      // Template structures are 2020-12; an older $schema would make Ajv2020 refuse to compile.
      delete copy['$schema'];
    }
    const id = copy['$id'];
    if (typeof id === 'string' && this.ajv.getSchema(id)) this.ajv.removeSchema(id);
    try {
      return { ok: true, validate: this.ajv.compile(copy), schema: copy };
    } catch (e) {
      return { ok: false, message: e instanceof Error ? e.message : String(e), schema: copy };
    }
  }

  validate(schema: unknown, data: unknown): ValidationResult {
    const c = this.compile(schema);
    if (!c.ok) {
      return {
        valid: false,
        schemaError: c.message,
        errors: [{ pointer: '', keyword: 'schema', message: `the template structure is not a valid JSON Schema: ${c.message}`, params: {}, schemaPath: '#' }],
      };
    }
    const valid = c.validate(data);
    if (valid) return { valid: true, errors: [] };
    return { valid: false, errors: humanizeErrors(c.validate.errors ?? [], c.schema, data) };
  }
}

let shared: SchemaValidator | undefined;

/** The process-wide validator (lazily created) for callers that do not manage their own. */
export function defaultValidator(): SchemaValidator {
  shared ??= new SchemaValidator();
  return shared;
}

/** Validates fill data against a template structure with the shared validator. */
export function validateFieldsValues(schema: unknown, data: unknown): ValidationResult {
  return defaultValidator().validate(schema, data);
}

// Rendering a template source with fields_values the way Handlebars 4 renders it, by walking the
// syntax tree Handlebars' parser builds: the built-in helpers (if, unless, each, with, lookup, log)
// and sections behave as in Handlebars' runtime (truthiness, `includeZero`, @index/@key/@first/
// @last, block parameters, `../`, `@root`), values are escaped as `escapeExpression` escapes them.
// What Handlebars would silently print as nothing is recorded instead, each at its place:
//   missing  a printed variable the data does not have (the real renderer FAILS the fill:
//            "Template variable 'x' missing in payload.")
//   absent   a condition, loop or context the data does not have (renders its {{else}}: allowed)
//   helper / partial / decorator   what the preview cannot run (custom helpers live in the API)
// With `marks`, each missing variable and each unsupported call leaves a sentinel in the output
// that markup.ts turns into a highlighted placeholder fitting its HTML context.
import { BUILTIN_HELPERS, isHelperName, partialName, resolvePath, variableName, type DataPath, type Frames } from './paths';
import { placeOf, type SourcePlace } from './parse';

export type RenderNoteKind = 'missing' | 'absent' | 'helper' | 'partial' | 'decorator';

export interface RenderNote {
  kind: RenderNoteKind;
  /** The data path as read (`PRODUCTS[1].NAME`); for helpers/partials, their name. */
  variable: string;
  /** As written in the source (`../NAME`, `formatDate DATE`). */
  expression: string;
  place: SourcePlace;
  /** The data path of a missing or absent variable. */
  path?: DataPath;
}

export interface RenderOptions {
  /** Leave a sentinel where a note applies (see markup.ts). */
  marks?: boolean;
  /** Escape `{{{raw}}}` output too (the preview shows data, never runs it as markup). */
  escapeAll?: boolean;
  /** Output size cap in characters (default 4 MiB of text). */
  maxOutput?: number;
}

export interface RenderResult {
  output: string;
  notes: RenderNote[];
  /** True when the output hit the cap and was cut. */
  truncated: boolean;
}

/** Sentinels around a note's index in marked output (private-use characters, removed from input). */
export const MARK_OPEN = '\uE000';
export const MARK_CLOSE = '\uE001';
const SENTINELS = /[\uE000\uE001]/g;

interface Value {
  value: unknown;
  /** Where in fields_values the value came from (undefined: a literal or a helper's result). */
  path?: DataPath;
}

interface LoopData {
  index?: number;
  key?: string | number;
  first?: boolean;
  last?: boolean;
}

interface State extends Frames<Value> {
  data: LoopData;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;', '`': '&#x60;', '=': '&#x3D;' };

/** A value as Handlebars prints it: objects as "[object Object]", arrays joined by commas. */
function asText(value: unknown): string {
  if (value === null || value === undefined) return '';
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- printing as Handlebars prints
  return typeof value === 'string' ? value : String(value);
}

/** Handlebars' `escapeExpression`: the text `{{value}}` prints. */
export function escapeExpression(value: unknown): string {
  return asText(value).replace(/[&<>"'`=]/g, (c) => ESCAPES[c] ?? c);
}

/** Handlebars' `isEmpty`: what `#if`, `#with` and `#each` treat as nothing. */
function isEmpty(value: unknown): boolean {
  return (!value && value !== 0) || (Array.isArray(value) && value.length === 0);
}

function own(value: unknown, key: string): boolean {
  return value !== null && value !== undefined && (typeof value === 'object' || typeof value === 'string') && Object.prototype.hasOwnProperty.call(value, key);
}

/** Reads `parts` from a value: the value, or the path that could not be read. */
function read(start: Value, parts: readonly string[]): { found: true; value: Value } | { found: false; path: DataPath } {
  let value = start.value;
  const path: (string | number)[] = start.path ? [...start.path] : [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] ?? '';
    path.push(Array.isArray(value) && /^\d+$/.test(part) ? Number(part) : part);
    // The whole path read is the variable's name (CUSTOMER.NAME even when CUSTOMER is what lacks).
    if (!own(value, part)) return { found: false, path: [...path, ...parts.slice(i + 1)] };
    value = (value as Record<string, unknown>)[part];
  }
  return { found: true, value: { value, path } };
}

class Renderer {
  private out = '';
  readonly notes: RenderNote[] = [];
  truncated = false;

  constructor(
    private readonly root: unknown,
    private readonly options: RenderOptions,
  ) {}

  get output(): string {
    return this.out;
  }

  private emit(text: string): void {
    if (this.truncated) return;
    const max = this.options.maxOutput ?? 4 * 1024 * 1024;
    if (this.out.length + text.length > max) {
      this.out += text.slice(0, Math.max(0, max - this.out.length));
      this.truncated = true;
      return;
    }
    this.out += text;
  }

  private note(kind: RenderNoteKind, variable: string, expression: string, node: hbs.AST.Node, path?: DataPath): void {
    const index = this.notes.length;
    this.notes.push({ kind, variable, expression, place: placeOf(node), ...(path ? { path } : {}) });
    if (this.options.marks && kind !== 'absent') this.emit(`${MARK_OPEN}${index}${MARK_CLOSE}`);
  }

  program(p: hbs.AST.Program | undefined, state: State): void {
    if (!p) return;
    for (const s of p.body) {
      if (this.truncated) return;
      this.statement(s, state);
    }
  }

  private statement(s: hbs.AST.Statement, state: State): void {
    switch (s.type) {
      case 'ContentStatement':
        this.emit((s as hbs.AST.ContentStatement).value.replace(SENTINELS, '\uFFFD'));
        return;
      case 'CommentStatement':
        return;
      case 'MustacheStatement':
        this.mustache(s as hbs.AST.MustacheStatement, state);
        return;
      case 'BlockStatement':
        this.block(s as hbs.AST.BlockStatement, state);
        return;
      case 'PartialStatement':
      case 'PartialBlockStatement': {
        const name = partialName(s as hbs.AST.PartialStatement);
        this.note('partial', name, `> ${name}`, s);
        return;
      }
      default:
        // Decorators (`{{* name}}`, `{{#* inline}}`): a compile-time feature the preview does not run.
        this.note('decorator', s.type, s.type, s);
    }
  }

  /** A path read as a field: its value, or a note (and undefined) when the data lacks it. */
  private field(p: hbs.AST.PathExpression, state: State, kind: 'missing' | 'absent'): unknown {
    const r = resolvePath(p, state);
    if (r.kind === 'data') return state.data[r.name as keyof LoopData];
    if (r.kind === 'outside') {
      this.note(kind, p.original, p.original, p);
      return undefined;
    }
    const got = r.kind === 'root' ? read({ value: this.root, path: [] }, r.parts) : read(r.base, r.parts);
    if (got.found) return got.value.value;
    this.note(kind, variableName(got.path), p.original, p, got.path);
    return undefined;
  }

  /** Like field(), keeping where the value came from (contexts and block parameters need it). */
  private located(p: hbs.AST.PathExpression, state: State): Value | undefined {
    const r = resolvePath(p, state);
    if (r.kind === 'data') return { value: state.data[r.name as keyof LoopData] };
    if (r.kind === 'outside') {
      this.note('absent', p.original, p.original, p);
      return undefined;
    }
    const got = r.kind === 'root' ? read({ value: this.root, path: [] }, r.parts) : read(r.base, r.parts);
    if (got.found) return got.value;
    this.note('absent', variableName(got.path), p.original, p, got.path);
    return undefined;
  }

  /** A parameter or hash value: literals, fields (absent is allowed there) and sub-expressions. */
  private expression(e: hbs.AST.Expression, state: State): unknown {
    switch (e.type) {
      case 'StringLiteral':
      case 'NumberLiteral':
      case 'BooleanLiteral':
        return (e as hbs.AST.StringLiteral).value;
      case 'NullLiteral':
        return null;
      case 'UndefinedLiteral':
        return undefined;
      case 'PathExpression':
        return this.field(e as hbs.AST.PathExpression, state, 'absent');
      case 'SubExpression': {
        const sub = e as hbs.AST.SubExpression;
        return this.callInline(sub.path, sub.params, sub, state);
      }
      default:
        return undefined;
    }
  }

  private hashValue(hash: hbs.AST.Hash | undefined, key: string, state: State): unknown {
    const pair = hash?.pairs.find((p) => p.key === key);
    return pair ? this.expression(pair.value, state) : undefined;
  }

  /** `lookup`, `log` or a custom helper called inline; custom ones are noted and give nothing. */
  private callInline(path: hbs.AST.PathExpression | hbs.AST.Literal, params: readonly hbs.AST.Expression[], node: hbs.AST.Node, state: State): unknown {
    const name = path.type === 'PathExpression' ? (path as hbs.AST.PathExpression).original : String((path as hbs.AST.StringLiteral).value);
    const args = params.map((a) => this.expression(a, state));
    if (name === 'lookup') {
      const [obj, key] = args;
      return obj && (typeof key === 'string' || typeof key === 'number') && own(obj, String(key)) ? (obj as Record<string, unknown>)[String(key)] : undefined;
    }
    if (name === 'log') return '';
    this.note('helper', name, [name, ...params.map((p) => exprText(p))].join(' '), node);
    return undefined;
  }

  private mustache(m: hbs.AST.MustacheStatement, state: State): void {
    const path = m.path;
    let value: unknown;
    if (m.params.length || m.hash?.pairs.length) value = this.callInline(path, m.params, m, state);
    else if (path.type !== 'PathExpression') value = (path as hbs.AST.StringLiteral).value;
    else {
      const p = path as hbs.AST.PathExpression;
      if (isHelperName(p) && (p.parts[0] === 'log' || p.parts[0] === 'lookup')) value = '';
      else value = this.field(p, state, 'missing');
    }
    if (value === undefined) return;
    const text = m.escaped || this.options.escapeAll ? escapeExpression(value) : asText(value);
    this.emit(text.replace(SENTINELS, '\uFFFD'));
  }

  private block(b: hbs.AST.BlockStatement, state: State): void {
    const name = b.path.original;
    const known = isHelperName(b.path) && BUILTIN_HELPERS.has(name);
    if (known && (name === 'if' || name === 'unless')) {
      const first = b.params[0];
      const cond = first ? this.expression(first, state) : undefined;
      const includeZero = this.hashValue(b.hash, 'includeZero', state) === true;
      let truthy = !((!includeZero && !cond) || isEmpty(cond));
      if (name === 'unless') truthy = !truthy;
      this.program(truthy ? b.program : b.inverse, state);
      return;
    }
    if (known && name === 'with') {
      const first = b.params[0];
      const ctx = first?.type === 'PathExpression' ? this.located(first as hbs.AST.PathExpression, state) : first ? { value: this.expression(first, state) } : undefined;
      if (!ctx || isEmpty(ctx.value)) return this.program(b.inverse, state);
      this.program(b.program, this.enter(state, ctx, b.program, [ctx]));
      return;
    }
    if (known && name === 'each') {
      const first = b.params[0];
      const list = first?.type === 'PathExpression' ? this.located(first as hbs.AST.PathExpression, state) : first ? { value: this.expression(first, state) } : undefined;
      this.each(b, list, state);
      return;
    }
    if (isHelperName(b.path) && (b.params.length || b.hash?.pairs.length || BUILTIN_HELPERS.has(name))) {
      // A custom block helper: noted, its body shown once in the current context.
      this.callInline(b.path, b.params, b, state);
      this.program(b.program, state);
      return;
    }
    // A section (`{{#CUSTOMER}}…{{/CUSTOMER}}`): Handlebars' blockHelperMissing.
    const ctx = this.located(b.path, state);
    const v = ctx?.value;
    if (!ctx || isEmpty(v) || v === false) return this.program(b.inverse, state);
    if (v === true) return this.program(b.program, state);
    if (Array.isArray(v)) return this.each(b, ctx, state);
    this.program(b.program, this.enter(state, ctx, b.program, [ctx]));
  }

  private each(b: hbs.AST.BlockStatement, list: Value | undefined, state: State): void {
    const v = list?.value;
    const base = list?.path ?? [];
    const entries: [string | number, unknown][] = Array.isArray(v) ? v.map((x, i) => [i, x]) : v && typeof v === 'object' ? Object.entries(v) : [];
    if (!entries.length) return this.program(b.inverse, state);
    entries.forEach(([key, item], i) => {
      if (this.truncated) return;
      const ctx: Value = { value: item, path: [...base, key] };
      const inner = this.enter(state, ctx, b.program, [ctx, { value: key }]);
      inner.data = { index: i, key, first: i === 0, last: i === entries.length - 1 };
      this.program(b.program, inner);
    });
  }

  /** The state inside a context-changing block, with its block parameters bound. */
  private enter(state: State, ctx: Value, program: hbs.AST.Program | undefined, bound: Value[]): State {
    const names = program?.blockParams ?? [];
    const params = new Map<string, Value | 'data'>();
    // The item parameter reads like the context; an index/key parameter is a value of its own.
    names.forEach((n, i) => params.set(n, bound[i] ?? { value: undefined }));
    return { contexts: [...state.contexts, ctx], params: names.length ? [...state.params, params] : state.params, data: { ...state.data } };
  }
}

/** The text of an expression as written (for notes). */
export function exprText(e: hbs.AST.Expression): string {
  switch (e.type) {
    case 'PathExpression':
      return (e as hbs.AST.PathExpression).original;
    case 'StringLiteral':
      return JSON.stringify((e as hbs.AST.StringLiteral).value);
    case 'SubExpression': {
      const s = e as hbs.AST.SubExpression;
      return `(${[s.path.original, ...s.params.map(exprText)].join(' ')})`;
    }
    default:
      return String((e as hbs.AST.NumberLiteral).value ?? e.type);
  }
}

/** Renders a parsed source with `data` as fields_values. */
export function renderProgram(program: hbs.AST.Program, data: unknown, options: RenderOptions = {}): RenderResult {
  const r = new Renderer(data, options);
  r.program(program, { contexts: [{ value: data, path: [] }], params: [], data: {} });
  return { output: r.output, notes: r.notes, truncated: r.truncated };
}

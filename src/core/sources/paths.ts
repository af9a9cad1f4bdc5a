// What a Handlebars path expression means, shared by the static analysis (usage.ts: which fields a
// source reads) and the renderer (render.ts: what it prints for given data). Handlebars 4 rules:
// `../` climbs one context per context-changing block (each, with — not if/unless); `this.x` and
// `./x` never name a helper or a block parameter; `@root.x` starts from the data's root; `@index`,
// `@key`, `@first`, `@last` are loop data, not fields; a first part naming a block parameter
// (`{{#each A as |item i|}}`) starts from that parameter.

/** Helpers every Handlebars runtime has. Anything else called as a helper is a custom helper. */
export const BUILTIN_HELPERS: ReadonlySet<string> = new Set(['if', 'unless', 'each', 'with', 'lookup', 'log', 'helperMissing', 'blockHelperMissing']);

/** One element of an array (or one value of an object) iterated by `{{#each}}`, in static paths. */
export const ANY_ITEM = '\u0000[]';

/** A path from fields_values' root: keys, array indexes, or ANY_ITEM. */
export type DataPath = readonly (string | number)[];

/** `CUSTOMER.NAME`, `PRODUCTS[1].NAME`, `PRODUCTS[].NAME`: how messages name a variable. */
export function variableName(path: DataPath): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (seg === ANY_ITEM) out += '[]';
    else out += out ? `.${seg}` : seg;
  }
  return out || 'this';
}

/** Whether a path expression starts from the context explicitly (`this.x`, `./x`, `this`). */
export function isScoped(p: hbs.AST.PathExpression): boolean {
  return /^(this|\.)(\/|\.|$)/.test(p.original) || /^\.\.?$/.test(p.original);
}

/** A call of a helper by this path (`{{name arg}}`, `{{#name}}`), rather than a field read. */
export function isHelperName(p: hbs.AST.PathExpression): boolean {
  return !p.data && p.depth === 0 && p.parts.length === 1 && !isScoped(p);
}

export type Resolved<T> =
  /** A field: where it starts (a context or a block parameter) and the keys read from there. */
  | { kind: 'field'; base: T; parts: readonly string[] }
  /** `@root.x`: from the root. */
  | { kind: 'root'; parts: readonly string[] }
  /** Loop data (`@index`, `@key`, `@first`, `@last`) or a block parameter holding an index/key. */
  | { kind: 'data'; name: string }
  /** `../` beyond the outermost context. */
  | { kind: 'outside' };

export interface Frames<T> {
  /** Contexts, outermost (the root) first; only each/with/sections push one. */
  contexts: readonly T[];
  /** Block parameters, innermost last: name → base, or 'data' for an index/key parameter. */
  params: readonly ReadonlyMap<string, T | 'data'>[];
}

export function resolvePath<T>(p: hbs.AST.PathExpression, frames: Frames<T>): Resolved<T> {
  if (p.data) {
    const [head, ...rest] = p.parts;
    if (head === 'root') return { kind: 'root', parts: rest };
    return { kind: 'data', name: head ?? '' };
  }
  const first = p.parts[0];
  if (first !== undefined && p.depth === 0 && !isScoped(p)) {
    for (let i = frames.params.length - 1; i >= 0; i--) {
      const bound = frames.params[i]?.get(first);
      if (bound === undefined) continue;
      if (bound === 'data') return { kind: 'data', name: first };
      return { kind: 'field', base: bound, parts: p.parts.slice(1) };
    }
  }
  const index = frames.contexts.length - 1 - p.depth;
  const base = frames.contexts[index];
  if (index < 0 || base === undefined) return { kind: 'outside' };
  return { kind: 'field', base, parts: p.parts };
}

/** The name of a partial call as written (`footer`, or `(…)` for a dynamic one). */
export function partialName(s: hbs.AST.PartialStatement | hbs.AST.PartialBlockStatement): string {
  return s.name.type === 'PathExpression' ? (s.name).original : '(…)';
}

// Which fields of fields_values a template source reads, without data: every path expression
// resolved through the blocks around it (`{{#each PRODUCTS}}{{NAME}}` reads PRODUCTS[].NAME,
// `{{#with CUSTOMER.ADDRESS}}{{CITY}}` reads CUSTOMER.ADDRESS.CITY, `../`, `@root`, block
// parameters), with how it is read:
//   value      printed (`{{X}}`): a fill whose data lacks it FAILS when the line is reached
//   condition  tested by #if / #unless (optional by nature)
//   list       iterated by #each (its items become the context)
//   context    entered by #with or a section (`{{#X}}…{{/X}}`)
//   argument   passed to a helper (lookup, a custom helper)
// and the conditions it sits under. Custom helpers, partials and decorators are listed too.
import { placeOf, type SourcePlace } from './parse';
import { ANY_ITEM, BUILTIN_HELPERS, isHelperName, partialName, resolvePath, variableName, type DataPath, type Frames } from './paths';
import { exprText } from './render';

export type UseKind = 'value' | 'condition' | 'list' | 'context' | 'argument';

export interface VariableUse {
  path: DataPath;
  /** `PRODUCTS[].NAME` */
  name: string;
  /** As written (`NAME`, `../TOTAL`). */
  expression: string;
  kind: UseKind;
  place: SourcePlace;
  /** The blocks that must render for this read to happen, outermost first (`#if HAS_DISCOUNT`). */
  guards: string[];
}

export interface OtherUse {
  kind: 'helper' | 'partial' | 'decorator';
  name: string;
  place: SourcePlace;
}

export interface SourceUsage {
  variables: VariableUse[];
  others: OtherUse[];
}

type Base = DataPath;

interface Walk extends Frames<Base> {
  guards: string[];
}

class UsageWalker {
  readonly variables: VariableUse[] = [];
  readonly others: OtherUse[] = [];

  program(p: hbs.AST.Program | undefined, w: Walk): void {
    for (const s of p?.body ?? []) this.statement(s, w);
  }

  private statement(s: hbs.AST.Statement, w: Walk): void {
    switch (s.type) {
      case 'ContentStatement':
      case 'CommentStatement':
        return;
      case 'MustacheStatement': {
        const m = s as hbs.AST.MustacheStatement;
        if (m.path.type !== 'PathExpression') return;
        const p = m.path as hbs.AST.PathExpression;
        if (m.params.length || m.hash?.pairs.length) this.call(p, m.params, m.hash, m, w);
        else if (!(isHelperName(p) && BUILTIN_HELPERS.has(p.original))) this.use(p, 'value', w);
        return;
      }
      case 'BlockStatement':
        this.block(s as hbs.AST.BlockStatement, w);
        return;
      case 'PartialStatement':
      case 'PartialBlockStatement':
        this.others.push({ kind: 'partial', name: partialName(s as hbs.AST.PartialStatement), place: placeOf(s) });
        return;
      default:
        this.others.push({ kind: 'decorator', name: s.type, place: placeOf(s) });
    }
  }

  /** Records a read; returns the path it reads (undefined for loop data and `../` past the root). */
  private use(p: hbs.AST.PathExpression, kind: UseKind, w: Walk): DataPath | undefined {
    const r = resolvePath(p, w);
    if (r.kind === 'data' || r.kind === 'outside') return undefined;
    const path = r.kind === 'root' ? [...r.parts] : [...r.base, ...r.parts];
    // `{{this}}` inside a loop reads the item itself, which its list already accounts for.
    if (r.kind === 'field' && !r.parts.length && kind === 'value' && r.base.length) return path;
    this.variables.push({ path, name: variableName(path), expression: p.original, kind, place: placeOf(p), guards: [...w.guards] });
    return path;
  }

  private expression(e: hbs.AST.Expression, kind: UseKind, w: Walk): DataPath | undefined {
    if (e.type === 'PathExpression') return this.use(e as hbs.AST.PathExpression, kind, w);
    if (e.type === 'SubExpression') {
      const sub = e as hbs.AST.SubExpression;
      this.call(sub.path, sub.params, sub.hash, sub, w);
    }
    return undefined;
  }

  private call(path: hbs.AST.PathExpression, params: readonly hbs.AST.Expression[], hash: hbs.AST.Hash | undefined, node: hbs.AST.Node, w: Walk): void {
    if (!BUILTIN_HELPERS.has(path.original)) this.others.push({ kind: 'helper', name: path.original, place: placeOf(node) });
    for (const a of params) this.expression(a, 'argument', w);
    for (const pair of hash?.pairs ?? []) this.expression(pair.value, 'argument', w);
  }

  private block(b: hbs.AST.BlockStatement, w: Walk): void {
    const name = b.path.original;
    const first = b.params[0];
    const guard = (label: string): Walk => ({ ...w, guards: [...w.guards, label] });
    const label = `#${[name, ...b.params.map(exprText)].join(' ')}`;
    if (isHelperName(b.path) && (name === 'if' || name === 'unless')) {
      if (first) this.expression(first, 'condition', w);
      this.program(b.program, guard(label));
      this.program(b.inverse, guard(`${label} {{else}}`));
      return;
    }
    if (isHelperName(b.path) && (name === 'with' || name === 'each')) {
      const path = first ? this.expression(first, name === 'each' ? 'list' : 'context', w) : undefined;
      const inner = path ? (name === 'each' ? [...path, ANY_ITEM] : path) : undefined;
      this.program(b.program, inner ? this.enter(guard(label), inner, b.program) : guard(label));
      this.program(b.inverse, guard(`${label} {{else}}`));
      return;
    }
    if (isHelperName(b.path) && (b.params.length || b.hash?.pairs.length || BUILTIN_HELPERS.has(name))) {
      this.call(b.path, b.params, b.hash, b, w);
      this.program(b.program, guard(label));
      this.program(b.inverse, guard(`${label} {{else}}`));
      return;
    }
    // A section: a list (each item), an object (context) or a flag, decided by the data.
    const path = this.use(b.path, 'context', w);
    this.program(b.program, path ? this.enter(guard(label), path, b.program) : guard(label));
    this.program(b.inverse, guard(`${label} {{else}}`));
  }

  private enter(w: Walk, base: DataPath, program: hbs.AST.Program | undefined): Walk {
    const names = program?.blockParams ?? [];
    const params = new Map<string, Base | 'data'>();
    names.forEach((n, i) => params.set(n, i === 0 ? base : 'data'));
    return { ...w, contexts: [...w.contexts, base], params: names.length ? [...w.params, params] : w.params };
  }
}

/** Every field a parsed source reads, and the helpers, partials and decorators it calls. */
export function sourceUsage(program: hbs.AST.Program): SourceUsage {
  const walker = new UsageWalker();
  walker.program(program, { contexts: [[]], params: [], guards: [] });
  return { variables: walker.variables, others: walker.others };
}

// Completion and hover from a JSON Schema for any part of a JSON document the extension owns:
// the fields_values of a fill file (the template's structure), the body, params, query and
// headers of a request file (the operation's models), a document validated against a chosen
// model. A binding says which schema covers which part of its document (a `SchemaScope`); this
// module turns that into keys (required first, each inserted with a valid example value),
// enum/const/boolean values, and hovers with a field's description, type, constraints and an
// example. Schemas are read through core/schema/navigate, so completion agrees with validation.
import * as jsonc from 'jsonc-parser';
import * as vscode from 'vscode';
import { isJsonObject } from '../../core/json/canonical';
import { toPointer } from '../../core/json/pointer';
import { alwaysRequired, allowedValues, declaredProperties, declaredTypes, firstString, schemasAt, type AppliedSchema } from '../../core/schema/navigate';

export interface SchemaScope {
  /** The JSON Schema describing the data found at `base` in the document. */
  readonly schema: unknown;
  /** Where that data starts in the document: `['fields_values']`, `['body']`, `[]`. */
  readonly base: jsonc.JSONPath;
  /** A valid example for the data at a pointer (relative to `base`). */
  example(pointer: string): unknown;
  /** Data pointers (relative to `base`) a current problem says are required there. */
  readonly requiredNow?: ReadonlySet<string>;
  /** A line under every hover (e.g. "factura_mensual v1.1", "serviceRequests.create body"). */
  readonly footer?: string;
}

/** The scope covering a document path, and the path's pointer inside that scope's data. */
export function within(scopes: readonly (SchemaScope | undefined)[], path: jsonc.JSONPath): { scope: SchemaScope; pointer: string } | undefined {
  for (const scope of scopes) {
    if (!scope || path.length < scope.base.length) continue;
    if (scope.base.every((seg, i) => path[i] === seg)) return { scope, pointer: toPointer(path.slice(scope.base.length)) };
  }
  return undefined;
}

/** A bound worth showing (not the ±2⁵³ that generated schemas put on every integer). */
function num(applied: readonly AppliedSchema[], key: string): number | undefined {
  for (const a of applied) {
    const v = a.schema[key];
    if (typeof v === 'number' && Math.abs(v) < Number.MAX_SAFE_INTEGER) return v;
  }
  return undefined;
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}

/** "string · format email · 1–40 characters · one of "a", "b"" for a field's subschemas. */
export function constraintWords(applied: readonly AppliedSchema[]): string[] {
  const out: string[] = [];
  const types = declaredTypes(applied);
  if (types.length) out.push(types.join(' | '));
  const allowed = allowedValues(applied);
  if (allowed) out.push(allowed.length === 1 ? vscode.l10n.t('always {0}', JSON.stringify(allowed[0])) : vscode.l10n.t('one of {0}', allowed.map((v) => JSON.stringify(v)).join(', ')));
  for (const a of applied) {
    const s = a.schema;
    if (typeof s['format'] === 'string') out.push(vscode.l10n.t('format {0}', s['format']));
    if (typeof s['pattern'] === 'string') out.push(vscode.l10n.t('pattern /{0}/', s['pattern']));
  }
  const range = (min: number | undefined, max: number | undefined, unit: string) => {
    if (min !== undefined && max !== undefined) out.push(`${min}–${max}${unit}`);
    else if (min !== undefined) out.push(`≥ ${min}${unit}`);
    else if (max !== undefined) out.push(`≤ ${max}${unit}`);
  };
  range(num(applied, 'minimum'), num(applied, 'maximum'), '');
  range(num(applied, 'minLength'), num(applied, 'maxLength'), vscode.l10n.t(' characters'));
  range(num(applied, 'minItems'), num(applied, 'maxItems'), vscode.l10n.t(' items'));
  return [...new Set(out)];
}

export interface CursorContext {
  location: jsonc.Location;
  /** The path of the object whose key is being typed (when `location.isAtPropertyKey`). */
  objectPath: jsonc.JSONPath;
  /** Keys that object already has (the one being typed left out). */
  existing: ReadonlySet<string>;
  /** What a completion replaces: the string under the cursor (quotes included) or the word. */
  range: vscode.Range;
  /** A comma is needed after an inserted member (another member follows). */
  comma: string;
  /** The key being typed already has its `:` and value: only the key is replaced. */
  keyOnly: boolean;
}

export function cursorContext(doc: vscode.TextDocument, position: vscode.Position): CursorContext {
  const text = doc.getText();
  const offset = doc.offsetAt(position);
  const location = jsonc.getLocation(text, offset);
  const root = jsonc.parseTree(text);
  const node = root ? jsonc.findNodeAtOffset(root, offset, true) : undefined;
  let range = doc.getWordRangeAtPosition(position, /[\w$-]+/) ?? new vscode.Range(position, position);
  if (node && ['string', 'number', 'boolean', 'null'].includes(node.type) && offset >= node.offset && offset <= node.offset + node.length) {
    range = new vscode.Range(doc.positionAt(node.offset), doc.positionAt(node.offset + node.length));
  }
  const objectPath = location.isAtPropertyKey ? location.path.slice(0, -1) : location.path;
  const objectNode = root && location.isAtPropertyKey ? jsonc.findNodeAtLocation(root, objectPath) : undefined;
  const typed = location.path[location.path.length - 1];
  const existing = new Set((objectNode?.children ?? []).map((p) => String(p.children?.[0]?.value ?? '')).filter((k) => k !== typed));
  const after = text.slice(doc.offsetAt(range.end)).trimStart();
  const keyOnly = location.isAtPropertyKey && node?.parent?.type === 'property' && node.parent.children?.[0] === node && node.parent.colonOffset !== undefined;
  return { location, objectPath, existing, range, comma: after.startsWith('"') ? ',' : '', keyOnly };
}

/** A key completion inserting `"key": value` (only `"key"` when the member already has a value). */
export function keyItem(key: string, rank: string, value: unknown, ctx: CursorContext, detail: string, documentation?: string): vscode.CompletionItem {
  const it = new vscode.CompletionItem(key, vscode.CompletionItemKind.Property);
  it.insertText = ctx.keyOnly ? JSON.stringify(key) : `${JSON.stringify(key)}: ${JSON.stringify(value === undefined ? '' : value)}${ctx.comma}`;
  it.filterText = JSON.stringify(key);
  it.range = ctx.range;
  it.sortText = `${rank}${key}`;
  it.detail = detail;
  if (documentation) it.documentation = new vscode.MarkdownString().appendText(documentation);
  return it;
}

/** A value completion (JSON text). */
export function valueItems(values: readonly unknown[], range: vscode.Range): vscode.CompletionItem[] {
  return values.map((v, i) => {
    const it = new vscode.CompletionItem(JSON.stringify(v), vscode.CompletionItemKind.Value);
    it.insertText = JSON.stringify(v);
    it.range = range;
    it.sortText = String(i).padStart(3, '0');
    return it;
  });
}

function childPointer(pointer: string, key: string): string {
  return `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
}

/** The keys the schema declares for the object at `pointer`, required (and now required) first. */
export function schemaKeyItems(scope: SchemaScope, pointer: string, ctx: CursorContext): vscode.CompletionItem[] {
  const applied = schemasAt(scope.schema, pointer);
  const required = alwaysRequired(applied);
  const keys = [...new Set([...required, ...declaredProperties(applied)])].filter((k) => !ctx.existing.has(k));
  return keys.map((k) => {
    const child = childPointer(pointer, k);
    const childSchemas = schemasAt(scope.schema, child);
    const isRequired = required.includes(k);
    const nowRequired = scope.requiredNow?.has(child) ?? false;
    const rank = isRequired ? '0' : nowRequired ? '1' : '2';
    const detail = [isRequired || nowRequired ? vscode.l10n.t('required') : vscode.l10n.t('optional'), ...constraintWords(childSchemas)].join(' · ');
    return keyItem(k, rank, scope.example(child), ctx, detail, firstString(childSchemas, 'description'));
  });
}

/** The values the schema allows at `pointer` (enum, const, true/false). */
export function schemaValues(scope: SchemaScope, pointer: string): unknown[] {
  const applied = schemasAt(scope.schema, pointer);
  return allowedValues(applied) ?? (declaredTypes(applied).includes('boolean') ? [true, false] : []);
}

/** Completion for a position inside the scopes' data; undefined when no scope covers it. */
export function schemaCompletion(doc: vscode.TextDocument, position: vscode.Position, scopes: readonly (SchemaScope | undefined)[]): vscode.CompletionItem[] | undefined {
  const ctx = cursorContext(doc, position);
  const at = within(scopes, ctx.objectPath);
  if (!at) return undefined;
  return ctx.location.isAtPropertyKey ? schemaKeyItems(at.scope, at.pointer, ctx) : valueItems(schemaValues(at.scope, at.pointer), ctx.range);
}

/** The document path of the key or value under the cursor. */
export function hoverPath(doc: vscode.TextDocument, position: vscode.Position): jsonc.JSONPath | undefined {
  const root = jsonc.parseTree(doc.getText());
  const node = root ? jsonc.findNodeAtOffset(root, doc.offsetAt(position), true) : undefined;
  if (!node) return undefined;
  const property = node.parent?.type === 'property' ? node.parent : undefined;
  return jsonc.getNodePath(property ? (property.children?.[1] ?? node) : node);
}

/** A field's hover: name, constraints, description (markdown when given), example, footer. */
export function schemaHover(scopes: readonly (SchemaScope | undefined)[], path: jsonc.JSONPath): vscode.Hover | undefined {
  const at = within(scopes, path);
  if (!at || path.length <= at.scope.base.length) return undefined;
  const applied = schemasAt(at.scope.schema, at.pointer);
  if (!applied.length) return undefined;
  const md = new vscode.MarkdownString();
  md.appendMarkdown(`**${String(path[path.length - 1] ?? '')}**`);
  const constraints = constraintWords(applied);
  if (constraints.length) md.appendMarkdown(` · ${constraints.map((c) => `\`${c}\``).join(' · ')}`);
  const markdown = firstString(applied, 'markdownDescription');
  const plain = firstString(applied, 'description') ?? firstString(applied, 'title');
  if (markdown) md.appendMarkdown(`\n\n${markdown}`);
  else if (plain) md.appendMarkdown('\n\n').appendText(plain);
  const example = at.scope.example(at.pointer);
  if (example !== undefined && !isJsonObject(example) && !Array.isArray(example)) md.appendMarkdown(`\n\n${vscode.l10n.t('Example')}: \`${JSON.stringify(example).replace(/`/g, "'")}\``);
  if (at.scope.footer) md.appendMarkdown(`\n\n_${escapeMarkdown(at.scope.footer)}_`);
  return new vscode.Hover(md);
}

// Completion and hover in fill files, from the bound template's structure: keys of the object
// being edited (required first, each inserted with a valid example value), enum/const values,
// and for the request members the org's template ids, the template's languages and the
// priorities. Hover shows a field's description, type, constraints and an example.
import * as jsonc from 'jsonc-parser';
import * as vscode from 'vscode';
import { isJsonObject } from '../../core/json/canonical';
import { toPointer } from '../../core/json/pointer';
import { templateLanguages } from '../../core/models/documents';
import { alwaysRequired, allowedValues, declaredProperties, declaredTypes, firstString, schemasAt, type AppliedSchema } from '../../core/schema/navigate';
import type { FillFiles } from './fillFiles';

const REQUEST_KEYS: Readonly<Record<string, readonly string[]>> = {
  '': ['template', 'language', 'document', 'fill_priority', 'fields_values'],
  '/template': ['external_id', 'major', 'minor', 'org'],
  '/document': ['name', 'tags'],
};

function num(applied: readonly AppliedSchema[], key: string): number | undefined {
  for (const a of applied) if (typeof a.schema[key] === 'number') return a.schema[key];
  return undefined;
}

/** "string · format email · 1 to 40 characters · one of "a", "b"" for a field's subschemas. */
function constraintWords(applied: readonly AppliedSchema[]): string[] {
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

function structureOf(files: FillFiles, doc: vscode.TextDocument): unknown {
  return files.boundTo(doc)?.schema;
}

function isFields(path: jsonc.JSONPath): boolean {
  return path[0] === 'fields_values';
}

/** The range a completion replaces: the string under the cursor (quotes included) or the word. */
function replaceRange(doc: vscode.TextDocument, node: jsonc.Node | undefined, offset: number, position: vscode.Position): vscode.Range {
  if (node && (node.type === 'string' || node.type === 'number' || node.type === 'boolean' || node.type === 'null') && offset >= node.offset && offset <= node.offset + node.length) {
    return new vscode.Range(doc.positionAt(node.offset), doc.positionAt(node.offset + node.length));
  }
  return doc.getWordRangeAtPosition(position, /[\w$-]+/) ?? new vscode.Range(position, position);
}

function needsComma(doc: vscode.TextDocument, range: vscode.Range): boolean {
  const after = doc.getText(new vscode.Range(range.end, doc.lineAt(doc.lineCount - 1).range.end)).trimStart();
  return after.startsWith('"');
}

function keyItems(files: FillFiles, doc: vscode.TextDocument, objectPath: jsonc.JSONPath, range: vscode.Range, existing: ReadonlySet<string>): vscode.CompletionItem[] {
  const comma = needsComma(doc, range) ? ',' : '';
  const item = (key: string, rank: string, value: unknown, detail: string, documentation?: string) => {
    const it = new vscode.CompletionItem(key, vscode.CompletionItemKind.Property);
    it.insertText = `${JSON.stringify(key)}: ${JSON.stringify(value)}${comma}`;
    it.filterText = JSON.stringify(key);
    it.range = range;
    it.sortText = `${rank}${key}`;
    it.detail = detail;
    if (documentation) it.documentation = new vscode.MarkdownString().appendText(documentation);
    return it;
  };
  if (!isFields(objectPath)) {
    const keys = REQUEST_KEYS[toPointer(objectPath)] ?? [];
    const defaults: Record<string, unknown> = { template: { external_id: '', major: 1 }, language: files.boundTo(doc)?.template?.detail.default_language ?? 'ES', document: { name: '', tags: [] }, fill_priority: 'low', fields_values: {}, external_id: '', major: 1, minor: 0, org: 'masmovil', name: '', tags: [] };
    return keys.filter((k) => !existing.has(k)).map((k, i) => item(k, `0${i}`, defaults[k] ?? '', vscode.l10n.t('fill request')));
  }
  const structure = structureOf(files, doc);
  if (structure === undefined) return [];
  const dataPointer = toPointer(objectPath.slice(1));
  const applied = schemasAt(structure, dataPointer);
  const required = alwaysRequired(applied);
  const missing = new Set((files.lastCheck(doc)?.problems ?? []).filter((p) => p.code === 'schema/required').map((p) => p.pointer));
  const keys = [...new Set([...required, ...declaredProperties(applied)])].filter((k) => !existing.has(k));
  const { engine } = files.validation;
  return keys.map((k) => {
    const pointer = `${dataPointer}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    const child = schemasAt(structure, pointer);
    const isRequired = required.includes(k);
    const nowRequired = missing.has(`/fields_values${pointer}`);
    const rank = isRequired ? '0' : nowRequired ? '1' : '2';
    const detail = [isRequired || nowRequired ? vscode.l10n.t('required') : vscode.l10n.t('optional'), ...constraintWords(child)].join(' · ');
    return item(k, rank, engine.exampleAt(structure, pointer), detail, firstString(child, 'description'));
  });
}

async function valueItems(files: FillFiles, doc: vscode.TextDocument, path: jsonc.JSONPath, range: vscode.Range): Promise<vscode.CompletionItem[]> {
  let values: unknown[] = [];
  if (path.length === 2 && path[0] === 'template' && path[1] === 'external_id') {
    // The org's templates (first page), from the environment's cached source.
    const source = files.validation.source;
    values = await source.externalIds(source.defaultOrg).catch(() => []);
  } else if (path.length === 1 && path[0] === 'language') {
    const own = files.boundTo(doc)?.template?.detail.languages ?? [];
    values = [...own, ...templateLanguages.filter((l) => !own.includes(l))];
  } else if (path.length === 1 && path[0] === 'fill_priority') values = ['low', 'high'];
  else if (isFields(path)) {
    const structure = structureOf(files, doc);
    if (structure === undefined) return [];
    const applied = schemasAt(structure, toPointer(path.slice(1)));
    values = allowedValues(applied) ?? (declaredTypes(applied).includes('boolean') ? [true, false] : []);
  }
  return values.map((v, i) => {
    const it = new vscode.CompletionItem(JSON.stringify(v), vscode.CompletionItemKind.Value);
    it.insertText = JSON.stringify(v);
    it.range = range;
    it.sortText = String(i).padStart(3, '0');
    return it;
  });
}

export async function fillCompletion(files: FillFiles, doc: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.CompletionItem[]> {
  const text = doc.getText();
  const offset = doc.offsetAt(position);
  const location = jsonc.getLocation(text, offset);
  if (token.isCancellationRequested) return [];
  const root = jsonc.parseTree(text);
  const node = root ? jsonc.findNodeAtOffset(root, offset, true) : undefined;
  const range = replaceRange(doc, node, offset, position);
  if (location.isAtPropertyKey) {
    const objectPath = location.path.slice(0, -1);
    const objectNode = root ? jsonc.findNodeAtLocation(root, objectPath) : undefined;
    const existing = new Set((objectNode?.children ?? []).map((p) => String(p.children?.[0]?.value ?? '')).filter((k) => k !== location.path[location.path.length - 1]));
    return keyItems(files, doc, objectPath, range, existing);
  }
  const items = await valueItems(files, doc, location.path, range);
  return token.isCancellationRequested ? [] : items;
}

function propertyPath(root: jsonc.Node, offset: number): jsonc.JSONPath | undefined {
  const node = jsonc.findNodeAtOffset(root, offset, true);
  if (!node) return undefined;
  const property = node.parent?.type === 'property' ? node.parent : undefined;
  const target = property ? (property.children?.[1] ?? node) : node;
  return jsonc.getNodePath(target);
}

export function fillHover(files: FillFiles, doc: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): vscode.Hover | undefined {
  const root = jsonc.parseTree(doc.getText());
  const path = root ? propertyPath(root, doc.offsetAt(position)) : undefined;
  if (!path || token.isCancellationRequested) return undefined;
  const check = files.boundTo(doc);
  const md = new vscode.MarkdownString();
  const name = String(path[path.length - 1] ?? '');
  if (isFields(path) && path.length > 1 && check?.schema !== undefined) {
    const pointer = toPointer(path.slice(1));
    const applied = schemasAt(check.schema, pointer);
    if (!applied.length) return undefined;
    md.appendMarkdown(`**${name}**`);
    const constraints = constraintWords(applied);
    if (constraints.length) md.appendMarkdown(` · ${constraints.map((c) => `\`${c}\``).join(' · ')}`);
    const markdown = firstString(applied, 'markdownDescription');
    const plain = firstString(applied, 'description') ?? firstString(applied, 'title');
    if (markdown) md.appendMarkdown(`\n\n${markdown}`);
    else if (plain) md.appendMarkdown('\n\n').appendText(plain);
    const example = files.validation.engine.exampleAt(check.schema, pointer);
    if (example !== undefined && !isJsonObject(example) && !Array.isArray(example)) md.appendMarkdown(`\n\n${vscode.l10n.t('Example')}: \`${JSON.stringify(example).replace(/`/g, "'")}\``);
    if (check.template) md.appendMarkdown(`\n\n_${check.template.detail.external_id} v${check.template.detail.version}_`);
    return new vscode.Hover(md);
  }
  const t = check?.template?.detail;
  if (path.length === 1 && path[0] === 'language') {
    md.appendMarkdown(`**language** · ${templateLanguages.join(' | ')}\n\n`);
    if (t) md.appendText(vscode.l10n.t('{0} v{1} has {2} (default {3}).', t.external_id, t.version, t.languages.join(', '), t.default_language));
    return new vscode.Hover(md);
  }
  if (path.length === 1 && path[0] === 'fill_priority') return new vscode.Hover(md.appendMarkdown('**fill_priority** · `low` | `high`\n\n').appendText(vscode.l10n.t('Processing priority of the fill; "low" when left out.')));
  if (path[0] === 'document' && path[1] === 'tags') {
    return new vscode.Hover(md.appendMarkdown('**document.tags**\n\n').appendText(vscode.l10n.t('At most 5. Stored in UPPERCASE without whitespace; empty tags and null, undefined or nan are not allowed. The API adds the template tag itself (like "factura_mensual-v1.1").')));
  }
  if (path[0] === 'template' && t && check?.template) {
    md.appendMarkdown(`**${t.external_id} v${t.version}**\n\n`).appendText(t.description);
    md.appendMarkdown('\n\n').appendText(vscode.l10n.t('Languages: {0}. The fill uses the latest minor of major {1}: {2}.', t.languages.join(', '), t.version.split('.')[0] ?? '', check.template.latest.version));
    return new vscode.Hover(md);
  }
  return undefined;
}

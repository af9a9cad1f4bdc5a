// Completion and hover in fill files, from the bound template's structure: keys of the object
// being edited (required first, each inserted with a valid example value), enum/const values,
// and for the request members the org's template ids, the template's languages and the
// priorities. Hover shows a field's description, type, constraints and an example.
import type * as jsonc from 'jsonc-parser';
import * as vscode from 'vscode';
import { parsePointer, toPointer } from '../../core/json/pointer';
import { templateLanguages } from '../../core/models/values';
import { cursorContext, hoverPath, keyItem, schemaHover, schemaKeyItems, schemaValues, valueItems, within, type SchemaScope } from '../editing/schemaHelp';
import type { FillFiles } from './fillFiles';

const REQUEST_KEYS: Readonly<Record<string, readonly string[]>> = {
  '': ['template', 'language', 'document', 'fill_priority', 'fields_values'],
  '/template': ['external_id', 'major', 'minor', 'org'],
  '/document': ['name', 'tags'],
};

/** The bound template's structure as the scope of `fields_values`. */
function fieldsScope(files: FillFiles, doc: vscode.TextDocument): SchemaScope | undefined {
  const check = files.boundTo(doc);
  const structure = check?.schema;
  if (structure === undefined) return undefined;
  const requiredNow = new Set(
    (files.lastCheck(doc)?.problems ?? [])
      .filter((p) => p.code === 'schema/required' && p.pointer.startsWith('/fields_values/'))
      .map((p) => toPointer(parsePointer(p.pointer).slice(1))),
  );
  const t = check?.template?.detail;
  return {
    schema: structure,
    base: ['fields_values'],
    example: (pointer) => files.validation.engine.exampleAt(structure, pointer),
    requiredNow,
    ...(t ? { footer: `${t.external_id} v${t.version}` } : {}),
  };
}

async function requestValues(files: FillFiles, doc: vscode.TextDocument, path: jsonc.JSONPath): Promise<unknown[]> {
  if (path.length === 2 && path[0] === 'template' && path[1] === 'external_id') {
    // The org's templates (first page), from the environment's cached source.
    const source = files.validation.source;
    return source.externalIds(source.defaultOrg).catch(() => []);
  }
  if (path.length === 1 && path[0] === 'language') {
    const own = files.boundTo(doc)?.template?.detail.languages ?? [];
    return [...own, ...templateLanguages.filter((l) => !own.includes(l))];
  }
  if (path.length === 1 && path[0] === 'fill_priority') return ['low', 'high'];
  return [];
}

export async function fillCompletion(files: FillFiles, doc: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.CompletionItem[]> {
  if (token.isCancellationRequested) return [];
  const ctx = cursorContext(doc, position);
  const fields = within([fieldsScope(files, doc)], ctx.objectPath);
  if (ctx.location.isAtPropertyKey) {
    if (fields) return schemaKeyItems(fields.scope, fields.pointer, ctx);
    if (ctx.objectPath[0] === 'fields_values') return [];
    const keys = REQUEST_KEYS[toPointer(ctx.objectPath)] ?? [];
    const defaults: Record<string, unknown> = { template: { external_id: '', major: 1 }, language: files.boundTo(doc)?.template?.detail.default_language ?? 'ES', document: { name: '', tags: [] }, fill_priority: 'low', fields_values: {}, external_id: '', major: 1, minor: 0, org: 'masmovil', name: '', tags: [] };
    return keys.filter((k) => !ctx.existing.has(k)).map((k, i) => keyItem(k, `0${i}`, defaults[k] ?? '', ctx, vscode.l10n.t('fill request')));
  }
  const values = fields ? schemaValues(fields.scope, fields.pointer) : await requestValues(files, doc, ctx.location.path);
  return token.isCancellationRequested ? [] : valueItems(values, ctx.range);
}

export function fillHover(files: FillFiles, doc: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): vscode.Hover | undefined {
  const path = hoverPath(doc, position);
  if (!path || token.isCancellationRequested) return undefined;
  if (path[0] === 'fields_values') return schemaHover([fieldsScope(files, doc)], path);
  const check = files.boundTo(doc);
  const md = new vscode.MarkdownString();
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

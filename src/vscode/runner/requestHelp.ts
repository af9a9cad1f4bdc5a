// Completion and hover in request files (`*.mok-request.json`): the operation ids, the file's own
// members, and inside params / query / headers / body the operation's models from the catalogue
// (keys with their documented example values, enum values, descriptions and constraints).
import * as vscode from 'vscode';
import type { OperationId } from '../../core/catalogue/catalogue';
import type { JsonSchema, OperationSchemaPart } from '../../core/catalogue/jsonSchema';
import { valueAt } from '../../core/json/pointer';
import { apiBundle } from '../common/bundles';
import type { ValidationEngine } from '../fills/engine';
import { cursorContext, hoverPath, keyItem, schemaCompletion, schemaHover, valueItems, type SchemaScope } from '../editing/schemaHelp';

const PARTS: readonly OperationSchemaPart[] = ['params', 'query', 'headers', 'body'];
const FILE_KEYS = ['operation', 'params', 'query', 'headers', 'body', 'files'] as const;

function operationOf(doc: vscode.TextDocument): OperationId | undefined {
  const m = /"operation"\s*:\s*"([^"]+)"/.exec(doc.getText());
  return m?.[1] && apiBundle().isOperationId(m[1]) ? m[1] : undefined;
}

export class RequestHelp {
  private readonly schemas = new Map<string, JsonSchema | undefined>();

  constructor(private readonly validation: ValidationEngine) {}

  private schema(op: OperationId, part: OperationSchemaPart): JsonSchema | undefined {
    const key = `${op} ${part}`;
    if (!this.schemas.has(key)) this.schemas.set(key, this.validation.engine.operationJsonSchema(op, part));
    return this.schemas.get(key);
  }

  /** One scope per part of the operation: its schema, the documented example first for values. */
  private scopes(doc: vscode.TextDocument): SchemaScope[] {
    const op = operationOf(doc);
    if (!op) return [];
    const example = apiBundle().exampleInput(apiBundle().catalogue[op]) as Record<string, unknown>;
    return PARTS.flatMap((part) => {
      const schema = this.schema(op, part);
      if (!schema) return [];
      return [
        {
          schema,
          base: [part],
          example: (pointer: string) => valueAt(example[part], pointer) ?? this.validation.engine.exampleAt(schema, pointer),
          footer: `${op} ${part}`,
        },
      ];
    });
  }

  completion(doc: vscode.TextDocument, position: vscode.Position): vscode.CompletionItem[] {
    const ctx = cursorContext(doc, position);
    const path = ctx.location.path;
    if (!ctx.location.isAtPropertyKey && path.length === 1 && path[0] === 'operation') {
      const defs = apiBundle().allEndpoints();
      return valueItems(
        defs.map((d) => d.id),
        ctx.range,
      ).map((it, i) => Object.assign(it, { detail: `${defs[i]?.method ?? ''} ${defs[i]?.path ?? ''}`, documentation: defs[i]?.summary }));
    }
    if (ctx.location.isAtPropertyKey && ctx.objectPath.length === 0) {
      const empty: Record<string, unknown> = { operation: '', params: {}, query: {}, headers: {}, body: {}, files: {} };
      return FILE_KEYS.filter((k) => !ctx.existing.has(k)).map((k, i) => keyItem(k, `0${i}`, empty[k], ctx, vscode.l10n.t('request file')));
    }
    return schemaCompletion(doc, position, this.scopes(doc)) ?? [];
  }

  hover(doc: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const path = hoverPath(doc, position);
    if (!path) return undefined;
    if (path.length === 1 && path[0] === 'operation') {
      const op = operationOf(doc);
      if (!op) return undefined;
      const def = apiBundle().catalogue[op];
      return new vscode.Hover(new vscode.MarkdownString().appendMarkdown(`**${def.id}** · \`${def.method} ${def.path}\`\n\n`).appendText(def.summary));
    }
    return schemaHover(this.scopes(doc), path);
  }
}

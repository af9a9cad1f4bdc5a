// "Validate JSON Against…": any JSON document checked as you type against a model of the API
// documents — an operation's request body or response, or a named schema (the customer API's,
// the error bodies) — with the catalogue's own words at exact positions, completion and hover
// from the model, and a CodeLens saying what the document is checked against (change, stop).
// The choice is remembered per file for the workspace (workspaceState: a file name and a model
// name, nothing else).
import * as vscode from 'vscode';
import type { ModelInfo } from '../../core/catalogue/models';
import { Disposable } from '../common/lifecycle';
import type { ViewContext } from '../common/viewContext';
import { JsonEditingPipeline } from '../editing/jsonEditor';
import { hoverPath, schemaCompletion, schemaHover, type SchemaScope } from '../editing/schemaHelp';
import type { ValidationEngine } from '../fills/engine';
import { apiBundle } from '../common/bundles';

const STATE_KEY = 'mok.models.associations';

type Item = vscode.QuickPickItem & { key?: string };

/** The models in one quick pick: named schemas, then each API's operations by family. */
export async function pickModel(models: readonly ModelInfo[], current?: string): Promise<string | undefined> {
  const items: Item[] = [];
  let group = '';
  for (const m of [...models].sort((a, b) => (a.group === b.group ? 0 : a.group === 'named' ? -1 : b.group === 'named' ? 1 : a.group === 'mok' ? -1 : 1))) {
    const [op, part] = m.key.split(':');
    const g =
      m.group === 'named'
        ? vscode.l10n.t('Named schemas')
        : `${m.group === 'mok' ? vscode.l10n.t('MOK Integration API') : vscode.l10n.t('Documents API')} · ${apiBundle().operationFamily(op ?? '')}`;
    if (g !== group) {
      items.push({ label: g, kind: vscode.QuickPickItemKind.Separator });
      group = g;
    }
    const what = part === 'body' ? vscode.l10n.t('request body') : part === 'response' ? vscode.l10n.t('response') : m.description.endsWith('API') ? vscode.l10n.t('error body') : vscode.l10n.t('customer API schema');
    items.push({
      label: m.key,
      description: m.key === current ? `${what} · ${vscode.l10n.t('current')}` : what,
      detail: m.group === 'named' ? undefined : m.description.replace(/ \((request body|response)\)$/, ''),
      key: m.key,
    });
  }
  const pick = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Validate JSON Against…'),
    placeHolder: vscode.l10n.t('A request body, a response or a named schema (search by operation, path or name)'),
    matchOnDescription: true,
    matchOnDetail: true,
  });
  return pick?.key;
}

export class ModelValidation extends Disposable {
  readonly pipeline: JsonEditingPipeline;
  private readonly models: Map<string, string>;
  /** Problems of each document's last check (syntax included, even when VS Code shows those). */
  private readonly counts = new Map<string, number>();

  constructor(
    private readonly ctx: ViewContext,
    private readonly validation: ValidationEngine,
  ) {
    super();
    // Checked against the catalogue when a document is (a model the catalogue lost checks as "unknown model").
    this.models = new Map(Object.entries(ctx.extension.workspaceState.get<Record<string, string>>(STATE_KEY, {})));
    this.pipeline = this._register(
      new JsonEditingPipeline({
        source: 'MOK',
        selector: [{ language: 'json' }, { language: 'jsonc' }],
        owns: (doc) => this.models.has(doc.uri.toString()),
        syntaxFromJsonService: true,
        check: (doc, text) => {
          const problems = this.validation.engine.checkAgainstModel(text, this.models.get(doc.uri.toString()) ?? '', vscode.l10n);
          this.counts.set(doc.uri.toString(), problems.length);
          return problems;
        },
        completion: (doc, position) => schemaCompletion(doc, position, [this.scope(doc)]),
        hover: (doc, position) => {
          const path = hoverPath(doc, position);
          return path ? schemaHover([this.scope(doc)], path) : undefined;
        },
        lenses: (doc) => this.lenses(doc),
      }),
    );
  }

  /** The model a document is checked against, if any. */
  modelOf(uri: vscode.Uri): string | undefined {
    return this.models.get(uri.toString());
  }

  private scope(doc: vscode.TextDocument): SchemaScope | undefined {
    const key = this.models.get(doc.uri.toString());
    const schema = key ? this.validation.engine.modelJsonSchema(key) : undefined;
    if (!key || !schema) return undefined;
    return { schema, base: [], example: (pointer) => this.validation.engine.exampleAt(schema, pointer), footer: key };
  }

  private lenses(doc: vscode.TextDocument): vscode.CodeLens[] {
    const key = this.models.get(doc.uri.toString());
    if (!key) return [];
    const top = new vscode.Range(0, 0, 0, 0);
    const count = this.counts.get(doc.uri.toString()) ?? 0;
    const state = verdictText(count, key);
    return [
      new vscode.CodeLens(top, { title: state, command: 'mok.models.validateAgainst', arguments: [doc.uri], tooltip: vscode.l10n.t('Choose another model') }),
      new vscode.CodeLens(top, { title: vscode.l10n.t('Stop validating'), command: 'mok.models.stopValidating', arguments: [doc.uri] }),
    ];
  }

  private async save(): Promise<void> {
    await this.ctx.extension.workspaceState.update(STATE_KEY, Object.fromEntries([...this.models].filter(([uri]) => uri.startsWith('file:'))));
  }

  /** Checks `uri` against `key` from now on; returns the problems found right away. */
  async associate(uri: vscode.Uri, key: string): Promise<number> {
    this.models.set(uri.toString(), key);
    await this.save();
    let doc = await vscode.workspace.openTextDocument(uri);
    if (!['json', 'jsonc'].includes(doc.languageId)) doc = await vscode.languages.setTextDocumentLanguage(doc, 'json');
    const problems = await this.pipeline.validate(doc);
    return problems.length;
  }

  async stop(uri: vscode.Uri): Promise<void> {
    this.models.delete(uri.toString());
    this.counts.delete(uri.toString());
    await this.save();
    this.pipeline.clear(uri);
  }
}

export function registerModelValidation(ctx: ViewContext, validation: ValidationEngine): vscode.Disposable[] {
  const models = new ModelValidation(ctx, validation);
  const target = (arg: unknown): vscode.Uri | undefined => (arg instanceof vscode.Uri ? arg : vscode.window.activeTextEditor?.document.uri);
  return [
    models,
    vscode.commands.registerCommand('mok.models.validateAgainst', async (arg?: unknown, given?: string) => {
      const uri = target(arg);
      if (!uri) {
        void vscode.window.showErrorMessage(vscode.l10n.t('Open a JSON document first, then run "Validate JSON Against…" on it.'));
        return undefined;
      }
      const key = given ?? (await pickModel(validation.engine.listModels(), models.modelOf(uri)));
      if (!key) return undefined;
      if (!validation.engine.isModelKey(key)) {
        void vscode.window.showErrorMessage(vscode.l10n.t('"{0}" is not a model of the catalogue.', key));
        return undefined;
      }
      const count = await models.associate(uri, key);
      vscode.window.setStatusBarMessage(verdictText(count, key), 5000);
      return count;
    }),
    vscode.commands.registerCommand('mok.models.stopValidating', async (arg?: unknown) => {
      const uri = target(arg);
      if (uri) await models.stop(uri);
    }),
  ];
}

function verdictText(count: number, key: string): string {
  if (count === 0) return vscode.l10n.t('$(pass) Valid against {0}', key);
  return count === 1 ? vscode.l10n.t('$(error) 1 problem against {0}', key) : vscode.l10n.t('$(error) {0} problems against {1}', count, key);
}

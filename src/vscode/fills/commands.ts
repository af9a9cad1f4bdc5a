// The fill-file commands: New Fill File (from a template minor node, or picked), change the
// template a fill file is bound to, and "Show Rule in Structure" (the structure opened at the
// keyword a diagnostic comes from). Registers the fill-file and structure bindings.
import * as vscode from 'vscode';
import { FILL_FILE_SUFFIX } from '../../core/fill/templateRef';
import { isJsonObject } from '../../core/json/canonical';
import { valueAt } from '../../core/json/pointer';
import type { TemplateVersionDetail } from '../../core/models/documents';
import { parseJsonText } from '../../core/problems/fromSyntax';
import { followSchemaPath } from '../../core/schema/navigate';
import { schemaPathSegments, segmentsPointer } from '../../core/validation/conditions';
import { createLocator } from '../../core/validation/locate';
import { withCancellableProgress } from '../common/progress';
import { STRUCTURE_LANGUAGE } from '../common/jsonDocuments';
import type { ViewContext } from '../common/viewContext';
import { setValueEdit } from '../editing/fixes';
import { rangeOf } from '../editing/diagnostics';
import { TemplatesProvider, templateVersionOfNode } from '../templates/view';
import { ValidationEngine } from './engine';
import { FillFiles } from './fillFiles';
import { pickTemplateVersion } from './pickers';
import { StructureFiles } from './structures';

/** A file name not taken yet in `dir`: `factura_mensual-v1.1.mok-fill.json`, then `-2`, `-3`… */
async function freeUri(dir: vscode.Uri, base: string): Promise<vscode.Uri> {
  let names: string[] = [];
  try {
    names = (await vscode.workspace.fs.readDirectory(dir)).map(([n]) => n);
  } catch {
    // The directory does not exist yet.
  }
  for (let n = 1; ; n++) {
    const name = `${base}${n === 1 ? '' : `-${n}`}${FILL_FILE_SUFFIX}`;
    if (!names.includes(name)) return vscode.Uri.joinPath(dir, name);
  }
}

export class FillCommands {
  constructor(
    private readonly ctx: ViewContext,
    private readonly files: FillFiles,
  ) {}

  /** Writes and opens a new fill file for a version; returns its uri. */
  async newFillFile(node?: unknown): Promise<vscode.Uri | undefined> {
    let detail: TemplateVersionDetail;
    let pin: boolean;
    const fromNode = templateVersionOfNode(node);
    if (fromNode) {
      detail = fromNode.detail;
      pin = fromNode.detail.version !== fromNode.latest;
    } else {
      const picked = await pickTemplateVersion(this.ctx, vscode.l10n.t('New fill file'));
      if (!picked) return undefined;
      detail = picked.detail;
      pin = picked.minor !== undefined;
    }
    const { engine, validator } = this.files.validation;
    // Every variable the version's sources print gets a value, so the new file's fill COMPLETES.
    const sources = await withCancellableProgress(vscode.l10n.t('Loading the sources of {0} v{1}…', detail.external_id, detail.version), (signal) => engine.loadSources(detail, (url, s) => this.files.validation.sourceText(url, s), { signal })).catch(() => []);
    const scaffold = engine.scaffoldFillFile(detail, validator, { pinMinor: pin, sources });
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri ?? vscode.Uri.joinPath(this.ctx.extension.globalStorageUri, 'fills');
    await vscode.workspace.fs.createDirectory(folder);
    const uri = await freeUri(folder, `${detail.external_id}-v${detail.version}`);
    await vscode.workspace.fs.writeFile(uri, Buffer.from(scaffold.text, 'utf8'));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
    const unfilled = scaffold.unfilled[0];
    if (unfilled) void vscode.window.showWarningMessage(vscode.l10n.t('The {0} source prints {1} (line {2}), which no value valid for the structure can give: this fill will FAIL.', unfilled.language, unfilled.variable, unfilled.place.line));
    if (!scaffold.valid) void vscode.window.showWarningMessage(vscode.l10n.t('No example satisfies every rule of {0} v{1}; the Problems panel shows what is left.', detail.external_id, detail.version));
    return uri;
  }

  /** Binds a fill file to another template version (its `template` member). */
  async changeTemplate(uri?: vscode.Uri): Promise<boolean> {
    const target = uri ?? vscode.window.activeTextEditor?.document.uri;
    if (!target?.path.endsWith(FILL_FILE_SUFFIX)) return false;
    const picked = await pickTemplateVersion(this.ctx, vscode.l10n.t('Template of this fill file'));
    if (!picked) return false;
    const doc = await vscode.workspace.openTextDocument(target);
    const current = parseJsonText(doc.getText()).value;
    const old = isJsonObject(current) && isJsonObject(current['template']) ? current['template'] : {};
    const binding = { external_id: picked.externalId, major: picked.major, ...(picked.minor !== undefined ? { minor: picked.minor } : {}), ...(typeof old['org'] === 'string' ? { org: old['org'] } : {}) };
    return vscode.workspace.applyEdit(setValueEdit(doc, '/template', binding));
  }

  /**
   * Opens the structure of the fill file's template version (read-only) and selects the keyword
   * `schemaPath` names (through `$ref` chains) — for `required`, the entry of the missing key.
   */
  async showRule(uri?: vscode.Uri, schemaPath?: string, key?: unknown): Promise<vscode.TextEditor | undefined> {
    const target = uri ?? vscode.window.activeTextEditor?.document.uri;
    if (!target) return undefined;
    const doc = await vscode.workspace.openTextDocument(target);
    const path = schemaPath ?? this.ruleAtCursor(doc);
    const check = this.files.lastCheck(doc) ?? (await this.files.checkNow(doc));
    const t = check?.template;
    if (!t) {
      void vscode.window.showWarningMessage(vscode.l10n.t('This fill file is not bound to a template version that could be loaded.'));
      return undefined;
    }
    const editor = await this.ctx.json.open(`${t.detail.external_id}-v${t.detail.version}.structure.json`, t.detail.structure, { preview: false, language: STRUCTURE_LANGUAGE });
    if (!path) return editor;
    let pointer = followSchemaPath(t.detail.structure, segmentsPointer(schemaPathSegments(path)));
    const at = valueAt(parseJsonText(editor.document.getText()).value, pointer);
    if (Array.isArray(at) && typeof key === 'string' && at.includes(key)) pointer = `${pointer}/${at.indexOf(key)}`;
    const loc = createLocator(editor.document.getText()).locate(pointer, 'value');
    const range = rangeOf(editor.document, loc);
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return editor;
  }

  /** The schema path of the first schema diagnostic under the cursor (palette use). */
  private ruleAtCursor(doc: vscode.TextDocument): string | undefined {
    const cursor = vscode.window.activeTextEditor?.document === doc ? vscode.window.activeTextEditor.selection.active : undefined;
    const problems = this.files.lastCheck(doc)?.problems ?? [];
    const text = doc.getText();
    const locator = createLocator(text);
    const hit = problems.find((p) => p.schemaPath !== undefined && cursor !== undefined && rangeOf(doc, locator.locate(p.pointer, p.target === 'key' ? 'key' : 'value')).contains(cursor));
    return hit?.schemaPath;
  }
}

export function registerFills(ctx: ViewContext): { disposables: vscode.Disposable[]; files: FillFiles; validation: ValidationEngine; commands: FillCommands } {
  const validation = new ValidationEngine(ctx);
  const files = new FillFiles(ctx, validation);
  const structures = new StructureFiles(validation);
  const commands = new FillCommands(ctx, files);
  const templates = ctx.providers.get('mok.views.dynamicTemplates');
  return {
    files,
    validation,
    commands,
    disposables: [
      validation,
      files,
      structures,
      // A refreshed Dynamic Templates view means templates may have changed: fetch them again.
      ...(templates instanceof TemplatesProvider ? [templates.onDidReload(() => validation.reset())] : []),
      vscode.commands.registerCommand('mok.fills.new', (node?: unknown) => commands.newFillFile(node)),
      vscode.commands.registerCommand('mok.fills.changeTemplate', (uri?: vscode.Uri) => commands.changeTemplate(uri)),
      vscode.commands.registerCommand('mok.fills.showRule', (uri?: vscode.Uri, schemaPath?: string, key?: unknown) => commands.showRule(uri, schemaPath, key)),
    ],
  };
}

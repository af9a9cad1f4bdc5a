// Template folders in the workspace: which folder a file belongs to, the folder read through the
// workspace file system (open editors' text first, so what is checked is what the author sees),
// and the folder check (src/core/authoring/check.ts) on save, on open and on demand — every
// problem a diagnostic at its exact place (editing/diagnostics.ts), and a summary.
import * as vscode from 'vscode';
import type { FolderCheck } from '../../core/authoring/check';
import { EXAMPLES_DIR, SOURCES_DIR, STRUCTURE_FILE, TEMPLATE_FILE, readFolder, roleOf, type FolderIo } from '../../core/authoring/folder';
import { Disposable } from '../common/lifecycle';
import type { ViewContext } from '../common/viewContext';
import { toDiagnostics } from '../editing/diagnostics';
import type { ValidationEngine } from '../fills/engine';

export const DIAGNOSTIC_SOURCE = 'MOK template';

function openText(uri: vscode.Uri): string | undefined {
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())?.getText();
}

/** The folder through the workspace file system, unsaved editors' text first. */
export function workspaceFolderIo(folder: vscode.Uri): FolderIo {
  return {
    list: async (rel) => {
      try {
        return (await vscode.workspace.fs.readDirectory(vscode.Uri.joinPath(folder, rel))).filter(([, type]) => type === vscode.FileType.File).map(([name]) => name);
      } catch {
        return [];
      }
    },
    read: async (rel) => {
      const uri = vscode.Uri.joinPath(folder, rel);
      const open = openText(uri);
      if (open !== undefined) return open;
      try {
        return Buffer.from(await vscode.workspace.fs.readFile(uri)).toString('utf8');
      } catch (e) {
        if (e instanceof vscode.FileSystemError && e.code === 'FileNotFound') return undefined;
        throw e;
      }
    },
    write: async (rel, text) => {
      const uri = vscode.Uri.joinPath(folder, rel);
      // A file open in an editor is changed through the editor (then saved), so the editor and the
      // disk agree and nothing reports "the file has changed on disk".
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      if (doc) {
        const edit = new vscode.WorkspaceEdit();
        edit.replace(uri, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), text);
        if ((await vscode.workspace.applyEdit(edit)) && (await doc.save())) return;
      }
      await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
      await vscode.workspace.fs.writeFile(uri, Buffer.from(text, 'utf8'));
    },
  };
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** The template folder a file belongs to (the folder holding template.json), if any. */
export async function templateFolderOf(uri: vscode.Uri): Promise<vscode.Uri | undefined> {
  const parts = uri.path.split('/');
  const name = parts.at(-1) ?? '';
  const parent = parts.at(-2) ?? '';
  let folder: vscode.Uri | undefined;
  if (name === TEMPLATE_FILE || name === STRUCTURE_FILE) folder = vscode.Uri.joinPath(uri, '..');
  else if ((parent === SOURCES_DIR || parent === EXAMPLES_DIR) && roleOf(`${parent}/${name}`)) folder = vscode.Uri.joinPath(uri, '..', '..');
  else if (await exists(vscode.Uri.joinPath(uri, TEMPLATE_FILE))) return uri;
  return folder && (await exists(vscode.Uri.joinPath(folder, TEMPLATE_FILE))) ? folder : undefined;
}

export function summaryText(folder: vscode.Uri, check: FolderCheck): string {
  const { errors, warnings } = check.summary;
  const name = vscode.workspace.asRelativePath(folder);
  if (!errors && !warnings) return vscode.l10n.t('Template folder {0}: no problems.', name);
  return vscode.l10n.t('Template folder {0}: {1} error(s), {2} warning(s) (Problems panel).', name, errors, warnings);
}

export class TemplateFolderChecks extends Disposable {
  private readonly collection = this._register(vscode.languages.createDiagnosticCollection(DIAGNOSTIC_SOURCE));
  private readonly last = new Map<string, FolderCheck>();
  /** Folders being checked: opening their files for diagnostics must not start another check. */
  private readonly checking = new Set<string>();
  /** Files that have diagnostics, per folder (cleared when a file has none any more). */
  private readonly marked = new Map<string, vscode.Uri[]>();
  private readonly checkedEmitter = this._register(new vscode.EventEmitter<{ folder: vscode.Uri; check: FolderCheck }>());
  /** A folder was checked (host tests wait for it). */
  readonly onDidCheck = this.checkedEmitter.event;

  constructor(
    private readonly ctx: ViewContext,
    readonly validation: ValidationEngine,
  ) {
    super();
    this._register(vscode.workspace.onDidSaveTextDocument((d) => void this.checkFileFolder(d.uri)));
    this._register(
      vscode.workspace.onDidOpenTextDocument((d) => {
        // A folder is checked the first time one of its files is opened; later, on save.
        void templateFolderOf(d.uri).then((f) => (f && !this.last.has(f.toString()) && !this.checking.has(f.toString()) ? this.check(f) : undefined));
      }),
    );
  }

  /** The last check of a folder (host tests). */
  lastCheck(folder: vscode.Uri): FolderCheck | undefined {
    return this.last.get(folder.toString());
  }

  private async checkFileFolder(uri: vscode.Uri): Promise<void> {
    const folder = await templateFolderOf(uri);
    if (folder) await this.check(folder);
  }

  /** Checks the folder and shows its problems as diagnostics. */
  async check(folder: vscode.Uri): Promise<FolderCheck> {
    const key = folder.toString();
    this.checking.add(key);
    try {
      return await this.checkAndShow(folder, key);
    } finally {
      this.checking.delete(key);
    }
  }

  private async checkAndShow(folder: vscode.Uri, key: string): Promise<FolderCheck> {
    const { engine, validator } = this.validation;
    let check: FolderCheck;
    try {
      const files = await readFolder(workspaceFolderIo(folder));
      check = await engine.authoring.checkTemplateFolder(files, { validator, l10n: vscode.l10n });
    } catch (e) {
      this.ctx.log.warn(`Template folder ${folder.fsPath}: ${e instanceof Error ? e.message : String(e)}`);
      throw e;
    }
    for (const uri of this.marked.get(key) ?? []) this.collection.delete(uri);
    const marked: vscode.Uri[] = [];
    for (const [rel, problems] of check.files) {
      // VS Code's JSON service already marks JSON syntax errors: one mistake, one diagnostic.
      const shown = rel.endsWith('.json') ? problems.filter((p) => p.origin !== 'syntax') : problems;
      if (!shown.length) continue;
      const uri = vscode.Uri.joinPath(folder, rel);
      const doc = await vscode.workspace.openTextDocument(uri).then(
        (d) => d,
        () => undefined,
      );
      if (!doc) continue;
      this.collection.set(uri, toDiagnostics(doc, shown, DIAGNOSTIC_SOURCE));
      marked.push(uri);
    }
    this.marked.set(key, marked);
    this.last.set(key, check);
    this.checkedEmitter.fire({ folder, check });
    return check;
  }
}

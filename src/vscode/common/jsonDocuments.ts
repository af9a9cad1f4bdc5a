// Read-only JSON documents (`mok-json:` URIs) for "Open as JSON" and API answers: objects shown
// exactly as the API sent them, without touching the disk. Contents live in memory only while
// their document is open (and at most MAX_KEPT of them), so a long session does not grow.
import * as vscode from 'vscode';
import { Disposable } from './lifecycle';

export const JSON_SCHEME = 'mok-json';
/**
 * Language of read-only template structures (package.json: the JSON grammar, no JSON validation):
 * the JSON service would try to download the draft 2020-12 meta-schema named in `$schema` and warn
 * when offline. The structure lint (fills/structures.ts) still owns them by their `.structure.json` name.
 */
export const STRUCTURE_LANGUAGE = 'mok-structure';
const MAX_KEPT = 100;

export class JsonDocuments extends Disposable implements vscode.TextDocumentContentProvider {
  private readonly contents = new Map<string, string>();
  private readonly emitter = this._register(new vscode.EventEmitter<vscode.Uri>());
  readonly onDidChange = this.emitter.event;

  constructor() {
    super();
    this._register(vscode.workspace.registerTextDocumentContentProvider(JSON_SCHEME, this));
    this._register(
      vscode.workspace.onDidCloseTextDocument((d) => {
        if (d.uri.scheme === JSON_SCHEME) this.contents.delete(d.uri.toString());
      }),
    );
  }

  /** How many documents are kept (tests check it stays bounded). */
  get size(): number {
    return this.contents.size;
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.contents.get(uri.toString()) ?? `// ${vscode.l10n.t('This document is no longer available: open it again from the MOK views.')}\n`;
  }

  /** Registers read-only text under `name` without opening it (e.g. the two sides of a diff). */
  put(name: string, text: string, extension = '.json'): vscode.Uri {
    const safe = name.replace(/[\\/:*?"<>|#]+/g, '-');
    const uri = vscode.Uri.from({ scheme: JSON_SCHEME, path: `/${safe}${safe.endsWith(extension) ? '' : extension}` });
    this.contents.delete(uri.toString());
    this.contents.set(uri.toString(), text);
    this.trim();
    this.emitter.fire(uri);
    return uri;
  }

  /** Opens `value` as pretty JSON in a read-only editor titled `name`. */
  async open(name: string, value: unknown, options: { preview?: boolean; language?: string; text?: string; beside?: boolean } = {}): Promise<vscode.TextEditor> {
    const safe = name.replace(/[\\/:*?"<>|#]+/g, '-');
    const language = options.language ?? 'json';
    const uri = vscode.Uri.from({ scheme: JSON_SCHEME, path: `/${safe}${language === 'json' && !safe.endsWith('.json') ? '.json' : ''}` });
    const key = uri.toString();
    this.contents.delete(key);
    this.contents.set(key, options.text ?? `${JSON.stringify(value, null, 2)}\n`);
    this.trim();
    this.emitter.fire(uri);
    const doc = await vscode.workspace.openTextDocument(uri);
    if (doc.languageId !== language) await vscode.languages.setTextDocumentLanguage(doc, language);
    return vscode.window.showTextDocument(doc, { preview: options.preview ?? true, ...(options.beside ? { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true } : {}) });
  }

  /** Oldest first, keeps the documents still open in an editor. */
  private trim(): void {
    if (this.contents.size <= MAX_KEPT) return;
    const open = new Set(vscode.workspace.textDocuments.map((d) => d.uri.toString()));
    for (const key of this.contents.keys()) {
      if (this.contents.size <= MAX_KEPT) break;
      if (!open.has(key)) this.contents.delete(key);
    }
  }

  override dispose(): void {
    this.contents.clear();
    super.dispose();
  }
}

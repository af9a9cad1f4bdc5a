// Read-only JSON documents (`mok-json:` URIs) for "Open as JSON": API objects shown exactly as the
// API sent them, without touching the disk.
import * as vscode from 'vscode';

export const JSON_SCHEME = 'mok-json';

export class JsonDocuments implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly contents = new Map<string, string>();
  private readonly emitter = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.emitter.event;
  private readonly registration: vscode.Disposable;

  constructor() {
    this.registration = vscode.workspace.registerTextDocumentContentProvider(JSON_SCHEME, this);
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.contents.get(uri.toString()) ?? '// This document is no longer available: open it again from the MOK views.\n';
  }

  /** Opens `value` as pretty JSON in a read-only editor titled `name`. */
  async open(name: string, value: unknown, options: { preview?: boolean } = {}): Promise<vscode.TextEditor> {
    const safe = name.replace(/[\\/:*?"<>|#]+/g, '-');
    const uri = vscode.Uri.from({ scheme: JSON_SCHEME, path: `/${safe}.json` });
    this.contents.set(uri.toString(), `${JSON.stringify(value, null, 2)}\n`);
    this.emitter.fire(uri);
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.languages.setTextDocumentLanguage(doc, 'json');
    return vscode.window.showTextDocument(doc, { preview: options.preview ?? true });
  }

  dispose(): void {
    this.registration.dispose();
    this.emitter.dispose();
    this.contents.clear();
  }
}

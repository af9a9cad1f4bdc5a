// The webview kit, extension side: a panel whose page is rendered ONCE with a strict CSP
// (`default-src 'none'`, scripts only with a per-render nonce from crypto.randomBytes, styles,
// fonts and images only from media/), minimal capabilities (scripts, no forms, no command links,
// local resources from media/ only), its initial state as escaped JSON in a data- attribute, and
// typed messages both ways: updates are posted (never a new `webview.html`), only the latest one
// is kept while the panel is hidden, and messages are checked before use and ignored after
// dispose. The page side is src/webview/kit/client.ts; a panel adds a script and its own messages.
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { Logger } from '../../core/logger';
import { STATE_ATTRIBUTE, isReadyMessage, type HostMessage, type StateEnvelope } from '../../webview/kit/protocol';
import { Disposable } from './lifecycle';

export interface WebviewPanelSpec<Out extends { type: string }> {
  viewType: string;
  title: string;
  /** The page's script, relative to media/ (built from src/webview/panels/ into media/dist/). */
  script: string;
  /** Style sheets relative to media/, after media/webview/kit.css. */
  styles?: readonly string[];
  /** Checks a message from the page: anything that fails is dropped (the page is untrusted). */
  isMessage(message: unknown): message is Out;
  onMessage(message: Out): unknown;
  log: Logger;
  column?: vscode.ViewColumn;
  /** Keeps the panel next to the editor it came from instead of taking focus. */
  preserveFocus?: boolean;
}

/** A nonce for one rendered page: 128 random bits, base64. */
export function makeNonce(): string {
  return randomBytes(16).toString('base64');
}

/** Text for HTML content and double-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

export interface PageParts<S> {
  cspSource: string;
  nonce: string;
  scriptUri: string;
  styleUris: readonly string[];
  title: string;
  lang: string;
  state: StateEnvelope<S>;
}

/** The whole page: nothing inline but the one nonce'd script tag, the state in data-state. */
export function renderWebviewHtml<S>(p: PageParts<S>): string {
  const csp = [
    "default-src 'none'",
    `style-src ${p.cspSource}`,
    `font-src ${p.cspSource}`,
    `img-src ${p.cspSource} data:`,
    `script-src 'nonce-${p.nonce}'`,
    "connect-src 'none'",
    "form-action 'none'",
    "frame-src 'none'",
    "base-uri 'none'",
  ].join('; ');
  const styles = p.styleUris.map((u) => `<link rel="stylesheet" href="${escapeHtml(u)}">`).join('\n    ');
  return `<!DOCTYPE html>
<html lang="${escapeHtml(p.lang)}">
  <head>
    <meta charset="UTF-8">
    <meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    ${styles}
    <title>${escapeHtml(p.title)}</title>
  </head>
  <body ${STATE_ATTRIBUTE}="${escapeHtml(JSON.stringify(p.state))}">
    <main id="root"></main>
    <script nonce="${escapeHtml(p.nonce)}" src="${escapeHtml(p.scriptUri)}"></script>
  </body>
</html>`;
}

export class WebviewPanelHost<S, Out extends { type: string }, In extends { type: string } = never> extends Disposable {
  readonly panel: vscode.WebviewPanel;
  private current: StateEnvelope<S>;
  /** The version the page last said it renders (-1: not loaded yet). */
  private shown = -1;
  private readonly htmlValue: string;
  private readonly disposeEmitter = this._register(new vscode.EventEmitter<void>());
  readonly onDidDispose = this.disposeEmitter.event;

  constructor(
    extensionUri: vscode.Uri,
    private readonly spec: WebviewPanelSpec<Out>,
    state: S,
  ) {
    super();
    const media = vscode.Uri.joinPath(extensionUri, 'media');
    this.panel = vscode.window.createWebviewPanel(
      spec.viewType,
      spec.title,
      { viewColumn: spec.column ?? vscode.ViewColumn.Beside, preserveFocus: spec.preserveFocus ?? false },
      { enableScripts: true, enableForms: false, enableCommandUris: false, localResourceRoots: [media], retainContextWhenHidden: false },
    );
    this.current = { version: 0, state };
    const webview = this.panel.webview;
    const uri = (rel: string) => webview.asWebviewUri(vscode.Uri.joinPath(media, ...rel.split('/'))).toString();
    this.htmlValue = renderWebviewHtml({
      cspSource: webview.cspSource,
      nonce: makeNonce(),
      scriptUri: uri(spec.script),
      styleUris: ['webview/kit.css', ...(spec.styles ?? [])].map(uri),
      title: spec.title,
      lang: vscode.env.language,
      state: this.current,
    });
    // Set once: updates travel as messages, so the page keeps its scroll position and focus.
    webview.html = this.htmlValue;
    this._register(webview.onDidReceiveMessage((m: unknown) => this.receive(m)));
    this._register(
      this.panel.onDidChangeViewState(() => {
        if (this.panel.visible) this.flush();
      }),
    );
    this._register(this.panel.onDidDispose(() => this.dispose()));
  }

  get state(): S {
    return this.current.state;
  }

  /** The page as rendered (host tests check the CSP, the nonce and the state attribute). */
  get html(): string {
    return this.htmlValue;
  }

  /** Shows a new state: posted when visible; while hidden only the latest is kept. */
  update(state: S, title?: string): void {
    if (this.isDisposed) return;
    this.current = { version: this.current.version + 1, state };
    if (title) this.panel.title = title;
    this.flush();
  }

  post(message: HostMessage<S, In>): void {
    if (this.isDisposed) return;
    void Promise.resolve(this.panel.webview.postMessage(message)).catch((e: unknown) => this.spec.log.debug(`webview ${this.spec.viewType}: post failed: ${String(e)}`));
  }

  reveal(): void {
    if (!this.isDisposed) this.panel.reveal(undefined, this.spec.preserveFocus ?? false);
  }

  private flush(): void {
    // A hidden page is discarded and reloaded from the html when shown; it then says "ready".
    if (!this.panel.visible || this.shown >= this.current.version || this.shown < 0) return;
    this.shown = this.current.version;
    this.post({ type: 'update', version: this.current.version, state: this.current.state });
  }

  private receive(m: unknown): void {
    if (this.isDisposed) return;
    if (isReadyMessage(m)) {
      this.shown = m.version;
      if (m.version < this.current.version) {
        this.shown = this.current.version;
        this.post({ type: 'update', version: this.current.version, state: this.current.state });
      }
      return;
    }
    if (!this.spec.isMessage(m)) {
      this.spec.log.debug(`webview ${this.spec.viewType}: dropped a message that is not one of its own`);
      return;
    }
    Promise.resolve(this.spec.onMessage(m)).catch((e: unknown) => this.spec.log.warn(`webview ${this.spec.viewType}: ${e instanceof Error ? e.message : String(e)}`));
  }

  override dispose(): void {
    if (this.isDisposed) return;
    this.disposeEmitter.fire();
    super.dispose();
    this.panel.dispose();
  }
}

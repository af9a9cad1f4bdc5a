// The webhook inbox of this window: its history (the workspace's storage, opened on first use)
// and its listener (off until started; started again after a reload when it was on). It verifies
// with the active environment's webhook secret and checks delivery auth against the environment's
// credentials, points the in-process sandbox at itself while it listens (mok.sandbox.deliverToInbox),
// and finds the address a remote, WSL or Codespaces window reaches it by (vscode.env.asExternalUri),
// accepting that Host too. The core pieces load lazily from dist/webhooks.js.
import * as vscode from 'vscode';
import { StoreError } from '../../core/storage/jsonlStore';
import type { AuthExpectation } from '../../core/webhooks/deliveryAuthCheck';
import type { InboxListener as InboxListenerType } from '../../core/webhooks/inbox';
import type { InboxHistory as InboxHistoryType } from '../../core/webhooks/inboxHistory';
import type { ForwardResult, InboxEvent } from '../../core/webhooks/inboxRecord';
import type * as Runtime from '../../core/webhooks/runtime';
import { loadBundle } from '../common/bundles';
import { Disposable } from '../common/lifecycle';
import type { ViewContext } from '../common/viewContext';
import { readWebhookSettings, type WebhookSettings } from '../environments/settings';

const LISTENING_KEY = 'mok.webhooks.inbox.listening';
/** Path the in-process sandbox delivers to (any path is captured; this one reads well). */
export const SANDBOX_DELIVERY_PATH = '/webhooks/mok';

export type RuntimeBundle = typeof Runtime;

export class WebhookInboxService extends Disposable {
  private historyValue: Promise<InboxHistoryType> | undefined;
  private listener: InboxListenerType | undefined;
  private starting: Promise<InboxListenerType> | undefined;
  private external: string | undefined;
  private settingsValue: WebhookSettings = readWebhookSettings();
  private secret: string | undefined;
  private auth: AuthExpectation | undefined;
  private readOnlyReason: string | undefined;
  private readonly changed = this._register(new vscode.EventEmitter<void>());
  /** Events arrived, the history was cleared, the listener started or stopped. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly ctx: ViewContext) {
    super();
    this._register(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (!e.affectsConfiguration('mok.webhooks') && !e.affectsConfiguration('mok.sandbox')) return;
        this.settingsValue = readWebhookSettings();
        for (const p of this.settingsValue.problems) ctx.log.warn(`Settings: ${p}`);
        void this.refreshCredentials();
        this.linkSandbox();
        this.changed.fire();
      }),
    );
    this._register(ctx.envs.onDidChange(() => void this.refreshCredentials()));
    void this.refreshCredentials();
    this.linkSandbox();
  }

  get settings(): WebhookSettings {
    return this.settingsValue;
  }

  runtime(): RuntimeBundle {
    return loadBundle<RuntimeBundle>(this.ctx.extension, 'webhooks.js');
  }

  /** Where the history lives: this workspace's storage (or the global one without a workspace). */
  get dir(): vscode.Uri {
    return vscode.Uri.joinPath(this.ctx.extension.storageUri ?? this.ctx.extension.globalStorageUri, 'webhook-inbox');
  }

  /** The history, opened once; another window writing it makes it read-only here. */
  history(): Promise<InboxHistoryType> {
    this.historyValue ??= this.openHistory();
    return this.historyValue;
  }

  private async openHistory(): Promise<InboxHistoryType> {
    const { InboxHistory } = this.runtime();
    const s = this.settingsValue;
    const options = { dir: this.dir.fsPath, maxBytes: s.maxMegabytes * 1024 * 1024, maxAgeDays: s.maxAgeDays };
    // During a reload the window's previous extension host may still hold the lock for a moment.
    for (let attempt = 0; ; attempt++) {
      try {
        const h = await InboxHistory.open(options);
        if (h.damaged) this.ctx.log.warn(`Webhook inbox: ${h.damaged} damaged line(s) in ${this.dir.fsPath} were skipped; every other event is kept.`);
        return h;
      } catch (e) {
        if (!StoreError.is(e, 'locked')) throw e;
        if (attempt < 10) {
          await new Promise((r) => setTimeout(r, 300));
          continue;
        }
        this.readOnlyReason = e.message;
        this.ctx.log.warn(`Webhook inbox: ${e.message} (shown read-only here)`);
        return InboxHistory.open({ ...options, readOnly: true });
      }
    }
  }

  get isListening(): boolean {
    return this.listener !== undefined;
  }

  /** http://127.0.0.1:PORT while listening. */
  get localUrl(): string | undefined {
    return this.listener?.url;
  }

  /** The address this window's user reaches the listener by (a forwarded one in a remote window). */
  get externalUrl(): string | undefined {
    return this.listener ? (this.external ?? this.listener.url) : undefined;
  }

  /** Why this window cannot write the history (another window owns it), if so. */
  get readOnly(): string | undefined {
    return this.readOnlyReason;
  }

  async events(): Promise<InboxEvent[]> {
    return (await this.history()).list();
  }

  /** Starts listening on mok.webhooks.inbox.port (rejects with the core's ServerError / StoreError). */
  async start(): Promise<InboxListenerType> {
    if (this.listener) return this.listener;
    this.starting ??= this.listen().finally(() => (this.starting = undefined));
    return this.starting;
  }

  private async listen(): Promise<InboxListenerType> {
    const history = await this.history();
    if (this.readOnlyReason) throw new Error(this.readOnlyReason);
    await this.refreshCredentials();
    const { InboxListener } = this.runtime();
    const s = this.settingsValue;
    const listener = await InboxListener.start({
      history,
      port: s.port,
      secret: () => this.secret,
      auth: () => this.auth,
      forwardUrl: () => this.settingsValue.forwardUrl || undefined,
      allowedHosts: s.allowedHosts,
      logger: this.ctx.log,
      l10n: vscode.l10n,
    });
    this.listener = listener;
    listener.onEvent(() => this.changed.fire());
    listener.onForward((f: { id: string; forward: ForwardResult }) => {
      if (f.forward.error) this.ctx.log.warn(`Webhook inbox: forwarding ${f.id} failed: ${f.forward.error} (the event is kept)`);
      this.changed.fire();
    });
    await this.ctx.extension.workspaceState.update(LISTENING_KEY, true);
    await this.resolveExternal(listener);
    this.linkSandbox();
    this.ctx.log.info(`Webhook inbox listening on ${listener.url}${this.external && this.external !== listener.url ? ` (reachable as ${this.external})` : ''}; history in ${this.dir.fsPath}`);
    this.changed.fire();
    return listener;
  }

  async stop(): Promise<void> {
    const l = this.listener;
    this.listener = undefined;
    this.external = undefined;
    this.linkSandbox();
    await this.ctx.extension.workspaceState.update(LISTENING_KEY, false);
    await l?.close();
    this.changed.fire();
  }

  /** After a reload: listens again when it was listening before. */
  async restore(): Promise<void> {
    if (!this.ctx.extension.workspaceState.get<boolean>(LISTENING_KEY)) return;
    try {
      await this.start();
    } catch (e) {
      this.ctx.log.warn(`Webhook inbox: could not listen again after the reload: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  async clear(): Promise<void> {
    await (await this.history()).clear();
    this.changed.fire();
  }

  /** The auth the active environment expects of deliveries (to check them, and to replay them). */
  authExpectation(): AuthExpectation | undefined {
    return this.auth;
  }

  private async refreshCredentials(): Promise<void> {
    const c = await this.ctx.envs.credentials();
    this.secret = c.webhookSecret;
    // The Sandbox's credentials always exist (documented defaults): they are expected only when
    // mok.sandbox.webhookAuth makes the sandbox send them.
    const sandboxWithoutAuth = this.ctx.envs.active().builtIn && this.settingsValue.webhookAuth === 'none';
    this.auth = !sandboxWithoutAuth && (c.webhookAuthUsername || c.webhookAuthToken) ? { username: c.webhookAuthUsername, password: c.webhookAuthPassword, token: c.webhookAuthToken } : undefined;
  }

  /** In a remote window the port is forwarded: the forwarded address is what the user can reach. */
  private async resolveExternal(listener: InboxListenerType): Promise<void> {
    try {
      const uri = await vscode.env.asExternalUri(vscode.Uri.parse(listener.url));
      this.external = uri.toString(true).replace(/\/$/, '');
      const host = uri.authority.toLowerCase();
      if (host && host !== new URL(listener.url).host) listener.allowHost(host);
    } catch (e) {
      this.ctx.log.debug(`Webhook inbox: no external address (${String(e)})`);
    }
  }

  /** Points the in-process sandbox at the listener (or nowhere), with the delivery settings. */
  private linkSandbox(): void {
    const s = this.settingsValue;
    const url = this.listener && s.deliverToInbox ? `${this.listener.url}${SANDBOX_DELIVERY_PATH}` : null;
    this.ctx.envs.configureSandboxWebhooks({ url, auth: s.webhookAuth, authKeys: s.webhookAuthKeys, partnerWebhooks: s.partnerWebhooks });
  }

  override dispose(): void {
    super.dispose();
    const l = this.listener;
    this.listener = undefined;
    void (l ? l.close() : Promise.resolve()).then(() => this.historyValue?.then((h) => h.close())).catch(() => undefined);
  }
}

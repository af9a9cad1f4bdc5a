// The active environment and its API client. The built-in Sandbox starts in-process on first use
// (its code is a separate lazily-required bundle) unless `mok.sandbox.url` points at a running one.
import * as vscode from 'vscode';
import type { ApiClient, ApiClientOptions } from '../../core/client/apiClient';
import { sandboxCredentials, sandboxEnvironment, secretValues, type Credentials, type Environment } from '../../core/environment';
import { jwtState } from '../../core/auth/jwt';
import type { NetworkOptions } from '../../core/http/network';
import { redactingLogger, type Logger } from '../../core/logger';
import type { RunningSandbox, SandboxWebhookConfig, startSandbox as StartSandbox } from '../../sandbox/server';
import { loadBundle } from '../common/bundles';
import { Disposable } from '../common/lifecycle';
import type { CredentialStore } from './secrets';
import { SANDBOX_NAME, readSettings, type Settings } from './settings';

export interface EnvironmentEntry {
  environment: Environment;
  builtIn: boolean;
}

export type CredentialArea = 'mok' | 'admin' | 'documents';

export class EnvironmentManager extends Disposable {
  private settingsValue: Settings = readSettings();
  private clientValue: { name: string; client: Promise<ApiClient> } | undefined;
  private sandbox: Promise<RunningSandbox> | undefined;
  private sandboxWebhooks: SandboxWebhookConfig = {};
  private credentialsCache: Credentials = {};
  private readonly emitter = this._register(new vscode.EventEmitter<void>());
  /** Active environment, its settings or its credentials changed: views refresh. */
  readonly onDidChange = this.emitter.event;
  readonly logger: Logger;

  constructor(
    private readonly context: vscode.ExtensionContext,
    log: vscode.LogOutputChannel,
    private readonly store: CredentialStore,
  ) {
    super();
    this.logger = redactingLogger(log, () => secretValues(this.credentialsCache));
    this._register(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('http.proxy') || e.affectsConfiguration('http.proxyStrictSSL') || e.affectsConfiguration('http.noProxy')) {
          this.invalidateInBackground();
          return;
        }
        if (!e.affectsConfiguration('mok')) return;
        const before = this.settingsValue;
        this.settingsValue = readSettings();
        this.reportProblems();
        if (JSON.stringify(before) !== JSON.stringify(this.settingsValue)) this.invalidateInBackground();
      }),
    );
    this._register(
      store.onDidChange((env) => {
        if (env === this.active().environment.name) this.invalidateInBackground();
      }),
    );
    this.reportProblems();
    this.updateContextKeys().catch((e: unknown) => this.logger.warn(`Could not update the view welcome state: ${String(e)}`));
  }

  private invalidateInBackground(): void {
    this.invalidate().catch((e: unknown) => this.logger.warn(`Could not refresh after an environment change: ${String(e)}`));
  }

  /** Context keys the welcome views and menus read: which credentials the active environment lacks. */
  private async updateContextKeys(): Promise<void> {
    const [mok, documents] = await Promise.all([this.hasCredentials('mok'), this.hasCredentials('documents')]);
    await Promise.all([
      vscode.commands.executeCommand('setContext', 'mok.env.needsMokCredentials', !mok),
      vscode.commands.executeCommand('setContext', 'mok.env.needsDocumentsCredentials', !documents),
      // The Sandbox Requests view shows the journal of the sandbox this window talks to; Reset Sandbox… acts on it.
      vscode.commands.executeCommand('setContext', 'mok.env.isSandbox', this.active().builtIn),
    ]);
  }

  get settings(): Settings {
    return this.settingsValue;
  }

  list(): EnvironmentEntry[] {
    return [{ environment: sandboxEnvironment(this.settingsValue.sandboxUrl || 'http://127.0.0.1:0'), builtIn: true }, ...this.settingsValue.environments.map((environment) => ({ environment, builtIn: false }))];
  }

  active(): EnvironmentEntry {
    const name = this.settingsValue.activeEnvironment;
    const entries = this.list();
    return entries.find((e) => e.environment.name === name) ?? (entries[0] as EnvironmentEntry);
  }

  async switchTo(name: string): Promise<void> {
    await vscode.workspace.getConfiguration('mok').update('activeEnvironment', name, vscode.ConfigurationTarget.Global);
    this.settingsValue = readSettings();
    const { environment } = this.active();
    this.logger.info(`Active environment: "${environment.name}" (${environment.kind})`);
    await this.invalidate();
  }

  /** Credentials of the active environment (sandbox defaults for the Sandbox). */
  async credentials(): Promise<Credentials> {
    const entry = this.active();
    const c = entry.builtIn ? { ...sandboxCredentials, ...(await this.store.get(SANDBOX_NAME)) } : await this.store.get(entry.environment.name);
    this.credentialsCache = c;
    return c;
  }

  async hasCredentials(area: CredentialArea): Promise<boolean> {
    const c = await this.credentials();
    if (area === 'mok') return Boolean(c.clientId && c.clientSecret);
    if (area === 'admin') return Boolean(c.adminEmail && c.adminToken);
    return Boolean(c.documentsToken);
  }

  /** The API client of the active environment (starting the in-process sandbox when needed). */
  async client(): Promise<ApiClient> {
    const name = this.active().environment.name;
    // Views ask concurrently at startup: share one creation per environment.
    if (this.clientValue?.name !== name) {
      const client = this.createClient();
      this.clientValue = { name, client };
      // A failed start (e.g. the sandbox could not listen) is retried on the next call.
      client.catch(() => {
        if (this.clientValue?.client === client) this.clientValue = undefined;
      });
    }
    return this.clientValue.client;
  }

  private async createClient(): Promise<ApiClient> {
    const entry = this.active();
    const environment = entry.builtIn ? sandboxEnvironment(await this.sandboxUrl()) : entry.environment;
    const credentials = await this.credentials();
    this.warnAboutDocumentsToken(entry.environment.name, credentials.documentsToken);
    const bundle = this.loadBundle<{ ApiClient: new (options: ApiClientOptions) => ApiClient }>('client.js');
    return new bundle.ApiClient({
      environment,
      credentials: () => this.credentialsCache,
      logger: this.logger,
      httpOptions: { timeoutMs: this.settingsValue.timeoutMs, userAgent: `mok-devtools/${extensionVersion(this.context)} vscode/${vscode.version}`, network: networkSettings() },
    });
  }

  /** The Documents JWT is read (never verified) so an expiring token is noticed before a 401. */
  private warnAboutDocumentsToken(env: string, token: string | undefined): void {
    if (!token) return;
    const s = jwtState(token);
    if (s.state !== 'expired' && s.state !== 'expiringSoon') return;
    const message =
      s.state === 'expired'
        ? vscode.l10n.t('The Documents API token of "{0}" expired {1} min ago.', env, Math.round(s.msAgo / 60_000))
        : vscode.l10n.t('The Documents API token of "{0}" expires in {1} min.', env, Math.max(1, Math.round(s.msLeft / 60_000)));
    Promise.resolve(vscode.window.showWarningMessage(message, vscode.l10n.t('Set Documents Token…')))
      .then((pick) => (pick ? vscode.commands.executeCommand('mok.env.setCredentials', 'documents') : undefined))
      .catch((e: unknown) => this.logger.warn(`Set Documents Token failed: ${String(e)}`));
  }

  /** URL of the sandbox: the configured one, or an in-process one started on a free port. */
  async sandboxUrl(): Promise<string> {
    if (this.settingsValue.sandboxUrl) return this.settingsValue.sandboxUrl;
    this.sandbox ??= this.startSandbox();
    return (await this.sandbox).url;
  }

  private async startSandbox(): Promise<RunningSandbox> {
    // Separate bundle so activation never pays for seed data and ajv.
    const { startSandbox } = this.loadBundle<{ startSandbox: typeof StartSandbox }>('sandbox.js');
    const sb = await startSandbox({ port: 0, seedSize: this.settingsValue.sandboxSeedSize, logger: this.logger });
    sb.configureWebhooks(this.sandboxWebhooks);
    this.logger.info(`Built-in sandbox started at ${sb.url}`);
    return sb;
  }

  /** Puts the built-in sandbox back to its seed data (its control endpoint), then the views reload. */
  async resetSandbox(): Promise<void> {
    const url = await this.sandboxUrl();
    const res = await fetch(`${url.replace(/\/+$/, '')}/__sandbox/reset`, { method: 'POST' });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    this.logger.info(`Sandbox at ${url} reset to its seed data`);
    this.emitter.fire();
  }

  /** Where and how the in-process sandbox delivers webhooks (the inbox sets it): now, and when it starts. */
  configureSandboxWebhooks(config: SandboxWebhookConfig): void {
    this.sandboxWebhooks = { ...this.sandboxWebhooks, ...config };
    this.sandbox?.then((s) => s.configureWebhooks(config)).catch(() => undefined);
  }

  private loadBundle<T>(file: string): T {
    return loadBundle<T>(this.context, file);
  }

  /**
   * Drops the client and tells the views at once (synchronously): a view that reloaded on a late
   * event would throw away what the user loaded in between. Closing the old client and updating
   * the welcome-view context keys follow in the background.
   */
  private invalidate(): Promise<void> {
    const old = this.clientValue;
    this.clientValue = undefined;
    this.credentialsCache = {};
    this.emitter.fire();
    old?.client.then((c) => c.close()).catch(() => undefined);
    return this.updateContextKeys();
  }

  private reportProblems(): void {
    for (const p of this.settingsValue.problems) this.logger.warn(`Settings: ${p}`);
  }

  override dispose(): void {
    super.dispose();
    // Closing is best effort: a client that never started or a sandbox that failed to listen has nothing to close.
    this.clientValue?.client.then((c) => c.close()).catch(() => undefined);
    this.sandbox?.then((s) => s.close()).catch(() => undefined);
  }
}

/** VS Code's proxy settings, which the extension's own HTTP client honours like VS Code does. */
export function networkSettings(): NetworkOptions {
  const http = vscode.workspace.getConfiguration('http');
  const proxy = http.get<string>('proxy');
  const noProxy = http.get<unknown>('noProxy');
  return {
    ...(proxy ? { proxy } : {}),
    ...(Array.isArray(noProxy) ? { noProxy: noProxy.filter((x): x is string => typeof x === 'string') } : {}),
    strictSSL: http.get<boolean>('proxyStrictSSL') ?? true,
  };
}

/** The extension's version from its manifest (packageJSON is untyped). */
export function extensionVersion(context: vscode.ExtensionContext): string {
  const pkg: unknown = context.extension.packageJSON;
  return pkg && typeof pkg === 'object' && 'version' in pkg && typeof pkg.version === 'string' ? pkg.version : '0.0.0';
}

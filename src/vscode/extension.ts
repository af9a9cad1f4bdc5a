// Composition root: builds the services and registers the features (one folder each), nothing
// else. The API client, the sandbox and other heavy modules load on first use.
import * as vscode from 'vscode';
import { registerAuthoring, type Authoring } from './authoring/register';
import { registerTreeCommands } from './common/commands';
import { JsonDocuments } from './common/jsonDocuments';
import { SwitchablePrompts } from './common/prompts';
import type { TreeProvider } from './common/tree';
import type { ExtensionLog, ViewContext } from './common/viewContext';
import { registerContractsView } from './contracts/view';
import { registerDocumentsView } from './documents/register';
import { registerEnvironmentCommands } from './environments/commands';
import type { FillActivities } from './fillRun/activities';
import { registerFillRun } from './fillRun/register';
import { registerFills } from './fills/commands';
import type { FillFiles } from './fills/fillFiles';
import { EnvironmentManager, extensionVersion } from './environments/manager';
import { CredentialStore } from './environments/secrets';
import { EnvironmentStatusBar } from './environments/statusBar';
import { registerModelValidation } from './models/modelValidation';
import type { FillPreview } from './preview/previewPanel';
import { registerPreview } from './preview/register';
import { registerRunner } from './runner/register';
import { registerSandboxRequests } from './sandboxRequests/register';
import { registerSourceDocuments, type SourceDocuments } from './sources/sourceDocuments';
import { registerServiceRequestsView } from './serviceRequests/commands';
import { registerTemplatesView } from './templates/view';
import { registerVersionCompare } from './versions/register';
import type { WebhookInboxService } from './webhooks/inboxService';
import type { WebhookResultPanel } from './webhooks/resultPanel';
import { registerWebhooks } from './webhooks/register';

/**
 * What `activate` returns to tests and benchmarks. Only a development or test host gets it: an
 * installed extension exports nothing, so no other extension can reach the credential store, the
 * state or the views through `getExtension(…).exports`.
 */
export interface MokApi {
  /** For tests and other extensions: the environment manager of this window. */
  readonly envs: EnvironmentManager;
  /** Credentials per environment (SecretStorage). */
  readonly credentials: CredentialStore;
  /** Tree providers by view id (host tests read the trees through them). */
  readonly providers: ReadonlyMap<string, TreeProvider>;
  /** Read-only documents the extension opened (host tests check they stay bounded). */
  readonly json: JsonDocuments;
  /** The questions the extension asks; host tests answer them with `override`. */
  readonly prompts: SwitchablePrompts;
  /** The webhook result panel (host tests read what it shows). */
  readonly webhookPanel: WebhookResultPanel;
  /** The webhook inbox of this window. */
  readonly webhookInbox: WebhookInboxService;
  /**
   * What the extension keeps between sessions — global and workspace state, its storage folders,
   * its log folder — for the secret-leak test to search (it must hold no credential).
   */
  readonly kept: Pick<vscode.ExtensionContext, 'globalState' | 'workspaceState' | 'globalStorageUri' | 'storageUri' | 'logUri'>;
  /** Where this workspace's state (the request history) is stored. */
  readonly storageUri: vscode.Uri;
  /** Fill files: the last check of each (host tests and the keystroke benchmark read it). */
  readonly fills: FillFiles;
  /** Fills sent from this window (the Fill activity rows). */
  readonly fillActivities: FillActivities;
  /** Template sources opened read-only with their findings. */
  readonly sources: SourceDocuments;
  /** The template preview panel (getting it loads dist/features.js, as the first preview does). */
  readonly preview: FillPreview;
  /** Template folders: check, pull, publish, preview. */
  readonly authoring: Authoring;
  /** How long activate() took, in ms (logged; `npm run bench` reads it). */
  readonly activationMs: number;
}

export function activate(context: vscode.ExtensionContext): MokApi | undefined {
  const started = performance.now();
  const channel = vscode.window.createOutputChannel('MOK DevTools', { log: true });
  const store = new CredentialStore(context.secrets);
  const envs = new EnvironmentManager(context, channel, store);
  const json = new JsonDocuments();
  context.subscriptions.push(channel, store, envs, json, new EnvironmentStatusBar(envs));
  // Features only ever see the redacting logger; the channel itself stays here.
  const log: ExtensionLog = { ...envs.logger, show: () => channel.show(true) };
  const providers = new Map<string, TreeProvider>();
  const prompts = new SwitchablePrompts();
  const views: ViewContext = { extension: context, envs, credentials: store, log, json, prompts, providers };
  const webhooks = registerWebhooks(views);
  context.subscriptions.push(
    vscode.commands.registerCommand('mok.log.show', () => channel.show(true)),
    ...registerEnvironmentCommands(envs, store, prompts),
    ...registerTreeCommands(views),
    ...registerContractsView(views),
    ...registerServiceRequestsView(views),
    ...registerTemplatesView(views),
    ...registerDocumentsView(views),
    ...webhooks.disposables,
  );
  // Fill files own the validation engine (loaded on first use) the other editors borrow; they
  // follow the Dynamic Templates view's refreshes, so they come after it.
  const fills = registerFills(views);
  context.subscriptions.push(...fills.disposables, ...registerRunner(views, fills.validation), ...registerModelValidation(views, fills.validation), ...registerSandboxRequests(views));
  const sources = registerSourceDocuments(views, fills.validation);
  const fillRuns = registerFillRun(views, fills.files, fills.commands, sources.sources);
  const preview = registerPreview(views, fills.files, sources.sources);
  const authoring = registerAuthoring(views, fills.validation);
  context.subscriptions.push(...sources.disposables, ...fillRuns.disposables, ...registerVersionCompare(views, fills.files), ...preview.disposables, ...authoring.disposables);
  const activationMs = performance.now() - started;
  log.info(`MOK DevTools ${extensionVersion(context)} activated in ${activationMs.toFixed(1)} ms (environment: ${envs.active().environment.name})`);
  if (context.extensionMode === vscode.ExtensionMode.Production) return undefined;
  return {
    activationMs,
    envs,
    credentials: store,
    providers,
    json,
    prompts,
    webhookPanel: webhooks.panel,
    webhookInbox: webhooks.inbox,
    fills: fills.files,
    fillActivities: fillRuns.activities,
    sources: sources.sources,
    get preview() {
      return preview.preview();
    },
    authoring: authoring.authoring,
    kept: context,
    storageUri: context.storageUri ?? context.globalStorageUri,
  };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}

// Composition root: builds the services and registers views and commands. Nothing else runs at
// activation; the sandbox and other heavy modules load on first use.
import * as vscode from 'vscode';
import { registerEnvironmentCommands } from './environmentCommands';
import { EnvironmentManager, extensionVersion } from './environments';
import { JsonDocuments } from './jsonDocuments';
import { CredentialStore } from './secrets';
import { EnvironmentStatusBar } from './statusBar';
import type { ViewContext } from './viewContext';
import { registerContractsView } from './views/contractsView';
import { registerServiceRequestsView } from './views/serviceRequestsView';
import { registerTemplatesView } from './views/templatesView';
import { registerTreeCommands, type TreeProvider } from './views/treeBase';

export interface MokApi {
  /** For tests and other extensions: the environment manager of this window. */
  readonly envs: EnvironmentManager;
  /** Credentials per environment (SecretStorage). */
  readonly credentials: CredentialStore;
  /** Tree providers by view id (host tests read the trees through them). */
  readonly providers: ReadonlyMap<string, TreeProvider>;
}

export function activate(context: vscode.ExtensionContext): MokApi {
  const log = vscode.window.createOutputChannel('MOK DevTools', { log: true });
  const store = new CredentialStore(context.secrets);
  const envs = new EnvironmentManager(context, log, store);
  const json = new JsonDocuments();
  context.subscriptions.push(log, store, envs, json, new EnvironmentStatusBar(envs));
  const providers = new Map<string, TreeProvider>();
  const views: ViewContext = { extension: context, envs, log, json, providers };
  context.subscriptions.push(
    vscode.commands.registerCommand('mok.log.show', () => log.show(true)),
    ...registerEnvironmentCommands(envs, store),
    ...registerTreeCommands(),
    ...registerContractsView(views),
    ...registerServiceRequestsView(views),
    ...registerTemplatesView(views),
  );
  log.info(`MOK DevTools ${extensionVersion(context)} activated (environment: ${envs.active().environment.name})`);
  return { envs, credentials: store, providers };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}

// What every feature module receives from the composition root (extension.ts).
import type * as vscode from 'vscode';
import type { Logger } from '../../core/logger';
import type { EnvironmentManager } from '../environments/manager';
import type { CredentialStore } from '../environments/secrets';
import type { JsonDocuments } from './jsonDocuments';
import type { Prompts } from './prompts';
import type { TreeProvider } from './tree';

/** The extension's log as features see it: every line redacted (secrets in use, tokens, JWTs). */
export interface ExtensionLog extends Logger {
  /** Opens MOK: Show Log. */
  show(): void;
}

export interface ViewContext {
  readonly extension: vscode.ExtensionContext;
  readonly envs: EnvironmentManager;
  /** Credentials per environment (SecretStorage), for features that store one the user typed. */
  readonly credentials: CredentialStore;
  readonly log: ExtensionLog;
  readonly json: JsonDocuments;
  /** The questions features ask (quick input, modal confirmations). */
  readonly prompts: Prompts;
  /** Tree providers by view id, exposed through the extension API for host tests. */
  readonly providers: Map<string, TreeProvider>;
}

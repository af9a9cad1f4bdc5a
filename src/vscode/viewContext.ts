// What every view and command module receives from the composition root.
import type * as vscode from 'vscode';
import type { EnvironmentManager } from './environments';
import type { JsonDocuments } from './jsonDocuments';
import type { TreeProvider } from './views/treeBase';

export interface ViewContext {
  readonly extension: vscode.ExtensionContext;
  readonly envs: EnvironmentManager;
  readonly log: vscode.LogOutputChannel;
  readonly json: JsonDocuments;
  /** Tree providers by view id, exposed through the extension API for host tests. */
  readonly providers: Map<string, TreeProvider>;
}

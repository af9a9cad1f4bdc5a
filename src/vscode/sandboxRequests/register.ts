// The Sandbox Requests view stays in the shell; its commands (./commands.ts) load with
// dist/features.js the first time one of them runs.
import type * as vscode from 'vscode';
import { featuresBundle } from '../common/bundles';
import { lazyCommands } from '../common/lazyCommands';
import type { ViewContext } from '../common/viewContext';
import { SANDBOX_REQUESTS_VIEW_ID, SandboxRequestsProvider } from './view';

const SANDBOX_REQUEST_COMMANDS = ['mok.sandboxRequests.open', 'mok.sandboxRequests.filter', 'mok.sandboxRequests.copyCurl', 'mok.sandboxRequests.openInRunner', 'mok.sandboxRequests.showServiceRequest', 'mok.sandboxRequests.showFill'] as const;

export function registerSandboxRequests(ctx: ViewContext): vscode.Disposable[] {
  const provider = new SandboxRequestsProvider(ctx);
  ctx.providers.set(SANDBOX_REQUESTS_VIEW_ID, provider);
  return [provider, lazyCommands(SANDBOX_REQUEST_COMMANDS, () => featuresBundle().registerSandboxRequestCommands(ctx, provider))];
}

// The runner in the shell: the request history, its view and the request file editor (checks as
// the file is edited); Call Endpoint…, Send and the history's commands (./commands.ts) load with
// dist/features.js the first time one of them runs.
import type * as vscode from 'vscode';
import { featuresBundle } from '../common/bundles';
import { lazyCommands } from '../common/lazyCommands';
import type { ViewContext } from '../common/viewContext';
import type { ValidationEngine } from '../fills/engine';
import { RunnerHistory } from './history';
import { RequestsProvider, REQUESTS_VIEW_ID } from './historyView';
import { RequestEditor } from './requestEditor';

const RUNNER_COMMANDS = [
  'mok.runner.callEndpoint',
  'mok.runner.send',
  'mok.runner.saveRequest',
  'mok.runner.rerun',
  'mok.runner.openResponse',
  'mok.runner.saveResponse',
  'mok.runner.copyCurl',
  'mok.runner.compare',
  'mok.runner.clearHistory',
  'mok._runner.responseText',
] as const;

export function registerRunner(ctx: ViewContext, validation: ValidationEngine): vscode.Disposable[] {
  const history = new RunnerHistory(ctx.extension.storageUri ?? ctx.extension.globalStorageUri);
  const editor = new RequestEditor(ctx, validation);
  const provider = new RequestsProvider(ctx, history);
  ctx.providers.set(REQUESTS_VIEW_ID, provider);
  return [history, editor, provider, lazyCommands(RUNNER_COMMANDS, () => featuresBundle().registerRunnerCommands(ctx, history, editor, provider))];
}

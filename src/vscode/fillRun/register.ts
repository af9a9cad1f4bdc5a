// The Fill feature's place in the shell: the Fill activity rows of the Dynamic Templates view and
// their store (one per window, per environment). Sending, following and the actions on a fill
// (./commands.ts) load with dist/features.js the first time one of their commands runs.
import type * as vscode from 'vscode';
import { featuresBundle } from '../common/bundles';
import { lazyCommands } from '../common/lazyCommands';
import type { ViewContext } from '../common/viewContext';
import type { FillCommands } from '../fills/commands';
import type { FillFiles } from '../fills/fillFiles';
import type { SourceDocuments } from '../sources/sourceDocuments';
import { TemplatesProvider } from '../templates/view';
import { ActivityGroupNode, FillActivities } from './activities';

const FILL_RUN_COMMANDS = ['mok.fills.fill', 'mok.fills.checkStatus', 'mok.fills.openDocument', 'mok.fills.saveDocument', 'mok.fills.copyFillId', 'mok.fills.clearActivity', 'mok.fills.showSource'] as const;

export function registerFillRun(ctx: ViewContext, files: FillFiles, fills: FillCommands, sources: SourceDocuments): { activities: FillActivities; disposables: vscode.Disposable[] } {
  const store = new FillActivities();
  const provider = ctx.providers.get('mok.views.dynamicTemplates');
  const disposables: vscode.Disposable[] = [store];
  // Each environment has its own fills: a fill id means nothing to another API.
  store.setEnvironment(ctx.envs.active().environment.name);
  disposables.push(ctx.envs.onDidChange(() => store.setEnvironment(ctx.envs.active().environment.name)));
  if (provider instanceof TemplatesProvider) {
    const group = new ActivityGroupNode(store);
    provider.addLeading(group, () => store.all.length > 0);
    disposables.push(store.onDidChange((t) => (t ? provider.refresh(group) : provider.showLeading())));
  }
  disposables.push(lazyCommands(FILL_RUN_COMMANDS, () => featuresBundle().registerFillRunCommands(ctx, files, fills, sources, store)));
  return { activities: store, disposables };
}

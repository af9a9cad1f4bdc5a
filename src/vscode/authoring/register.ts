// Template authoring's commands and services (README, "Template folders"): the folder check on
// save, Pull / New / Check / Publish, and the side-by-side preview of every language and example.
import * as vscode from 'vscode';
import type { ViewContext } from '../common/viewContext';
import type { ValidationEngine } from '../fills/engine';
import { AuthoringCommands } from './commands';
import { TemplateFolderChecks } from './folders';
import { FolderPreview } from './preview';
import { TemplatePublisher } from './publish';

export interface Authoring {
  commands: AuthoringCommands;
  publisher: TemplatePublisher;
  preview: FolderPreview;
}

export function registerAuthoring(ctx: ViewContext, validation: ValidationEngine): { authoring: Authoring; disposables: vscode.Disposable[] } {
  const checks = new TemplateFolderChecks(ctx, validation);
  const commands = new AuthoringCommands(ctx, checks);
  const publisher = new TemplatePublisher(ctx, commands);
  const preview = new FolderPreview(ctx, commands);
  return {
    authoring: { commands, publisher, preview },
    disposables: [
      checks,
      preview,
      vscode.commands.registerCommand('mok.authoring.pull', (node?: unknown, target?: vscode.Uri) => commands.pull(node, target)),
      vscode.commands.registerCommand('mok.authoring.new', (target?: vscode.Uri, externalId?: string) => commands.newTemplate(target, externalId)),
      vscode.commands.registerCommand('mok.authoring.check', (uri?: vscode.Uri) => commands.check(uri)),
      vscode.commands.registerCommand('mok.authoring.publish', (uri?: vscode.Uri, options?: { as?: 'minor' | 'major' }) => publisher.publish(uri, options)),
      vscode.commands.registerCommand('mok.authoring.preview', (uri?: vscode.Uri) => preview.show(uri)),
    ],
  };
}

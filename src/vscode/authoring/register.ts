// Template authoring (README, "Template folders"): the folder check on open and save stays in the
// activation bundle; Pull / New / Check / Publish and the side-by-side preview load with
// dist/features.js the first time one of their commands runs (./commands.ts, registerAuthoringCommands).
import type * as vscode from 'vscode';
import { featuresBundle } from '../common/bundles';
import { lazyCommands } from '../common/lazyCommands';
import type { ViewContext } from '../common/viewContext';
import type { ValidationEngine } from '../fills/engine';
import { TemplateFolderChecks } from './folders';

export interface Authoring {
  /** The folder check (host tests read its last result). */
  checks: TemplateFolderChecks;
}

/** The commands ./commands.ts registers (registerAuthoringCommands). */
export const AUTHORING_COMMANDS = ['mok.authoring.pull', 'mok.authoring.new', 'mok.authoring.check', 'mok.authoring.publish', 'mok.authoring.preview'] as const;

export function registerAuthoring(ctx: ViewContext, validation: ValidationEngine): { authoring: Authoring; disposables: vscode.Disposable[] } {
  const checks = new TemplateFolderChecks(ctx, validation);
  return {
    authoring: { checks },
    disposables: [checks, lazyCommands(AUTHORING_COMMANDS, () => featuresBundle().registerAuthoringCommands(ctx, checks))],
  };
}

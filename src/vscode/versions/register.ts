// Comparing template versions (./compare.ts) loads with dist/features.js the first time one of its
// commands runs; the shell passes its own toDiagnostics (the quick fixes read its problem map).
import type * as vscode from 'vscode';
import { featuresBundle } from '../common/bundles';
import { lazyCommands } from '../common/lazyCommands';
import type { ViewContext } from '../common/viewContext';
import { toDiagnostics } from '../editing/diagnostics';
import type { FillFiles } from '../fills/fillFiles';

export function registerVersionCompare(ctx: ViewContext, files: FillFiles): vscode.Disposable[] {
  return [lazyCommands(['mok.templates.compare', 'mok.fills.checkAgainst'], () => featuresBundle().registerVersionCompareCommands(ctx, files, toDiagnostics))];
}

// The template preview (./previewPanel.ts) loads with dist/features.js the first time
// "Preview Template" runs (or a host test asks for it): one preview per window.
import * as vscode from 'vscode';
import { featuresBundle } from '../common/bundles';
import { lazyCommands } from '../common/lazyCommands';
import type { ViewContext } from '../common/viewContext';
import type { FillFiles } from '../fills/fillFiles';
import type { SourceDocuments } from '../sources/sourceDocuments';
import type { FillPreview } from './previewPanel';

export function registerPreview(ctx: ViewContext, files: FillFiles, sources: SourceDocuments): { preview: () => FillPreview; disposables: vscode.Disposable[] } {
  let made: FillPreview | undefined;
  const preview = () => (made ??= featuresBundle().createFillPreview(ctx, files, sources));
  return {
    preview,
    disposables: [
      { dispose: () => made?.dispose() },
      lazyCommands(['mok.fills.preview'], () => [vscode.commands.registerCommand('mok.fills.preview', (uri?: vscode.Uri, language?: string) => preview().show(uri, { ...(language ? { language } : {}) }))]),
    ],
  };
}

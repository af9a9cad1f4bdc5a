// Lazily required bundles next to dist/extension.js (esbuild.mjs builds one per heavy area: the
// API client, the sandbox, the webhook runtime), so activation never pays for undici, seed data or
// ajv. Types come from the modules themselves; values from the bundle at run time.
import * as path from 'node:path';
import type * as vscode from 'vscode';

export function loadBundle<T>(context: vscode.ExtensionContext, file: string): T {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(path.join(context.extensionPath, 'dist', file)) as T;
}

// Lazily required bundles next to dist/extension.js (esbuild.mjs builds one per heavy area: the
// API client with the catalogue and its models, the validation engine, command implementations
// (features.js), the sandbox, the webhook runtime), so activation never pays for zod, undici,
// seed data, ajv or code that only runs after a command. Types come from the modules
// themselves; values from the bundle at run time. test/unit/bundles.test.ts checks that none of
// them leaks into dist/extension.js.
import * as path from 'node:path';
import type * as vscode from 'vscode';
import type * as ApiBundleModule from '../../core/client/bundle';
import type * as FeaturesModule from '../features';

export function loadBundle<T>(context: vscode.ExtensionContext, file: string): T {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(path.join(context.extensionPath, 'dist', file)) as T;
}

/** dist/client.js: the typed client, the catalogue and its models, request files, service-request rules. */
export type ApiBundle = typeof ApiBundleModule;

/**
 * The API bundle, required on first use (then cached by `require`). Code of the extension runs
 * from dist/extension.js, so the bundle is next to it.
 */
export function apiBundle(): ApiBundle {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(path.join(__dirname, 'client.js')) as ApiBundle;
}

/** dist/features.js: command implementations loaded on first use of one of their commands. */
export function featuresBundle(): typeof FeaturesModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(path.join(__dirname, 'features.js')) as typeof FeaturesModule;
}

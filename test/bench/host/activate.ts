// Host-side benchmark (extensionTestsPath module, run by test/bench/host.ts through
// scripts/host/run.mjs in a fresh code-server each time, with the release build as the extension):
// activate() of the extension in the real extension host, as it reports it (MokApi.activationMs),
// from a window where nothing has activated it yet (no JSON file open, no MOK view shown); beside
// it, loading dist/extension.js and the whole ext.activate() (VS Code's own work included: the
// extension context, its storage). Baseline, in the same host: loading and activating a minimal
// extension module that registers one command. Prints one `BENCH {json}` line.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as vscode from 'vscode';
import type { MokApi } from '../../../src/vscode/extension';

function ms(since: bigint): number {
  return Number(process.hrtime.bigint() - since) / 1e6;
}

/** Loads the module at `file` and calls its activate() with a bare context. */
async function activateModule(file: string): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require(file) as { activate(ctx: { subscriptions: vscode.Disposable[] }): unknown };
  const ctx = { subscriptions: [] as vscode.Disposable[] };
  await mod.activate(ctx);
  for (const d of ctx.subscriptions) d.dispose();
}

export async function run(): Promise<void> {
  const ext = vscode.extensions.getExtension<MokApi>('mok-devtools.mok-devtools');
  if (!ext) throw new Error('extension not loaded');
  if (ext.isActive) throw new Error('the extension was already active: the measurement needs a window that has not activated it');

  const minimal = path.join(mkdtempSync(path.join(os.tmpdir(), 'mok-bench-')), 'minimal.js');
  writeFileSync(minimal, "const vscode = require('vscode');\nexports.activate = (ctx) => { ctx.subscriptions.push(vscode.commands.registerCommand('mokBench.minimal', () => 1)); };\n");
  let t = process.hrtime.bigint();
  await activateModule(minimal);
  const minimalMs = ms(t);

  // VS Code loads the main module with Node's require, so this load is the one activate() uses.
  t = process.hrtime.bigint();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require(path.join(ext.extensionPath, 'dist', 'extension.js'));
  const loadMs = ms(t);
  t = process.hrtime.bigint();
  const api = await ext.activate();
  const hostActivateMs = ms(t);
  console.log(`BENCH ${JSON.stringify({ loadMs, activateMs: api.activationMs, hostActivateMs, minimalMs })}`);
}

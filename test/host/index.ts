// Entry point the extension host loads as extensionTestsPath (scripts/host/run.mjs, launch.json
// "Extension Tests"): runs mocha (bdd) over every dist/test/host/**/*.test.js bundle next to it.
// MOK_TEST_GREP=<regexp> runs a subset.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import * as vscode from 'vscode';

function findTests(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return findTests(p);
    return e.name.endsWith('.test.js') ? [p] : [];
  });
}

export function run(): Promise<void> {
  console.log(`VS Code ${vscode.version} extension host (${vscode.env.appName}, Node ${process.versions.node})`);
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 20000 });
  const grep = process.env.MOK_TEST_GREP;
  if (grep) mocha.grep(new RegExp(grep));
  const files = findTests(__dirname).sort();
  for (const f of files) mocha.addFile(f);
  return new Promise((resolve, reject) => {
    if (files.length === 0) {
      reject(new Error(`no *.test.js bundles under ${__dirname}`));
      return;
    }
    try {
      mocha.run((failures) => {
        if (failures > 0) reject(new Error(`${failures} host test(s) failed`));
        else resolve();
      });
    } catch (err) {
      reject(err instanceof Error ? err : new Error(String(err)));
    }
  });
}

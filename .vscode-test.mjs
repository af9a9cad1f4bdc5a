// Desktop runner for developers whose machines can download VS Code (`npm run test:electron`):
// @vscode/test-cli downloads VS Code 1.100.3 into .vscode-test/ and runs the same host test
// bundles as scripts/host/run.mjs (which uses code-server instead, for offline CI).
import { defineConfig } from '@vscode/test-cli';

export default defineConfig({
  label: 'host',
  files: 'dist/test/host/**/*.test.js',
  version: '1.100.3',
  extensionDevelopmentPath: import.meta.dirname,
  launchArgs: ['--disable-extensions', '--disable-workspace-trust'],
  env: { MOK_TEST_RUNNER: 'electron' },
  mocha: { ui: 'bdd', timeout: 20000, color: true },
});

#!/usr/bin/env node
// `npm run package`: release build, then a .vsix with only what runs (see .vscodeignore).
// The README's screenshots live in docs/images (not shipped): the packaged README drops those
// image lines, and links to repository files keep only their text, instead of shipping images or
// pointing at a repository URL we do not have.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
fs.rmSync(path.join(root, 'dist'), { recursive: true, force: true }); // no stale dev bundles or maps
run(process.execPath, ['esbuild.mjs', '--production']);
const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8').split('\n').filter((l) => !/^!\[[^\]]*\]\(docs\/images\//.test(l))
  .join('\n')
  // Links to repository files (docs/…) would be broken in the packaged README: keep their text.
  .replace(/\[([^\]]+)\]\((?!https?:|#|command:)[^)]+\)/g, '$1');
fs.writeFileSync(path.join(root, 'dist', 'README.md'), readme);
run(path.join(root, 'node_modules', '.bin', 'vsce'), ['package', '--no-dependencies', '--allow-missing-repository', '--readme-path', 'dist/README.md', '--out', 'dist/mok-devtools.vsix']);

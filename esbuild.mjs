// Builds the extension, the CLI and the test bundles. One entry point per artefact so the
// extension bundle stays small and the CLI bundle proves src/core never needs `vscode`.
//   node esbuild.mjs               dev build (sourcemaps)       dist/extension.js, dist/cli.js, media/dist/*.js
//   node esbuild.mjs --production  release build (minified)
//   node esbuild.mjs --tests       dev build + dist/test/**     (unit, host, bench bundles)
//   node esbuild.mjs --watch
//   node esbuild.mjs --production --outdir DIR   release build into DIR/dist and DIR/media/dist
//                                                (npm run bench measures the release build this way)
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';

const production = process.argv.includes('--production');
const version = JSON.parse(fs.readFileSync('package.json', 'utf8')).version;
const tests = process.argv.includes('--tests');
const watch = process.argv.includes('--watch');
const outdirAt = process.argv.indexOf('--outdir');
const outRoot = outdirAt > 0 ? process.argv[outdirAt + 1] : '.';
const out = (p) => path.join(outRoot, p);

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
  // jsonc-parser's UMD entry uses dynamic requires esbuild cannot follow; its ESM entry bundles.
  mainFields: ['module', 'main'],
  define: { MOK_VERSION: JSON.stringify(version) },
};

function walk(dir, pred) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? walk(p, pred) : pred(p) ? [p] : [];
  });
}

const builds = [
  { ...common, entryPoints: ['src/vscode/extension.ts'], outfile: out('dist/extension.js'), external: ['vscode'], metafile: true },
  // The API client (undici), the catalogue and its zod models: required when a view first needs data
  // or a feature first reads the catalogue (src/core/client/bundle.ts).
  { ...common, entryPoints: ['src/core/client/bundle.ts'], outfile: out('dist/client.js') },
  // The validation engine (ajv, fill check, lint, examples) is required when a fill file or a structure opens.
  { ...common, entryPoints: ['src/core/engine.ts'], outfile: out('dist/engine.js') },
  // The sandbox (seed data, ajv) is required lazily by the extension when the Sandbox env is used.
  { ...common, entryPoints: ['src/sandbox/server.ts'], outfile: out('dist/sandbox.js') },
  // Sending, replaying and the inbox listener (undici, node:http): required when first used.
  { ...common, entryPoints: ['src/core/webhooks/runtime.ts'], outfile: out('dist/webhooks.js') },
  // Command implementations required on first use of one of their commands (src/vscode/features.ts).
  { ...common, entryPoints: ['src/vscode/features.ts'], outfile: out('dist/features.js'), external: ['vscode'] },
  // No `external: ['vscode']` here on purpose: a stray vscode import in core/cli fails this build.
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: out('dist/cli.js'), banner: { js: '#!/usr/bin/env node' } },
  // Webview pages (browser code, src/webview/panels/*.ts) go under media/, the only folder a
  // webview may load from (localResourceRoots); media/dist/ is generated, not in git.
  {
    ...common,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    sourcemap: false,
    entryPoints: walk('src/webview/panels', (p) => p.endsWith('.ts')),
    outdir: out('media/dist'),
  },
];
if (tests) {
  const unit = walk('test/unit', (p) => p.endsWith('.test.ts'));
  const host = walk('test/host', (p) => p.endsWith('.ts'));
  const bench = walk('test/bench', (p) => p.endsWith('.ts'));
  // Child processes tests spawn (a writer killed mid-append…): `test/support/*.child.ts`.
  const children = walk('test/support', (p) => p.endsWith('.child.ts'));
  const entries = [...unit, ...host, ...bench, ...children];
  if (entries.length) {
    builds.push({ ...common, sourcemap: true, minify: false, entryPoints: entries, outdir: 'dist/test', outbase: 'test', external: ['vscode', 'mocha', 'playwright-core', '@seriousme/openapi-schema-validator'] });
  }
}

if (watch) {
  for (const b of builds) (await esbuild.context(b)).watch();
} else {
  const results = await Promise.all(builds.map((b) => esbuild.build(b)));
  fs.chmodSync(out('dist/cli.js'), 0o755);
  const meta = results[0].metafile;
  if (meta) {
    const bytes = Object.values(meta.outputs).reduce((n, o) => n + o.bytes, 0);
    if (process.env.MOK_BUILD_VERBOSE) console.log(`dist/extension.js ${(bytes / 1024).toFixed(0)} KiB`);
    // What went into the activation bundle, for the bench's bundle rows.
    if (outdirAt > 0) fs.writeFileSync(out('dist/extension.meta.json'), JSON.stringify(meta));
  }
}

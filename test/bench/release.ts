// The release build the bench measures (`node esbuild.mjs --production --outdir …`), laid out as
// an extension (package.json, l10n, media) so the real host can load it, and the `bundle` rows:
//   bundle.extension  size of the release dist/extension.js (goal ≤ 250 kB) against everything
//                     activation would load if nothing were lazy (extension + client + engine +
//                     features + webhooks bundles): the ratio is the share activation pays for
//   bundle.lazy       heavy modules found in dist/extension.js (ajv, handlebars, undici, zod's
//                     full build, the catalogue, the sandbox, the command implementations of
//                     dist/features.js): goal none — they load on first use
//   bundle.<name>     the lazily required bundles' sizes (reported)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { BenchRow } from './row';
import { valueRow } from './row';

export const repoRoot = path.resolve(__dirname, '../../..');
/** Where the release build goes (git-ignored .cache/). */
export const releaseDir = path.join(repoRoot, '.cache', 'bench', 'release');

const LAZY_BUNDLES = ['client', 'engine', 'features', 'webhooks', 'sandbox'] as const;

/** Inputs of dist/extension.js that belong in a lazily required bundle, by what they are. */
export const HEAVY_IN_SHELL: ReadonlyArray<readonly [string, RegExp]> = [
  ['ajv', /node_modules\/ajv(-formats)?\//],
  ['handlebars', /node_modules\/handlebars\//],
  ['undici', /node_modules\/undici\//],
  ['zod (full build)', /node_modules\/zod\/(v4\/classic|index\.js)/],
  ['the catalogue', /src\/core\/catalogue\/(catalogue|mok|documents)/],
  ['the zod models', /src\/core\/models\/(mok|documents|common)\.ts/],
  ['the sandbox', /src\/sandbox\//],
  ['the inbox listener', /src\/core\/webhooks\/inbox\.ts/],
  ['the webhook commands', /src\/vscode\/webhooks\/(commands|inboxCommands|verifyCommand|sendTest)\.ts/],
  ['environment editing', /src\/vscode\/environments\/edit\.ts/],
];

/** Builds the release into releaseDir and copies what the extension reads at run time beside it. */
export function buildRelease(): void {
  fs.rmSync(releaseDir, { recursive: true, force: true });
  fs.mkdirSync(releaseDir, { recursive: true });
  for (const f of ['package.json', 'package.nls.json', 'package.nls.es.json', 'LICENSE']) fs.copyFileSync(path.join(repoRoot, f), path.join(releaseDir, f));
  fs.cpSync(path.join(repoRoot, 'l10n'), path.join(releaseDir, 'l10n'), { recursive: true });
  fs.cpSync(path.join(repoRoot, 'media'), path.join(releaseDir, 'media'), { recursive: true, filter: (src) => !src.startsWith(path.join(repoRoot, 'media', 'dist')) });
  const r = spawnSync(process.execPath, ['esbuild.mjs', '--production', '--outdir', releaseDir], { cwd: repoRoot, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`release build failed:\n${r.stdout}${r.stderr}`);
}

const kB = (bytes: number) => bytes / 1000;

export function bundleRows(): BenchRow[] {
  const size = (name: string) => fs.statSync(path.join(releaseDir, 'dist', `${name}.js`)).size;
  const shell = size('extension');
  const everything = shell + ['client', 'engine', 'features', 'webhooks'].reduce((n, b) => n + size(b), 0);
  const meta = JSON.parse(fs.readFileSync(path.join(releaseDir, 'dist', 'extension.meta.json'), 'utf8')) as { inputs: Record<string, unknown> };
  const inputs = Object.keys(meta.inputs);
  const heavy = HEAVY_IN_SHELL.filter(([, re]) => inputs.some((i) => re.test(i))).map(([name]) => name);
  const rows: BenchRow[] = [
    valueRow(
      'bundle.extension',
      `release dist/extension.js (node esbuild.mjs --production), what activation loads, vs extension + client + engine + features + webhooks bundles (${kB(everything).toFixed(0)} kB: all of it, were nothing lazy)`,
      kB(shell),
      'kB',
      kB(everything),
      { max: 250 },
      1,
    ),
    {
      id: 'bundle.lazy',
      what: `heavy modules inside dist/extension.js (${HEAVY_IN_SHELL.map(([n]) => n).join(', ')}): each must load only on first use${heavy.length ? `; found: ${heavy.join(', ')}` : ''}`,
      value: heavy.length,
      unit: 'modules',
      baseline: null,
      ratio: null,
      goal: 'value = 0',
      pass: heavy.length === 0,
    },
  ];
  for (const b of LAZY_BUNDLES) rows.push(valueRow(`bundle.${b}`, `release dist/${b}.js, required on first use (reported)`, kB(size(b)), 'kB', null, null, 1));
  return rows;
}

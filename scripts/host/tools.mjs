#!/usr/bin/env node
// Ensures the offline tooling for the host/ui tiers and the demo, all inside the git-ignored
// .cache/vscode-host/ of the repo: Debian packages (native build deps, ripgrep, chromium), the
// @vscode/ripgrep download cache (seeded from /usr/bin/rg, GitHub is unreachable in CI) and
// code-server (= VS Code server + web workbench) installed from npm. Idempotent and quick when
// everything is present.
//   node scripts/host/tools.mjs          ensure everything, print what was done
//   import { ensureTools } from './tools.mjs'
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const cacheDir = path.join(repoRoot, '.cache', 'vscode-host');

// code-server 4.100.3 ships VS Code 1.100.3 and runs on Node 20 (newer ones need Node 22+).
export const CODE_SERVER_VERSION = '4.100.3';
export const APT_PACKAGES = ['libkrb5-dev', 'libx11-dev', 'libxkbfile-dev', 'libsecret-1-dev', 'pkg-config', 'ripgrep', 'chromium'];
// What code-server 4.100.3's @vscode/ripgrep (1.15.11) downloads; we put Debian's rg there instead.
const RG_CACHE_NAME = 'vscode-ripgrep-cache-1.15.11';
const RG_RELEASE = 'v13.0.0-10';

const csDir = path.join(cacheDir, 'cs');
export const codeServerBin = path.join(csDir, 'node_modules', '.bin', 'code-server');

const log = (msg) => console.error(`[tools] ${msg}`);

function has(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

export function chromiumPath() {
  if (process.env.CHROMIUM) return process.env.CHROMIUM;
  for (const p of ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']) {
    if (fs.existsSync(p)) return p;
  }
  return '/usr/bin/chromium';
}

function missingDebPackages() {
  return APT_PACKAGES.filter((pkg) => {
    const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' });
    return r.status !== 0 || !r.stdout.includes('install ok installed');
  });
}

class ToolsError extends Error {}

function ensureSystemPackages({ needBuildDeps }) {
  const isDebian = has('dpkg-query') && has('apt-get');
  if (!isDebian) {
    // Not Debian/Ubuntu: we cannot tell package names apart, so check what we actually use.
    const problems = [];
    if (!fs.existsSync(chromiumPath())) problems.push('a Chromium/Chrome binary (or set CHROMIUM=/path/to/chrome)');
    if (needBuildDeps && !has('rg')) problems.push('ripgrep (rg)');
    if (needBuildDeps && !has('pkg-config')) problems.push('pkg-config and the dev headers of krb5, libX11, libxkbfile, libsecret (plus a C/C++ toolchain)');
    if (problems.length) {
      throw new ToolsError(`not a Debian system; please install:\n  - ${problems.join('\n  - ')}\n` +
        `(Debian/Ubuntu equivalent: apt-get install ${APT_PACKAGES.join(' ')})`);
    }
    return;
  }
  const missing = missingDebPackages().filter((p) => needBuildDeps || p === 'chromium');
  if (!missing.length) return;
  if (process.getuid?.() !== 0) {
    throw new ToolsError(`missing Debian packages: ${missing.join(' ')}\n  run: sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}`);
  }
  const t = Date.now();
  log(`apt-get install ${missing.join(' ')} ...`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const aptLog = path.join(cacheDir, 'apt.log');
  const out = fs.openSync(aptLog, 'w');
  try {
    for (const args of [['update', '-qq'], ['install', '-y', '-qq', ...missing]]) {
      const r = spawnSync('apt-get', args, { env, stdio: ['ignore', out, out] });
      if (r.status !== 0) throw new ToolsError(`apt-get ${args[0]} failed (exit ${r.status}); see ${aptLog}`);
    }
  } finally {
    fs.closeSync(out);
  }
  const still = missingDebPackages().filter((p) => missing.includes(p));
  if (still.length) throw new ToolsError(`apt-get did not install: ${still.join(' ')}; see ${aptLog}`);
  log(`apt packages installed in ${((Date.now() - t) / 1000).toFixed(1)} s`);
}

function seedRipgrepCache() {
  const arch = { x64: 'x86_64-unknown-linux-musl', arm64: 'aarch64-unknown-linux-musl' }[process.arch];
  if (!arch) return;
  const dir = path.join(os.tmpdir(), RG_CACHE_NAME);
  const tgz = path.join(dir, `ripgrep-${RG_RELEASE}-${arch}.tar.gz`);
  if (fs.existsSync(tgz)) return;
  const rg = spawnSync('sh', ['-c', 'command -v rg'], { encoding: 'utf8' }).stdout.trim();
  if (!rg) throw new ToolsError('ripgrep (rg) is needed to seed @vscode/ripgrep\'s download cache; install ripgrep');
  fs.mkdirSync(dir, { recursive: true });
  const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-seed-'));
  try {
    fs.copyFileSync(rg, path.join(stage, 'rg'));
    fs.chmodSync(path.join(stage, 'rg'), 0o755);
    execFileSync('tar', ['-C', stage, '-czf', tgz, 'rg']);
  } finally {
    fs.rmSync(stage, { recursive: true, force: true });
  }
  log(`seeded ${tgz} from ${rg}`);
}

export function installedCodeServerVersion() {
  try {
    const pkg = JSON.parse(fs.readFileSync(path.join(csDir, 'node_modules', 'code-server', 'package.json'), 'utf8'));
    return fs.existsSync(codeServerBin) ? pkg.version : undefined;
  } catch {
    return undefined;
  }
}

function installCodeServer() {
  const t = Date.now();
  fs.mkdirSync(csDir, { recursive: true });
  fs.writeFileSync(path.join(csDir, 'package.json'), JSON.stringify({ name: 'mok-vscode-host-tools', private: true }, null, 2));
  const installLog = path.join(cacheDir, 'cs-install.log');
  log(`npm install code-server@${CODE_SERVER_VERSION} (≈40 s, log ${path.relative(repoRoot, installLog)}) ...`);
  const out = fs.openSync(installLog, 'w');
  // As root, code-server's postinstall aborts unless npm_config_unsafe_perm is set; node-pty's
  // postinstall runs `npx node-gyp`, which would prompt without npm_config_yes.
  const env = { ...process.env, npm_config_unsafe_perm: 'true', npm_config_yes: 'true', npm_config_fund: 'false', npm_config_audit: 'false' };
  const r = spawnSync('npm', ['install', '--no-save', '--foreground-scripts', `code-server@${CODE_SERVER_VERSION}`],
    { cwd: csDir, env, stdio: ['ignore', out, out] });
  fs.closeSync(out);
  if (r.status !== 0 || installedCodeServerVersion() !== CODE_SERVER_VERSION) {
    const tail = fs.readFileSync(installLog, 'utf8').split('\n').slice(-30).join('\n');
    throw new ToolsError(`code-server install failed (exit ${r.status}); last lines of ${installLog}:\n${tail}`);
  }
  log(`code-server ${CODE_SERVER_VERSION} installed in ${((Date.now() - t) / 1000).toFixed(1)} s`);
}

/**
 * Makes sure code-server and chromium are usable. Returns their paths.
 * Throws an Error whose message says what to install when it cannot do it itself.
 */
export function ensureTools() {
  const major = Number(process.versions.node.split('.')[0]);
  if (major !== 20) log(`warning: code-server ${CODE_SERVER_VERSION} needs Node 20 (this is Node ${process.versions.node})`);
  fs.mkdirSync(cacheDir, { recursive: true });
  const needInstall = installedCodeServerVersion() !== CODE_SERVER_VERSION;
  ensureSystemPackages({ needBuildDeps: needInstall });
  if (needInstall) {
    seedRipgrepCache();
    installCodeServer();
  }
  if (!fs.existsSync(chromiumPath())) throw new ToolsError(`chromium not found at ${chromiumPath()} (set CHROMIUM=...)`);
  return { codeServer: codeServerBin, chromium: chromiumPath(), cacheDir, codeServerVersion: CODE_SERVER_VERSION };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const t = Date.now();
  try {
    const tools = ensureTools();
    log(`ready in ${((Date.now() - t) / 1000).toFixed(1)} s: code-server ${tools.codeServerVersion} (${path.relative(repoRoot, tools.codeServer)}), chromium ${tools.chromium}`);
  } catch (e) {
    console.error(`[tools] ERROR: ${e instanceof ToolsError ? e.message : e?.stack ?? e}`);
    process.exit(1);
  }
}

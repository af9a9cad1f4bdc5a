#!/usr/bin/env node
// `npm test`: every check CI runs, in order, stopping at the first failure:
//   typecheck, lint, check-commands, l10n (Spanish bundle complete), build (with test bundles), unit (mocha), tools (code-server,
//   chromium), host tier (mocha in a real extension host, then its [es] tests with the display language Spanish), ui tier (Playwright screenshots),
//   package (.vsix), demo (README's first command, headless).
// Prints each step's duration and a last line `N passed, N failed` (mocha counts of unit + host).
//   node scripts/test-all.mjs [--skip ui,package] [--only unit,host]
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const VSIX = path.join(root, 'dist', 'mok-devtools.vsix');
const MAX_VSIX_BYTES = 5 * 1024 * 1024; // a bigger .vsix means .vscodeignore lets something in

function walk(dir, pred) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? walk(p, pred) : pred(p) ? [p] : [];
  });
}

/** The file names in a zip's central directory. */
function zipEntryNames(file) {
  const buf = fs.readFileSync(file);
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 65535); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) { eocd = i; break; }
  }
  if (eocd < 0) throw new Error(`${file} is not a zip file`);
  const names = [];
  let at = buf.readUInt32LE(eocd + 16);
  for (let n = buf.readUInt16LE(eocd + 10); n > 0; n--) {
    if (buf.readUInt32LE(at) !== 0x02014b50) throw new Error(`${file}: damaged central directory`);
    const nameLength = buf.readUInt16LE(at + 28);
    names.push(buf.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
  }
  return names;
}

/** Every bundle the extension may require at run time (dist/*.js but the CLI, media/dist/*.js) must be in the .vsix. */
function missingBundles(names) {
  const inZip = new Set(names);
  const bundles = [
    ...fs.readdirSync(path.join(root, 'dist')).filter((f) => f.endsWith('.js') && f !== 'cli.js').map((f) => `dist/${f}`),
    ...fs.readdirSync(path.join(root, 'media', 'dist')).filter((f) => f.endsWith('.js')).map((f) => `media/dist/${f}`),
  ];
  return bundles.filter((b) => !inZip.has(`extension/${b}`));
}


const steps = [
  { name: 'typecheck', cmd: [npm, 'run', '-s', 'typecheck'] },
  { name: 'lint', cmd: [npm, 'run', '-s', 'lint'] },
  { name: 'check-commands', cmd: ['node', 'scripts/check-commands.mjs'] },
  { name: 'l10n', cmd: ['node', 'scripts/l10n.mjs', '--check'] },
  { name: 'build', cmd: ['node', 'esbuild.mjs', '--tests'] },
  {
    name: 'unit', cmd: [bin('mocha'), '--config', '.mocharc.json'], mocha: true,
    skipIf: () => (walk(path.join(root, 'dist', 'test', 'unit'), (p) => p.endsWith('.test.js')).length ? undefined : 'no unit test bundles'),
  },
  { name: 'tools', cmd: ['node', 'scripts/host/tools.mjs'] },
  { name: 'host', cmd: ['node', 'scripts/host/run.mjs', 'host'], mocha: true },
  // The same host, shown in Spanish: the tests tagged [es] check the extension's Spanish strings.
  { name: 'host-es', cmd: ['node', 'scripts/host/run.mjs', 'host', '--locale', 'es', '--grep', '\\[es\\]'], mocha: true },
  { name: 'ui', cmd: ['node', 'scripts/host/run.mjs', 'ui'] },
  {
    name: 'package', cmd: [npm, 'run', '-s', 'package'],
    after: () => {
      const size = fs.statSync(VSIX).size;
      const names = zipEntryNames(VSIX);
      const files = names.length;
      const missing = missingBundles(names);
      if (missing.length) throw new Error(`${path.relative(root, VSIX)} lacks ${missing.join(', ')}: the installed extension would fail to load them (add them to .vscodeignore)`);
      const note = `${path.relative(root, VSIX)}: ${(size / 1024).toFixed(0)} KiB, ${files} files in the zip`;
      if (size > MAX_VSIX_BYTES) throw new Error(`${note} (limit ${MAX_VSIX_BYTES / 1024 / 1024} MiB: check .vscodeignore)`);
      return note;
    },
  },
  // README's first command, headless: the packaged extension installed in code-server, its views
  // loaded against the sandbox, and a command whose code loads on first use run once; the .vsix is
  // the one the package step built and checked.
  { name: 'demo', cmd: [npm, 'run', '-s', 'demo', '--', '--check', path.join('test-results', 'demo.png'), '--no-package'] },
];

function parseList(flag) {
  const i = process.argv.indexOf(flag);
  return i >= 0 ? (process.argv[i + 1] ?? '').split(',').filter(Boolean) : undefined;
}
const skip = new Set(parseList('--skip') ?? []);
const only = parseList('--only');
for (const n of [...skip, ...(only ?? [])]) {
  if (!steps.some((s) => s.name === n)) { console.error(`unknown step "${n}"; steps: ${steps.map((s) => s.name).join(', ')}`); process.exit(2); }
}

function run(cmd) {
  return new Promise((resolve) => {
    const child = spawn(cmd[0], cmd.slice(1), { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
    let text = '';
    child.stdout.on('data', (d) => { text += d; process.stdout.write(d); });
    child.stderr.on('data', (d) => { text += d; process.stderr.write(d); });
    child.on('error', (e) => { text += String(e); resolve({ code: 127, text }); });
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 128 : 1), text }));
  });
}

/** Last "N passing" / "N failing" of a mocha run (spec reporter). */
function mochaCounts(text) {
  // eslint-disable-next-line no-control-regex
  const plain = text.replace(/\u001b\[[0-9;]*m/g, '');
  const last = (re) => { const all = [...plain.matchAll(re)]; return all.length ? Number(all.at(-1)[1]) : 0; };
  return { passed: last(/^\s*(\d+) passing/gm), failed: last(/^\s*(\d+) failing/gm) };
}

const results = [];
let passed = 0;
let failed = 0;
let ok = true;
const t0 = Date.now();
for (const step of steps) {
  if (skip.has(step.name) || (only && !only.includes(step.name))) { results.push({ name: step.name, status: 'skipped', note: 'by flag' }); continue; }
  const why = step.skipIf?.();
  if (why) { console.log(`\n=== ${step.name}: skipped (${why})`); results.push({ name: step.name, status: 'skipped', note: why }); continue; }
  console.log(`\n=== ${step.name}: ${step.cmd.map((c) => (c.startsWith(`${root}/`) ? path.basename(c) : c)).join(' ')}`);
  const t = Date.now();
  const { code, text } = await run(step.cmd);
  const ms = Date.now() - t;
  let note = '';
  let status = code === 0 ? 'ok' : `FAILED (exit ${code})`;
  if (step.mocha) {
    const c = mochaCounts(text);
    passed += c.passed;
    failed += c.failed;
    note = `${c.passed} passing, ${c.failed} failing`;
    if (code !== 0 && c.failed === 0) failed += 1; // a crash before mocha reported counts as one failure
  }
  if (code === 0 && step.after) {
    try { note = step.after(); } catch (e) { status = 'FAILED'; note = e.message; }
  }
  results.push({ name: step.name, status, ms, note });
  if (status !== 'ok') { ok = false; break; }
}

const secs = (ms) => (ms === undefined ? '' : `${(ms / 1000).toFixed(1)} s`);
console.log('\n=== summary');
for (const r of results) console.log(`  ${r.name.padEnd(15)} ${r.status.padEnd(18)} ${secs(r.ms).padStart(8)}  ${r.note ?? ''}`);
for (const s of steps.slice(results.length)) console.log(`  ${s.name.padEnd(15)} not run`);
console.log(`  ${'total'.padEnd(15)} ${(ok ? 'ok' : 'FAILED').padEnd(18)} ${secs(Date.now() - t0).padStart(8)}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(ok ? 0 : 1);

#!/usr/bin/env node
// Keeps the runtime l10n bundles true: extracts every l10n.t('…') string literal from src/vscode
// and from every core module that words messages through a Localizer (and every msg('…') written
// in a zod model), writes l10n/bundle.l10n.json (English, the keys) and checks that
// l10n/bundle.l10n.es.json translates every key (and nothing stale).
//   node scripts/l10n.mjs          write the English bundle, then check Spanish (exit 1 on gaps)
//   node scripts/l10n.mjs --check  only check (both bundles must be current)
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const check = process.argv.includes('--check');
const files = [];
function walk(d, pred = () => true) {
  for (const e of fs.readdirSync(d, { withFileTypes: true })) {
    const p = path.join(d, e.name);
    if (e.isDirectory()) walk(p, pred);
    else if (p.endsWith('.ts') && pred(p)) files.push(p);
  }
}
walk(path.join(root, 'src', 'vscode'));
// Core code stays vscode-free but words user-facing messages through a Localizer (`l10n.t`) or
// marks them in models with `msg('…')`: every such core file is covered.
walk(path.join(root, 'src', 'core'), (p) => /\bl10n\.t\(|\bmsg\(/.test(fs.readFileSync(p, 'utf8')));

const strings = new Set();
const re = /(?:\bl10n\.t|\bmsg)\(\s*(['`"])((?:\\.|(?!\1).)*)\1/g;
for (const f of files) {
  const text = fs.readFileSync(f, 'utf8');
  for (const m of text.matchAll(re)) {
    if (m[1] === '`' && m[2].includes('${')) {
      console.error(`${path.relative(root, f)}: l10n.t with a template literal cannot be translated: ${m[2]}`);
      process.exitCode = 1;
      continue;
    }
    strings.add(m[2].replace(/\\(['"`\\])/g, '$1'));
  }
}
const en = Object.fromEntries([...strings].sort().map((s) => [s, s]));
const enPath = path.join(root, 'l10n', 'bundle.l10n.json');
const esPath = path.join(root, 'l10n', 'bundle.l10n.es.json');
const enText = `${JSON.stringify(en, null, 2)}\n`;
if (check) {
  if (!fs.existsSync(enPath) || fs.readFileSync(enPath, 'utf8') !== enText) {
    console.error('l10n/bundle.l10n.json is stale: run "node scripts/l10n.mjs"');
    process.exitCode = 1;
  }
} else {
  fs.mkdirSync(path.dirname(enPath), { recursive: true });
  fs.writeFileSync(enPath, enText);
}
const es = fs.existsSync(esPath) ? JSON.parse(fs.readFileSync(esPath, 'utf8')) : {};
const missing = [...strings].filter((s) => typeof es[s] !== 'string' || !es[s]);
const stale = Object.keys(es).filter((k) => !strings.has(k));
for (const s of missing) console.error(`l10n/bundle.l10n.es.json: missing Spanish for ${JSON.stringify(s)}`);
for (const s of stale) console.error(`l10n/bundle.l10n.es.json: stale key ${JSON.stringify(s)} (no longer in the sources)`);
// Placeholders must survive translation.
for (const s of strings) {
  const want = (s.match(/\{\d+\}/g) ?? []).sort().join();
  if (typeof es[s] === 'string' && (es[s].match(/\{\d+\}/g) ?? []).sort().join() !== want) {
    console.error(`l10n/bundle.l10n.es.json: placeholders differ for ${JSON.stringify(s)}`);
    process.exitCode = 1;
  }
}
if (missing.length || stale.length) process.exitCode = 1;
else console.log(`l10n: ${strings.size} strings, Spanish complete`);

#!/usr/bin/env node
// Checks that package.json's command contributions and the code agree:
//  - every contributed command is registered in src/vscode/** and every registered command is
//    contributed (ids starting with "mok._" are internal and need no contribution);
//    registered = `registerCommand('id'` / `registerTextEditorCommand('id'`, an id passed to a shared
//    registrar (`registerNodeCommands(…, { openJson: 'id' })`), or an id listed in a
//    `commands` table (`const commands = { 'mok.x.y': ... }`, `[['mok.x.y', fn]]`, `{ id: 'mok.x.y' }`);
//  - every contributed command has a category and a "%key%" title found in package.nls.json;
//  - menus/keybindings only reference contributed commands;
//  - package.nls.json and package.nls.es.json have the same keys, and every %key% used in
//    package.json exists in both.
// Exit 1 with the list of problems.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const readJson = (f) => JSON.parse(fs.readFileSync(path.join(root, f), 'utf8'));
const pkg = readJson('package.json');
const nls = readJson('package.nls.json');
const nlsEs = fs.existsSync(path.join(root, 'package.nls.es.json')) ? readJson('package.nls.es.json') : undefined;
const problems = [];

function walk(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? walk(p) : /\.(ts|js|mts|cts)$/.test(e.name) ? [p] : [];
  });
}

/** Text between the bracket at `open` and its match (string- and comment-unaware but fine for tables). */
function bracketed(src, open) {
  const pairs = { '{': '}', '[': ']' };
  const stack = [];
  for (let i = open; i < src.length; i++) {
    const c = src[i];
    if (c in pairs) stack.push(pairs[c]);
    else if (c === stack.at(-1)) {
      stack.pop();
      if (!stack.length) return src.slice(open, i + 1);
    }
  }
  return src.slice(open);
}

const ID = String.raw`['"\`](mok\.[A-Za-z0-9_.-]+)['"\`]`;
const registered = new Map(); // id -> file:line
const addReg = (id, file, src, index) => {
  if (!registered.has(id)) registered.set(id, `${path.relative(root, file)}:${src.slice(0, index).split('\n').length}`);
};
for (const file of walk(path.join(root, 'src', 'vscode'))) {
  const src = fs.readFileSync(file, 'utf8');
  for (const m of src.matchAll(new RegExp(String.raw`register(?:TextEditor)?Command\(\s*${ID}`, 'g'))) addReg(m[1], file, src, m.index);
  // Shared registrars called with ids: `registerNodeCommands(ctx, provider, { openJson: 'mok.x.y', … })`.
  for (const m of src.matchAll(/\bregister\w+Commands\([^)]*?\{([^}]*)\}\s*\)/g)) {
    for (const e of m[1].matchAll(new RegExp(String.raw`:\s*${ID}`, 'g'))) addReg(e[1], file, src, m.index);
  }
  // `commands` tables: `commands = {`, `commands: [`, `const fooCommands = {`
  // (optionally typed, optionally wrapped: `viewCommands: Cmd[] = [`, `commands = new Map([`)
  for (const m of src.matchAll(/\b[\w$]*[cC]ommands\b(?:\s*:\s*[\w$.<>[\], |]+?)?\s*[=:]\s*(?:(?:new\s+)?[\w$.]+(?:<[^>]*>)?\(\s*)?([{[])/g)) {
    const start = m.index + m[0].length - 1;
    const body = bracketed(src, start);
    const entry = new RegExp(String.raw`(?:^|[{,[\s])(?:${ID}\s*:|\[\s*${ID}\s*,|\b(?:id|command)\s*:\s*${ID})`, 'g');
    for (const e of body.matchAll(entry)) addReg(e[1] ?? e[2] ?? e[3], file, src, start + e.index);
  }
}

const contributed = pkg.contributes?.commands ?? [];
const contributedIds = new Set(contributed.map((c) => c.command));
const nlsKey = (v) => (typeof v === 'string' ? /^%(.+)%$/.exec(v)?.[1] : undefined);

for (const c of contributed) {
  if (!c.command) { problems.push(`contributes.commands entry without "command": ${JSON.stringify(c)}`); continue; }
  if (!registered.has(c.command) && !c.command.startsWith('mok._')) problems.push(`${c.command}: contributed in package.json but not registered in src/vscode/**`);
  if (!c.category) problems.push(`${c.command}: no "category"`);
  const key = nlsKey(c.title);
  if (!key) problems.push(`${c.command}: title ${JSON.stringify(c.title)} is not a "%key%" reference into package.nls.json`);
  else if (!(key in nls)) problems.push(`${c.command}: title key "${key}" missing from package.nls.json`);
}
for (const [id, where] of registered) {
  if (!contributedIds.has(id) && !id.startsWith('mok._')) problems.push(`${id}: registered at ${where} but not contributed in package.json (prefix internal ids with "mok._")`);
}

for (const [menu, items] of Object.entries(pkg.contributes?.menus ?? {})) {
  for (const item of items) {
    if (item.command && !contributedIds.has(item.command)) problems.push(`menus.${menu}: references unknown command ${item.command}`);
  }
}
for (const kb of pkg.contributes?.keybindings ?? []) {
  if (kb.command && !contributedIds.has(kb.command) && !kb.command.startsWith('-')) problems.push(`keybindings: references unknown command ${kb.command}`);
}

// Every %key% anywhere in package.json must be translated.
const used = new Set(JSON.stringify(pkg).match(/"%[^"%]+%"/g)?.map((s) => s.slice(2, -2)) ?? []);
for (const key of used) {
  if (!(key in nls)) problems.push(`package.json uses %${key}% but package.nls.json has no "${key}"`);
}
if (!nlsEs) problems.push('package.nls.es.json is missing');
else {
  for (const key of Object.keys(nls)) if (!(key in nlsEs)) problems.push(`package.nls.es.json lacks "${key}"`);
  for (const key of Object.keys(nlsEs)) if (!(key in nls)) problems.push(`package.nls.es.json has "${key}" which package.nls.json lacks`);
}

if (problems.length) {
  console.error(`check-commands: ${problems.length} problem(s):`);
  for (const p of problems) console.error(`  - ${p}`);
  process.exit(1);
}
console.log(`check-commands: ${contributed.length} contributed command(s), all registered, categorised and translated (${Object.keys(nls).length} nls keys)`);

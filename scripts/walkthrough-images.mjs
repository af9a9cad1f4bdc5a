#!/usr/bin/env node
// Copies the walkthrough's pictures from the ui tier's screenshots into media/walkthrough/:
//   node scripts/host/run.mjs ui --only walkthrough && node scripts/walkthrough-images.mjs
// test-results/ui/walkthrough-<lang>-<step>.png -> media/walkthrough/<lang>/<step>.png, made
// smaller with pngquant (palette, lossy but sharp for UI pictures) and optipng when they are on
// PATH (Debian: apt-get install pngquant optipng); without them the pictures are copied as they
// are and the script says so. Prints each size and the total (they ship in the .vsix).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const steps = pkg.contributes.walkthroughs.flatMap((w) => w.steps.map((s) => s.id));
const has = (tool) => {
  try { execFileSync(tool, ['--version'], { stdio: 'ignore' }); return true; } catch { return false; }
};
const pngquant = has('pngquant');
const optipng = has('optipng');
if (!pngquant) console.error('pngquant not found: pictures copied unoptimised');

let total = 0;
let missing = 0;
for (const lang of ['en', 'es']) {
  for (const step of steps) {
    const from = path.join(root, 'test-results', 'ui', `walkthrough-${lang}-${step}.png`);
    const to = path.join(root, 'media', 'walkthrough', lang, `${step}.png`);
    if (!fs.existsSync(from)) { console.error(`missing ${path.relative(root, from)}: run the walkthrough ui scripts first`); missing++; continue; }
    fs.mkdirSync(path.dirname(to), { recursive: true });
    if (pngquant) execFileSync('pngquant', ['--quality', '70-95', '--speed', '1', '--strip', '--force', '--output', to, from]);
    else fs.copyFileSync(from, to);
    if (optipng) execFileSync('optipng', ['-quiet', '-o2', to]);
    const size = fs.statSync(to).size;
    total += size;
    console.log(`${path.relative(root, to)}  ${(size / 1024).toFixed(1)} KB`);
  }
}
console.log(`total ${(total / 1024).toFixed(1)} KB`);
process.exitCode = missing ? 1 : 0;

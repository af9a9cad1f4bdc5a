// `npm run bench`: every area issue #17 names, each row a same-run ratio against a baseline (these
// machines are noisy: no test ever asserts a time) and, where the issue sets one, a goal; absolute
// goals are medians of several runs. Prints a table and writes bench-results.json at the repository
// root (git-ignored): an array of {id, what, value, unit, baseline, ratio, goal, pass}.
//
//   MOK_BENCH_QUICK=1   a few rounds of each in-process section and no real host: checks the shape
//   MOK_BENCH_HOST=0    skips the rows measured in the real VS Code host (activate, diagnostics, tree)
//   MOK_BENCH_HOSTS=N   fresh hosts for the activate median (default 5)
//
// Sections: release.ts (bundle), host.ts (activate, diagnostics, tree), validate.ts, webhooks.ts
// (verify, doctor), inbox.ts, sandbox.ts (sandbox, tree.client).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { activateRows, diagnosticsRows, treeRows } from './host';
import { benchInbox } from './inbox';
import { buildRelease, bundleRows, repoRoot } from './release';
import { formatTable, rowShapeProblem, type BenchOptions, type BenchRow } from './row';
import { benchSandbox } from './sandbox';
import { benchValidate } from './validate';
import { benchWebhooks } from './webhooks';

async function section(name: string, rows: BenchRow[], run: () => BenchRow[] | Promise<BenchRow[]>): Promise<void> {
  const t = Date.now();
  process.stderr.write(`bench: ${name}…`);
  try {
    rows.push(...(await run()));
    process.stderr.write(` ${((Date.now() - t) / 1000).toFixed(1)} s\n`);
  } catch (e) {
    process.stderr.write(` failed\n${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 1;
  }
}

async function main(): Promise<void> {
  const options: BenchOptions = { quick: process.env.MOK_BENCH_QUICK === '1' };
  const host = !options.quick && process.env.MOK_BENCH_HOST !== '0';
  const hosts = Math.max(1, Number(process.env.MOK_BENCH_HOSTS ?? 5));
  const rows: BenchRow[] = [];
  const t0 = Date.now();
  await section('release build and bundle sizes', rows, () => {
    buildRelease();
    return bundleRows();
  });
  // CPU-bound sections first, before any sandbox holds 50,000 requests in this process.
  await section('verify and doctor', rows, () => benchWebhooks(options));
  await section('validate', rows, () => benchValidate(options));
  await section('inbox', rows, () => benchInbox(options));
  await section('sandbox', rows, () => benchSandbox(options));
  if (host) {
    await section(`activate (${hosts} fresh hosts)`, rows, () => activateRows(hosts));
    await section('diagnostics (real host)', rows, () => diagnosticsRows());
    await section('tree (real host, 50,000 seeded)', rows, () => treeRows());
  }
  const bad = rows.map(rowShapeProblem).filter((p) => p !== undefined);
  if (bad.length) throw new Error(`rows out of shape: ${bad.join('; ')}`);

  console.log(`\nMOK DevTools benchmarks — ${process.version}, ${new Date().toISOString()}${options.quick ? ' (quick: shape only, figures mean nothing)' : ''}`);
  console.log('ratio = value / baseline measured in the same run (throughput rows: ours / bare, higher is better)\n');
  console.log(formatTable(rows));
  const out = path.join(repoRoot, 'bench-results.json');
  writeFileSync(out, `${JSON.stringify(rows, null, 2)}\n`);
  const missed = rows.filter((r) => r.pass === false).map((r) => r.id);
  console.log(`\n${rows.length} rows, ${rows.filter((r) => r.pass === true).length} goals met${missed.length ? `, missed: ${missed.join(', ')}` : ''}; written to ${path.relative(process.cwd(), out) || out} in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  if (missed.length) process.exitCode = 1;
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});

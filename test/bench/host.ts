// Rows measured in the real VS Code extension host (code-server, scripts/host/run.mjs), each from
// a host-side module under test/bench/host/ that prints one `BENCH {json}` line, all against the
// release build (release.ts), as users get it:
//   activate.*     activate.ts in several fresh hosts
//   diagnostics.*  keystroke.ts: keystroke to diagnostics on the 1,000-product fill file
//   tree.*         tree.ts: the Service Requests view with 50,000 in the sandbox
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { releaseDir, repoRoot } from './release';
import { median, round, valueRow, type BenchRow } from './row';

/** Runs one host-side bench module in a fresh code-server and returns its BENCH payload. */
function runInHost<T>(module: string, options: { extension?: string; settings?: Record<string, unknown> } = {}): T {
  const args = ['scripts/host/run.mjs', 'host', '--tests', path.join('dist', 'test', 'bench', 'host', module)];
  if (options.extension) args.push('--extension', options.extension);
  if (options.settings) args.push('--workspace-settings', JSON.stringify(options.settings));
  const r = spawnSync(process.execPath, args, { cwd: repoRoot, encoding: 'utf8', timeout: 300_000 });
  const line = (r.stdout ?? '').split('\n').find((l) => l.startsWith('BENCH '));
  if (!line) throw new Error(`host bench ${module} failed (exit ${r.status}):\n${(r.stdout ?? '').slice(-2000)}${(r.stderr ?? '').slice(-2000)}`);
  return JSON.parse(line.slice('BENCH '.length)) as T;
}

interface ActivateSample {
  loadMs: number;
  /** activate() itself, as the extension measures it. */
  activateMs: number;
  /** ext.activate() after the load: activate() plus VS Code's own work (context, storage). */
  hostActivateMs: number;
  minimalMs: number;
}

/**
 * activate() of the release build in `hosts` fresh hosts (goal ≤ 20 ms, as the median), and,
 * reported, loading dist/extension.js and the whole ext.activate() VS Code runs around it.
 */
export function activateRows(hosts: number): BenchRow[] {
  const samples = Array.from({ length: hosts }, () => runInHost<ActivateSample>('activate.js', { extension: releaseDir }));
  const minimal = median(samples.map((s) => s.minimalMs));
  const list = (xs: number[]) => xs.map((x) => x.toFixed(1)).join(', ');
  return [
    valueRow(
      'activate',
      `activate() of the release build in the real host, median of ${hosts} fresh hosts (samples ${list(samples.map((s) => s.activateMs))} ms); baseline: loading and activating a minimal extension module (one command) in the same hosts`,
      median(samples.map((s) => s.activateMs)),
      'ms',
      minimal,
      { max: 20 },
      2,
    ),
    valueRow('activate.load', `loading the release dist/extension.js (require) in the same hosts, before activate() (samples ${list(samples.map((s) => s.loadMs))} ms; reported)`, median(samples.map((s) => s.loadMs)), 'ms', minimal, null, 2),
    valueRow(
      'activate.host',
      `ext.activate() after the load: activate() plus VS Code's own work around it (the extension context, its global and workspace storage; samples ${list(samples.map((s) => s.hostActivateMs))} ms; reported)`,
      median(samples.map((s) => s.hostActivateMs)),
      'ms',
      minimal,
      null,
      2,
    ),
  ];
}

interface KeystrokeSample {
  medianKeystrokeMs: number;
  medianEditMs: number;
  medianCheckMs: number;
  debounceMs: number;
  bytes: number;
}

/**
 * Keystroke to MOK diagnostics on a 1,000-product fill file against what any checker needs: the
 * edit reaching the extension host, the pipeline's debounce, the core check of the same text there.
 */
export function diagnosticsRows(): BenchRow[] {
  const b = runInHost<KeystrokeSample>('keystroke.js', { extension: releaseDir });
  const baseline = b.medianEditMs + b.debounceMs + b.medianCheckMs;
  const ratio = b.medianKeystrokeMs / baseline;
  return [
    {
      id: 'diagnostics.keystroke',
      what: `keystroke to MOK diagnostics on a 1,000-product fill file (${Math.round(b.bytes / 1024)} KiB) in the real host vs the edit reaching the host (${b.medianEditMs.toFixed(1)} ms) + debounce ${b.debounceMs} ms + the core check (${b.medianCheckMs.toFixed(1)} ms), medians of 12 keystrokes`,
      value: round(b.medianKeystrokeMs),
      unit: 'ms',
      baseline: round(baseline),
      ratio: round(ratio),
      goal: 'ratio <= 1.5',
      pass: ratio <= 1.5,
    },
  ];
}

interface TreeSample {
  pageSize: number;
  items: number;
  firstPageMs: number[];
  firstPageBareMs: number[];
  loadMoreMs: number[];
  loadMoreBareMs: number[];
  heapBeforeMiB: number;
  heapAfterMiB: number;
  bareDataMiB: number;
  rssMiB: number;
}

/** The Service Requests view with 50,000 seeded: first page, Load more (≤ 300 ms) and memory after 5,000 (≤ 50 MB). */
export function treeRows(): BenchRow[] {
  const b = runInHost<TreeSample>('tree.js', { extension: releaseDir, settings: { 'mok.sandbox.seedSize': 50_000, 'mok.serviceRequests.pageSize': 100 } });
  const grown = b.heapAfterMiB - b.heapBeforeMiB;
  return [
    valueRow(
      'tree.firstPage',
      `Service Requests view, 50,000 in the sandbox, page size ${b.pageSize}: first page in the view (median of ${b.firstPageMs.length} reloads) vs the bare API call for it (fetch + JSON.parse)`,
      median(b.firstPageMs),
      'ms',
      median(b.firstPageBareMs),
      { max: 300 },
    ),
    valueRow(
      'tree.loadMore',
      `"Load more" up to ${b.items} loaded: median of ${b.loadMoreMs.length} (slowest ${Math.max(...b.loadMoreMs).toFixed(1)} ms) vs the bare API call for the same page`,
      median(b.loadMoreMs),
      'ms',
      median(b.loadMoreBareMs),
      { max: 300 },
    ),
    valueRow(
      'tree.memory',
      `extension host heap growth with ${b.items} service requests loaded in the view (after GC: ${b.heapBeforeMiB.toFixed(1)} → ${b.heapAfterMiB.toFixed(1)} MiB; host RSS ${b.rssMiB.toFixed(0)} MiB) vs the same ${b.items} held as parsed JSON`,
      grown * 1.048576,
      'MB',
      b.bareDataMiB * 1.048576,
      { max: 50 },
      1,
    ),
  ];
}

#!/usr/bin/env node
// `npm run demo`: the packaged extension in a browser VS Code, talking to the local sandbox.
// Builds and packages dist/mok-devtools.vsix, starts `mok sandbox`, installs the .vsix into a
// fresh code-server and serves the workbench until Ctrl-C.
//   npm run demo [-- --port 8080] [--host 127.0.0.1] [--workspace DIR] [--no-package]
//   npm run demo -- --check out.png     headless: open the MOK container, wait for EXPECT below,
//                                       screenshot, exit 0 (non-zero with the reason otherwise)
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createUi, launchBrowser, newRunDir, portIsFree, startCodeServer } from './host/run.mjs';
import { ensureTools, repoRoot } from './host/tools.mjs';

// What `--check` waits for (after the views stop showing progress): the container, its views and
// tree rows, given as substrings of their labels. Keep rows to ones the sandbox seed always has.
export const EXPECT = {
  container: 'MOK',
  views: ['Contracts', 'Service Requests', 'Dynamic Templates'],
  // One row per view: the provider network (Contracts), the newest seeded service request as its
  // row reads ("service · customer", Service Requests) and a template external_id (Dynamic Templates).
  rows: ['Red de Asistencia Ibérica S.L.', 'Grúa · Nerea Navarro', 'factura_mensual'],
};

const VSIX = path.join(repoRoot, 'dist', 'mok-devtools.vsix');
const say = (msg) => console.error(`[demo] ${msg}`);

function parseArgs(argv) {
  const o = { port: undefined, host: '127.0.0.1', check: undefined, workspace: undefined, package: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => {
      if (i + 1 >= argv.length) throw new Error(`${a} needs a value`);
      return argv[++i];
    };
    if (a === '--port') o.port = Number(val());
    else if (a === '--host') o.host = val();
    else if (a === '--check') o.check = path.resolve(val());
    else if (a === '--workspace') o.workspace = path.resolve(val());
    else if (a === '--no-package') o.package = false;
    else throw new Error(`unknown argument ${a} (see the header of scripts/demo.mjs)`);
  }
  return o;
}

function killGroup(child) {
  if (!child?.pid) return;
  try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
}

/** Starts `node dist/cli.js sandbox --port 0`; resolves { url, child } or { reason }. */
function startSandbox() {
  const cli = path.join(repoRoot, 'dist', 'cli.js');
  if (!fs.existsSync(cli)) return Promise.resolve({ reason: 'dist/cli.js was not built' });
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, 'sandbox', '--port', '0'], { cwd: repoRoot, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let settled = false;
    const settle = (v) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(v);
    };
    const onData = (d) => {
      out += d;
      const m = /listening on (https?:\/\/[^\s"']+)/.exec(out);
      if (m) settle({ url: m[1].replace(/\/$/, ''), child });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', (e) => settle({ reason: e.message }));
    child.on('exit', (code) => settle({ reason: `sandbox exited with ${code}: ${out.trim().split('\n').slice(-3).join(' | ')}` }));
    const timer = setTimeout(() => { killGroup(child); settle({ reason: `no "listening on" line within 20 s: ${out.trim().slice(-300)}` }); }, 20000);
  });
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const t0 = Date.now();

  if (opts.package) {
    say('building and packaging (npm run package) ...');
    const r = spawnSync('npm', ['run', '-s', 'package'], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] });
    if (r.status !== 0) throw new Error(`npm run package failed (exit ${r.status})`);
  }
  if (!fs.existsSync(VSIX)) throw new Error(`${path.relative(repoRoot, VSIX)} missing`);
  say(`packaged ${path.relative(repoRoot, VSIX)} (${(fs.statSync(VSIX).size / 1024).toFixed(0)} KiB)`);

  const tools = ensureTools();
  const runDir = newRunDir('demo');
  const workspace = opts.workspace ?? path.join(runDir, 'workspace');
  fs.mkdirSync(workspace, { recursive: true });

  const sandbox = await startSandbox();
  if (sandbox.url) say(`sandbox listening on ${sandbox.url}`);
  else say(`sandbox unavailable (${sandbox.reason}); continuing without it`);

  let server;
  let browser;
  const cleanup = async () => {
    try { if (browser) await browser.close(); } catch { /* closed */ }
    if (server) await server.stop();
    killGroup(sandbox.child);
  };
  process.once('SIGINT', () => { say('stopping ...'); void cleanup().then(() => { fs.rmSync(runDir, { recursive: true, force: true }); process.exit(0); }); });
  process.once('SIGTERM', () => { void cleanup().then(() => process.exit(143)); });

  try {
    const extensionsDir = path.join(runDir, 'extensions');
    const xdg = { XDG_CONFIG_HOME: path.join(runDir, 'xdg-config'), XDG_DATA_HOME: path.join(runDir, 'xdg-data') };
    const inst = spawnSync(tools.codeServer, ['--user-data-dir', path.join(runDir, 'user-data'), '--extensions-dir', extensionsDir, '--install-extension', VSIX],
      { env: { ...process.env, ...xdg }, encoding: 'utf8' });
    if (inst.status !== 0) throw new Error(`code-server --install-extension failed:\n${inst.stdout}${inst.stderr}`);
    say(`installed into ${path.relative(repoRoot, extensionsDir)}`);

    let port = opts.port;
    if (port === undefined && !opts.check) port = (await portIsFree(8080, opts.host)) ? 8080 : undefined;
    const userSettings = sandbox.url ? { 'mok.sandbox.url': sandbox.url } : {};
    server = await startCodeServer({ codeServer: tools.codeServer, runDir, workspace, extensionsDir, userSettings, bindHost: opts.host, port });

    if (!opts.check) {
      say(`ready in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
      console.log(`\n  Open ${server.url()}\n  (sandbox: ${sandbox.url ?? 'unavailable'}; Ctrl-C to stop)\n`);
      await new Promise(() => {}); // until a signal
    }

    browser = await launchBrowser({ chromium: tools.chromium, runDir });
    const page = await browser.newPage();
    const ui = createUi(page, { outDir: path.dirname(opts.check), timeout: 60000 });
    await page.goto(server.url());
    const step = async (what, fn) => {
      try { await fn(); } catch (e) { throw new Error(`${what}: ${e.message.split('\n')[0]}`); }
    };
    await step(`activity bar entry "${EXPECT.container}"`, () => ui.openContainer(EXPECT.container));
    for (const v of EXPECT.views) await step(`view "${v}"`, () => ui.waitForView(v));
    await step('views finish loading', () => ui.waitForIdle());
    for (const r of EXPECT.rows) await step(`row "${r}"`, () => ui.waitForRow(r));
    await ui.shot(opts.check);
    // The installed .vsix loads command code on first use (dist/features.js): one such command runs.
    await step('a command whose code loads on first use ("MOK: Call Endpoint…")', async () => {
      await ui.runCommand('MOK: Call Endpoint…');
      await ui.waitForQuickInput('Call Endpoint');
      await page.keyboard.press('Escape');
    });
    say(`check ok in ${((Date.now() - t0) / 1000).toFixed(1)} s: ${opts.check}`);
    await cleanup();
    fs.rmSync(runDir, { recursive: true, force: true });
    return 0;
  } catch (e) {
    if (browser && opts.check) {
      const pages = browser.pages();
      const failure = opts.check.replace(/\.png$/, '') + '.failure.png';
      try { await pages.at(-1)?.screenshot({ path: failure }); say(`failure screenshot ${failure}`); } catch { /* ignore */ }
    }
    await cleanup();
    say(`run dir kept: ${runDir}`);
    throw e;
  }
}

try {
  process.exit(await main());
} catch (e) {
  say(`FAILED: ${e?.message ?? e}`);
  process.exit(1);
}

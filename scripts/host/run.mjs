#!/usr/bin/env node
// Runs the extension in a real VS Code extension host without downloading VS Code: code-server
// (VS Code server + web workbench, from npm) serves the workbench, headless chromium (Debian
// package) driven by playwright-core opens it.
//
//   node scripts/host/run.mjs host [--workspace DIR] [--workspace-settings FILE|JSON] [--grep RE] [--timeout S] [--keep] [--locale es]
//                                  [--tests dist/…/index.js]   (another extensionTestsPath module, e.g. the host bench)
//                                  [--extension DIR]           (the extension to load, default the repo: the bench
//                                                               loads its release build this way)
//       Loads the repo as development extension and dist/test/host/index.js as extensionTestsPath
//       (the route VS Code's own browser integration tests use); forwards the extension host's
//       console (mocha) and exits with the host's exit code. --locale es shows the workbench in
//       Spanish (a stand-in language pack) and sets MOK_TEST_LOCALE for the tests.
//   node scripts/host/run.mjs ui [--only NAME] [--workspace DIR] [--keep]
//       Loads the repo as development extension (no tests) and runs every test/ui/*.mjs script
//       (not starting with "_") against the workbench; screenshots go to test-results/ui/.
//
// Every run gets fresh user-data/extensions/XDG/chromium-profile dirs under
// .cache/vscode-host/runs/, code-server runs in its own process group which is ended at the end.
// The environment (e.g. MOK_TEST_*) reaches the extension host: this process -> code-server -> host.
// VERBOSE=1 prints workbench log lines and internal stack frames too.
// Exit codes: host tier = extension host's code (0 ok, 1 test failures); 2 = harness error/timeout.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import util from 'node:util';
import { cacheDir, ensureTools, repoRoot } from './tools.mjs';

const verbose = process.env.VERBOSE === '1';
const t0 = Date.now();
const stamp = () => `${((Date.now() - t0) / 1000).toFixed(1)}s`;
export const say = (msg) => console.error(`[host ${stamp()}] ${msg}`);

// Workbench (renderer) chatter that is not test output; shown with VERBOSE=1.
const NOISE = [
  /^Resolv(ing|ed) connection token/, /^Creating a socket/, /^Updating additional builtin extensions cache/,
  /^\[Service Worker\]/, /^ChatSessionStore:/, /open-vsx\.org/, /marketplace|gallery/i, /^%c(INFO|TRACE|DEBUG)/,
  /Started local extension host with pid/, /^Extension host \(Remote\) is unresponsive/,
];

// Settings every workbench starts with: no welcome page, no update/telemetry network noise.
const BASE_USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'security.workspace.trust.enabled': false,
  'chat.commandCenter.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'git.openRepositoryInParentFolders': 'never',
};

export function freePort(host = '127.0.0.1') {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, host, () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

export function portIsFree(port, host = '127.0.0.1') {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.once('error', () => resolve(false));
    s.listen(port, host, () => s.close(() => resolve(true)));
  });
}

async function waitForHttp(url, ms, isAlive) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (!isAlive()) throw new Error(`code-server exited before answering at ${url}`);
    try {
      const r = await fetch(url);
      if (r.ok) return;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`code-server did not answer at ${url} within ${ms} ms`);
}

/** A fresh directory under .cache/vscode-host/runs/ for one run. */
export function newRunDir(prefix = 'run') {
  const runs = path.join(cacheDir, 'runs');
  fs.mkdirSync(runs, { recursive: true });
  // Failed runs are kept for inspection; only the newest few, so the cache does not grow forever.
  const kept = fs.readdirSync(runs).map((n) => path.join(runs, n))
    .sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs);
  for (const old of kept.slice(5)) fs.rmSync(old, { recursive: true, force: true });
  return fs.mkdtempSync(path.join(runs, `${prefix}-`));
}

export function writeJson(file, value) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
}

/** `--workspace-settings` accepts a JSON file or inline JSON; writes DIR/.vscode/settings.json. */
export function writeWorkspaceSettings(workspace, settings) {
  if (!settings) return;
  const value = typeof settings === 'string'
    ? JSON.parse(fs.existsSync(settings) ? fs.readFileSync(settings, 'utf8') : settings)
    : settings;
  writeJson(path.join(workspace, '.vscode', 'settings.json'), value);
}

/**
 * Starts code-server in its own process group with isolated dirs under runDir.
 * Returns { host, port, url(folder, payload), stop(), logFile, pid }.
 */
export async function startCodeServer({ codeServer, runDir, workspace, extensionsDir, userSettings = {}, bindHost = '127.0.0.1', port, locale }) {
  const userDataDir = path.join(runDir, 'user-data');
  writeJson(path.join(userDataDir, 'User', 'settings.json'), { ...BASE_USER_SETTINGS, ...userSettings });
  if (locale && locale !== 'en') installLanguagePackStandIn(runDir, userDataDir, locale);
  const p = port ?? await freePort(bindHost);
  const logFile = path.join(runDir, 'code-server.log');
  const fd = fs.openSync(logFile, 'w');
  const child = spawn(codeServer, [
    '--auth', 'none',
    '--bind-addr', `${bindHost}:${p}`,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir ?? path.join(runDir, 'extensions'),
    '--ignore-last-opened',
    ...(locale ? ['--locale', locale] : []),
    workspace,
  ], {
    detached: true, // own process group: code-server, its extension hosts and file watchers end together
    stdio: ['ignore', fd, fd],
    env: { ...process.env, XDG_CONFIG_HOME: path.join(runDir, 'xdg-config'), XDG_DATA_HOME: path.join(runDir, 'xdg-data') },
  });
  fs.closeSync(fd);
  let exited = false;
  child.on('exit', () => { exited = true; });
  const groupAlive = () => {
    try { process.kill(-child.pid, 0); return true; } catch { return false; }
  };
  const stop = async () => {
    try { process.kill(-child.pid, 'SIGTERM'); } catch { return; }
    for (let i = 0; i < 50 && groupAlive(); i++) await new Promise((r) => setTimeout(r, 100));
    if (groupAlive()) { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ } }
  };
  // The address the browser uses; 0.0.0.0 binds are still reached through loopback.
  const host = `${bindHost === '0.0.0.0' ? '127.0.0.1' : bindHost}:${p}`;
  try {
    await waitForHttp(`http://${host}/healthz`, 60000, () => !exited);
  } catch (e) {
    await stop();
    const tail = fs.readFileSync(logFile, 'utf8').split('\n').slice(-20).join('\n');
    throw new Error(`${e.message}\n--- ${logFile} (tail) ---\n${tail}`);
  }
  const remote = (abs) => `vscode-remote://${host}${abs}`;
  const url = ({ folder = workspace, payload = [] } = {}) => {
    const q = [`folder=${encodeURIComponent(folder)}`];
    if (payload.length) q.push(`payload=${encodeURIComponent(JSON.stringify(payload))}`);
    return `http://${host}/?${q.join('&')}`;
  };
  return { host, port: p, pid: child.pid, logFile, userDataDir, remote, url, stop };
}

/**
 * code-server switches its display language only when a language pack for it is registered. A
 * stand-in with no translations is enough for the extension: `vscode.env.language` becomes the
 * locale, so package.nls.<locale>.json and l10n/bundle.l10n.<locale>.json load (VS Code's own
 * menus stay English).
 */
function installLanguagePackStandIn(runDir, userDataDir, locale) {
  const translations = path.join(runDir, 'language-pack', 'translations', 'main.i18n.json');
  writeJson(translations, { version: '1.0.0', contents: {} });
  writeJson(path.join(userDataDir, 'languagepacks.json'), {
    [locale]: {
      hash: 'stand-in',
      extensions: [{ extensionIdentifier: { id: `stand-in.${locale}` }, version: '1.0.0' }],
      translations: { vscode: translations },
      label: locale,
    },
  });
}

/** Headless chromium with a fresh profile in runDir. */
export async function launchBrowser({ chromium: executablePath, runDir, viewport = { width: 1400, height: 850 } }) {
  const { chromium } = await import('playwright-core');
  return chromium.launchPersistentContext(path.join(runDir, 'chromium-profile'), {
    executablePath,
    headless: true,
    viewport,
    // Keeps crashpad's "Crash Reports" and caches out of $HOME.
    env: { ...process.env, XDG_CONFIG_HOME: path.join(runDir, 'xdg-config'), XDG_CACHE_HOME: path.join(runDir, 'xdg-cache') },
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Formats a codeAutomationLog call (printf-style args) as one line, or undefined for noise. */
export function formatAutomationLog(args) {
  let line = util.format(...(Array.isArray(args) ? args : [args]));
  if (verbose) return line;
  if (NOISE.some((re) => re.test(line))) return undefined;
  // Workbench-internal stack frames say nothing about our code.
  line = line.split('\n').filter((l) => !/^\s+at .*\/static\/out\/vs\//.test(l)).join('\n');
  return line;
}

const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Small click-through vocabulary for ui scripts and the demo check. Row/view labels match
 * as substrings (case-sensitive) of the visible text.
 */
export function createUi(page, { outDir, timeout = 30000 } = {}) {
  const sidebar = page.locator('.part.sidebar');
  const activityItem = (title) => page.locator('.part.activitybar li.action-item')
    .filter({ has: page.locator(`[aria-label^="${title}"]`) })
    .or(page.locator(`.part.activitybar li.action-item[aria-label^="${title}"]`))
    .first();
  const row = (label) => sidebar.locator('.monaco-list-row', { hasText: label }).first();
  const paneOf = (name) => sidebar.locator('.pane', { has: page.locator('.pane-header', { hasText: new RegExp(`^\\s*${escapeRe(name)}`, 'i') }) }).first();
  let marks = 0;
  /**
   * A row found with `opts`: `view` limits the search to one view's pane, `under` (a row label,
   * itself looked up in `view`, or a row locator) to that row's subtree. Without opts: the first
   * row in the side bar.
   */
  const findRow = async (label, opts = {}) => {
    const scope = opts.view ? paneOf(opts.view) : sidebar;
    if (!opts.under) {
      const r = scope.locator('.monaco-list-row', { hasText: label }).first();
      await r.waitFor({ state: 'visible', timeout: opts.timeout ?? timeout });
      return r;
    }
    const parent = typeof opts.under === 'string' ? scope.locator('.monaco-list-row', { hasText: opts.under }).first() : opts.under;
    await parent.waitFor({ state: 'visible', timeout: opts.timeout ?? timeout });
    const mark = `m${++marks}`;
    // Rows of a (virtualised) list are absolutely positioned, so DOM order is not tree order: sort by data-index.
    await page.waitForFunction(({ parentEl, text, mark: m }) => {
      const rows = [...parentEl.parentElement.querySelectorAll(':scope > .monaco-list-row')]
        .sort((a, b) => Number(a.dataset.index) - Number(b.dataset.index));
      const level = (el) => Number(el.getAttribute('aria-level') ?? 0);
      const from = rows.indexOf(parentEl);
      for (let i = from + 1; i < rows.length; i++) {
        if (level(rows[i]) <= level(parentEl) || Number(rows[i].dataset.index) !== Number(rows[i - 1].dataset.index) + 1) return false;
        if (rows[i].textContent.includes(text)) { rows[i].dataset.uiMatch = m; return true; }
      }
      return false;
    }, { parentEl: await parent.elementHandle(), text: label, mark }, { timeout: opts.timeout ?? timeout, polling: 100 })
      .catch((e) => {
        throw new Error(`no row "${label}" under ${typeof opts.under === 'string' ? `"${opts.under}"` : 'the given row'}${opts.view ? ` in view "${opts.view}"` : ''} (rows off screen are not rendered): ${e.message.split('\n')[0]}`);
      });
    return scope.locator(`.monaco-list-row[data-ui-match="${mark}"]`);
  };
  const quickInput = page.locator('.quick-input-widget');
  const ui = {
    page,
    /** Clicks the activity bar entry whose title starts with `title` (no-op when already open). */
    async openContainer(title) {
      const item = activityItem(title);
      await item.waitFor({ state: 'visible', timeout });
      const checked = async () => /\bchecked\b/.test((await item.getAttribute('class')) ?? '');
      // A workbench restoring its last state shows the container checked before the side bar has
      // its views (it is hidden while empty): wait for that instead of clicking it closed.
      if (await checked()) await sidebar.waitFor({ state: 'visible', timeout: 5000 }).catch(() => {});
      for (let i = 0; i < 3 && !(await checked() && await sidebar.isVisible()); i++) {
        await item.click();
        await sidebar.waitFor({ state: 'visible', timeout: 3000 }).catch(() => {});
      }
      await sidebar.waitFor({ state: 'visible', timeout });
    },
    /** Waits until a view (pane header) with this title shows in the side bar. */
    async waitForView(name) {
      const header = sidebar.locator('.pane-header', { hasText: new RegExp(`^\\s*${escapeRe(name)}`, 'i') }).first();
      await header.waitFor({ state: 'visible', timeout });
      return header;
    },
    /** Expands a collapsed view. */
    async expandView(name) {
      const header = await ui.waitForView(name);
      if ((await header.getAttribute('aria-expanded')) === 'false') await header.click();
    },
    /** Collapses an expanded view, so the others get its height. */
    async collapseView(name) {
      const header = await ui.waitForView(name);
      if ((await header.getAttribute('aria-expanded')) === 'true') await header.click();
    },
    /** Drags the sash between side bar and editor so the side bar is `px` wide. */
    async setSidebarWidth(px) {
      await sidebar.waitFor({ state: 'visible', timeout });
      const box = await sidebar.boundingBox();
      const x = box.x + box.width;
      const y = box.y + box.height / 2;
      await page.mouse.move(x, y);
      await page.mouse.down();
      await page.mouse.move(x + 20, y, { steps: 2 });
      await page.mouse.move(box.x + px, y, { steps: 5 });
      await page.mouse.up();
      await page.waitForFunction((w) => Math.abs(document.querySelector('.part.sidebar').getBoundingClientRect().width - w) < 30, px, { timeout: 5000 })
        .catch(() => say(`side bar did not resize to ${px}px`));
    },
    /** A tree row by (substring of) its text; `opts.view`/`opts.under` narrow the search (see findRow). */
    async waitForRow(label, opts = {}) {
      if (opts.view || opts.under) return findRow(label, opts);
      const r = row(label);
      await r.waitFor({ state: 'visible', timeout: opts.timeout ?? timeout });
      return r;
    },
    /** Expands a tree row (clicking its twistie) and waits until it reports expanded. */
    async expandRow(label, opts = {}) {
      const r = await ui.waitForRow(label, opts);
      if ((await r.getAttribute('aria-expanded')) === 'false') {
        await r.locator('.monaco-tl-twistie').click();
        await page.waitForFunction((el) => el?.getAttribute('aria-expanded') === 'true', await r.elementHandle(), { timeout });
      }
      return r;
    },
    /** Collapses an expanded tree row. */
    async collapseRow(label, opts = {}) {
      const r = await ui.waitForRow(label, opts);
      if ((await r.getAttribute('aria-expanded')) === 'true') {
        await r.locator('.monaco-tl-twistie').click();
        await page.waitForFunction((el) => el?.getAttribute('aria-expanded') === 'false', await r.elementHandle(), { timeout });
      }
      return r;
    },
    async clickRow(label, opts = {}) {
      const r = await ui.waitForRow(label, opts);
      await r.click();
      return r;
    },
    /** Clicks a view's title bar action by its title (hovering the header first shows the actions). */
    async clickViewAction(viewName, title) {
      const header = await ui.waitForView(viewName);
      await header.hover();
      const action = header.locator(`.actions .action-label[aria-label^="${title}"]`).first();
      await action.waitFor({ state: 'visible', timeout });
      await action.click();
    },
    /** Waits for the quick input (quick pick or input box), optionally with a title containing `title`. */
    async waitForQuickInput(title) {
      await quickInput.waitFor({ state: 'visible', timeout });
      if (title) await quickInput.locator('.quick-input-title', { hasText: title }).waitFor({ state: 'visible', timeout });
      return quickInput;
    },
    /** Types into the visible quick input like a user (filtering a pick list, or a value), optionally pressing Enter. */
    async typeInQuickInput(text, { title, enter = true, expect } = {}) {
      await ui.waitForQuickInput(title);
      const input = quickInput.locator('.quick-input-box input').first();
      await input.fill(''); // keyboard typing below, like a user
      await page.keyboard.type(text, { delay: 10 });
      if (expect) await quickInput.locator('.quick-input-list .monaco-list-row', { hasText: expect }).first().waitFor({ state: 'visible', timeout });
      if (enter) await page.keyboard.press('Enter');
    },
    /** A status bar entry by (substring of) its text. */
    async statusBarItem(text) {
      const item = page.locator('.part.statusbar .statusbar-item', { hasText: text }).first();
      await item.waitFor({ state: 'visible', timeout });
      return item;
    },
    /** Runs a command through the command palette by its title (e.g. "MOK: Show Log"). */
    async runCommand(title) {
      await page.keyboard.press('F1');
      const input = page.locator('.quick-input-widget input');
      await input.waitFor({ state: 'visible', timeout });
      await input.fill(`>${title}`);
      await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ timeout });
      await page.keyboard.press('Enter');
    },
    /** Waits until no view in the side bar shows its (blue) progress bar, i.e. trees have loaded. */
    async waitForIdle(ms = timeout) {
      await page.waitForFunction(() => ![...document.querySelectorAll('.part.sidebar .monaco-progress-container.active')]
        .some((el) => getComputedStyle(el).display !== 'none'), undefined, { timeout: ms, polling: 100 });
    },
    /** Screenshot of the whole workbench to <outDir>/<name>.png (or an explicit .png path), once views are idle. */
    async shot(name) {
      await ui.waitForIdle(15000).catch(() => say(`views still loading after 15 s; screenshot anyway`));
      const file = name.endsWith('.png') ? path.resolve(name) : path.join(outDir, `${name}.png`);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      await page.mouse.move(1000, 780); // hover tooltips would cover the activity bar
      await page.waitForTimeout(400); // let animations settle
      await page.screenshot({ path: file });
      const rel = path.relative(process.cwd(), file);
      say(`screenshot ${rel.startsWith('..') ? file : rel}`);
      return file;
    },
  };
  return ui;
}

function parseArgs(argv) {
  const opts = { mode: argv[0], keep: process.env.KEEP_RUN_DIR === '1' };
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    const val = () => {
      if (i + 1 >= argv.length) throw new Error(`${a} needs a value`);
      return argv[++i];
    };
    if (a === '--workspace') opts.workspace = path.resolve(val());
    else if (a === '--workspace-settings') opts.workspaceSettings = val();
    else if (a === '--timeout') opts.timeout = Number(val());
    else if (a === '--grep') opts.grep = val();
    else if (a === '--tests') opts.tests = path.resolve(val());
    else if (a === '--extension') opts.extension = path.resolve(val());
    else if (a === '--only') opts.only = val();
    else if (a === '--keep') opts.keep = true;
    else if (a === '--locale') opts.locale = val();
    else throw new Error(`unknown argument ${a}`);
  }
  if (opts.mode !== 'host' && opts.mode !== 'ui') throw new Error('usage: node scripts/host/run.mjs host|ui [options] (see the header of this file)');
  return opts;
}

/** Workspace for a run: --workspace DIR, else a fresh copy of test/fixtures/workspace/ (if any). */
function prepareWorkspace(opts, runDir) {
  let ws = opts.workspace;
  if (!ws) {
    ws = path.join(runDir, 'workspace');
    // Not under test/host/: esbuild bundles every .ts there as a test entry.
    const fixture = path.join(repoRoot, 'test', 'fixtures', 'workspace');
    if (fs.existsSync(fixture)) fs.cpSync(fixture, ws, { recursive: true });
  }
  fs.mkdirSync(ws, { recursive: true }); // a missing folder opens a blocking modal dialog
  writeWorkspaceSettings(ws, opts.workspaceSettings);
  return ws;
}

async function runHostTier({ page, server, workspace, timeoutS, tests, extension = repoRoot }) {
  const testsPath = tests ?? path.join(repoRoot, 'dist', 'test', 'host', 'index.js');
  if (!fs.existsSync(testsPath)) throw new Error(`${path.relative(repoRoot, testsPath)} missing: run \`node esbuild.mjs --tests\` first`);
  let resolveExit;
  const exited = new Promise((r) => { resolveExit = r; });
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const line = formatAutomationLog(args);
    if (line !== undefined) (type === 'error' ? console.error : console.log)(line);
  });
  await page.exposeFunction('codeAutomationExit', (code) => resolveExit(code));
  const url = server.url({
    folder: workspace,
    payload: [
      ['extensionDevelopmentPath', server.remote(extension)],
      ['extensionTestsPath', server.remote(testsPath)],
      ['skipWelcome', 'true'],
    ],
  });
  say(`opening workbench ${verbose ? url : `http://${server.host}/ (tests payload)`}`);
  await page.goto(url);
  let timer;
  const timeout = new Promise((_, rej) => { timer = setTimeout(() => rej(new Error(`no result from the extension host within ${timeoutS} s`)), timeoutS * 1000); });
  try {
    const code = await Promise.race([exited, timeout]);
    say(`extension host exited with ${code}`);
    return code;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Runs every test/ui script in its own code-server, user-data dir, workspace and browser profile:
 * the workbench persists layout (side bar, collapsed views, panels) per user-data dir, and one
 * script's layout must not decide whether the next one finds its views.
 */
async function runUiTier({ fresh, only, timeoutS, locale }) {
  const uiDir = path.join(repoRoot, 'test', 'ui');
  const outDir = path.join(repoRoot, 'test-results', 'ui');
  fs.mkdirSync(outDir, { recursive: true });
  const scripts = (fs.existsSync(uiDir) ? fs.readdirSync(uiDir) : [])
    .filter((f) => f.endsWith('.mjs') && !f.startsWith('_'))
    .filter((f) => !only || f.includes(only))
    .sort();
  if (!scripts.length) { say('no ui scripts found'); return 0; }
  let failed = 0;
  for (const file of scripts) {
    const name = file.replace(/(\.ui)?\.mjs$/, '');
    fs.rmSync(path.join(outDir, `${name}.failure.png`), { force: true }); // from an earlier run
    const t = Date.now();
    const mod = await import(pathToFileURL(path.join(uiDir, file)).href);
    // A script may ask for a display language (`export const locale = 'es'`).
    const { server, context, workspace, stop } = await fresh(name, typeof mod.locale === 'string' ? mod.locale : locale);
    const page = await context.newPage();
    page.on('pageerror', (e) => verbose && console.error('[pageerror]', e.message));
    const ui = createUi(page, { outDir, timeout: Math.min(timeoutS, 60) * 1000 });
    const workbenchUrl = server.url({
      folder: workspace,
      payload: [['extensionDevelopmentPath', server.remote(repoRoot)], ['skipWelcome', 'true']],
    });
    try {
      const fn = mod.default ?? mod.run;
      if (typeof fn !== 'function') throw new Error(`${file} exports no default/run function`);
      await page.goto(workbenchUrl);
      await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 60000 });
      await fn({ page, ui, workbenchUrl, server, workspace, userDataDir: server.userDataDir, outDir, screenshot: (n) => ui.shot(n) });
      console.log(`  ✔ ui ${file} (${Date.now() - t} ms)`);
    } catch (e) {
      failed++;
      console.log(`  ✖ ui ${file}: ${e?.message ?? e}`);
      try { await page.screenshot({ path: path.join(outDir, `${name}.failure.png`) }); } catch { /* page gone */ }
    } finally {
      await page.close().catch(() => {});
      await stop();
    }
  }
  console.log(`ui: ${scripts.length - failed} passed, ${failed} failed`);
  return failed ? 1 : 0;
}

async function main() {
  let opts;
  try { opts = parseArgs(process.argv.slice(2)); } catch (e) { console.error(e.message); return 2; }
  if (!fs.existsSync(path.join(repoRoot, 'dist', 'extension.js'))) {
    console.error('dist/extension.js missing: run `node esbuild.mjs --tests` first');
    return 2;
  }
  const tools = ensureTools();
  const runDir = newRunDir(opts.mode);
  const workspace = prepareWorkspace(opts, runDir);
  const timeoutS = opts.timeout ?? Number(process.env.MOK_HOST_TIMEOUT ?? 300);
  if (opts.grep) process.env.MOK_TEST_GREP = opts.grep; // read by test/host/index.ts
  process.env.MOK_TEST_WORKSPACE = workspace;

  let server;
  let context;
  let code = 2;
  const cleanup = async () => {
    try { if (context) await context.close(); } catch { /* already closed */ }
    if (server) await server.stop();
  };
  const onSignal = (sig) => { say(`${sig}: stopping`); void cleanup().then(() => process.exit(130)); };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    if (opts.mode === 'ui') {
      const fresh = async (name, locale) => {
        const dir = path.join(runDir, name);
        fs.mkdirSync(dir, { recursive: true });
        const ws = prepareWorkspace(opts, dir);
        server = await startCodeServer({ codeServer: tools.codeServer, runDir: dir, workspace: ws, locale });
        context = await launchBrowser({ chromium: tools.chromium, runDir: dir });
        return { server, context, workspace: ws, stop: async () => { await cleanup(); server = undefined; context = undefined; } };
      };
      code = await runUiTier({ fresh, only: opts.only, timeoutS, locale: opts.locale });
      return code;
    }
    if (opts.locale) process.env.MOK_TEST_LOCALE = opts.locale; // the host tests know which language to expect
    server = await startCodeServer({ codeServer: tools.codeServer, runDir, workspace, locale: opts.locale });
    say(`code-server ${tools.codeServerVersion} on ${server.host} (pgid ${server.pid}), run dir ${path.relative(repoRoot, runDir)}`);
    context = await launchBrowser({ chromium: tools.chromium, runDir });
    {
      const page = await context.newPage();
      page.on('pageerror', (e) => verbose && console.error('[pageerror]', e.message));
      try {
        code = await runHostTier({ page, server, workspace, timeoutS, tests: opts.tests, extension: opts.extension });
      } catch (e) {
        try { await page.screenshot({ path: path.join(runDir, 'error.png') }); say(`error screenshot ${path.join(runDir, 'error.png')}`); } catch { /* ignore */ }
        throw e;
      }
    }
  } catch (e) {
    say(`ERROR: ${e?.stack ?? e}`);
    code = 2;
  } finally {
    await cleanup();
    if (code === 0 && !opts.keep) fs.rmSync(runDir, { recursive: true, force: true });
    else say(`run dir kept: ${runDir} (code-server.log, user-data)`);
    say(`exit ${code}`);
  }
  return code;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exit(await main());
}

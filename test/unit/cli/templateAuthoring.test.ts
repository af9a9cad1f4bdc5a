// `mok template pull | check | publish` as an author runs them in CI: real child processes on
// dist/cli.js, the API a sandbox over HTTP. Pull → edit → check → publish for a compatible change
// (a new minor), a breaking change (predicted, refused without --as major, and confirmed by the
// sandbox's 409 when sent as a minor anyway) and a new major; --dry-run --json's contract, also for
// a defective folder; exit codes 0 / 1 / 2.
import { strict as assert } from 'node:assert';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { RunningSandbox } from '../../../src/sandbox/server';
import { runCli as run } from '../../support/cliRun';
import { withSandbox } from '../../support/sandbox';

interface DryRun {
  kind: string;
  reasons: { code: string; breaking: boolean; message: string }[];
  problems: { file: string; line: number; column: number; code: string; severity: string }[];
  against?: { version: string };
  fill_data?: { breaking: number };
}

describe('cli mok template pull / check / publish', function () {
  this.timeout(60_000);
  let sb: RunningSandbox;
  let root: string;
  const api = () => ['--sandbox', '--base-url', sb.url];
  const sent = (op: string) => sb.journal.list().filter((e) => e.operation === op).length;
  const edit = (dir: string, rel: string, change: (text: string) => string) => writeFileSync(path.join(dir, rel), change(readFileSync(path.join(dir, rel), 'utf8')));
  const dryRun = async (dir: string) => {
    const r = await run(['template', 'publish', dir, '--dry-run', '--json', ...api()]);
    return { status: r.status, doc: JSON.parse(r.stdout) as DryRun, stderr: r.stderr };
  };
  const pull = async (ref: string, name: string) => {
    const dir = path.join(root, name);
    const r = await run(['template', 'pull', ref, '--dir', dir, ...api()]);
    assert.equal(r.status, 0, r.stderr);
    return dir;
  };

  before(async () => {
    sb = await withSandbox();
    root = mkdtempSync(path.join(os.tmpdir(), 'mok-authoring-'));
  });
  after(() => sb.close());

  it('pull writes the layout, sources byte for byte; check is clean; publishing it unchanged is "none" and sends nothing', async () => {
    const dir = await pull('autorizacion_portabilidad@2', 'pulled');
    for (const rel of ['template.json', 'structure.json', 'sources/ES.hbs', 'sources/ES.config.json', 'sources/GL.hbs', 'sources/GL.config.json', 'examples/example.json']) assert.ok(existsSync(path.join(dir, rel)), rel);
    const served = await (await fetch(`${sb.url}/__sandbox/documents/sources/masmovil/autorizacion_portabilidad/v2.1_gl.html`)).text();
    assert.equal(readFileSync(path.join(dir, 'sources/GL.hbs'), 'utf8'), served);
    assert.equal((JSON.parse(readFileSync(path.join(dir, 'template.json'), 'utf8')) as { version: string }).version, '2.1');
    const check = await run(['template', 'check', dir]);
    assert.equal(check.status, 0, check.stdout + check.stderr);
    assert.match(check.stderr, /0 errors, 0 warnings/);
    const before = sent('templates.newMinor') + sent('templates.newMajor');
    const { status, doc } = await dryRun(dir);
    assert.equal(status, 0);
    assert.deepEqual({ kind: doc.kind, reasons: doc.reasons, problems: doc.problems }, { kind: 'none', reasons: [], problems: [] });
    const publish = await run(['template', 'publish', dir, ...api()]);
    assert.equal(publish.status, 0, publish.stderr);
    assert.match(publish.stderr, /nothing to publish/);
    assert.equal(sent('templates.newMinor') + sent('templates.newMajor'), before);
  });

  it('a compatible change: a source edited and a language added → predicted minor, published as 2.2 with its changelog entry', async () => {
    const dir = await pull('autorizacion_portabilidad@2', 'compatible');
    edit(dir, 'sources/ES.hbs', (t) => t.replace('</body>', '<p>Documento revisado.</p>\n</body>'));
    writeFileSync(path.join(dir, 'sources/EN.hbs'), readFileSync(path.join(dir, 'sources/ES.hbs')));
    writeFileSync(path.join(dir, 'sources/EN.config.json'), readFileSync(path.join(dir, 'sources/ES.config.json')));
    assert.equal((await run(['template', 'check', dir])).status, 0);
    const { doc } = await dryRun(dir);
    assert.equal(doc.kind, 'minor');
    assert.deepEqual(doc.reasons.map((r) => [r.code, r.breaking]), [['source-updated', false], ['language-added', false]]);
    assert.equal(doc.against?.version, '2.1');
    const r = await run(['template', 'publish', dir, '--changelog', 'Añadido inglés', ...api()]);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, 'published autorizacion_portabilidad 2.2 (masmovil)\nchangelog: 2.1 → 2.2  Añadido inglés  (sandbox@documents.local)\n');
    assert.equal((JSON.parse(readFileSync(path.join(dir, 'template.json'), 'utf8')) as { version: string }).version, '2.2');
    assert.equal((await dryRun(dir)).doc.kind, 'none', 'the sandbox now holds the folder byte for byte');
  });

  it('a breaking change: predicted major with its reasons, refused without --as major (nothing sent), the sandbox answers 409 to it as a minor', async () => {
    const dir = await pull('autorizacion_portabilidad@2', 'breaking');
    edit(dir, 'structure.json', (t) => {
      const s = JSON.parse(t) as { properties: Record<string, unknown> };
      s.properties['OBSERVACIONES'] = { type: 'string' };
      return `${JSON.stringify(s, null, 2)}\n`;
    });
    edit(dir, 'template.json', (t) => t.replace('"default_language": "ES"', '"default_language": "GL"'));
    const { status, doc } = await dryRun(dir);
    assert.equal(status, 1, 'publishing would be refused');
    assert.equal(doc.kind, 'major');
    assert.deepEqual(doc.reasons.map((r) => [r.code, r.breaking]), [['structure-changed', true], ['default-language-changed', true]]);
    assert.equal(doc.fill_data?.breaking, 0, 'an optional field keeps existing fill data valid — still a structure change');
    const before = sent('templates.newMinor') + sent('templates.newMajor');
    const refused = await run(['template', 'publish', dir, ...api()]);
    assert.equal(refused.status, 1);
    assert.match(refused.stderr, /breaking change for major 2: add --as major/);
    assert.equal(sent('templates.newMinor') + sent('templates.newMajor'), before, 'nothing sent');
    const asMinor = await run(['template', 'publish', dir, '--as', 'minor', ...api()]);
    assert.equal(asMinor.status, 1);
    assert.match(asMinor.stderr, /the API refused the new minor \(HTTP 409\)/);
    assert.equal(asMinor.stderr.match(/MDOC-409-BREAKING-CHANGE/g)?.length, 2, 'one 409 error per predicted reason');
    assert.match(asMinor.stderr, /predicted: major; structure\.json differs .*; default_language changes from ES to GL/);
  });

  it('a new major: --as major publishes 3.0 (changelog from the latest version), and template.json then names 3.0', async () => {
    const dir = await pull('autorizacion_portabilidad@2', 'major');
    edit(dir, 'structure.json', (t) => t.replace('"properties": {', '"properties": {\n    "OBSERVACIONES": { "type": "string" },'));
    edit(dir, 'sources/ES.hbs', (t) => t.replace('</body>', '{{#if OBSERVACIONES}}<p>{{OBSERVACIONES}}</p>{{/if}}\n</body>'));
    const r = await run(['template', 'publish', dir, '--as', 'major', '--json', ...api()]);
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout) as DryRun & { published: boolean; version: string; changelog: { from_version: string; to_version: string } };
    assert.equal(out.kind, 'major');
    assert.equal(out.published, true);
    assert.equal(out.version, '3.0');
    assert.deepEqual([out.changelog.from_version, out.changelog.to_version], ['2.2', '3.0']);
    assert.equal((await dryRun(dir)).doc.kind, 'none');
  });

  it('a defective folder still gets its prediction: --dry-run --json lists the problems with the kind, exit 1', async () => {
    const dir = await pull('autorizacion_portabilidad@1', 'defective');
    edit(dir, 'template.json', (t) => t.replace('"tags": [', '"tags": [\n    "a", "a", "b", "c", "d",'));
    edit(dir, 'sources/ES.hbs', (t) => t.replace('</body>', '{{#if}}\n</body>'));
    const { status, doc } = await dryRun(dir);
    assert.equal(status, 1);
    assert.equal(doc.kind, 'minor');
    assert.deepEqual(doc.reasons.map((r) => r.code), ['source-updated', 'tags-changed']);
    assert.ok(doc.problems.some((p) => p.code === 'source/syntax' && p.file.endsWith(path.join('sources', 'ES.hbs')) && p.line > 1), JSON.stringify(doc.problems));
    assert.ok(doc.problems.some((p) => p.code === 'template/tag-count'));
    const check = await run(['template', 'check', dir, '--json']);
    assert.equal(check.status, 1);
    const checked = JSON.parse(check.stdout) as { valid: boolean; summary: { errors: number } };
    assert.equal(checked.valid, false);
    assert.ok(checked.summary.errors >= 3);
  });

  it('a new template folder is created as 1.0', async () => {
    const dir = await pull('autorizacion_portabilidad@2', 'new');
    edit(dir, 'template.json', (t) => t.replace('"external_id": "autorizacion_portabilidad"', '"external_id": "autorizacion_portabilidad_b2b"').replace(/\s*"version": "[^"]+",/, ''));
    const { doc } = await dryRun(dir);
    assert.deepEqual([doc.kind, doc.reasons.map((r) => r.code)], ['major', ['new-template']]);
    const r = await run(['template', 'publish', dir, ...api()]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^published autorizacion_portabilidad_b2b 1\.0 \(masmovil\)\n$/);
  });

  it('bad usage is exit 2: no --dir, a folder that does not exist, an existing template folder without --force, a bad --as', async () => {
    assert.equal((await run(['template', 'pull', 'autorizacion_portabilidad', ...api()])).status, 2);
    assert.equal((await run(['template', 'check', path.join(root, 'nope')])).status, 2);
    const existing = await run(['template', 'pull', 'autorizacion_portabilidad', '--dir', path.join(root, 'pulled'), ...api()]);
    assert.equal(existing.status, 2);
    assert.match(existing.stderr, /already holds a template \(template\.json\)/);
    assert.equal((await run(['template', 'publish', path.join(root, 'pulled'), '--as', 'patch', ...api()])).status, 2);
    const missing = await run(['template', 'pull', 'autorizacion_portabilidad@9', '--dir', path.join(root, 'x'), ...api()]);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /has no major version 9/);
  });
});

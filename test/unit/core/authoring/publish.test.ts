// The publish prediction against the sandbox's verdict, over real HTTP: for every kind of change a
// template folder can make, the folder is predicted, then sent as a new minor — a predicted
// breaking change must be the sandbox's 409 (one error per predicted reason), a predicted minor
// must be accepted, and the file texts the sandbox then serves are the folder's, byte for byte.
import { strict as assert } from 'node:assert';
import { STRUCTURE_FILE, TEMPLATE_FILE, configFile, sourceFile } from '../../../../src/core/authoring/folder';
import { predictPublish, type PublishPrediction } from '../../../../src/core/authoring/predict';
import { loadBase, publishFolder, uploadOf } from '../../../../src/core/authoring/publish';
import { downloadVersion, publishedDetail, pulledFolder } from '../../../../src/core/authoring/remote';
import type { ApiClient } from '../../../../src/core/client/apiClient';
import { SchemaValidator } from '../../../../src/core/validation/ajv';
import type { RunningSandbox } from '../../../../src/sandbox/server';
import { clientFor, withSandbox } from '../../../support/sandbox';

const ID = 'autorizacion_portabilidad';

type Edit = (files: Map<string, string>) => void;

function editJson(files: Map<string, string>, rel: string, change: (v: Record<string, unknown>) => void): void {
  const value = JSON.parse(files.get(rel) ?? '{}') as Record<string, unknown>;
  change(value);
  files.set(rel, `${JSON.stringify(value, null, 2)}\n`);
}

const addOptionalField: Edit = (f) => editJson(f, STRUCTURE_FILE, (s) => ((s['properties'] as Record<string, unknown>)['OBSERVACIONES'] = { type: 'string' }));
const removeGalician: Edit = (f) => {
  f.delete(sourceFile('GL'));
  f.delete(configFile('GL'));
};
const galicianByDefault: Edit = (f) => editJson(f, TEMPLATE_FILE, (m) => (m['default_language'] = 'GL'));

const CASES: { name: string; edit: Edit; kind: PublishPrediction['kind']; codes: string[] }[] = [
  { name: 'nothing changed', edit: () => undefined, kind: 'none', codes: [] },
  { name: 'structure keys reordered (same schema)', edit: (f) => f.set(STRUCTURE_FILE, `${JSON.stringify(Object.fromEntries(Object.entries(JSON.parse(f.get(STRUCTURE_FILE) ?? '{}') as object).reverse()), null, 2)}\n`), kind: 'none', codes: [] },
  { name: 'an ES source edit', edit: (f) => f.set(sourceFile('ES'), `${f.get(sourceFile('ES')) ?? ''}<!-- revisado -->\n`), kind: 'minor', codes: ['source-updated'] },
  { name: 'a GL editor configuration edit', edit: (f) => f.set(configFile('GL'), '{"engine_version":"3.12","language":"GL","fonts":["Arial"]}'), kind: 'minor', codes: ['config-updated'] },
  { name: 'description, tags and engine version', edit: (f) => editJson(f, TEMPLATE_FILE, (m) => Object.assign(m, { description: 'Autorización revisada', tags: ['portabilidad'], engine_version: '3.13' })), kind: 'minor', codes: ['engine-version-changed', 'engine-version-changed', 'description-changed', 'tags-changed'] },
  { name: 'an EN language added', edit: (f) => (f.set(sourceFile('EN'), f.get(sourceFile('ES')) ?? ''), f.set(configFile('EN'), f.get(configFile('ES')) ?? '')), kind: 'minor', codes: ['language-added'] },
  { name: 'an optional field added to the structure (existing data stays valid)', edit: addOptionalField, kind: 'major', codes: ['structure-changed'] },
  { name: 'the GL source removed', edit: removeGalician, kind: 'major', codes: ['source-removed'] },
  { name: 'the default language changed', edit: galicianByDefault, kind: 'major', codes: ['default-language-changed'] },
  { name: 'all three breaking changes at once', edit: (f) => (addOptionalField(f), galicianByDefault(f), f.delete(sourceFile('ES')), f.delete(configFile('ES'))), kind: 'major', codes: ['structure-changed', 'default-language-changed', 'source-removed'] },
];

describe('core/authoring publish: the prediction agrees with the sandbox', function () {
  this.timeout(30_000);
  let sb: RunningSandbox;
  let client: ApiClient;
  const validator = new SchemaValidator();

  before(async () => {
    sb = await withSandbox();
    client = clientFor(sb);
  });
  after(async () => {
    await client.close();
    await sb.close();
  });

  /** The latest minor of major 2 as a folder, as "Pull" writes it. */
  async function pull(): Promise<Map<string, string>> {
    const detail = await publishedDetail(client, ID, 'masmovil', 2);
    assert.ok(detail);
    return pulledFolder(await downloadVersion(client, detail, 'masmovil'), validator);
  }

  it('the upload names one HBS part and one editor-config part per language in its metadata', async () => {
    const files = await pull();
    const upload = uploadOf(files, 'minor', { changelog: 'x', org: 'masmovil', major: 2 });
    const sources = upload.body.metadata['sources'] as { language: string; template_part_name: string; editor_config_part_name: string }[];
    assert.deepEqual(sources.map((s) => s.language), ['ES', 'GL']);
    assert.deepEqual(Object.keys(upload.files).sort(), sources.flatMap((s) => [s.template_part_name, s.editor_config_part_name]).sort());
    assert.equal(upload.operation, 'templates.newMinor');
  });

  for (const c of CASES) {
    it(`${c.name}: predicted ${c.kind}, and the sandbox agrees`, async () => {
      const files = await pull();
      c.edit(files);
      const base = await loadBase(client, files);
      assert.ok(base?.kind === 'version');
      const prediction = predictPublish(files, base);
      assert.equal(prediction.kind, c.kind, JSON.stringify(prediction.reasons));
      assert.deepEqual(prediction.reasons.map((r) => r.code), c.codes);
      if (c.kind === 'none') return;
      const outcome = await publishFolder(client, files, 'minor', { changelog: c.name, org: 'masmovil', major: 2 });
      if (c.kind === 'major') {
        assert.equal(outcome.ok, false);
        assert.ok(!outcome.ok && outcome.status === 409);
        assert.deepEqual(outcome.problems.map((p) => p.code), c.codes.map(() => 'MDOC-409-BREAKING-CHANGE'), 'one 409 error per predicted reason');
        return;
      }
      assert.ok(outcome.ok, JSON.stringify(outcome));
      assert.match(outcome.summary.version, /^2\.\d+$/);
      assert.equal(outcome.changelog?.to_version, outcome.summary.version);
      assert.equal(outcome.changelog?.changelog, c.name);
      // What the sandbox now serves is the folder, byte for byte: publishing it again is "none".
      const again = await loadBase(client, files);
      assert.ok(again?.kind === 'version');
      assert.equal(again.version.detail.version, outcome.summary.version);
      for (const [rel, text] of files) if (rel.startsWith('sources/')) assert.equal(again.version.files.get(rel), text, rel);
      assert.equal(predictPublish(files, again).kind, 'none');
    });
  }

  it('a breaking change goes out as a new major: X+1.0, its changelog entry from the previous latest version', async () => {
    const files = await pull();
    addOptionalField(files);
    const outcome = await publishFolder(client, files, 'major', { changelog: 'Campo de observaciones', org: 'masmovil' });
    assert.ok(outcome.ok, JSON.stringify(outcome));
    assert.equal(outcome.summary.version, '3.0');
    assert.equal(outcome.changelog?.to_version, '3.0');
    assert.match(outcome.changelog?.from_version ?? '', /^2\.\d+$/);
  });

  it('a template that does not exist is predicted "major" (created as 1.0) and created by the upload', async () => {
    const files = await pull();
    editJson(files, TEMPLATE_FILE, (m) => (m['external_id'] = 'autorizacion_nueva'));
    const base = await loadBase(client, files);
    assert.ok(base?.kind === 'new-template');
    const prediction = predictPublish(files, base);
    assert.equal(prediction.kind, 'major');
    assert.deepEqual(prediction.reasons.map((r) => r.code), ['new-template']);
    const outcome = await publishFolder(client, files, 'create', { changelog: '', org: 'masmovil' });
    assert.ok(outcome.ok && outcome.summary.version === '1.0', JSON.stringify(outcome));
  });
});

// Dynamic templates over HTTP through the client: created from a real multipart upload (a JSON
// `metadata` part, one part per file named by its `*_part_name`), versioned under the document's
// breaking-change rules, filled asynchronously into a stored document the fill's owner reaches.
import { strict as assert } from 'node:assert';
import type { TemplateLanguage } from '../../../../src/core/models/documents';
import { answer, codeOf, suiteSandbox } from '../../../support/sandbox';

const STRUCTURE = { $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'object', properties: { NOMBRE: { type: 'string' }, IMPORTE: { type: 'number' } }, required: ['NOMBRE'] };
const source = (language: TemplateLanguage) => ({ language, template_part_name: `hbs_${language}`, editor_config_part_name: `cfg_${language}`, structure: STRUCTURE, engine_version: '3.14' });

describe('Documents sandbox end to end — dynamic templates', function () {
  this.timeout(30_000);
  const t = suiteSandbox();


  it('creates from a multipart upload, serves its sources, and fills into an owned document', async () => {
    const form = new FormData();
    form.set('metadata', new Blob([JSON.stringify({ external_id: 'recibo_pago', description: 'Recibo de pago', default_language: 'ES', tags: ['recibo'], sources: [source('ES'), source('EN')] })], { type: 'application/json' }));
    form.set('hbs_ES', new Blob(['<p>Recibo de {{NOMBRE}}: {{IMPORTE}} €</p>'], { type: 'text/x-handlebars-template' }), 'recibo_es.hbs');
    form.set('hbs_EN', new Blob(['<p>Receipt for {{NOMBRE}}</p>'], { type: 'text/x-handlebars-template' }), 'recibo_en.hbs');
    const res = await fetch(`${t.sb.url}/v1/orgs/masmovil/dynamic_templates`, { method: 'POST', headers: { authorization: 'Bearer sandbox-documents-token' }, body: form });
    assert.equal(res.status, 201, await res.text());
    const detail = await t.client.call('templates.minor', { params: { id: 'recibo_pago', major: 1, minor: 0 } });
    const es = detail.sources.find((s) => s.language === 'ES');
    assert.match(es?.template_url ?? '', /\/recibo_pago\/v1\.0_es\.html$/);
    assert.equal(await (await fetch(es?.template_url ?? '')).text(), '<p>Recibo de {{NOMBRE}}: {{IMPORTE}} €</p>');

    const accepted = await t.client.call('templates.fill', { params: { id: 'recibo_pago', major: 1 }, headers: { 'x-auth-owner': 'cliente_3' }, body: { language: 'EN', document: { name: 'recibo_marzo', tags: ['mensual'] }, fields_values: { NOMBRE: 'Lucía', IMPORTE: 30.25 } } });
    const status = () => t.client.call('fillProcess.get', { params: { fill_process_id: accepted.fill_process_id } });
    assert.equal((await status()).status, 'CREATED');
    t.clock.ms += 1000;
    const done = await status();
    assert.equal(done.status, 'COMPLETED');
    const documentId = done.filled_document_id ?? '';
    assert.equal((await answer(t.client, 'documents.metadata', { params: { documentId } })).status, 401, 'owned by the fill\'s x-auth-owner');
    const pdf = await t.client.callRaw('documents.download', { params: { documentId }, headers: { 'x-auth-owner': 'cliente_3' } });
    assert.match(pdf.text, /^%PDF-[\s\S]*IMPORTE: 30\.25/);
    assert.deepEqual((await t.client.call('documents.metadata', { params: { documentId }, headers: { 'x-auth-owner': 'cliente_3' } })).tags, ['MENSUAL', 'RECIBO_PAGO-V1.0']);
  });

  it('a new minor keeps every language and the default, or answers 409; the changelog lists transitions', async () => {
    const p = { id: 'recibo_pago', major: 1 };
    const removing = await answer(t.client, 'templates.newMinor', { params: p, body: { metadata: { sources: [source('ES')], changelog: 'Sin inglés' } } });
    assert.deepEqual(codeOf(removing), [409, 'MDOC-409-BREAKING-CHANGE']);
    assert.match(removing.text, /source EN of version 1\.0 is missing/);
    assert.deepEqual(codeOf(await answer(t.client, 'templates.newMinor', { params: p, body: { metadata: { default_language: 'EN', sources: [source('ES'), source('EN')], changelog: 'x' } } })), [409, 'MDOC-409-BREAKING-CHANGE']);
    const minor = await t.client.call('templates.newMinor', { params: p, body: { metadata: { sources: [source('ES'), source('EN'), source('CA')], changelog: 'Añadido catalán' } } });
    assert.deepEqual([minor.version, minor.languages], ['1.1', ['ES', 'EN', 'CA']]);
    const history = await t.client.call('templates.changelog', { params: { id: 'recibo_pago' } });
    assert.deepEqual(history.changelog_history.map((c) => `${c.from_version ?? ''}→${c.to_version}`), ['1.0→1.1']);
  });
});

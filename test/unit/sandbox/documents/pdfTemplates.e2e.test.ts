// Forms, sections, PDF templates and template configurations over HTTP through the client: a form's
// fields come from its PDF, sections group forms per language, templates version their sections
// (an update keeps the fields or answers 409; only the latest major / non-base minor is deleted),
// fills answer real PDFs or store them for their owner, and what is in use cannot be deleted.
import { strict as assert } from 'node:assert';
import { pdfDocument } from '../../../../src/sandbox/documents/binary';
import { answer, codeOf, FILES, suiteSandbox } from '../../../support/sandbox';

describe('Documents sandbox end to end — forms, sections, PDF templates, configurations', function () {
  this.timeout(30_000);
  const t = suiteSandbox();


  it('forms: fields read from the uploaded PDF, filled into a PDF, deleted unless a section uses them', async () => {
    const form = new FormData();
    form.set('name', 'Autorizacion_Portabilidad');
    form.set('extension', 'pdf');
    form.set('tags', 'porta, alta');
    form.set('content', new Blob([pdfDocument({ title: 'Portabilidad', fields: [{ name: 'MSISDN' }, { name: 'ICCID' }] })], { type: 'application/pdf' }), 'porta.pdf');
    const res = await fetch(`${t.sb.url}/v1/orgs/masmovil/templates/forms`, { method: 'POST', headers: { authorization: 'Bearer sandbox-documents-token' }, body: form });
    assert.equal(res.status, 201);
    const created = (await res.json()) as { id: string; externalId: string; fields: Array<{ key: string }>; tags: string[] };
    assert.equal(created.externalId, 'autorizacion_portabilidad');
    assert.deepEqual(created.fields.map((f) => f.key), ['MSISDN', 'ICCID']);
    assert.deepEqual(created.tags, ['PORTA', 'ALTA']);
    assert.deepEqual(codeOf(await answer(t.client, 'forms.create', { body: { name: 'autorizacion_portabilidad', extension: 'pdf' }, files: { content: FILES.pdf } })), [409, 'MDOC-409-EXISTS']);
    // By id, by external id, or both as the document writes them.
    for (const formId of [created.id, created.externalId, `${created.id},${created.externalId}`]) assert.equal((await t.client.call('forms.metadata', { params: { formId } })).id, created.id);
    const filled = await t.client.callRaw('forms.fill', { params: { formId: created.externalId }, body: { fieldsValues: [{ name: 'MSISDN', value: '612\t345 678' }] } });
    assert.equal(filled.status, 200);
    assert.match(filled.text, /\/T \(MSISDN\) \/V \(612\?345 678\)/, 'default fillMode turns a tab into "?"');
    const raw = await t.client.callRaw('forms.fill', { params: { formId: created.externalId }, body: { fieldsValues: [{ name: 'MSISDN', value: '612\t345' }], fillMode: 'raw' } });
    assert.match(raw.text, /\/V \(612\\t345\)/, 'raw keeps the tab (escaped in the PDF string)');
    assert.equal((await t.client.callRaw('forms.download', { params: { formId: created.id } })).headers['content-type'], 'application/pdf');
    // In a section: 409; once the section is gone: deleted.
    await t.client.call('sections.create', { body: { sectionName: 'Porta', forms: [{ language: 'ES', formExternalId: created.externalId }] } });
    assert.deepEqual(codeOf(await answer(t.client, 'forms.delete', { params: { formId: created.id } })), [409, 'MDOC-409-IN-USE']);
    assert.equal((await answer(t.client, 'sections.delete', { params: { sectionId: 'porta' } })).status, 204);
    assert.equal((await answer(t.client, 'forms.delete', { params: { formId: created.id } })).status, 204);
    assert.deepEqual(codeOf(await answer(t.client, 'forms.metadata', { params: { formId: created.id } })), [404, 'MDOC-404-FORM']);
  });

  it('sections: fields from their forms, unknown forms 404, lists paged newest first', async () => {
    const s = await t.client.call('sections.create', { body: { sectionName: 'Datos Bancarios', forms: [{ language: 'ES', formExternalId: 'personal_data_es' }, { language: 'EN', formExternalId: 'personal_data_en' }] } });
    assert.equal(s.externalId, 'datos_bancarios');
    assert.deepEqual(s.fields.map((f) => f.key), ['NAME', 'SURNAME', 'DNI', 'ADDRESS', 'EMAIL', 'PHONE']);
    assert.deepEqual(codeOf(await answer(t.client, 'sections.create', { body: { sectionName: 'x', forms: [{ language: 'ES', formExternalId: 'nope' }] } })), [404, 'MDOC-404-FORM']);
    const page = await t.client.call('sections.list', { query: { page: 0, pageSize: 2 } });
    assert.equal(page.sections[0]?.externalId, 'datos_bancarios');
    assert.equal(page.sections.length, 2);
    assert.equal(Number(page.totalResults), 6);
    assert.equal((await t.client.call('sections.list')).sections.length, 6, 'no paging parameters: one page');
  });

  it('templates: versions, the use contract of an update, deletes, fills and the changelog', async () => {
    const created = await t.client.call('pdfTemplates.create', { body: { templateName: 'Contrato Fibra', defaultLanguage: 'ES', orderedSectionNames: ['introduction', 'personal_data'], rules: [] } });
    assert.deepEqual([created.externalId, created.version, created.languages], ['contrato_fibra', '1.0', ['ES', 'EN']]);
    assert.deepEqual(codeOf(await answer(t.client, 'pdfTemplates.create', { body: { templateName: 'y', defaultLanguage: 'ES', orderedSectionNames: ['nope'] } })), [404, 'MDOC-404-SECTION']);
    assert.equal((await answer(t.client, 'pdfTemplates.create', { body: { templateName: 'z', defaultLanguage: 'GL', orderedSectionNames: ['introduction'] } })).status, 400);
    const p = { templateId: 'contrato_fibra' };
    // An update keeps the fields (same sections, another order): 1.1. Other fields: 409.
    const minor = await t.client.call('pdfTemplates.updateVersion', { params: { ...p, version: 1 }, body: { orderedSectionNames: ['personal_data', 'introduction'], changelog: 'Orden' } });
    assert.equal(minor.version, '1.1');
    assert.deepEqual(codeOf(await answer(t.client, 'pdfTemplates.updateVersion', { params: { ...p, version: 1 }, body: { orderedSectionNames: ['introduction', 'personal_data', 'sales_conditions'] } })), [409, 'MDOC-409-BREAKING-CHANGE']);
    const major = await t.client.call('pdfTemplates.newVersion', { params: p, body: { defaultLanguage: 'ES', orderedSectionNames: ['introduction', 'personal_data', 'sales_conditions'], rules: [{ sectionId: 'sales_conditions', condition: 'VENTA:SI' }], changelog: 'Condiciones de venta' } });
    assert.deepEqual([major.version, major.languages], ['2.0', ['ES']]);
    const history = await t.client.call('pdfTemplates.metadata', { params: { ...p, version: 1 }, query: { include: 'history' } });
    assert.deepEqual(history.templates?.map((t) => t.version), ['1.1', '1.0']);
    assert.deepEqual((await t.client.call('pdfTemplates.changelog', { params: p })).changelogHistory.map((c) => `${c.fromVersion ?? ''}→${c.toVersion}`), ['1.1→2.0', '1.0→1.1']);
    // Fill: the rule leaves sales_conditions out unless its flag is set.
    const without = await t.client.callRaw('pdfTemplates.fill', { params: { ...p, version: 2 }, body: { language: 'ES', fieldsValues: [{ name: 'NAME', value: 'Lucía' }] } });
    assert.equal(without.headers['x-template-version'], '2.0');
    assert.equal(without.headers['x-tenant-config-version'], '2');
    assert.doesNotMatch(without.text, /\[sales_conditions\]/);
    const withFlag = await t.client.callRaw('pdfTemplates.fill', { params: { ...p, version: 2 }, body: { language: 'ES', flagsConditions: ['VENTA:SI'], fieldsValues: [{ name: 'TARIFF', value: 'Fibra 1 Gb' }] } });
    assert.match(withFlag.text, /\[sales_conditions\][\s\S]*TARIFF: Fibra 1 Gb/);
    assert.deepEqual(codeOf(await answer(t.client, 'pdfTemplates.fill', { params: { ...p, version: 2 }, body: { language: 'EN', fieldsValues: [] } })), [400, 'MDOC-400-LANGUAGE']);
    const stored = await t.client.call('pdfTemplates.fillDocument', { params: { ...p, version: 1 }, headers: { 'x-auth-owner': 'cliente_9' }, body: { language: 'EN', fieldsValues: [], name: 'fibra_cliente_9', tags: ['Alta'] } });
    const meta = await t.client.call('documents.metadata', { params: { documentId: stored.documentId }, headers: { 'x-auth-owner': 'cliente_9' } });
    assert.deepEqual([meta.name, meta.tags, meta.isPublic], ['fibra_cliente_9', ['ALTA'], false]);
    // Deletes: not the latest major (409); the base minor (409); the latest major, then its template goes.
    assert.deepEqual(codeOf(await answer(t.client, 'pdfTemplates.deleteMajor', { params: { ...p, version: 1 } })), [409, 'MDOC-409-NOT-LATEST-MAJOR']);
    assert.deepEqual(codeOf(await answer(t.client, 'pdfTemplates.deleteMinor', { params: { ...p, version: 2 } })), [409, 'MDOC-409-BASE-VERSION']);
    assert.equal((await answer(t.client, 'pdfTemplates.deleteMajor', { params: { ...p, version: 2 } })).status, 204);
    assert.equal((await answer(t.client, 'pdfTemplates.deleteMinor', { params: { ...p, version: 1 } })).status, 204);
    assert.deepEqual((await t.client.call('pdfTemplates.metadata', { params: { ...p, version: 1 } })).templates?.map((t) => t.version), ['1.0']);
    assert.equal((await answer(t.client, 'pdfTemplates.deleteMajor', { params: { ...p, version: 1 } })).status, 204);
    assert.deepEqual(codeOf(await answer(t.client, 'pdfTemplates.changelog', { params: p })), [404, 'MDOC-404-PDF-TEMPLATE']);
    // A section in use by a template cannot go.
    assert.deepEqual(codeOf(await answer(t.client, 'sections.delete', { params: { sectionId: 'introduction' } })), [409, 'MDOC-409-IN-USE']);
  });

  it('configurations: each create is the next version, `latest` reads it, images are listed with filters', async () => {
    const { version } = await t.client.call('templateConfigurations.create', { body: { changelog: 'Nuevo logo', defaultLanguage: 'ES', fieldValues: [{ name: 'CONFIG_TENANT.LOGO', type: 'IMAGE', value: [{ language: 'ES', content: 'logo_2026' }] }] } });
    assert.equal(version, 3);
    assert.deepEqual((await t.client.call('templateConfigurations.get', { params: { version: 'latest' } })).fieldValues.map((f) => f.name), ['CONFIG_TENANT.LOGO']);
    assert.deepEqual((await t.client.call('templateConfigurations.list')).configurations.map((c) => c.version), [3, 2, 1]);
    assert.equal((await answer(t.client, 'templateConfigurations.delete', { params: { version: 3 } })).status, 204);
    assert.deepEqual(codeOf(await answer(t.client, 'templateConfigurations.get', { params: { version: 3 } })), [404, 'MDOC-404-CONFIGURATION']);
    const { id } = await t.client.call('templateConfigurations.uploadDocument', { body: { name: 'logo_yoigo', extension: 'png' }, files: { content: FILES.png() } });
    const listed = await t.client.call('templateConfigurations.listDocuments', { query: { name: 'logo_yo', extension: 'png' } as never });
    assert.deepEqual(listed.items.map((i) => i.id), [id]);
  });
});

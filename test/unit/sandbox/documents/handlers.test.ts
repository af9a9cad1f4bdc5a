// The Documents sandbox handlers, called directly (no HTTP): listing and paging, version rules and
// their 409s, fill validation and the time-driven fill state machine (fake clock via host.now).
import { strict as assert } from 'node:assert';
import createRequest from '../../../fixtures/seeds/documents/create-request.json';
import fillRequestFixture from '../../../fixtures/seeds/documents/fill-request.json';
import invoiceStructure from '../../../fixtures/seeds/documents/invoice-structure.json';
import { createDocumentsSandbox, type DocumentsSandbox } from '../../../../src/sandbox/documents/handlers';
import type { SandboxHost, SandboxRequest, SandboxResponse } from '../../../../src/sandbox/types';
import { documentsEndpoints } from '../../../../src/core/catalogue/documents';
import { dynamicTemplatesEndpoints } from '../../../../src/core/catalogue/documents/dynamicTemplates';
import { mdocErrorBody, templateListPage, templateSummary, templateVersionDetail, templateVersionList, templateChangelog, fillProcess, fillAccepted } from '../../../../src/core/models/documents';
import { pathMatcher } from '../../../../src/core/catalogue/types';
import { checkSource, missingVariableFailure } from '../../../../src/core/sources/check';

const START = Date.parse('2025-11-18T09:35:00Z');

interface Call {
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
  headers?: Record<string, string>;
}

function setup(): { sb: DocumentsSandbox; clock: { ms: number }; call: (op: string, c?: Call) => Promise<SandboxResponse> } {
  const clock = { ms: START };
  const host: SandboxHost = { emitWebhook: () => undefined, webhookUrl: () => undefined, baseUrl: () => 'http://127.0.0.1:4010', now: () => new Date(clock.ms) };
  const sb = createDocumentsSandbox(host, {});
  const call = async (op: string, c: Call = {}): Promise<SandboxResponse> => {
    const handler = sb.handlers[op];
    assert.ok(handler, `no handler for ${op}`);
    const req: SandboxRequest = {
      operation: op,
      method: 'X',
      path: '/',
      params: { org: 'masmovil', ...c.params },
      query: new URLSearchParams(c.query),
      headers: c.headers ?? {},
      body: c.body,
      rawBody: Buffer.from(c.body === undefined ? '' : JSON.stringify(c.body)),
    };
    return handler(req);
  };
  return { sb, clock, call };
}

function errorCodes(res: SandboxResponse): string[] {
  return mdocErrorBody.parse(res.body).errors.map((e) => e.code);
}

function validInvoice(): Record<string, unknown> {
  // The seed's structure requires lower-case dni/name in CUSTOMER (a defect); real data has both.
  return {
    CUSTOMER: { DNI: '12345678Z', NAME: 'Juan Pérez', dni: '12345678Z', name: 'Juan Pérez' },
    PRODUCTS: [{ NAME: 'Fibra 1Gb', PRICE: 20 }],
    TOTAL_AMOUNT: 20,
    HAS_DISCOUNT: false,
    PAYMENT_METHOD: 'card',
    CARD_LAST_DIGITS: '4242',
  };
}

function newSource(structure: unknown = invoiceStructure, language = 'ES'): Record<string, unknown> {
  return { language, template_part_name: `tpl_${language}`, editor_config_part_name: `cfg_${language}`, structure, engine_version: '3.14' };
}

describe('Documents sandbox — handlers', () => {
  it('has a handler for every Documents operation', () => {
    const { sb } = setup();
    assert.deepEqual(Object.keys(sb.handlers).sort(), Object.keys(documentsEndpoints).sort());
    for (const id of Object.keys(dynamicTemplatesEndpoints)) assert.ok(sb.handlers[id], id);
  });

  describe('templates.list', () => {
    it('returns the latest minor of each major, newest first, with defaults', async () => {
      const { call } = setup();
      const res = await call('templates.list');
      assert.equal(res.status, 200);
      const page = templateListPage.parse(res.body);
      assert.equal(page.page, 0);
      assert.equal(page.page_size, 50);
      const rows = page.templates.map((t) => `${t.external_id}@${t.version}`);
      assert.deepEqual(rows, ['telco_services@1.2', 'factura_mensual@2.0', 'contrato_alta_movil@1.2', 'autorizacion_portabilidad@2.1', 'factura_mensual@1.1', 'autorizacion_portabilidad@1.0', 'mandato_sepa@1.0']);
      const dates = page.templates.map((t) => t.creation_date);
      assert.deepEqual([...dates].sort().reverse(), dates);
    });

    it('pages (0-based) and filters by external_id', async () => {
      const { call } = setup();
      const p1 = templateListPage.parse((await call('templates.list', { query: { page: '1', page_size: '4' } })).body);
      assert.deepEqual(p1.templates.map((t) => t.version), ['1.1', '1.0', '1.0']);
      assert.equal(p1.page, 1);
      const p9 = templateListPage.parse((await call('templates.list', { query: { page: '9', page_size: '4' } })).body);
      assert.equal(p9.templates.length, 0);
      const f = templateListPage.parse((await call('templates.list', { query: { external_id: 'factura_mensual' } })).body);
      assert.deepEqual(f.templates.map((t) => t.version), ['2.0', '1.1']);
      const y = templateListPage.parse((await call('templates.list', { params: { org: 'yoigo' }, query: { external_id: 'factura_mensual' } })).body);
      assert.deepEqual(y.templates.map((t) => t.version), ['2.0', '1.1']);
    });

    it('rejects unknown orgs (bad paging is the router\'s: see errorShape.test.ts)', async () => {
      const { call } = setup();
      const res = await call('templates.list', { params: { org: 'acme' } });
      assert.equal(res.status, 404);
      assert.deepEqual(errorCodes(res), ['MDOC-404-ORG']);
    });

    it('keeps orgs apart', async () => {
      const { call } = setup();
      const y = templateListPage.parse((await call('templates.list', { params: { org: 'yoigo' } })).body);
      assert.deepEqual([...new Set(y.templates.map((t) => t.external_id))].sort(), ['bienvenida_cliente', 'contrato_fibra', 'factura_mensual']);
    });
  });

  describe('versions and sources', () => {
    it('lists the minors of a major newest first, with structure and source URLs', async () => {
      const { call, sb } = setup();
      const res = await call('templates.versions', { params: { id: 'factura_mensual', major: '1' } });
      const list = templateVersionList.parse(res.body);
      assert.deepEqual(list.templates.map((t) => t.version), ['1.1', '1.0']);
      const v11 = list.templates[0];
      assert.deepEqual(v11?.structure, invoiceStructure, 'the seed structure, verbatim');
      assert.deepEqual(v11?.languages, ['ES']);
      assert.deepEqual(v11?.tags, ['factura', 'mensual']);
      const es = v11?.sources[0];
      // Named as the document shows it: …/v1.1_es.html and …/v1.1_es.json.
      assert.equal(es?.template_url, 'http://127.0.0.1:4010/__sandbox/documents/sources/masmovil/factura_mensual/v1.1_es.html');
      assert.equal(es?.editor_config_url, 'http://127.0.0.1:4010/__sandbox/documents/sources/masmovil/factura_mensual/v1.1_es.json');
      // The raw route serves the HBS at that URL.
      const path = new URL(es?.template_url ?? '').pathname;
      const route = sb.rawRoutes.find((r) => r.method === 'GET' && pathMatcher(r.path)(path));
      assert.ok(route);
      const src = await route.handle({ operation: 'raw', method: 'GET', path, params: pathMatcher(route.path)(path) ?? {}, query: new URLSearchParams(), headers: {}, body: undefined, rawBody: Buffer.alloc(0) });
      assert.equal(src.status, 200);
      assert.match(src.text ?? '', /\{\{#each PRODUCTS\}\}/);
      assert.match(src.text ?? '', /Factura mensual/);
      const cfgPath = new URL(es?.editor_config_url ?? '').pathname;
      const cfgRoute = sb.rawRoutes.find((r) => pathMatcher(r.path)(cfgPath));
      const cfg = await cfgRoute!.handle({ operation: 'raw', method: 'GET', path: cfgPath, params: pathMatcher(cfgRoute!.path)(cfgPath) ?? {}, query: new URLSearchParams(), headers: {}, body: undefined, rawBody: Buffer.alloc(0) });
      assert.equal((JSON.parse(cfg.text ?? '') as { engine_version?: string }).engine_version, '3.12');
    });

    it('gets one minor, 404 for unknown versions', async () => {
      const { call } = setup();
      const v = templateVersionDetail.parse((await call('templates.minor', { params: { id: 'contrato_alta_movil', major: '1', minor: '2' } })).body);
      assert.deepEqual(v.languages, ['ES', 'EU', 'CA']);
      assert.deepEqual(errorCodes(await call('templates.minor', { params: { id: 'contrato_alta_movil', major: '1', minor: '9' } })), ['MDOC-404-VERSION']);
      assert.deepEqual(errorCodes(await call('templates.versions', { params: { id: 'contrato_alta_movil', major: '3' } })), ['MDOC-404-VERSION']);
      assert.deepEqual(errorCodes(await call('templates.versions', { params: { id: 'nope', major: '1' } })), ['MDOC-404-TEMPLATE']);
      assert.equal((await call('templates.minor', { params: { id: 'contrato_alta_movil', major: 'x', minor: '0' } })).status, 400);
    });
  });

  describe('templates.create', () => {
    it('creates version 1.0 from the seed example, then 409 on the same external_id', async () => {
      const { call, clock } = setup();
      const res = await call('templates.create', { body: createRequest });
      assert.equal(res.status, 201);
      const t = templateSummary.parse(res.body);
      assert.equal(t.version, '1.0');
      assert.equal(t.external_id, 'factura_bilingue_premium');
      assert.equal(t.creation_date, new Date(clock.ms).toISOString().replace('.000', ''));
      const again = await call('templates.create', { body: createRequest });
      assert.equal(again.status, 409);
      assert.deepEqual(errorCodes(again), ['MDOC-409-EXTERNAL-ID']);
      const cl = templateChangelog.parse((await call('templates.changelog', { params: { id: 'factura_bilingue_premium' } })).body);
      // The changelog lists version transitions only: a new template has none.
      assert.deepEqual(cl.changelog_history, []);
    });

    it('400 for a bad external_id, language, too many tags or an invalid structure', async () => {
      const { call } = setup();
      const meta = createRequest.metadata;
      const bad = async (metadata: unknown): Promise<string[]> => {
        const r = await call('templates.create', { body: { metadata } });
        assert.equal(r.status, 400, JSON.stringify(r.body));
        return mdocErrorBody.parse(r.body).errors.map((e) => e.details ?? '');
      };
      assert.match((await bad({ ...meta, external_id: 'Factura Premium' }))[0] ?? '', /^\/metadata\/external_id: /);
      assert.match((await bad({ ...meta, default_language: 'FR' }))[0] ?? '', /^\/metadata\/default_language: /);
      assert.match((await bad({ ...meta, tags: ['a', 'b', 'c', 'd', 'e', 'f'] }))[0] ?? '', /at most 5/);
      assert.match((await bad({ ...meta, external_id: 'x1', sources: [newSource({ type: 'objeto' })] }))[0] ?? '', /not a valid JSON Schema/);
      assert.match((await bad({ ...meta, external_id: 'x2', default_language: 'EN' }))[0] ?? '', /default_language EN has no source/);
    });

    it('accepts the multipart shape (files with content) and serves the uploaded HBS', async () => {
      const { call, sb } = setup();
      const metadata = { external_id: 'carta_baja', description: 'Carta de baja', default_language: 'ES', sources: [newSource({ type: 'object', properties: { NOMBRE: { type: 'string' } } })] };
      const res = await call('templates.create', { body: { metadata, files: [{ name: 'tpl_ES', filename: 'baja.hbs', content: '<p>Adiós, {{NOMBRE}}</p>' }] } });
      assert.equal(res.status, 201, JSON.stringify(res.body));
      const v = templateVersionDetail.parse((await call('templates.minor', { params: { id: 'carta_baja', major: '1', minor: '0' } })).body);
      const path = new URL(v.sources[0]?.template_url ?? '').pathname;
      const route = sb.rawRoutes.find((r) => pathMatcher(r.path)(path))!;
      const src = await route.handle({ operation: 'raw', method: 'GET', path, params: pathMatcher(route.path)(path) ?? {}, query: new URLSearchParams(), headers: {}, body: undefined, rawBody: Buffer.alloc(0) });
      assert.equal(src.text, '<p>Adiós, {{NOMBRE}}</p>');
    });
  });

  describe('version rules', () => {
    it('new minor with the same structure → next minor; a changed structure → 409', async () => {
      const { call } = setup();
      const body = { metadata: { description: 'Factura con catalán', sources: [newSource(), newSource(invoiceStructure, 'CA')], changelog: 'Añadido catalán' } };
      const res = await call('templates.newMinor', { params: { id: 'factura_mensual', major: '1' }, body });
      assert.equal(res.status, 200, JSON.stringify(res.body));
      const t = templateSummary.parse(res.body);
      assert.equal(t.version, '1.2');
      assert.deepEqual(t.languages, ['ES', 'CA']);
      // "Removing sources" is breaking: a minor that leaves out a language of the current one → 409.
      const removing = await call('templates.newMinor', { params: { id: 'factura_mensual', major: '1' }, body: { metadata: { sources: [newSource(invoiceStructure, 'CA')], changelog: 'Solo catalán' } } });
      assert.equal(removing.status, 409);
      assert.deepEqual(errorCodes(removing), ['MDOC-409-BREAKING-CHANGE']);
      assert.match(mdocErrorBody.parse(removing.body).errors[0]?.details ?? '', /source ES of version 1\.2 is missing/);

      const changed = structuredClone(invoiceStructure) as Record<string, unknown>;
      changed['required'] = ['CUSTOMER'];
      const conflict = await call('templates.newMinor', { params: { id: 'factura_mensual', major: '1' }, body: { metadata: { sources: [newSource(changed)], changelog: 'x' } } });
      assert.equal(conflict.status, 409);
      // Every breaking change is one error: the structure, and CA left out.
      assert.deepEqual(errorCodes(conflict), ['MDOC-409-BREAKING-CHANGE', 'MDOC-409-BREAKING-CHANGE']);
      assert.deepEqual(mdocErrorBody.parse(conflict.body).errors.map((e) => /\(([^)]*?) (differs|of version|is missing)/.exec(e.details ?? '')?.[1]), ['the structure', 'the source CA']);
      const lang = await call('templates.newMinor', { params: { id: 'factura_mensual', major: '1' }, body: { metadata: { default_language: 'EN', sources: [newSource()], changelog: 'x' } } });
      assert.equal(lang.status, 409);
    });

    it('a key-order-only difference is not a structure change', async () => {
      const { call } = setup();
      const reordered = Object.fromEntries(Object.entries(invoiceStructure).reverse());
      const res = await call('templates.newMinor', { params: { id: 'factura_mensual', major: '1' }, body: { metadata: { sources: [newSource(reordered)], changelog: 'Texto revisado' } } });
      assert.equal(res.status, 200);
    });

    it('new major → N+1.0 with its changelog entry', async () => {
      const { call } = setup();
      const body = { metadata: { description: 'Factura v3', default_language: 'ES', tags: ['factura'], sources: [newSource({ type: 'object' })], changelog: 'Estructura libre' } };
      const yoigo = { org: 'yoigo', id: 'factura_mensual' };
      const res = await call('templates.newMajor', { params: yoigo, body });
      assert.equal(res.status, 201);
      assert.equal(templateSummary.parse(res.body).version, '3.0');
      const cl = templateChangelog.parse((await call('templates.changelog', { params: yoigo })).body);
      assert.deepEqual(
        cl.changelog_history.map((c) => `${c.from_version ?? '-'}→${c.to_version}`),
        ['2.0→3.0', '1.1→2.0', '1.0→1.1'],
      );
      assert.equal(cl.changelog_history[0]?.changelog, 'Estructura libre');
      assert.equal((await call('templates.newMajor', { params: { id: 'nope' }, body })).status, 404);
    });

    it('delete major: only the latest, else 409', async () => {
      const { call } = setup();
      const y = { org: 'yoigo', id: 'factura_mensual' };
      const notLatest = await call('templates.deleteMajor', { params: { ...y, major: '1' } });
      assert.equal(notLatest.status, 409);
      assert.deepEqual(errorCodes(notLatest), ['MDOC-409-NOT-LATEST-MAJOR']);
      assert.equal((await call('templates.deleteMajor', { params: { ...y, major: '2' } })).status, 204);
      assert.equal((await call('templates.deleteMajor', { params: { ...y, major: '2' } })).status, 404);
      const cl = templateChangelog.parse((await call('templates.changelog', { params: y })).body);
      assert.equal(cl.changelog_history[0]?.to_version, '1.1');
      // Deleting the last major removes the template; its external_id can be reused.
      assert.equal((await call('templates.deleteMajor', { params: { id: 'mandato_sepa', major: '1' } })).status, 204);
      assert.equal((await call('templates.changelog', { params: { id: 'mandato_sepa' } })).status, 404);
    });

    it('delete minor: the latest minor, never X.0', async () => {
      const { call } = setup();
      assert.equal((await call('templates.deleteMinor', { params: { id: 'contrato_alta_movil', major: '1' } })).status, 204);
      const list = templateVersionList.parse((await call('templates.versions', { params: { id: 'contrato_alta_movil', major: '1' } })).body);
      assert.deepEqual(list.templates.map((t) => t.version), ['1.1', '1.0']);
      assert.equal((await call('templates.deleteMinor', { params: { id: 'contrato_alta_movil', major: '1' } })).status, 204);
      const base = await call('templates.deleteMinor', { params: { id: 'contrato_alta_movil', major: '1' } });
      assert.equal(base.status, 409);
      assert.deepEqual(errorCodes(base), ['MDOC-409-BASE-VERSION']);
    });

    it('reset restores the seed', async () => {
      const { call, sb } = setup();
      await call('templates.deleteMajor', { params: { org: 'yoigo', id: 'factura_mensual', major: '2' } });
      sb.reset();
      const f = templateListPage.parse((await call('templates.list', { params: { org: 'yoigo' }, query: { external_id: 'factura_mensual' } })).body);
      assert.equal(f.templates.length, 2);
    });
  });

  describe('fill', () => {
    const fillParams = { id: 'factura_mensual', major: '1' };

    it('400 with one MDOC error per problem for the seed fill example', async () => {
      const { call } = setup();
      const res = await call('templates.fill', { params: fillParams, body: { ...fillRequestFixture, fill_priority: 'low' } });
      assert.equal(res.status, 400);
      const errors = mdocErrorBody.parse(res.body).errors;
      // One per mistake: the rules that only fire because PAYMENT_METHOD is missing are not repeated.
      assert.deepEqual(
        errors.map((e) => (e.details ?? '').split(':')[0]),
        ['/fields_values/DISCOUNT_AMOUNT', '/fields_values/PAYMENT_METHOD', '/fields_values/customer', '/fields_values/products', '/fields_values/total_amount'],
      );
      assert.ok(errors.some((e) => e.code === 'MDOC-400-SCHEMA-UNKNOWN-FIELD' && e.details === '/fields_values/customer: customer is not a field here (did you mean CUSTOMER? CUSTOMER is required)'));
      assert.ok(errors.some((e) => e.code === 'MDOC-400-SCHEMA-REQUIRED' && (e.details ?? '').startsWith('/fields_values/PAYMENT_METHOD: ')));
    });

    it('400 for a body that breaks the contract or a language the version lacks', async () => {
      const { call } = setup();
      const bad = await call('templates.fill', { params: fillParams, body: fillRequestFixture });
      assert.equal(bad.status, 400);
      assert.match(mdocErrorBody.parse(bad.body).errors[0]?.details ?? '', /^\/fill_priority: must be one of "low", "high"/);
      const lang = await call('templates.fill', { params: fillParams, body: { language: 'GL', document: { name: 'x' }, fields_values: validInvoice() } });
      assert.deepEqual(errorCodes(lang), ['MDOC-400-LANGUAGE']);
      assert.deepEqual(errorCodes(await call('templates.fill', { params: { id: 'factura_mensual', major: '7' }, body: {} })), ['MDOC-404-VERSION']);
    });

    it('202 then CREATED → PROCESSING → COMPLETED over about a second, with the template tag', async () => {
      const { call, clock, sb } = setup();
      const res = await call('templates.fill', {
        params: fillParams,
        headers: { 'fill-process-origin': 'sales-platform' },
        body: { language: 'ES', document: { name: 'factura_2025_11_0001', tags: ['DRAFT', 'RETAIL'] }, fields_values: validInvoice() },
      });
      assert.equal(res.status, 202, JSON.stringify(res.body));
      assert.equal(res.headers?.['fill-process-origin'], 'sales-platform');
      const { fill_process_id: id } = fillAccepted.parse(res.body);
      assert.match(id, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);

      const status = async () => fillProcess.parse((await call('fillProcess.get', { params: { fill_process_id: id } })).body);
      const s0 = await status();
      assert.equal(s0.status, 'CREATED');
      // The filled document is not there before the process completes.
      const docId = sb.store.org('masmovil')?.fills.get(id)?.filledDocumentId ?? '';
      assert.equal((await call('documents.metadata', { params: { documentId: docId } })).status, 404);
      assert.equal(s0.creation_date, '2025-11-18T09:35:00Z');
      assert.deepEqual(s0.template, { external_id: 'factura_mensual', major_version: 1, minor_version: 1 });
      assert.equal(s0.filled_document_id, undefined);
      assert.equal(s0.finish_date, undefined);
      clock.ms += 300;
      assert.equal((await status()).status, 'PROCESSING');
      clock.ms += 800;
      const done = await status();
      assert.equal(done.status, 'COMPLETED');
      assert.equal(done.finish_date, '2025-11-18T09:35:01Z');
      assert.ok(done.filled_document_id);
      assert.equal(done.error, undefined);

      const fill = sb.store.org('masmovil')?.fills.get(id);
      assert.deepEqual(fill?.documentTags, ['DRAFT', 'RETAIL', 'factura_mensual-v1.1']);
      // Completed: a stored document (public: the fill sent no x-auth-owner), a real PDF of the
      // rendered template.
      const meta = await call('documents.metadata', { params: { documentId: done.filled_document_id ?? '' } });
      assert.equal(meta.status, 200);
      assert.deepEqual((meta.body as { tags?: unknown }).tags, ['DRAFT', 'RETAIL', 'FACTURA_MENSUAL-V1.1']);
      const pdf = await call('documents.download', { params: { documentId: done.filled_document_id ?? '' } });
      assert.match(pdf.bytes?.toString('latin1') ?? '', /^%PDF-1\.4[\s\S]*\(Factura mensual\)[\s\S]*\(Juan P\xe9rez \x97 12345678Z\)/);
    });

    it('FAILED when document.name is "FAIL"', async () => {
      const { call, clock } = setup();
      const res = await call('templates.fill', { params: fillParams, body: { language: 'ES', document: { name: 'FAIL' }, fields_values: validInvoice(), fill_priority: 'high' } });
      const { fill_process_id: id } = fillAccepted.parse(res.body);
      clock.ms += 150;
      assert.equal(fillProcess.parse((await call('fillProcess.get', { params: { fill_process_id: id } })).body).status, 'PROCESSING');
      clock.ms += 500;
      const s = fillProcess.parse((await call('fillProcess.get', { params: { fill_process_id: id } })).body);
      assert.equal(s.status, 'FAILED');
      assert.match(s.error?.message ?? '', /simulated failure/);
      assert.equal(s.filled_document_id, undefined);
      assert.ok(s.finish_date);
    });

    it('FAILED as the API document shows it when the data lacks a variable the source prints (the same analysis predicts it)', async () => {
      const { call, clock, sb } = setup();
      const data = { customerId: 'C000123', services: [{ name: 'Fibra 1Gb', monthlyPrice: 30 }], totalMonthly: 30 };
      const v12 = sb.store.org('masmovil')?.templates.get('telco_services')?.versions.find((v) => v.minor === 2);
      const source = v12?.sources.find((s) => s.language === 'ES')?.hbs ?? '';
      const predicted = checkSource(source, { structure: v12?.structure, fieldsValues: data }).missing.map((m) => missingVariableFailure(m.variable));
      assert.deepEqual(predicted, ["Template variable 'customerName' missing in payload."]);
      const res = await call('templates.fill', { params: { id: 'telco_services', major: '1' }, body: { language: 'ES', document: { name: 'resumen_2025_11' }, fields_values: data, fill_priority: 'high' } });
      assert.equal(res.status, 202, JSON.stringify(res.body));
      const { fill_process_id: id } = fillAccepted.parse(res.body);
      clock.ms += 700;
      const s = fillProcess.parse((await call('fillProcess.get', { params: { fill_process_id: id } })).body);
      assert.equal(s.status, 'FAILED');
      assert.deepEqual(s.template, { external_id: 'telco_services', major_version: 1, minor_version: 2 });
      assert.deepEqual(s.error, { message: predicted[0] });
      // With customerName it completes, and the document holds the rendered text.
      const ok = await call('templates.fill', { params: { id: 'telco_services', major: '1' }, body: { language: 'ES', document: { name: 'resumen_ok' }, fields_values: { ...data, customerName: 'Ana Ruiz' }, fill_priority: 'high' } });
      const okId = fillAccepted.parse(ok.body).fill_process_id;
      clock.ms += 700;
      const done = fillProcess.parse((await call('fillProcess.get', { params: { fill_process_id: okId } })).body);
      assert.equal(done.status, 'COMPLETED');
      const pdf = await call('documents.download', { params: { documentId: done.filled_document_id ?? '' } });
      assert.match(pdf.bytes?.toString('latin1') ?? '', /\(Estimado\/a Ana Ruiz:\)[\s\S]*\(Fibra 1Gb \x97 30 \x80\)/);
    });

    it('404 for an unknown fill process or one of another org', async () => {
      const { call } = setup();
      const res = await call('fillProcess.get', { params: { fill_process_id: '99999999-aabb-ccdd-eeff-009988776655' } });
      assert.equal(res.status, 404);
      assert.deepEqual(errorCodes(res), ['MDOC-404-FILL-PROCESS']);
      const ok = await call('templates.fill', { params: fillParams, body: { language: 'ES', document: { name: 'x' }, fields_values: validInvoice() } });
      const { fill_process_id: id } = fillAccepted.parse(ok.body);
      assert.equal((await call('fillProcess.get', { params: { org: 'yoigo', fill_process_id: id } })).status, 404);
    });

    it('validates against the exact major: 2.0 accepts corrected data that 1.x rejects', async () => {
      const { call } = setup();
      const data = {
        INVOICE_NUMBER: 'F2025-000123',
        CUSTOMER: { DNI: '12345678Z', NAME: 'Juan Pérez' },
        PRODUCTS: [{ NAME: 'Fibra 1Gb', PRICE: 20 }],
        TOTAL_AMOUNT: 20,
        PAYMENT_METHOD: 'bank_transfer',
        IBAN: 'ES9121000418450200051332',
      };
      const yoigo = { org: 'yoigo', id: 'factura_mensual' };
      assert.equal((await call('templates.fill', { params: { ...yoigo, major: '2' }, body: { language: 'ES', document: { name: 'f' }, fields_values: data } })).status, 202);
      assert.equal((await call('templates.fill', { params: { ...yoigo, major: '1' }, body: { language: 'ES', document: { name: 'f' }, fields_values: data } })).status, 400);
    });

    it('fill-process-origin defaults to the token audience (the sandbox token: "sandbox")', async () => {
      const { call } = setup();
      const body = { language: 'ES', document: { name: 'x' }, fields_values: validInvoice() };
      const own = await call('templates.fill', { params: fillParams, body });
      assert.equal(own.headers?.['fill-process-origin'], 'sandbox');
      const jwt = ['{"alg":"RS256"}', '{"aud":["crm-backend","other"],"sub":"svc"}', 'sig'].map((p, i) => (i < 2 ? Buffer.from(p).toString('base64url') : p)).join('.');
      const aud = await call('templates.fill', { params: fillParams, headers: { authorization: `Bearer ${jwt}` }, body });
      assert.equal(aud.headers?.['fill-process-origin'], 'crm-backend');
    });
  });
});

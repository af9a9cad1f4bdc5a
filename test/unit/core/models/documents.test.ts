// The seed's example requests and responses (copied verbatim into test/fixtures/seeds/documents)
// parse with the catalogue's schemas.
import { strict as assert } from 'node:assert';
import listResponse from '../../../fixtures/seeds/documents/list-response.json';
import createRequest from '../../../fixtures/seeds/documents/create-request.json';
import createResponse from '../../../fixtures/seeds/documents/create-response.json';
import versionsResponse from '../../../fixtures/seeds/documents/versions-response.json';
import newMinorRequest from '../../../fixtures/seeds/documents/new-minor-request.json';
import newMinorResponse from '../../../fixtures/seeds/documents/new-minor-response.json';
import minorResponse from '../../../fixtures/seeds/documents/minor-response.json';
import newMajorRequest from '../../../fixtures/seeds/documents/new-major-request.json';
import newMajorResponse from '../../../fixtures/seeds/documents/new-major-response.json';
import changelogResponse from '../../../fixtures/seeds/documents/changelog-response.json';
import fillRequestFixture from '../../../fixtures/seeds/documents/fill-request.json';
import fillAcceptedFixture from '../../../fixtures/seeds/documents/fill-accepted.json';
import fillProcessResponse from '../../../fixtures/seeds/documents/fill-process-response.json';
import errorResponse from '../../../fixtures/seeds/documents/error-response.json';
import invoiceStructure from '../../../fixtures/seeds/documents/invoice-structure.json';
import { documentsEndpoints } from '../../../../src/core/catalogue/documents';
import { dynamicTemplatesEndpoints } from '../../../../src/core/catalogue/documents/dynamicTemplates';
import { fillPath } from '../../../../src/core/catalogue/types';
import {
  createTemplateMetadata,
  fillRequest,
  mdocErrorBody,
  parseTemplateVersion,
  templateDocumentTag,
  templateSummary,
  templateVersionDetail,
} from '../../../../src/core/models/documents';
import { SEED_INVOICE_STRUCTURE } from '../../../../src/sandbox/documents/seed';

const E = documentsEndpoints;

function ok(schema: { safeParse(v: unknown): { success: boolean; error?: unknown } }, value: unknown): void {
  const r = schema.safeParse(value);
  assert.ok(r.success, JSON.stringify(r.error));
}

describe('Documents models — seed examples', () => {
  it('responses parse with the catalogue response schemas', () => {
    ok(E['templates.list'].response, listResponse);
    ok(E['templates.create'].response, createResponse);
    ok(E['templates.versions'].response, versionsResponse);
    ok(E['templates.minor'].response, minorResponse);
    ok(E['templates.newMinor'].response, newMinorResponse);
    ok(E['templates.newMajor'].response, newMajorResponse);
    ok(E['templates.changelog'].response, changelogResponse);
    ok(E['templates.fill'].response, fillAcceptedFixture);
    ok(E['fillProcess.get'].response, fillProcessResponse);
    ok(mdocErrorBody, errorResponse);
  });

  it('requests parse with the catalogue body schemas', () => {
    ok(E['templates.create'].body, createRequest);
    ok(E['templates.newMinor'].body, newMinorRequest);
    ok(E['templates.newMajor'].body, newMajorRequest);
  });

  it('the seed fill example only fails on its placeholder fill_priority "string"', () => {
    const r = fillRequest.safeParse(fillRequestFixture);
    assert.equal(r.success, false);
    assert.deepEqual(r.error?.issues.map((i) => i.path.join('.')), ['fill_priority']);
    ok(fillRequest, { ...fillRequestFixture, fill_priority: 'high' });
    const { fill_priority: _omitted, ...withoutPriority } = fillRequestFixture;
    ok(fillRequest, withoutPriority);
  });

  it('responses keep unknown keys', () => {
    const r = templateSummary.parse({ ...createResponse, owner: '2357893' });
    assert.equal(r['owner'], '2357893');
    const page = E['templates.list'].response.parse({ ...listResponse, total: 1 });
    assert.equal(page['total'], 1);
  });

  it('create metadata enforces external_id, languages and tags', () => {
    const meta = createRequest.metadata;
    assert.equal(createTemplateMetadata.safeParse({ ...meta, external_id: 'Factura-Mensual' }).success, false);
    assert.equal(createTemplateMetadata.safeParse({ ...meta, default_language: 'FR' }).success, false);
    assert.equal(createTemplateMetadata.safeParse({ ...meta, tags: ['a', 'b', 'c', 'd', 'e', 'f'] }).success, false);
    assert.equal(createTemplateMetadata.safeParse({ ...meta, tags: ['a', 'a'] }).success, false);
    assert.equal(createTemplateMetadata.safeParse({ ...meta, sources: [] }).success, false);
    assert.equal(createTemplateMetadata.safeParse({ ...meta, sources: [{ ...meta.sources[0], language: 'UNDEFINED' }] }).success, true);
  });

  it('a minor\'s detail requires tags, as its field table marks them (the summaries leave them optional)', () => {
    const { tags: _tags, ...untagged } = minorResponse;
    assert.equal(templateVersionDetail.safeParse(minorResponse).success, true);
    assert.equal(templateVersionDetail.safeParse(untagged).success, false);
    assert.equal(templateSummary.safeParse(untagged).success, true);
  });

  it('the fill status model accepts each state', () => {
    const base = { fill_process_id: 'x', creation_date: '2025-11-18T09:35:00Z', template: { external_id: 't', major_version: 1, minor_version: 0 } };
    for (const status of ['CREATED', 'PROCESSING', 'COMPLETED', 'FAILED']) ok(E['fillProcess.get'].response, { ...base, status });
    assert.equal(E['fillProcess.get'].response.safeParse({ ...base, status: 'DONE' }).success, false);
  });
});

describe('Documents catalogue — dynamic templates', () => {
  // Every operation's paths, params and examples are checked in test/unit/core/catalogue.
  it('use plain documents auth (the document shows no owner header on them) and fill paths with the org', () => {
    for (const def of Object.values(dynamicTemplatesEndpoints)) assert.equal(def.auth, 'documents', def.id);
    assert.equal(fillPath(E['templates.fill'].path, { org: 'masmovil', id: 'factura_mensual', major: 1 }), '/v1/orgs/masmovil/dynamic_templates/factura_mensual/versions/1/fill');
  });

  it('the example structure and the sandbox seed equal the seed verbatim', () => {
    const ex = E['templates.create'].example.body.metadata.sources[0]?.structure;
    assert.deepEqual(ex, invoiceStructure);
    assert.deepEqual(SEED_INVOICE_STRUCTURE, invoiceStructure);
    // Same key order too: "verbatim" means the JSON text is the seed's.
    assert.equal(JSON.stringify(SEED_INVOICE_STRUCTURE), JSON.stringify(invoiceStructure));
  });

  it('helpers', () => {
    assert.equal(templateDocumentTag('factura_mensual', '1.1'), 'factura_mensual-v1.1');
    assert.deepEqual(parseTemplateVersion('2.7'), { major: 2, minor: 7 });
    assert.equal(parseTemplateVersion('2'), undefined);
  });
});

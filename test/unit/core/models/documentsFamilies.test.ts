// The rules the Documents API document states for its resource families, beyond "the examples
// parse" (test/unit/core/catalogue): tags, duration bounds, strict requests and loose answers,
// identification chains, scoring uploads, PDF-template rules, contract template versions.
import { strict as assert } from 'node:assert';
import type { z } from 'zod';
import { deviceHeaders } from '../../../../src/core/catalogue/documents/shared';
import { boundedDuration, durationSeconds } from '../../../../src/core/models/common';
import { fillContractBody } from '../../../../src/core/models/documents/contracts';
import { createAgentIdentificationBody, createChainIdentificationBody, createOtpIdentificationBody, validateAgentIdentificationBody } from '../../../../src/core/models/documents/identifications';
import { pdfTemplateRuleInput } from '../../../../src/core/models/documents/pdfTemplates';
import { scoreImagesBody } from '../../../../src/core/models/documents/scorings';
import { documentTags, signProcessExpiry } from '../../../../src/core/models/documents/shared';
import { createDocumentBody, documentMetadata, publicUrlBody } from '../../../../src/core/models/documents/storedDocuments';

function messages(schema: z.ZodType, value: unknown): string[] {
  const r = schema.safeParse(value);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.map(String).join('.')}: ${i.message}`);
}

const actor = { name: 'Lucía', last_name: 'Fernández', identity_document: { document_number: '12345678Z', document_type: 'NIF', country: 'ES' } };

describe('Documents models — rules of the document', () => {
  it('tags: at most 5, not blank, not reserved, unique once upper-cased without whitespace', () => {
    assert.deepEqual(messages(documentTags, ['Draft', 'Top_Secret', 'v1.0']), []);
    assert.deepEqual(messages(documentTags, ['a', 'b', 'c', 'd', 'e', 'f']), [': at most 5 tags']);
    assert.deepEqual(messages(documentTags, ['Draft', 'DRAFT']), [': tags must be unique (case and whitespace are ignored)']);
    assert.deepEqual(messages(documentTags, ['top secret', 'TOPSECRET']), [': tags must be unique (case and whitespace are ignored)']);
    assert.deepEqual(messages(documentTags, [' ']), ['0: a tag must not be blank']);
    assert.deepEqual(messages(documentTags, ['NaN']), ['0: tags "null", "undefined" and "nan" are reserved']);
  });

  it('durations: seconds of ISO 8601 durations and the documented bounds', () => {
    assert.equal(durationSeconds('P7D'), 7 * 86_400);
    assert.equal(durationSeconds('PT15M'), 900);
    assert.equal(durationSeconds('P1M'), 30 * 86_400);
    assert.equal(durationSeconds('P'), undefined);
    assert.equal(durationSeconds('PT'), undefined);
    assert.equal(durationSeconds('7 days'), undefined);
    assert.deepEqual(messages(signProcessExpiry, 'PT15M'), []);
    assert.deepEqual(messages(signProcessExpiry, 'PT14M'), [': expected a duration between 15 minutes and 30 days (e.g. P7D)']);
    assert.deepEqual(messages(signProcessExpiry, 'P31D'), [': expected a duration between 15 minutes and 30 days (e.g. P7D)']);
    assert.deepEqual(messages(publicUrlBody, { expiresIn: 'PT25H' }), ['expiresIn: expected a duration of at most 24 hours (e.g. PT24H)']);
    assert.equal(boundedDuration({ message: 'any' }).safeParse('soon').success, false);
  });

  it('requests refuse keys the document does not describe; answers keep them', () => {
    assert.deepEqual(messages(createDocumentBody, { name: 'contrato', extension: 'pdf', owner: '2357893' }), [': Unrecognized key: "owner"']);
    assert.deepEqual(messages(createDocumentBody, { name: 'mi contrato', extension: 'docx' }), ['name: the name must not contain spaces', 'extension: Invalid option: expected one of "pdf"|"jpeg"|"jpg"|"png"|"html"|"json"|"hbs"']);
    const meta = documentMetadata.parse({ documentId: 'd', name: 'n', tags: [], extension: 'pdf', archiveHash: 'h', size: 1, isPublic: false, owner: '2357893' });
    assert.equal(meta['owner'], '2357893');
  });

  it('identifications: agent needs the identity document; OTP channels and evidence metadata are checked', () => {
    const { identity_document: _dropped, ...withoutDocument } = actor;
    assert.deepEqual(messages(createAgentIdentificationBody, { actor: withoutDocument, expires_in: 'P7D' }), ['actor.identity_document: Invalid input: expected object, received undefined']);
    assert.deepEqual(messages(createAgentIdentificationBody, { actor, expires_in: 'PT30S' }), ['expires_in: expected a duration between 1 minute and 30 days (e.g. PT15M, P7D)']);
    assert.deepEqual(messages(createOtpIdentificationBody, { actor, expires_in: 'P7D', channel: { type: 'SMS', external: 'yes' } }).length, 1);
    assert.deepEqual(messages(createOtpIdentificationBody, { actor, expires_in: 'P7D', channel: { type: 'PIGEON' } }).length, 1);
    assert.deepEqual(messages(validateAgentIdentificationBody, { agent: 'Jose', evidence_metadata: '{document_number: 1}' }), ['evidence_metadata: evidence_metadata must be JSON text']);
  });

  it('identification chains: 1 to 10 known steps, each at most once', () => {
    const chain = (sequence: unknown[]) => ({ actor, expires_in: 'PT15M', sequence });
    assert.deepEqual(messages(createChainIdentificationBody, chain([{ identification_type: 'AGENT' }, { identification_type: 'OTP' }])), []);
    assert.deepEqual(messages(createChainIdentificationBody, chain([{ identification_type: 'AGENT' }, { identification_type: 'AGENT' }])), ['sequence: each identification step may appear once']);
    assert.equal(messages(createChainIdentificationBody, chain([])).length, 1);
    assert.equal(messages(createChainIdentificationBody, chain([{ identification_type: 'FACE' }])).length, 1);
    assert.equal(messages(createChainIdentificationBody, chain([{ identification_type: 'AGENT', otp_step: {} }])).length, 1, 'an agent step has no otp_step');
  });

  it('scoring uploads need the front and/or the back', () => {
    assert.deepEqual(messages(scoreImagesBody, {}), [': send the front and/or the back image']);
    assert.deepEqual(messages(scoreImagesBody, { back: { name: 'back.jpg', content: '…' } }), []);
  });

  it('PDF-template rules name the section one way and use FLAG:VALUE conditions', () => {
    assert.deepEqual(messages(pdfTemplateRuleInput, { sectionId: 'anexo_gdpr', condition: 'GDPR:YES' }), []);
    assert.equal(messages(pdfTemplateRuleInput, { sectionId: 'a', sectionExternalId: 'a', condition: 'GDPR:YES' }).length, 1);
    assert.equal(messages(pdfTemplateRuleInput, { sectionExternalId: 'anexo_gdpr', condition: 'GDPR' }).length, 1);
  });

  it('contract template versions go from 1 to 32767, as a number or its string', () => {
    const body = { template_external_id: 'telco_services', language: 'ES', fields_values: [] };
    assert.deepEqual(messages(fillContractBody, { ...body, template_version: '1' }), []);
    assert.deepEqual(messages(fillContractBody, { ...body, template_version: 32_767 }), []);
    assert.equal(messages(fillContractBody, { ...body, template_version: 0 }).length, 1);
    assert.equal(messages(fillContractBody, { ...body, template_version: '32768' }).length, 1);
  });

  it('device headers: the location is "latitude,longitude"', () => {
    assert.deepEqual(messages(deviceHeaders, { 'x-location': '40.4168,-3.7038' }), []);
    assert.deepEqual(messages(deviceHeaders, { 'x-location': 'Madrid' }), ['x-location: expected "latitude,longitude" like "88.52,-123.1"']);
  });
});

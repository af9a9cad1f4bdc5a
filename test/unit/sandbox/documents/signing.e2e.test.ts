// Sign processes, signatures, contracts, the sign configuration and securize over HTTP through the
// client: a process over stored documents, each signer identified then signing, the process SIGNED
// and then CERTIFIED with its signed copies and certificate; contracts filled for their owner and
// signed in a process; and the refusals: wrong owner, sign before identification, wrong state,
// cancel after signing, an expired process.
import { strict as assert } from 'node:assert';
import { answer, codeOf, documentsFetch, FILES, control, suiteSandbox } from '../../../support/sandbox';

const SIGNER = { alias: 'titular', name: 'Lucía', last_name: 'Fernández', identity_document: { document_number: '12345678Z', document_type: 'NIF' }, email: 'lucia@example.es', language: 'ES' };

describe('Documents sandbox end to end — sign processes, signatures, contracts', function () {
  this.timeout(30_000);
  const t = suiteSandbox();
  const owner = { 'x-auth-owner': 'cliente_5' };


  /** Completes an OTP identification as the signer would: the code from the control endpoint. */
  async function identifyByOtp(id: string, twoFactor: string): Promise<void> {
    await t.client.call('identifications.otp.challenge', { params: { identification_id: id }, body: {} });
    const { code } = (await control(t.sb, 'GET', `/__sandbox/documents/otp/${id}`)) as { code: string };
    await t.client.call('identifications.otp.validate', { params: { identification_id: id }, body: { code, two_factor: twoFactor } });
  }

  it('simple signature: identify, preview, sign → SIGNED, then CERTIFIED with signed copies', async () => {
    const { documentId } = await t.client.call('documents.create', { headers: owner, body: { name: 'contrato_fibra', extension: 'pdf' }, files: { content: FILES.pdf } });
    const wrongOwner = await answer(t.client, 'signProcesses.create', { body: { signers: [SIGNER], sign: { type: 'SIMPLE', documents: [{ id: documentId, owner: 'otro' }] }, identification: { type: 'OTP' } } });
    assert.deepEqual(codeOf(wrongOwner), [400, 'MDOC-400-INVALID-REQUEST']);
    assert.match(wrongOwner.text, /is not its owner/);
    const { id } = await t.client.call('signProcesses.create', { body: { signers: [SIGNER], sign: { type: 'SIMPLE', documents: [{ id: documentId, owner: 'CLIENTE_5' }] }, identification: { type: 'OTP' }, expires_in: 'P1D' } });
    const process = await t.client.call('signProcesses.get', { params: { sign_process_id: id } });
    assert.deepEqual([process.status, process.sign_type], ['CREATED', 'SIMPLE']);
    const signature = process.signatures[0];
    const signId = signature?.sign?.id ?? '';
    assert.equal(signature?.identification?.type, 'OTP');
    // Not identified yet: signing is refused (a sandbox rule, said so).
    const early = await answer(t.client, 'simpleSigns.sign', { params: { sign_id: signId } });
    assert.deepEqual(codeOf(early), [409, 'MDOC-409-NOT-IDENTIFIED']);
    assert.match(early.text, /a sandbox rule/);
    await identifyByOtp(signature?.identification?.id ?? '', '12345678Z');
    assert.equal((await answer(t.client, 'simpleSigns.preview', { params: { sign_id: signId }, headers: { 'x-location': '40.41,-3.70' } })).status, 204);
    const before = await t.client.call('simpleSigns.get', { params: { sign_id: signId } });
    assert.equal(before.status, 'CREATED');
    assert.ok((await fetch(before.signable_documents[0]?.url ?? '')).ok, 'signable documents are temporary links');
    assert.equal((await answer(t.client, 'simpleSigns.sign', { params: { sign_id: signId } })).status, 204);
    assert.deepEqual(codeOf(await answer(t.client, 'simpleSigns.sign', { params: { sign_id: signId } })), [409, 'MDOC-409-STATE']);
    assert.equal((await t.client.call('signProcesses.get', { params: { sign_process_id: id } })).status, 'SIGNED');
    assert.deepEqual(codeOf(await answer(t.client, 'signProcesses.cancel', { params: { sign_process_id: id }, body: { reason: 'tarde' } })), [409, 'MDOC-409-STATE']);
    t.clock.ms += 1000;
    const certified = await t.client.call('signProcesses.get', { params: { sign_process_id: id } });
    assert.equal(certified.status, 'CERTIFIED');
    const certificate = await t.client.callRaw('documents.download', { params: { documentId: certified.certificate_id ?? '' } });
    assert.match(certificate.text, /Certificado de firma/);
    const after = await t.client.call('simpleSigns.get', { params: { sign_id: signId } });
    assert.equal(after.status, 'SIGNED');
    const signed = await fetch(after.signed_documents?.[0]?.url ?? '');
    assert.match(await signed.text(), /Firmado por Luc/);
  });

  it('biometric signature needs its body; a cancelled or expired process cannot be signed', async () => {
    const doc = await t.client.call('documents.create', { body: { name: 'anexo', extension: 'pdf' }, files: { content: FILES.pdf } });
    const open = async (expires: string) =>
      (await t.client.call('signProcesses.create', { body: { signers: [SIGNER], sign: { type: 'BIOMETRIC', documents: [{ id: doc.documentId }] }, identification: { type: 'AGENT' }, expires_in: expires } })).id;
    const cancelled = await open('PT1H');
    const signOf = async (processId: string) => (await t.client.call('signProcesses.get', { params: { sign_process_id: processId } })).signatures[0];
    const s1 = await signOf(cancelled);
    await t.client.call('identifications.agent.validate', { params: { identification_id: s1?.identification?.id ?? '' }, body: { agent: 'tienda' } });
    assert.equal((await documentsFetch(t.sb, 'POST', `/biometric_signs/${s1?.sign?.id ?? ''}/sign`, {})).status, 400, 'biometric data and image are required');
    assert.equal((await answer(t.client, 'signProcesses.cancel', { params: { sign_process_id: cancelled }, body: { reason: 'El cliente no firma' } })).status, 204);
    assert.equal((await t.client.call('biometricSigns.get', { params: { sign_id: s1?.sign?.id ?? '' } })).status, 'CANCELLED');
    assert.deepEqual(codeOf(await answer(t.client, 'biometricSigns.sign', { params: { sign_id: s1?.sign?.id ?? '' }, body: { biometric_data: 'trazo', signature_image: 'aW1n' } })), [409, 'MDOC-409-STATE']);
    const expiring = await open('PT15M');
    const s2 = await signOf(expiring);
    t.clock.ms += 15 * 60_000;
    assert.equal((await t.client.call('signProcesses.get', { params: { sign_process_id: expiring } })).status, 'EXPIRED');
    assert.deepEqual(codeOf(await answer(t.client, 'biometricSigns.preview', { params: { sign_id: s2?.sign?.id ?? '' } })), [409, 'MDOC-409-STATE']);
  });

  it('contracts: filled for their owner, the owner changed by the owner only, signed online in a process', async () => {
    const filled = await t.client.call('documentContracts.fill', {
      headers: owner,
      body: { template_external_id: 'telco_services', template_version: 1, language: 'ES', fields_values: [{ name: 'NAME', value: 'Lucía' }], name: 'contrato_cliente_5', tags: ['Alta', 'FIBRA'] },
    });
    const meta = await t.client.call('documents.metadata', { params: { documentId: filled.document_id }, headers: owner });
    assert.deepEqual(meta.tags, ['alta', 'fibra'], 'contract tags are lower-cased');
    assert.deepEqual(codeOf(await answer(t.client, 'documentContracts.fill', { headers: owner, body: { template_external_id: 'nope', template_version: 1, language: 'ES', fields_values: [] } })), [404, 'MDOC-404-PDF-TEMPLATE']);
    const c = { contract_id: filled.contract_id };
    assert.deepEqual(await t.client.call('documentContracts.get', { params: c }), { filled_document_id: filled.document_id });
    assert.deepEqual(codeOf(await answer(t.client, 'documentContracts.changeOwner', { params: c, headers: { 'x-auth-owner': 'intruso' }, body: { new_owner: 'intruso' } })), [401, 'MDOC-401-OWNER']);
    const moved = await t.client.call('documentContracts.changeOwner', { params: c, headers: owner, body: { new_owner: 'Cliente_6' } });
    assert.equal(moved.owner, 'cliente_6');
    assert.equal((await answer(t.client, 'documents.metadata', { params: { documentId: filled.document_id }, headers: { 'x-auth-owner': 'cliente_6' } })).status, 200, 'its document follows');
    assert.deepEqual(codeOf(await answer(t.client, 'documentContracts.sign', { body: { sign_type: 'ONLINE', signers: [SIGNER], contracts: [{ contract_id: 'nope' }] } })), [400, 'MDOC-400-INVALID-REQUEST']);
    const { sign_process_id } = await t.client.call('documentContracts.sign', { body: { sign_type: 'ONLINE', signers: [SIGNER], contracts: [c] } });
    const process = await t.client.call('signProcesses.get', { params: { sign_process_id } });
    assert.deepEqual([process.sign_type, process.signatures[0]?.identification?.type], ['SIMPLE', 'OTP']);
    await identifyByOtp(process.signatures[0]?.identification?.id ?? '', '12345678Z');
    await t.client.call('simpleSigns.sign', { params: { sign_id: process.signatures[0]?.sign?.id ?? '' } });
    const signedContract = await t.client.call('documentContracts.get', { params: c });
    assert.equal(signedContract.sign_process_id, sign_process_id);
    assert.ok(signedContract.signed_document_id);
    // Securize: a web-component token naming the process.
    const { web_component_token } = await t.client.call('securize.create', { body: { sign_process_id } });
    const claims = JSON.parse(Buffer.from(web_component_token.split('.')[1] ?? '', 'base64url').toString('utf8')) as { sign_process_id: string; known_sign_process: boolean };
    assert.deepEqual([claims.sign_process_id, claims.known_sign_process], [sign_process_id, true]);
  });

  it('sign configuration: created from the multipart fields, updated in part', async () => {
    const form = new FormData();
    for (const [k, v] of Object.entries({ landing_url: 'https://firma.yoigo.com', expiration_duration: 'P3D', channels: 'SMS,EMAIL', sign_certificate_password: 'secreto', notification_email: 'avisos@yoigo.com', identification_config: '[{"sign_type":"BIOMETRIC","provider_type":"INTERNAL"}]' })) form.set(k, v);
    form.set('content', new Blob([Buffer.from([0x30, 0x82, 0x01])], { type: 'application/x-pkcs12' }), 'firma.p12');
    const res = await fetch(`${t.sb.url}/v1/orgs/yoigo/sign_process/configurations`, { method: 'POST', headers: { authorization: 'Bearer sandbox-documents-token' }, body: form });
    assert.equal(res.status, 204, await res.text());
    const read = async () => (await fetch(`${t.sb.url}/v1/orgs/yoigo/sign_process/configurations`, { headers: { authorization: 'Bearer sandbox-documents-token' } })).json() as Promise<Record<string, unknown>>;
    const c = await read();
    assert.deepEqual([c.landing_url, c.channels, c.identification_config], ['https://firma.yoigo.com', ['SMS', 'EMAIL'], { identity_document: { providers: [{ sign_type: 'BIOMETRIC', provider_type: 'INTERNAL' }] } }]);
    assert.equal('sign_certificate_password' in c, false, 'the password is never answered');
    // The client's org (masmovil) is another tenant: an update there leaves yoigo's alone.
    assert.equal((await answer(t.client, 'signProcessConfigurations.update', { body: { channels: ['WHATSAPP'] } })).status, 204);
    assert.deepEqual((await t.client.call('signProcessConfigurations.get')).channels, ['WHATSAPP']);
    assert.equal((await read()).landing_url, 'https://firma.yoigo.com');
  });
});

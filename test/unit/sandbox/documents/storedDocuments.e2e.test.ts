// Stored documents over HTTP through the client: real multipart uploads keep their bytes, private
// documents only answer their owner (the document's 401), public URLs work without credentials
// until they expire, owner changes move access, logical then physical deletes answer 410 and 409.
import { strict as assert } from 'node:assert';
import { createHash } from 'node:crypto';
import { pdfDocument } from '../../../../src/sandbox/documents/binary';
import { answer, codeOf, documentsFetch, FILES, suiteSandbox } from '../../../support/sandbox';

describe('Documents sandbox end to end — stored documents', function () {
  this.timeout(30_000);
  const t = suiteSandbox();
  const owner = { 'x-auth-owner': 'Suscripcion_77' };


  async function upload(bytes: Buffer, fields: Record<string, string>, headers: Record<string, string> = owner): Promise<Response> {
    const form = new FormData();
    for (const [k, v] of Object.entries(fields)) form.set(k, v);
    form.set('content', new Blob([bytes], { type: 'application/pdf' }), 'fichero.pdf');
    return fetch(`${t.sb.url}/v1/orgs/masmovil/documents`, { method: 'POST', headers: { authorization: 'Bearer sandbox-documents-token', ...headers }, body: form });
  }

  it('stores a multipart upload byte for byte, with normalised tags, for its owner only', async () => {
    const pdf = pdfDocument({ title: 'Factura', lines: ['Importe: 30,25 €'] });
    const res = await upload(pdf, { name: 'factura_marzo', extension: 'pdf', tags: 'Draft, top secret ,v1.0' });
    assert.equal(res.status, 201);
    const { documentId } = (await res.json()) as { documentId: string };
    const meta = await t.client.call('documents.metadata', { params: { documentId }, headers: owner });
    assert.deepEqual(meta.tags, ['DRAFT', 'TOPSECRET', 'V1.0']);
    assert.equal(meta.size, pdf.length);
    assert.equal(meta.archiveHash, createHash('md5').update(pdf).digest('hex'));
    assert.equal(meta.isPublic, false);
    const raw = await t.client.callRaw('documents.download', { params: { documentId }, headers: { 'x-auth-owner': 'suscripcion_77' } });
    assert.equal(raw.headers['content-disposition'], 'attachment; filename="factura_marzo.pdf"');
    assert.equal(Buffer.from(raw.text, 'latin1').length > 0, true);
    // Owner rules: none, or another, is the document's 401 (AuthN and AuthZ).
    assert.deepEqual(await answer(t.client, 'documents.metadata', { params: { documentId } }).then(codeOf), [401, 'MDOC-401-OWNER']);
    assert.deepEqual(await answer(t.client, 'documents.download', { params: { documentId }, headers: { 'x-auth-owner': 'otro' } }).then(codeOf), [401, 'MDOC-401-OWNER']);
  });

  it('refuses a file that does not match its extension, and bodies its model refuses', async () => {
    const png = await upload(Buffer.from('not a pdf'), { name: 'x', extension: 'pdf' });
    assert.equal(png.status, 400);
    assert.match(await png.text(), /content: the file is not a PDF/);
    // The client would refuse to send it: post it as a partner's own code would.
    const spaces = await upload(pdfDocument({ title: 'x' }), { name: 'con espacios', extension: 'pdf' });
    assert.equal(spaces.status, 400);
    assert.match(await spaces.text(), /\/name: /);
  });

  it('hands out public URLs that work without credentials until they expire', async () => {
    const { documentId } = await t.client.call('documents.create', { headers: owner, body: { name: 'contrato', extension: 'pdf' }, files: { content: FILES.pdf } });
    const link = await t.client.call('documents.publicUrl', { params: { documentId }, headers: owner, body: { expiresIn: 'PT1H', downloadDisposition: 'inline' } });
    assert.equal(link.expirationDate, new Date(t.clock.ms + 3_600_000).toISOString());
    assert.equal(link.mediaType, 'application/pdf');
    const ok = await fetch(link.publicUrl);
    assert.equal(ok.status, 200);
    assert.equal(ok.headers.get('content-disposition'), 'inline; filename="contrato.pdf"');
    assert.ok((await ok.text()).startsWith('%PDF-'));
    const tampered = await fetch(link.publicUrl.replace('disposition=inline', 'disposition=attachment'));
    assert.equal(tampered.status, 403);
    t.clock.ms += 3_600_000;
    const expired = await fetch(link.publicUrl);
    assert.equal(expired.status, 410);
    assert.match(await expired.text(), /expired/);
    // More than a day is refused by the model ("Max 24 hours").
    assert.equal((await documentsFetch(t.sb, 'POST', `/documents/${documentId}/public_url`, { expiresIn: 'P2D' }, owner)).status, 400);
  });

  it('moves a private document to its new owner; public documents have none to change', async () => {
    const { documentId } = await t.client.call('documents.create', { headers: owner, body: { name: 'cambio', extension: 'pdf' }, files: { content: FILES.pdf } });
    const changed = await t.client.call('documents.changeOwner', { params: { documentId }, headers: owner, body: { newOwner: 'NUEVO_Titular' } });
    assert.equal(changed.owner, 'nuevo_titular');
    assert.equal((await answer(t.client, 'documents.metadata', { params: { documentId }, headers: owner })).status, 401);
    assert.equal((await answer(t.client, 'documents.metadata', { params: { documentId }, headers: { 'x-auth-owner': 'nuevo_titular' } })).status, 200);
    const pub = await t.client.call('documents.create', { body: { name: 'publico', extension: 'pdf' }, files: { content: FILES.pdf } });
    assert.equal((await t.client.call('documents.metadata', { params: { documentId: pub.documentId } })).isPublic, true);
    assert.equal((await answer(t.client, 'documents.changeOwner', { params: { documentId: pub.documentId }, headers: owner, body: { newOwner: 'x' } })).status, 400);
  });

  it('deletes logically (then 410, and 409 again), then physically (409 again)', async () => {
    const { documentId } = await t.client.call('documents.create', { headers: owner, body: { name: 'borrar', extension: 'pdf' }, files: { content: FILES.pdf } });
    const link = await t.client.call('documents.publicUrl', { params: { documentId }, headers: owner });
    const first = await t.client.call('documents.delete', { params: { documentId }, headers: owner });
    assert.equal(first.deletedDocumentId, documentId);
    assert.deepEqual(await answer(t.client, 'documents.download', { params: { documentId }, headers: owner }).then(codeOf), [410, 'MDOC-410']);
    assert.equal((await fetch(link.publicUrl)).status, 410);
    assert.deepEqual(await answer(t.client, 'documents.delete', { params: { documentId }, headers: owner }).then(codeOf), [409, 'MDOC-409-DELETED']);
    t.clock.ms += 60_000;
    const physical = await t.client.call('documents.deletePhysical', { params: { documentId }, headers: owner });
    assert.equal(physical.deleteTS, first.deleteTS, 'deleteTS is the first deletion');
    assert.equal((await answer(t.client, 'documents.deletePhysical', { params: { documentId }, headers: owner })).status, 409);
    assert.deepEqual(await answer(t.client, 'documents.metadata', { params: { documentId: 'no-such-document' } }).then(codeOf), [404, 'MDOC-404-DOCUMENT']);
  });
});

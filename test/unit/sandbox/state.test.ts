// The sandbox's saved state: every change to both APIs survives a save and a restore (through the
// file format, Maps and bytes included), and what is not a state file of this version is refused
// with the reason.
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { decodeState, encodeState, parseState, readStateFile, serializeState, StateFileError, writeStateFile } from '../../../src/sandbox/state';
import { clientFor, control, FILES, withSandbox } from '../../support/sandbox';

describe('sandbox state (save and restore)', function () {
  this.timeout(30_000);

  it('encodes Maps and bytes so they come back as they were', () => {
    const value = { m: new Map<string, unknown>([['a', { b: Buffer.from([0, 255, 7]) }]]), list: [1, 'x', null] };
    const back = decodeState(encodeState(value)) as typeof value;
    assert.ok(back.m instanceof Map);
    assert.deepEqual((back.m.get('a') as { b: Buffer }).b, Buffer.from([0, 255, 7]));
    assert.deepEqual(back.list, [1, 'x', null]);
  });

  it('restores every change of both APIs, from a state file', async () => {
    const sb = await withSandbox({ seedSize: 20 });
    const client = clientFor(sb);
    let createdId: string;
    let serviceRequestId: number;
    try {
      const created = await client.call('documents.create', { headers: { 'x-auth-owner': 'Cliente_42' }, body: { name: 'nomina', extension: 'pdf', tags: ['rrhh'] }, files: { content: FILES.pdf } });
      createdId = created.documentId;
      const sr = await client.call('serviceRequests.create', { body: { service_request: { service_id: 5000382079, contract_id: 131, external_id: 'guardado-1', current_status: 'in_progress' } } });
      serviceRequestId = sr.service_request.id;
      await client.call('identifications.otp.challenge', { params: { identification_id: '0b9bbe95-f080-4317-b371-1f9ae0b9bf4f' }, body: { two_factor: '12345678A' } });
    } finally {
      await client.close();
    }
    const otpBefore = (await control(sb, 'GET', '/__sandbox/documents/otp/0b9bbe95-f080-4317-b371-1f9ae0b9bf4f')) as { code: string };
    const dir = mkdtempSync(path.join(tmpdir(), 'mok-state-'));
    const file = path.join(dir, 'state.json');
    await writeStateFile(file, sb.snapshot(), new Date());
    await sb.close();

    const saved = await readStateFile(file);
    assert.ok(saved);
    const again = await withSandbox({ initialState: saved });
    const c2 = clientFor(again);
    try {
      const meta = await c2.call('documents.metadata', { params: { documentId: createdId }, headers: { 'x-auth-owner': 'cliente_42' } });
      assert.deepEqual(meta.tags, ['RRHH']);
      const raw = await c2.callRaw('documents.download', { params: { documentId: createdId }, headers: { 'x-auth-owner': 'cliente_42' } });
      assert.ok(raw.text.startsWith('%PDF-'));
      const sr = await c2.call('serviceRequests.get', { params: { id: serviceRequestId } });
      assert.equal(sr.service_request.current_status, 'in_progress');
      assert.equal((await c2.call('serviceRequests.list', { query: { external_id: 'guardado-1' } })).service_requests.length, 1);
      const otpAfter = (await control(again, 'GET', '/__sandbox/documents/otp/0b9bbe95-f080-4317-b371-1f9ae0b9bf4f')) as { code: string };
      assert.equal(otpAfter.code, otpBefore.code);
      // The next service request does not reuse a restored id.
      const next = await c2.call('serviceRequests.create', { body: { service_request: { service_id: 5000382079, contract_id: 131 } } });
      assert.equal(next.service_request.id, serviceRequestId + 1);
    } finally {
      await c2.close();
      await again.close();
    }
  });

  it('answers GET /__sandbox/state with a state file, and POST 409 without --state', async () => {
    const sb = await withSandbox({ seedSize: 5 });
    try {
      const res = await fetch(`${sb.url}/__sandbox/state`);
      assert.equal(res.status, 200);
      assert.ok(parseState(await res.text(), 'the answer'));
      assert.equal((await fetch(`${sb.url}/__sandbox/state`, { method: 'POST' })).status, 409);
    } finally {
      await sb.close();
    }
  });

  it('refuses what is not a state file of this version, saying why', async () => {
    const reason = (text: string) => {
      try {
        parseState(text, 'f.json');
      } catch (e) {
        assert.ok(e instanceof StateFileError);
        return `${e.reason}: ${e.message}`;
      }
      return 'accepted';
    };
    assert.match(reason('{nope'), /^corrupt: f\.json is not valid JSON/);
    assert.match(reason('{"hello":1}'), /^incompatible: .*not a MOK sandbox state file/);
    assert.match(reason('{"format":"mok-sandbox-state","version":99,"mok":{},"documents":{}}'), /^incompatible: .*another version .*99/);
    assert.match(reason('{"format":"mok-sandbox-state","version":1}'), /^corrupt: .*lacks/);
    const ok = serializeState({ mok: {}, documents: {} }, new Date());
    assert.equal(reason(ok), 'accepted');
    // Data that reads but does not fit: the sandbox refuses to start from it.
    await assert.rejects(withSandbox({ initialState: parseState(ok, 'x') }));
    const dir = mkdtempSync(path.join(tmpdir(), 'mok-state-'));
    const missing = path.join(dir, 'none.json');
    assert.equal(await readStateFile(missing), undefined);
    writeFileSync(missing, 'garbage');
    await assert.rejects(readStateFile(missing), StateFileError);
    assert.equal(readFileSync(missing, 'utf8'), 'garbage');
  });
});

// Identifications over HTTP through the client: agent (validate, close, force delete), OTP (codes
// read from the sandbox's control endpoint as the actor's phone would, limits, expiry), identity
// document (validated once its scoring passes) and chains (validate, restart, cancel, close), each
// state machine's happy path and its refusals.
import { strict as assert } from 'node:assert';
import { answer, codeOf, FILES, control, suiteSandbox } from '../../../support/sandbox';

const ACTOR = { name: 'Lucía', last_name: 'Fernández Ortega', identity_document: { document_number: '12345678Z', document_type: 'NIF', country: 'ES' }, email: 'lucia@example.es', language: 'ES' };

describe('Documents sandbox end to end — identifications', function () {
  this.timeout(30_000);
  const t = suiteSandbox();
  const otpCode = async (id: string) => ((await control(t.sb, 'GET', `/__sandbox/documents/otp/${id}`)) as { code: string | null }).code;


  it('agent: created, validated by an agent, closed (SUCCEEDED); wrong steps answer 409, delete needs force', async () => {
    const { id } = await t.client.call('identifications.agent.create', { body: { actor: ACTOR, expires_in: 'P1D' } });
    const p = { identification_id: id };
    assert.equal((await t.client.call('identifications.agent.get', { params: p })).state, 'CREATED');
    assert.equal((await answer(t.client, 'identifications.agent.validate', { params: p, body: { agent: 'tienda.sol@masmovil.com', evidence: 'bm90IGEgcG5n' } })).status, 400, 'evidence must be a PNG');
    assert.equal((await answer(t.client, 'identifications.agent.validate', { params: p, body: { agent: 'tienda.sol@masmovil.com' } })).status, 204);
    const got = await t.client.call('identifications.agent.get', { params: p });
    assert.deepEqual([got.state, got.agent_id], ['VALIDATED', 'tienda.sol@masmovil.com']);
    assert.deepEqual(codeOf(await answer(t.client, 'identifications.agent.validate', { params: p, body: { agent: 'otra' } })), [409, 'MDOC-409-STATE']);
    assert.deepEqual(codeOf(await answer(t.client, 'identifications.agent.delete', { params: p })), [403, 'MDOC-403-FORCE']);
    assert.equal((await answer(t.client, 'identifications.agent.close', { params: p })).status, 204);
    assert.equal((await t.client.call('identifications.agent.get', { params: p })).state, 'SUCCEEDED');
    assert.deepEqual(codeOf(await answer(t.client, 'identifications.agent.cancel', { params: p, body: { reason: 'tarde' } })), [409, 'MDOC-409-STATE']);
    assert.equal((await answer(t.client, 'identifications.agent.delete', { params: p, query: { force: 'true' } })).status, 204);
    assert.deepEqual(codeOf(await answer(t.client, 'identifications.agent.get', { params: p })), [404, 'MDOC-404-IDENTIFICATION']);
    // Closing one that was never validated ends it FAILED; a cancel needs its reason.
    const other = await t.client.call('identifications.agent.create', { body: { actor: ACTOR, expires_in: 'PT10M' } });
    assert.equal((await answer(t.client, 'identifications.agent.cancel', { params: { identification_id: other.id } })).status, 400);
    assert.equal((await answer(t.client, 'identifications.agent.close', { params: { identification_id: other.id } })).status, 204);
    assert.equal((await t.client.call('identifications.agent.get', { params: { identification_id: other.id } })).state, 'FAILED');
  });

  it('OTP: a challenge code (read from the control endpoint) validates it; wrong codes, early retries and expiry are refused', async () => {
    const { id } = await t.client.call('identifications.otp.create', { body: { actor: ACTOR, expires_in: 'PT1H', two_factor_type: 'DOCUMENT_NUMBER', channel: { type: 'SMS', external: false } } });
    const p = { identification_id: id };
    assert.equal(await otpCode(id), null);
    assert.deepEqual(codeOf(await answer(t.client, 'identifications.otp.validate', { params: p, body: { code: 'abc123', two_factor: '12345678Z' } })), [409, 'MDOC-409-STATE']);
    assert.deepEqual(codeOf(await answer(t.client, 'identifications.otp.challenge', { params: p, body: { two_factor: '99999999R' } })), [403, 'MDOC-403-TWO-FACTOR']);
    assert.equal((await t.client.call('identifications.otp.challenge', { params: p, body: { two_factor: '12345678z' } })).two_factor_value, '12345678Z');
    const first = await otpCode(id);
    assert.match(first ?? '', /^[a-z0-9]{6}$/);
    assert.deepEqual(codeOf(await answer(t.client, 'identifications.otp.challenge', { params: p })), [412, 'MDOC-412-RETRY']);
    const state = await t.client.call('identifications.otp.get', { params: p });
    assert.deepEqual([state.remaining_challenges, state.remaining_validation_attempts], [2, 3]);
    assert.deepEqual(codeOf(await answer(t.client, 'identifications.otp.validate', { params: p, body: { code: 'zzzzzz', two_factor: '12345678Z' } })), [403, 'MDOC-403-CODE']);
    assert.deepEqual(codeOf(await answer(t.client, 'identifications.otp.validate', { params: p, body: { code: first ?? '' } })), [403, 'MDOC-403-CODE'], 'the two-factor value is part of the proof');
    assert.equal((await t.client.call('identifications.otp.get', { params: p })).remaining_validation_attempts, 1);
    t.clock.ms += 30_000;
    await t.client.call('identifications.otp.challenge', { params: p, body: {} });
    const second = await otpCode(id);
    assert.notEqual(second, null);
    const ok = await answer(t.client, 'identifications.otp.validate', { params: p, body: { code: second ?? '', two_factor: '12345678Z' } });
    assert.equal(ok.status, 204);
    assert.equal(ok.headers['x-access-token']?.split('.').length, 3);
    assert.equal((await t.client.call('identifications.otp.get', { params: p })).state, 'VALIDATED');
    // Past its expiry a process is gone for validation and reads EXPIRED.
    const late = await t.client.call('identifications.otp.create', { body: { actor: ACTOR, expires_in: 'PT5M', two_factor_type: 'EMAIL', channel: { type: 'EMAIL' } } });
    await t.client.call('identifications.otp.challenge', { params: { identification_id: late.id }, body: { two_factor: 'LUCIA@example.es' } });
    t.clock.ms += 5 * 60_000;
    assert.deepEqual(codeOf(await answer(t.client, 'identifications.otp.validate', { params: { identification_id: late.id }, body: { code: (await otpCode(late.id)) ?? '', two_factor: 'lucia@example.es' } })), [410, 'MDOC-410']);
    assert.equal((await t.client.call('identifications.otp.get', { params: { identification_id: late.id } })).state, 'EXPIRED');
  });

  it('identity document: validated once its scoring passed; a fraud spends an attempt', async () => {
    const created = await t.client.call('identifications.identityDocument.create', { body: { actor: ACTOR, expires_in: 'P1D', scoring: { provider: 'INTERNAL' } } });
    const p = { identification_id: created.id };
    assert.equal((await t.client.call('identifications.identityDocument.get', { params: p })).scoring_id, created.scoring_id);
    assert.deepEqual(codeOf(await answer(t.client, 'identifications.identityDocument.validate', { params: p })), [409, 'MDOC-409-STATE']);
    await t.client.call('scorings.score', { params: { scoring_id: created.scoring_id }, body: { front: 'fraude_dni.png' }, files: { front: FILES.png('fraude_dni.png') } });
    const fraud = await answer(t.client, 'identifications.identityDocument.validate', { params: p });
    assert.deepEqual(codeOf(fraud), [409, 'MDOC-409-STATE']);
    assert.match(fraud.text, /failed/);
    assert.equal((await t.client.call('identifications.identityDocument.get', { params: p })).remaining_validation_attempts, 2);
    await t.client.call('scorings.score', { params: { scoring_id: created.scoring_id }, body: { front: 'anverso.png', back: 'reverso.png' }, files: { front: FILES.png(), back: FILES.png() } });
    const ok = await answer(t.client, 'identifications.identityDocument.validate', { params: p });
    assert.equal(ok.status, 204);
    assert.ok(ok.headers['x-access-token']);
    assert.equal((await t.client.call('identifications.identityDocument.get', { params: p })).state, 'VALIDATED');
  });

  it('chain: validated once every step is, restarted, closed; cancel and close only from their states', async () => {
    const { id } = await t.client.call('identifications.chain.create', {
      body: { actor: ACTOR, expires_in: 'PT30M', sequence: [{ identification_type: 'OTP', otp_step: { two_factor_type: 'EMAIL', channel: { type: 'EMAIL', external: false } } }, { identification_type: 'AGENT' }] },
    });
    const p = { identification_id: id };
    const steps = (await t.client.call('identifications.chain.get', { params: p })).step_details;
    assert.deepEqual(steps.map((s) => [s.type, s.status]), [['OTP', 'CREATED'], ['AGENT', 'CREATED']]);
    const [otp, agent] = steps;
    assert.deepEqual(codeOf(await answer(t.client, 'identifications.chain.validate', { params: p })), [409, 'MDOC-409-STATE']);
    assert.deepEqual(codeOf(await answer(t.client, 'identifications.chain.close', { params: p })), [409, 'MDOC-409-STATE']);
    await t.client.call('identifications.otp.challenge', { params: { identification_id: otp?.id ?? '' }, body: {} });
    await t.client.call('identifications.otp.validate', { params: { identification_id: otp?.id ?? '' }, body: { code: (await otpCode(otp?.id ?? '')) ?? '', two_factor: 'lucia@example.es' } });
    await t.client.call('identifications.agent.validate', { params: { identification_id: agent?.id ?? '' }, body: { agent: 'tienda.centro' } });
    const validated = await answer(t.client, 'identifications.chain.validate', { params: p });
    assert.equal(validated.status, 204);
    assert.ok(validated.headers['x-access-token']);
    // Restart: validated steps are done again.
    assert.equal((await answer(t.client, 'identifications.chain.restart', { params: p })).status, 204);
    const again = await t.client.call('identifications.chain.get', { params: p });
    assert.deepEqual([again.status, ...again.step_details.map((s) => s.status)], ['CREATED', 'CREATED', 'CREATED']);
    assert.equal((await t.client.call('identifications.otp.get', { params: { identification_id: otp?.id ?? '' } })).remaining_challenges, 3);
    await t.client.call('identifications.agent.validate', { params: { identification_id: agent?.id ?? '' }, body: { agent: 'tienda.centro' } });
    await t.client.call('identifications.otp.challenge', { params: { identification_id: otp?.id ?? '' }, body: {} });
    await t.client.call('identifications.otp.validate', { params: { identification_id: otp?.id ?? '' }, body: { code: (await otpCode(otp?.id ?? '')) ?? '', two_factor: 'lucia@example.es' } });
    await t.client.call('identifications.chain.validate', { params: p });
    assert.deepEqual(codeOf(await answer(t.client, 'identifications.chain.cancel', { params: p, body: {} })), [409, 'MDOC-409-STATE']);
    assert.equal((await answer(t.client, 'identifications.chain.close', { params: p })).status, 204);
    const closed = await t.client.call('identifications.chain.get', { params: p });
    assert.deepEqual([closed.status, ...closed.step_details.map((s) => s.status)], ['SUCCEEDED', 'SUCCEEDED', 'SUCCEEDED']);
    assert.equal((await answer(t.client, 'identifications.chain.close', { params: p })).status, 204, 'closing a SUCCEEDED chain is ignored');
    // A new chain cancelled cancels its steps; one left to expire reads EXPIRED with its reason.
    const c2 = await t.client.call('identifications.chain.create', { body: { actor: ACTOR, expires_in: 'PT15M', sequence: [{ identification_type: 'AGENT' }] } });
    await t.client.call('identifications.chain.cancel', { params: { identification_id: c2.id }, body: { reason: 'El cliente desiste' } });
    assert.deepEqual((await t.client.call('identifications.chain.get', { params: { identification_id: c2.id } })).step_details.map((s) => s.status), ['CANCELLED']);
    const c3 = await t.client.call('identifications.chain.create', { body: { actor: ACTOR, expires_in: 'PT15M', sequence: [{ identification_type: 'IDENTITY_DOCUMENT', identity_document_step: { provider_type: 'INTERNAL' } }] } });
    t.clock.ms += 15 * 60_000;
    const expired = await t.client.call('identifications.chain.get', { params: { identification_id: c3.id } });
    assert.equal(expired.status, 'EXPIRED');
    assert.match(expired.failure_reason ?? '', /PT15M/);
    assert.deepEqual(codeOf(await answer(t.client, 'identifications.chain.restart', { params: { identification_id: c3.id } })), [409, 'MDOC-409-STATE']);
  });
});

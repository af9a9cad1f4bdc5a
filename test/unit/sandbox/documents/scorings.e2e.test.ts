// Scorings over HTTP through the client: images sent as real multipart parts are stored and
// scored, each submission or delegation spends an attempt, the captures are temporary links, close
// gives the verdict; a closed, expired or exhausted session refuses more images.
import { strict as assert } from 'node:assert';
import { placeholderFile } from '../../../../src/sandbox/documents/binary';
import { answer, codeOf, documentsFetch, FILES, suiteSandbox } from '../../../support/sandbox';

describe('Documents sandbox end to end — scorings', function () {
  this.timeout(30_000);
  const t = suiteSandbox();
  const create = async (extra: { max_score_retries?: number; expires_in?: string } = {}) =>
    (await t.client.call('scorings.create', { body: { document: { type: 'IDENTITY_CARD', country: 'ES' }, provider: 'VERIDAS', expires_in: 'P1D', ...extra } })).id ?? '';


  it('scores multipart images, lists attempts with their captures, delegates, closes SUCCEEDED', async () => {
    const id = await create();
    const p = { scoring_id: id };
    assert.equal((await t.client.call('scorings.get', { params: p })).state, 'CREATED');
    const form = new FormData();
    form.set('front', new Blob([placeholderFile('png', 'front')], { type: 'image/png' }), 'anverso.png');
    form.set('back', new Blob([placeholderFile('jpg', 'back')], { type: 'image/jpeg' }), 'reverso.jpg');
    const res = await fetch(`${t.sb.url}/v1/orgs/masmovil/scorings/identity_document/${id}/score`, {
      method: 'PUT',
      headers: { authorization: 'Bearer sandbox-documents-token', 'user-agent': 'app-tienda/3.1', 'x-location': '40.41,-3.70', 'x-forwarded-for': '1.2.3.4' },
      body: form,
    });
    assert.equal(res.status, 204, await res.text());
    const scored = await t.client.call('scorings.get', { params: p });
    assert.deepEqual([scored.state, scored.remaining_score_attempts, scored.score_result?.global_score], ['SCORED', 4, 0.85]);
    assert.equal(scored.score_result?.trace_metadata?.browser_user_agent, 'app-tienda/3.1');
    assert.equal(scored.score_result?.trace_metadata?.ip_address, '127.0.0.1', 'the IP is the backend\'s, not the header\'s');
    const captures = await t.client.call('scorings.captures', { params: p });
    const back = await fetch(captures.document.captures?.back ?? '');
    assert.deepEqual([back.status, back.headers.get('content-type')], [200, 'image/jpeg']);
    const delegated = await t.client.call('scorings.delegate', { params: p, body: { provider_config: '{"flow":"selfie"}' } });
    assert.equal(delegated.provider, 'VERIDAS');
    const attempts = await t.client.call('scorings.attempts', { params: p });
    assert.deepEqual(attempts.attempts?.map((a) => [a.attempt_number, Boolean(a.score_result), a.provider_id === delegated.provider_id]), [[1, true, false], [2, false, true]]);
    assert.equal((await answer(t.client, 'scorings.close', { params: p })).status, 204);
    assert.equal((await t.client.call('scorings.get', { params: p })).state, 'SUCCEEDED');
    assert.deepEqual(codeOf(await answer(t.client, 'scorings.score', { params: p, body: { front: 'anverso.png' }, files: { front: FILES.png() } })), [409, 'MDOC-409-STATE']);
    assert.equal((await answer(t.client, 'scorings.close', { params: p })).status, 204, 'closing again changes nothing');
  });

  it('a fraud closes FAILED; attempts run out; an expired session refuses images', async () => {
    const fraud = await create({ max_score_retries: 1 });
    await t.client.call('scorings.score', { params: { scoring_id: fraud }, body: { front: 'FRAUD_front.png' }, files: { front: FILES.png('FRAUD_front.png') } });
    const attempt = (await t.client.call('scorings.attempts', { params: { scoring_id: fraud } })).attempts?.[0];
    assert.deepEqual([attempt?.score_result?.scores?.[0]?.is_fraud, attempt?.fail_reason], [true, 'FRAUD_DETECTED']);
    assert.deepEqual(codeOf(await answer(t.client, 'scorings.delegate', { params: { scoring_id: fraud }, body: {} })), [409, 'MDOC-409-STATE']);
    await t.client.call('scorings.close', { params: { scoring_id: fraud } });
    assert.equal((await t.client.call('scorings.get', { params: { scoring_id: fraud } })).state, 'FAILED');
    assert.equal((await documentsFetch(t.sb, 'PUT', `/scorings/identity_document/${fraud}/score`, {})).status, 400, 'front and/or back');
    const late = await create({ expires_in: 'PT2M' });
    t.clock.ms += 2 * 60_000;
    assert.equal((await t.client.call('scorings.get', { params: { scoring_id: late } })).state, 'EXPIRED');
    assert.deepEqual(codeOf(await answer(t.client, 'scorings.score', { params: { scoring_id: late }, body: { back: 'reverso.png' }, files: { back: FILES.png() } })), [409, 'MDOC-409-STATE']);
    assert.deepEqual(codeOf(await answer(t.client, 'scorings.get', { params: { scoring_id: 'nope' } })), [404, 'MDOC-404-SCORING']);
  });
});

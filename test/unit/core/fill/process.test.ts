// A fill tracked against the real sandbox over HTTP: CREATED → PROCESSING → COMPLETED with the
// time each status was first seen, FAILED with the API's message, a 400 kept as its problems, a
// network failure while watching leaving the fill id kept (and a later check finishing it), and a
// cancelled watch. Scaffolds from a version's sources validate and their fills COMPLETE; a fill
// whose data lacks a printed variable is predicted to FAIL with the variable named.
import { strict as assert } from 'node:assert';
import type { ApiClient } from '../../../../src/core/client/apiClient';
import { apiFillApi, canCheckAgain, FillRun, newActivity, timingWords, type FillActivity } from '../../../../src/core/fill/process';
import { explainFailure, loadSources, predictFill } from '../../../../src/core/fill/predict';
import { scaffoldFillFile } from '../../../../src/core/fill/scaffold';
import type { FillRequest, TemplateVersionDetail } from '../../../../src/core/models/documents';
import { SchemaValidator } from '../../../../src/core/validation/ajv';
import type { RunningSandbox } from '../../../../src/sandbox/server';
import { clientFor, control, withSandbox } from '../../../support/sandbox';

const TARGET = { externalId: 'factura_mensual', major: 2, org: 'masmovil' };

describe('fill process — tracked against the sandbox', function () {
  this.timeout(20_000);
  let sb: RunningSandbox;
  let client: ApiClient;
  let detail: TemplateVersionDetail;
  let body: FillRequest;
  const validator = new SchemaValidator();
  const fast = { pollDelaysMs: [50, 100] };

  before(async () => {
    sb = await withSandbox();
    client = clientFor(sb);
    detail = (await client.call('templates.versions', { params: { id: 'factura_mensual', major: 2 } })).templates[0]!;
    const sources = await loadSources(detail, (url, signal) => client.fetchText(url, { signal }));
    const scaffold = scaffoldFillFile(detail, validator, { sources });
    assert.equal(scaffold.valid, true);
    assert.deepEqual(scaffold.unfilled, []);
    const { template: _t, ...rest } = scaffold.value;
    body = rest as unknown as FillRequest;
  });
  after(async () => {
    await client.close();
    await sb.close();
  });

  it('a scaffolded fill runs CREATED → PROCESSING → COMPLETED, each status timed, the document id given', async () => {
    const seen: string[] = [];
    const run = new FillRun(apiFillApi(client), newActivity({ target: TARGET, body, origin: 'mok-devtools-test' }), body, { ...fast, onChange: (a) => seen.push(a.status) });
    const a = await run.run();
    assert.equal(a.status, 'COMPLETED');
    assert.ok(a.fillProcessId);
    assert.ok(a.filledDocumentId);
    assert.equal(a.minor, 0);
    assert.deepEqual([...new Set(seen)], ['sending', 'CREATED', 'PROCESSING', 'COMPLETED']);
    assert.ok(a.seen.CREATED! <= a.seen.PROCESSING! && a.seen.PROCESSING! <= a.seen.COMPLETED!);
    assert.match(timingWords(a), /^CREATED \d+\.\d s · PROCESSING \d+\.\d s · COMPLETED \d+\.\d s$/);
    assert.equal(canCheckAgain(a), false);
  });

  it('FAILED keeps the API message', async () => {
    const failing = { ...body, document: { name: 'FAIL_demo' } };
    const a = await new FillRun(apiFillApi(client), newActivity({ target: TARGET, body: failing, origin: 'test' }), failing, fast).run();
    assert.equal(a.status, 'FAILED');
    assert.match(a.errorMessage ?? '', /FAIL/);
  });

  it('a 400 is "refused" with the API\'s problems; nothing to watch', async () => {
    const bad = { ...body, fields_values: { customer: {} } };
    const a = await new FillRun(apiFillApi(client), newActivity({ target: TARGET, body: bad, origin: 'test' }), bad, fast).run();
    assert.equal(a.status, 'refused');
    assert.ok((a.problems ?? []).some((p) => p.code.startsWith('MDOC-400')));
    assert.equal(a.fillProcessId, undefined);
  });

  it('a network failure while watching leaves "lost" with the fill id kept; checking again finishes it', async () => {
    await control(sb, 'POST', '/__sandbox/faults', { kind: 'reset', operation: 'fillProcess.get', count: 20 });
    const api = apiFillApi(clientFor(sb, undefined, { retries: 1 }));
    const run = new FillRun(api, newActivity({ target: TARGET, body, origin: 'test' }), body, fast);
    const lost = await run.run();
    assert.equal(lost.status, 'lost');
    assert.ok(lost.fillProcessId);
    assert.match(lost.failure ?? '', /network/);
    assert.equal(canCheckAgain(lost), true);
    await control(sb, 'DELETE', '/__sandbox/faults');
    const again = await new FillRun(apiFillApi(client), structuredClone<FillActivity>(lost), undefined, fast).check();
    assert.equal(again.status, 'COMPLETED');
    assert.equal(again.fillProcessId, lost.fillProcessId);
  });

  it('stopping the watch (cancel) keeps the id and says "stopped"', async () => {
    const ac = new AbortController();
    const run = new FillRun(apiFillApi(client), newActivity({ target: TARGET, body, origin: 'test' }), body, {
      pollDelaysMs: [5_000],
      onChange: (a) => {
        if (a.status === 'CREATED' || a.status === 'PROCESSING') ac.abort();
      },
    });
    const a = await run.run(ac.signal);
    assert.equal(a.status, 'stopped');
    assert.ok(a.fillProcessId);
  });

  it('a fill whose data lacks a printed variable is predicted to FAIL, with the variable and its place named', async () => {
    const sources = await loadSources(detail, (url) => client.fetchText(url));
    const fields = structuredClone(body.fields_values) as Record<string, Record<string, unknown>>;
    delete fields['CUSTOMER']!['NAME'];
    const prediction = predictFill({ ...body, fields_values: fields }, detail, sources);
    assert.equal(prediction.outcome, 'fails');
    assert.equal(prediction.failure, "Template variable 'CUSTOMER.NAME' missing in payload.");
    const p = prediction.problems[0]!;
    assert.equal(p.pointer, '/fields_values/CUSTOMER/NAME');
    assert.equal(p.code, 'fill/variable-missing');
    assert.match(p.message, /^CUSTOMER\.NAME is printed by the ES source \(line \d+, column \d+\) but fields_values has no CUSTOMER\.NAME: the fill will FAIL with "Template variable 'CUSTOMER\.NAME' missing in payload\."$/);
    const why = explainFailure("Template variable 'CUSTOMER.NAME' missing in payload.", prediction);
    assert.match(why.cause ?? '', /^the ES source prints CUSTOMER\.NAME at line \d+, column \d+, and the data sent has no CUSTOMER\.NAME$/);
    assert.equal(predictFill(body, detail, sources).outcome, 'completes');
    // More than one missing: counted in words ("1 more missing variable", "2 more missing variables").
    const noCustomer = predictFill({ ...body, fields_values: { ...fields, CUSTOMER: {} } }, detail, sources);
    const others = (noCustomer.check?.missing.length ?? 0) - 1;
    assert.ok(others >= 1, 'the source prints more than one CUSTOMER field');
    const several = explainFailure("Template variable 'CUSTOMER.NAME' missing in payload.", noCustomer);
    assert.ok((several.cause ?? '').endsWith(others === 1 ? ' (and 1 more missing variable)' : ` (and ${others} more missing variables)`), several.cause);
  });
});

// bench-results.json's row shape ({id, what, value, unit, baseline, ratio, goal, pass}, ids from
// the areas of issue #17), checked on the rows the in-process bench sections make in their quick
// mode (two rounds each: the figures mean nothing and nothing here looks at them).
import { strict as assert } from 'node:assert';
import { benchInbox } from '../bench/inbox';
import { rowShapeProblem, type BenchRow } from '../bench/row';
import { benchSandbox } from '../bench/sandbox';
import { benchWebhooks } from '../bench/webhooks';

describe('bench rows', function () {
  this.timeout(60_000);

  it('the verify, doctor, inbox and sandbox sections make rows of the bench-results.json shape', async () => {
    const quick = { quick: true };
    const rows = [...(await benchWebhooks(quick)), ...(await benchInbox(quick)), ...(await benchSandbox(quick))];
    for (const row of rows) assert.equal(rowShapeProblem(row), undefined, JSON.stringify(row));
    const ids = rows.map((r) => r.id);
    for (const id of ['verify.1mb', 'doctor', 'inbox.capture', 'sandbox.read.throughput', 'sandbox.creates200']) assert.ok(ids.includes(id), `${id} is measured`);
    // Correctness, not speed: 200 concurrent creates are all there.
    assert.equal(rows.find((r) => r.id === 'sandbox.creates200')?.pass, true);
  });

  it('refuses rows out of shape, saying what is wrong', () => {
    const good: BenchRow = { id: 'tree.firstPage', what: 'first page', value: 12, unit: 'ms', baseline: 10, ratio: 1.2, goal: 'value <= 300 ms', pass: true };
    assert.equal(rowShapeProblem(good), undefined);
    assert.match(rowShapeProblem({ ...good, id: 'speed.first' }) ?? '', /does not start with one of activate, bundle/);
    assert.match(rowShapeProblem({ ...good, pass: null }) ?? '', /pass must be true\/false with a goal/);
    assert.match(rowShapeProblem({ ...good, goal: null }) ?? '', /null without one/);
    assert.match(rowShapeProblem({ ...good, baseline: null }) ?? '', /a ratio needs a baseline/);
    assert.match(rowShapeProblem({ ...good, value: Number.NaN }) ?? '', /not a finite number/);
    assert.match(rowShapeProblem({ ...good, extra: 1 }) ?? '', /unexpected keys extra/);
  });
});

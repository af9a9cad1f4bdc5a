import { strict as assert } from 'node:assert';
import { ListPager, type SortOrder } from '../../../../src/core/client/pager';

/** A list API over ids 1..n, oldest first, counting the pages asked for. */
function api(n: number) {
  const asked: number[] = [];
  const fetch = (page: number, size: number) => {
    asked.push(page);
    const from = (page - 1) * size + 1;
    return Promise.resolve(Array.from({ length: Math.max(0, Math.min(size, n - from + 1)) }, (_, i) => from + i));
  };
  return { asked, fetch };
}

async function all(n: number, size: number, order: SortOrder): Promise<{ items: number[]; total?: number; asked: number[] }> {
  const a = api(n);
  const pager = new ListPager<number>((p) => a.fetch(p, size), size, order);
  const signal = new AbortController().signal;
  const items = [...(await pager.first(signal))];
  const total = pager.total;
  while (pager.hasMore) items.push(...(await pager.next(signal)));
  return { items, total, asked: a.asked };
}

describe('core/client ListPager', () => {
  for (const [n, size] of [[0, 25], [1, 25], [25, 25], [26, 25], [240, 25], [1000, 10], [999, 7]] as const) {
    it(`${n} items in pages of ${size}: the total, and every item once in either order`, async () => {
      const ids = Array.from({ length: n }, (_, i) => i + 1);
      const newest = await all(n, size, 'newest');
      assert.equal(newest.total, n);
      assert.deepEqual(newest.items, [...ids].reverse());
      const a = api(n);
      const pager = new ListPager<number>((pg) => a.fetch(pg, size), size, 'newest');
      const batch = await pager.first(new AbortController().signal);
      assert.equal(batch.length, Math.min(size, n), 'a batch is a whole page even when the last page is short');
      const oldest = await all(n, size, 'oldest');
      assert.equal(oldest.total, n);
      assert.deepEqual(oldest.items, ids);
    });
  }

  it('finds the last page in O(log pages) requests and asks no page twice', async () => {
    const a = api(50_000);
    const pager = new ListPager<number>((p) => a.fetch(p, 25), 25, 'newest');
    const first = await pager.first(new AbortController().signal);
    assert.equal(pager.total, 50_000);
    assert.equal(first[0], 50_000);
    assert.equal(first.length, 25);
    assert.ok(a.asked.length <= 2 * Math.ceil(Math.log2(2000)) + 2, `${a.asked.length} requests`);
    assert.equal(new Set(a.asked).size, a.asked.length);
  });
});

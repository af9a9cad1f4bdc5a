// Host-side benchmark (extensionTestsPath module, run by test/bench/index.ts through
// scripts/host/run.mjs): with a 50,000-request sandbox, time to the first page and to each
// "Load more" in the Service Requests view against the bare API call for the same page, and
// extension host heap after 5,000 loaded items. Prints one `BENCH {json}` line.
import * as vscode from 'vscode';
import type { MokApi } from '../../../src/vscode/extension';
import type { TreeNode } from '../../../src/vscode/common/tree';

const TARGET = 5_000;

function ms(since: bigint): number {
  return Number(process.hrtime.bigint() - since) / 1e6;
}

function contextValue(n: TreeNode): string {
  return n.toTreeItem().contextValue ?? '';
}

export async function run(): Promise<void> {
  const ext = vscode.extensions.getExtension<MokApi>('mok-devtools.mok-devtools');
  if (!ext) throw new Error('extension not loaded');
  const api = await ext.activate();
  const provider = api.providers.get('mok.views.serviceRequests');
  if (!provider) throw new Error('no Service Requests provider');
  const pageSize = api.envs.settings.pageSize;
  const client = await api.envs.client();
  await client.call('serviceRequests.list', { query: { 'page[size]': pageSize } }); // warm: token, sandbox seeding

  const heapBefore = process.memoryUsage().heapUsed;
  let t = process.hrtime.bigint();
  let roots = await provider.getChildren();
  const firstPageMs = ms(t);
  t = process.hrtime.bigint();
  await client.call('serviceRequests.list', { query: { 'page[size]': pageSize, 'page[number]': 1 } });
  const firstPageApiMs = ms(t);

  const loadMoreMs: number[] = [];
  const apiMs: number[] = [];
  let items = roots.filter((n) => /^mok:serviceRequest\+/.test(contextValue(n))).length;
  let page = 1;
  while (items < TARGET) {
    const more = roots.find((n) => contextValue(n) === 'mok:loadMore');
    if (!more) throw new Error(`no "Load more" after ${items} items`);
    t = process.hrtime.bigint();
    await vscode.commands.executeCommand('mok.tree.loadMore', more);
    roots = await provider.getChildren();
    loadMoreMs.push(ms(t));
    page++;
    t = process.hrtime.bigint();
    await client.call('serviceRequests.list', { query: { 'page[size]': pageSize, 'page[number]': page } });
    apiMs.push(ms(t));
    items = roots.filter((n) => /^mok:serviceRequest\+/.test(contextValue(n))).length;
  }
  const heapAfter = process.memoryUsage().heapUsed;
  const rss = process.memoryUsage().rss;
  console.log(
    `BENCH ${JSON.stringify({ pageSize, items, firstPageMs, firstPageApiMs, loadMoreMs, apiMs, heapBeforeMiB: heapBefore / 2 ** 20, heapAfterMiB: heapAfter / 2 ** 20, rssMiB: rss / 2 ** 20 })}`,
  );
}

// Host-side benchmark (extensionTestsPath module, run by test/bench/host.ts through
// scripts/host/run.mjs): with 50,000 service requests in the sandbox, the Service Requests view's
// first page (median of several reloads) and each "Load more" up to 5,000 loaded, each against
// the bare API call for the same page (fetch + JSON.parse, no client, no view); then the extension
// host's heap growth with 5,000 loaded against the same 5,000 held as parsed JSON. Heap figures
// are taken after a full GC. Prints one `BENCH {json}` line.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import * as vscode from 'vscode';
import type { TreeNode } from '../../../src/vscode/common/tree';
import type { MokApi } from '../../../src/vscode/extension';
import type { ServiceRequestsProvider } from '../../../src/vscode/serviceRequests/view';

const TARGET = 5_000;
const FIRST_PAGE_ROUNDS = 5;

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function heapMiB(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

function ms(since: bigint): number {
  return Number(process.hrtime.bigint() - since) / 1e6;
}

function contextValue(n: TreeNode): string {
  return n.toTreeItem().contextValue ?? '';
}

const isRequest = (n: TreeNode) => /^mok:serviceRequest\+/.test(contextValue(n));

export async function run(): Promise<void> {
  const ext = vscode.extensions.getExtension<MokApi>('mok-devtools.mok-devtools');
  if (!ext) throw new Error('extension not loaded');
  const api = await ext.activate();
  const provider = api.providers.get('mok.views.serviceRequests') as ServiceRequestsProvider | undefined;
  if (!provider) throw new Error('no Service Requests provider');
  const pageSize = api.envs.settings.pageSize;
  const url = await api.envs.sandboxUrl();
  const tokenRes = await fetch(`${url}/oauth/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ grant_type: 'client_credentials', client_id: 'sandbox-client', client_secret: 'sandbox-secret', scope: 'provider_networks' }) });
  const token = ((await tokenRes.json()) as { access_token: string }).access_token;
  const bare = async (page: number): Promise<unknown> => {
    const res = await fetch(`${url}/api/v1/provider_networks/service_requests?page%5Bsize%5D=${pageSize}&page%5Bnumber%5D=${page}`, { headers: { authorization: `Bearer ${token}` } });
    return JSON.parse(await res.text());
  };
  await bare(1); // the sandbox seeds its 50,000 on first use

  const firstPageMs: number[] = [];
  const firstPageBareMs: number[] = [];
  let roots: TreeNode[] = [];
  for (let i = 0; i < FIRST_PAGE_ROUNDS; i++) {
    provider.reload();
    let t = process.hrtime.bigint();
    roots = await provider.getChildren();
    firstPageMs.push(ms(t));
    t = process.hrtime.bigint();
    await bare(1);
    firstPageBareMs.push(ms(t));
  }
  // The heap with the first page shown is the floor; what Load more adds is what the view keeps.
  provider.reload();
  roots = await provider.getChildren();
  const heapBefore = heapMiB();

  const loadMoreMs: number[] = [];
  const loadMoreBareMs: number[] = [];
  let items = roots.filter(isRequest).length;
  let page = 1;
  while (items < TARGET) {
    const more = roots.find((n) => contextValue(n) === 'mok:loadMore');
    if (!more) throw new Error(`no "Load more" after ${items} items`);
    let t = process.hrtime.bigint();
    await vscode.commands.executeCommand('mok.tree.loadMore', more);
    roots = await provider.getChildren();
    loadMoreMs.push(ms(t));
    page++;
    t = process.hrtime.bigint();
    await bare(page);
    loadMoreBareMs.push(ms(t));
    items = roots.filter(isRequest).length;
  }
  const heapAfter = heapMiB();
  const rssMiB = process.memoryUsage().rss / 2 ** 20;

  // The same pages, held as the bare API call parsed them.
  const held: unknown[] = [];
  const floor = heapMiB();
  for (let p = 1; p <= page; p++) held.push(await bare(p));
  const bareDataMiB = heapMiB() - floor;
  if (held.length !== page) throw new Error('pages lost');

  console.log(`BENCH ${JSON.stringify({ pageSize, items, firstPageMs, firstPageBareMs, loadMoreMs, loadMoreBareMs, heapBeforeMiB: heapBefore, heapAfterMiB: heapAfter, bareDataMiB, rssMiB })}`);
}

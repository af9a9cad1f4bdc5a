// Shared helpers of the host tests: the extension API, tree providers by view id, TreeItem
// accessors and polling for asynchronous tree updates.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { MokApi } from '../../src/vscode/extension';
import type { TreeNode, TreeProvider } from '../../src/vscode/common/tree';

export const EXTENSION_ID = 'mok-devtools.mok-devtools';

export async function api(): Promise<MokApi> {
  const ext = vscode.extensions.getExtension<MokApi>(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is not loaded`);
  return ext.activate();
}

export async function providerOf(viewId: string): Promise<TreeProvider> {
  const p = (await api()).providers.get(viewId);
  assert.ok(p, `no provider registered for ${viewId}`);
  return p;
}

export function item(n: TreeNode): vscode.TreeItem {
  return n.toTreeItem();
}
export function label(n: TreeNode): string {
  const l = item(n).label;
  return typeof l === 'string' ? l : (l?.label ?? '');
}
export function description(n: TreeNode): string {
  const d = item(n).description;
  return typeof d === 'string' ? d : '';
}
export function contextValue(n: TreeNode): string {
  return item(n).contextValue ?? '';
}
export async function kids(p: TreeProvider, n?: TreeNode): Promise<TreeNode[]> {
  return p.getChildren(n);
}
export function byContext(nodes: TreeNode[], re: RegExp): TreeNode | undefined {
  return nodes.find((n) => re.test(contextValue(n)));
}

export async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, ms = 15000): Promise<T> {
  const end = Date.now() + ms;
  let last: unknown;
  while (Date.now() < end) {
    try {
      const v = await probe();
      if (v !== undefined) return v;
    } catch (e) {
      last = e;
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`timed out waiting for ${what}${last instanceof Error ? `: ${last.message}` : ''}`);
}

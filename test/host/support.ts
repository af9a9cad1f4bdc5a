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

/** One scripted answer: for the next question whose title matches, pick the item whose label matches, type a value, or say yes/no. */
export type Answer = { title: RegExp; pick: RegExp | ((items: readonly vscode.QuickPickItem[]) => vscode.QuickPickItem | undefined) } | { title: RegExp; input: string } | { title: RegExp; confirm: boolean };

export interface Asked {
  kind: 'pick' | 'input' | 'confirm';
  title: string;
  placeHolder?: string;
  /** Picks: the item labels, and the label of the item the pick opened on. */
  items?: string[];
  active?: string;
  value?: string;
  detail?: string;
}

/**
 * Answers the extension's questions from a script, in order, recording what was asked; a question
 * nobody scripted is cancelled (and recorded). Restore the window's prompts with `done()`.
 */
export async function scriptPrompts(answers: Answer[]): Promise<{ asked: Asked[]; done(): void }> {
  const queue = [...answers];
  const asked: Asked[] = [];
  const next = (title: string) => {
    const i = queue.findIndex((a) => a.title.test(title));
    return i < 0 ? undefined : queue.splice(i, 1)[0];
  };
  const { prompts } = await api();
  prompts.override({
    pick: <T extends vscode.QuickPickItem>(items: readonly T[], options: { title: string; placeHolder?: string; active?: T }) => {
      asked.push({ kind: 'pick', title: options.title, placeHolder: options.placeHolder, items: items.filter((i) => i.kind !== vscode.QuickPickItemKind.Separator).map((i) => i.label), active: options.active?.label });
      const a = next(options.title);
      if (!a || !('pick' in a)) return Promise.resolve(undefined);
      const choice = typeof a.pick === 'function' ? a.pick(items) : items.find((i) => a.pick instanceof RegExp && a.pick.test(i.label) && i.kind !== vscode.QuickPickItemKind.Separator);
      return Promise.resolve(choice as T | undefined);
    },
    input: (options) => {
      asked.push({ kind: 'input', title: options.title, placeHolder: options.placeHolder, value: options.value });
      const a = next(options.title);
      if (!a || !('input' in a)) return Promise.resolve(undefined);
      const problem = options.validateInput?.(a.input);
      assert.equal(problem, undefined, `"${a.input}" refused by "${options.title}": ${problem ?? ''}`);
      return Promise.resolve(a.input);
    },
    confirm: (message, options) => {
      asked.push({ kind: 'confirm', title: message, detail: options.detail });
      const a = next(message);
      return Promise.resolve(Boolean(a && 'confirm' in a && a.confirm));
    },
  });
  return { asked, done: () => prompts.override(undefined) };
}

/** The public id a service-request row shows at the end of its description. */
export function publicIdOf(n: TreeNode): string {
  return description(n).split(' · ').pop() ?? '';
}

// Helpers of the secret-leak test: distinctive credential values, the encodings a stored copy
// could take, a byte search over every file under a folder, and the text a tree shows.
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type * as vscode from 'vscode';
import type { TreeNode, TreeProvider } from '../../src/vscode/common/tree';

/** Credential values no code, fixture or seed could contain by chance. */
export function distinctiveSecrets(): Record<'clientSecret' | 'adminToken' | 'documentsToken' | 'webhookSecret' | 'webhookAuthPassword' | 'webhookAuthToken', string> {
  const tag = randomBytes(6).toString('hex');
  return {
    clientSecret: `S3cr3t-MOKDEVTOOLS-${tag}-client`,
    adminToken: `Adm1n-MOKDEVTOOLS-${tag}-admin`,
    documentsToken: `D0cs-MOKDEVTOOLS-${tag}-documents`,
    webhookSecret: `Wh00k-MOKDEVTOOLS-${tag}-webhook`,
    webhookAuthPassword: `WhP4ss-MOKDEVTOOLS-${tag}-password`,
    webhookAuthToken: `WhT0k-MOKDEVTOOLS-${tag}-token`,
  };
}

export interface Needle {
  name: string;
  bytes: Buffer;
}

/**
 * What to look for: each value as UTF-8 and UTF-16 (browser storage keeps strings in UTF-16),
 * base64 (a Basic header), and JSON-escaped it is the same text. Also the shared tag alone, so a
 * cut or re-cased value still shows.
 */
export function needles(secrets: Record<string, string>, extra: Record<string, string> = {}): Needle[] {
  const out: Needle[] = [];
  for (const [name, value] of Object.entries({ ...secrets, ...extra })) {
    out.push({ name, bytes: Buffer.from(value, 'utf8') }, { name: `${name} (utf-16)`, bytes: Buffer.from(value, 'utf16le') }, { name: `${name} (base64)`, bytes: Buffer.from(Buffer.from(value).toString('base64').replace(/=+$/, '')) });
  }
  return out;
}

export interface Hit {
  where: string;
  needle: string;
  /** The bytes around the hit with every needle replaced by its name (safe to print). */
  context: string;
}

/** Every file under `dir` (symlinks not followed). */
export function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isSymbolicLink()) return [];
    return e.isDirectory() ? filesUnder(p) : e.isFile() ? [p] : [];
  });
}

/** The hits of every needle in a buffer. */
export function search(where: string, data: Buffer, list: readonly Needle[]): Hit[] {
  const hits: Hit[] = [];
  for (const n of list) {
    for (let i = data.indexOf(n.bytes); i >= 0; i = data.indexOf(n.bytes, i + 1)) {
      hits.push({ where, needle: n.name, context: masked(data.subarray(Math.max(0, i - 120), i + n.bytes.length + 120), list) });
    }
  }
  return hits;
}

function masked(b: Buffer, list: readonly Needle[]): string {
  let s = b.toString('latin1');
  for (const n of list) s = s.split(n.bytes.toString('latin1')).join(`<<${n.name}>>`);
  return s.replace(/[^\x20-\x7e]/g, '.');
}

/** Everything a tree shows, two levels deep: labels, descriptions and tooltips. */
export async function treeText(p: TreeProvider, depth = 2, parent?: TreeNode): Promise<string[]> {
  const out: string[] = [];
  for (const n of (await p.getChildren(parent)).slice(0, 25)) {
    const i: vscode.TreeItem = n.toTreeItem();
    const text = (v: unknown) => (typeof v === 'string' ? v : v && typeof v === 'object' && 'value' in v ? String((v).value) : v && typeof v === 'object' && 'label' in v ? String((v).label) : '');
    out.push([text(i.label), text(i.description), text(i.tooltip)].join(' | '));
    if (depth > 1 && i.collapsibleState) out.push(...(await treeText(p, depth - 1, n)));
  }
  return out;
}

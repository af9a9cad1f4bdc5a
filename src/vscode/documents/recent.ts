// The stored documents and sign processes a workspace has met, per environment. The Documents API
// lists neither, so the Documents & Signatures view shows what the user opened by id and what other
// features revealed (`mok.documents.reveal`), newest first. An owner is an identifier, not a
// secret: it is kept with its document so private documents can be read again.
import type * as vscode from 'vscode';

export type RecentKind = 'document' | 'signProcess';

export interface RecentItem {
  kind: RecentKind;
  id: string;
  /** `x-auth-owner` of a private document. */
  owner?: string;
}

const MAX = 20;

/** The Documents API document's example ids, which the built-in sandbox seeds. */
const SANDBOX_EXAMPLES: readonly RecentItem[] = [
  { kind: 'document', id: 'cbd2e693-d71a-4cee-8313-1972acc0394d' },
  { kind: 'document', id: 'd290f1ee-6c54-4b01-90e6-d701748f0851', owner: '2357893' },
  { kind: 'signProcess', id: '7902cd2d-80f4-4766-a3e9-a1760e0df9bd' },
  { kind: 'signProcess', id: 'd2d3b2d0-cc4e-4280-b967-90edee0aB3d2' },
];

function isRecentItem(v: unknown): v is RecentItem {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Record<string, unknown>;
  return (r.kind === 'document' || r.kind === 'signProcess') && typeof r.id === 'string' && (r.owner === undefined || typeof r.owner === 'string');
}

export class RecentItems {
  constructor(private readonly state: vscode.Memento) {}

  private key(environment: string): string {
    return `mok.documents.recent.${environment}`;
  }

  /** Newest first; the built-in sandbox starts with the document's examples. */
  list(environment: string, sandbox: boolean): RecentItem[] {
    const stored = this.state.get<unknown>(this.key(environment));
    if (stored === undefined) return sandbox ? [...SANDBOX_EXAMPLES] : [];
    return Array.isArray(stored) ? stored.filter(isRecentItem) : [];
  }

  async remember(environment: string, sandbox: boolean, item: RecentItem): Promise<void> {
    const others = this.list(environment, sandbox).filter((r) => !(r.kind === item.kind && r.id === item.id));
    const sameKind = others.filter((r) => r.kind === item.kind).slice(0, MAX - 1);
    const rest = others.filter((r) => r.kind !== item.kind);
    await this.state.update(this.key(environment), [item, ...sameKind, ...rest]);
  }

  async forget(environment: string, sandbox: boolean, item: Pick<RecentItem, 'kind' | 'id'>): Promise<void> {
    await this.state.update(
      this.key(environment),
      this.list(environment, sandbox).filter((r) => !(r.kind === item.kind && r.id === item.id)),
    );
  }
}

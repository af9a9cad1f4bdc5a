// Contract search, shared by the Contracts view and "Create Service Request…": what one can search
// by, the question (recent searches of the active environment first, then a kind, then a value
// whose placeholder is a value that works there), the lookup, and the recent searches — kept per
// environment and only when they found something.
import * as vscode from 'vscode';
import { SANDBOX_EXAMPLE_CONTRACT } from '../../core/environment';
import type { Contract } from '../../core/models/mok';
import type { ViewContext } from '../common/viewContext';

export const CONTRACT_SEARCH_KINDS = ['access_identifier', 'national_id', 'email', 'id', 'document_identifier'] as const;
export type ContractSearchKind = (typeof CONTRACT_SEARCH_KINDS)[number];
export interface ContractQuery {
  kind: ContractSearchKind;
  value: string;
}

const RECENT_KEY = 'mok.contracts.recentSearches';
const MAX_RECENT = 10;

export function isContractSearchKind(v: unknown): v is ContractSearchKind {
  return typeof v === 'string' && (CONTRACT_SEARCH_KINDS as readonly string[]).includes(v);
}

export function searchKindLabel(kind: ContractSearchKind): string {
  switch (kind) {
    case 'access_identifier':
      return vscode.l10n.t('access identifier');
    case 'national_id':
      return vscode.l10n.t('national id');
    case 'email':
      return vscode.l10n.t('email');
    case 'id':
      return vscode.l10n.t('contract id');
    case 'document_identifier':
      return vscode.l10n.t('document identifier (deprecated)');
  }
}

/** What a value of this kind looks like, when no value that works is known. */
function formatExample(kind: ContractSearchKind): string {
  switch (kind) {
    case 'access_identifier':
      return '600000001';
    case 'national_id':
    case 'document_identifier':
      return '12345678Z';
    case 'email':
      return 'maria@example.com';
    case 'id':
      return '131';
  }
}

function valueOf(c: Contract, kind: ContractSearchKind): string | undefined {
  const v = kind === 'id' ? String(c.id) : kind === 'document_identifier' ? (c.document_identifier ?? c.access_identifier) : c[kind];
  return typeof v === 'string' && v ? v : undefined;
}

/** Reads `{kind, value}` passed by other commands and tests; anything else means "ask". */
export function queryArg(arg: unknown): ContractQuery | undefined {
  if (arg && typeof arg === 'object' && 'kind' in arg && 'value' in arg && isContractSearchKind(arg.kind) && (typeof arg.value === 'string' || typeof arg.value === 'number')) {
    return { kind: arg.kind, value: String(arg.value) };
  }
  return undefined;
}

export class ContractSearch {
  /** A contract known to exist in each environment (the last one a search found). */
  private readonly examples = new Map<string, Contract>();

  constructor(private readonly ctx: ViewContext) {}

  private get env(): string {
    return this.ctx.envs.active().environment.name;
  }

  async lookup(q: ContractQuery, signal: AbortSignal): Promise<Contract[]> {
    const query: Partial<Record<ContractSearchKind, string>> = { [q.kind]: q.value };
    const client = await this.ctx.envs.client();
    return (await client.call('contracts.lookup', { query }, { signal })).contracts;
  }

  /** Searches of the active environment, newest first. */
  recent(): ContractQuery[] {
    const raw = this.ctx.extension.globalState.get<unknown>(`${RECENT_KEY}/${this.env}`);
    if (!Array.isArray(raw)) return [];
    const out: ContractQuery[] = [];
    for (const r of raw as unknown[]) {
      const q = queryArg(r);
      if (q) out.push(q);
    }
    return out;
  }

  /** Keeps a search that found contracts (one that found nothing is no help next time). */
  async remember(q: ContractQuery, found: readonly Contract[]): Promise<void> {
    const first = found[0];
    if (!first) return;
    this.examples.set(this.env, first);
    const next = [q, ...this.recent().filter((r) => r.kind !== q.kind || r.value !== q.value)].slice(0, MAX_RECENT);
    await this.ctx.extension.globalState.update(`${RECENT_KEY}/${this.env}`, next);
  }

  /**
   * A value of this kind that finds a contract in the active environment: the last search of
   * this kind, else the contract a search found, else (Sandbox) the seed's example contract; the
   * format of a value only when nothing better is known.
   */
  async placeholder(kind: ContractSearchKind, signal: AbortSignal): Promise<string> {
    const recent = this.recent().find((q) => q.kind === kind);
    if (recent) return recent.value;
    let example = this.examples.get(this.env);
    if (!example && this.ctx.envs.active().builtIn) {
      try {
        example = (await this.lookup({ kind: 'id', value: String(SANDBOX_EXAMPLE_CONTRACT.id) }, signal))[0];
        if (example) this.examples.set(this.env, example);
      } catch (e) {
        this.ctx.log.debug(`Contract search: no example contract (${String(e)})`);
      }
    }
    return (example && valueOf(example, kind)) ?? formatExample(kind);
  }

  /** Recent searches first, then the kinds; then the value. `titles` words the two steps. */
  async ask(titles: { pick: string; value: (kind: string) => string }): Promise<ContractQuery | undefined> {
    type Item = vscode.QuickPickItem & { query?: ContractQuery; searchKind?: ContractSearchKind };
    const separator = (label: string): Item => ({ label, kind: vscode.QuickPickItemKind.Separator });
    const recent: Item[] = this.recent().map((q) => ({ label: `$(history) ${q.value}`, description: searchKindLabel(q.kind), query: q }));
    const kinds: Item[] = CONTRACT_SEARCH_KINDS.map((k) => ({
      label: `$(search) ${vscode.l10n.t('By {0}…', searchKindLabel(k))}`,
      detail: k === 'document_identifier' ? vscode.l10n.t('Deprecated by the API: prefer the access identifier') : undefined,
      searchKind: k,
    }));
    const items = recent.length ? [separator(vscode.l10n.t('Recent searches')), ...recent, separator(vscode.l10n.t('New search')), ...kinds] : kinds;
    const pick = await this.ctx.prompts.pick(items, { title: titles.pick, placeHolder: vscode.l10n.t('Pick a recent search or what to search by') });
    if (!pick) return undefined;
    if (pick.query) return pick.query;
    const kind = pick.searchKind;
    if (!kind) return undefined;
    const example = await this.placeholder(kind, new AbortController().signal);
    const value = await this.ctx.prompts.input({
      title: titles.value(searchKindLabel(kind)),
      placeHolder: vscode.l10n.t('e.g. {0}', example),
      validateInput: (v) => (!v.trim() ? vscode.l10n.t('Enter a value') : kind === 'id' && !/^\d+$/.test(v.trim()) ? vscode.l10n.t('A contract id is a number') : undefined),
    });
    if (!value?.trim()) return undefined;
    return { kind, value: value.trim() };
  }
}

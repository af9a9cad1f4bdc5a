// Documents & Signatures view: the stored documents and sign processes this workspace has met in
// the active environment (the Documents API lists neither). A document shows its metadata and can
// be saved, shared by public URL or opened as JSON; a sign process shows each signer's sign and
// identification and, once certified, its certificate document.
import * as vscode from 'vscode';
import { ApiError } from '../../core/errors';
import type { documentMetadata } from '../../core/models/documents/storedDocuments';
import type { signProcess } from '../../core/models/documents/signProcesses';
import { errorDetail, errorSummary } from '../common/errors';
import { escapeMd, FieldNode, type IdNode, type JsonNode } from '../common/nodes';
import { kindGuard, MessageNode, type TreeNode, TreeProvider } from '../common/tree';
import type { ViewContext } from '../common/viewContext';
import type { RecentItem, RecentItems, RecentKind } from './recent';
import type * as z from 'zod';

type Metadata = z.output<typeof documentMetadata>;
type SignProcess = z.output<typeof signProcess>;

function ownerHeaders(owner: string | undefined): Record<string, string> | undefined {
  return owner ? { 'x-auth-owner': owner } : undefined;
}

function size(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** A stored document, with its metadata. */
export class DocumentNode implements TreeNode, JsonNode, IdNode {
  readonly nodeKind = 'DocumentNode';
  static readonly is = kindGuard<DocumentNode>('DocumentNode');
  readonly kind = 'document';
  constructor(
    readonly id: string,
    readonly owner: string | undefined,
    readonly metadata: Metadata,
    readonly parent?: TreeNode,
  ) {}
  get copyId(): string {
    return this.id;
  }
  get fileName(): string {
    return `${this.metadata.name}.${this.metadata.extension}`;
  }
  toTreeItem(): vscode.TreeItem {
    const m = this.metadata;
    const item = new vscode.TreeItem(this.fileName, vscode.TreeItemCollapsibleState.Collapsed);
    item.id = `document:${this.parent ? 'in:' : ''}${this.id}`;
    item.description = [size(m.size), m.isPublic ? vscode.l10n.t('public') : vscode.l10n.t('owner {0}', this.owner ?? '?')].join(' · ');
    item.iconPath = new vscode.ThemeIcon(m.extension === 'pdf' ? 'file-pdf' : 'file');
    item.contextValue = 'mok:document';
    const md = new vscode.MarkdownString(`**${escapeMd(this.fileName)}**\n\n${escapeMd(this.id)}\n\n${m.tags.map((t) => `\`${t}\``).join(' ')}`);
    item.tooltip = md;
    return item;
  }
  getChildren(): TreeNode[] {
    const m = this.metadata;
    return [
      new FieldNode(vscode.l10n.t('id'), this.id, this),
      new FieldNode(vscode.l10n.t('tags'), m.tags.join(', ') || '—', this),
      new FieldNode(vscode.l10n.t('size'), `${m.size} B`, this),
      new FieldNode(vscode.l10n.t('hash'), m.archiveHash, this),
      new FieldNode(vscode.l10n.t('access'), m.isPublic ? vscode.l10n.t('public (no owner)') : vscode.l10n.t('private, owner {0}', this.owner ?? '?'), this),
    ];
  }
  jsonDocument(): { name: string; value: unknown } {
    return { name: `document-${this.id}.metadata`, value: this.metadata };
  }
}

/** A remembered id that does not load (deleted, another owner's, unknown here). */
export class MissingNode implements TreeNode, IdNode {
  readonly nodeKind = 'MissingNode';
  static readonly is = kindGuard<MissingNode>('MissingNode');
  constructor(
    readonly kind: RecentKind,
    readonly id: string,
    readonly error: unknown,
    readonly parent?: TreeNode,
  ) {}
  get copyId(): string {
    return this.id;
  }
  toTreeItem(): vscode.TreeItem {
    const item = new vscode.TreeItem(this.id, vscode.TreeItemCollapsibleState.None);
    item.description = errorSummary(this.error);
    item.iconPath = new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'));
    item.tooltip = new vscode.MarkdownString(`**${escapeMd(this.id)}**\n\n${errorDetail(this.error)}`);
    item.contextValue = 'mok:documentsMissing';
    return item;
  }
}

export class SignProcessNode implements TreeNode, JsonNode, IdNode {
  readonly nodeKind = 'SignProcessNode';
  static readonly is = kindGuard<SignProcessNode>('SignProcessNode');
  readonly kind = 'signProcess';
  constructor(
    readonly id: string,
    readonly process: SignProcess,
    private readonly provider: DocumentsProvider,
    readonly parent?: TreeNode,
  ) {}
  get copyId(): string {
    return this.id;
  }
  toTreeItem(): vscode.TreeItem {
    const p = this.process;
    const short = this.id.slice(0, 8);
    const label = p.sign_type === 'BIOMETRIC' ? vscode.l10n.t('Biometric signature {0}', short) : vscode.l10n.t('Simple signature {0}', short);
    const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.Collapsed);
    item.id = `signProcess:${this.id}`;
    item.description = `${p.status} · ${p.modification_date.slice(0, 10)}`;
    item.iconPath = new vscode.ThemeIcon(p.status === 'CERTIFIED' || p.status === 'SIGNED' ? 'pass' : p.status === 'CREATED' ? 'edit' : 'circle-slash');
    item.tooltip = new vscode.MarkdownString(`**${escapeMd(this.id)}**\n\n${vscode.l10n.t('{0} signers', p.signatures.length)} · ${p.creation_date}`);
    item.contextValue = `mok:signProcess+${p.status.toLowerCase()}`;
    return item;
  }
  async getChildren(signal: AbortSignal): Promise<TreeNode[]> {
    const signatures: TreeNode[] = this.process.signatures.map((s) => {
      const who = [s.name, s.last_name].filter(Boolean).join(' ') || s.alias || '?';
      const sign = new MessageNode(`${s.alias ?? '?'} — ${who}`, 'person', this, undefined, 'mok:signature', s.identification ? vscode.l10n.t('Identification {0} {1}', s.identification.type, s.identification.id) : undefined);
      return {
        parent: this,
        toTreeItem: () => {
          const item = sign.toTreeItem();
          item.description = [s.sign?.status, s.identification?.type].filter(Boolean).join(' · ');
          return item;
        },
      };
    });
    const certificate = this.process.certificate_id;
    if (!certificate) return signatures;
    return [...signatures, await this.provider.documentNode({ kind: 'document', id: certificate }, signal, this)];
  }
  jsonDocument(): { name: string; value: unknown } {
    return { name: `sign-process-${this.id}`, value: this.process };
  }
}

export class DocumentsProvider extends TreeProvider {
  protected readonly what = vscode.l10n.t('documents and sign processes');

  constructor(
    private readonly ctx: ViewContext,
    readonly recent: RecentItems,
  ) {
    super('mok.views.documents');
    this._register(ctx.envs.onDidChange(() => this.refresh()));
  }

  /** The active environment's name and whether it is the built-in sandbox. */
  get environment(): { name: string; sandbox: boolean } {
    const env = this.ctx.envs.active().environment;
    return { name: env.name, sandbox: env.kind === 'sandbox' };
  }

  items(kind: RecentKind): RecentItem[] {
    const env = this.environment;
    return this.recent.list(env.name, env.sandbox).filter((r) => r.kind === kind);
  }

  async remember(item: RecentItem): Promise<void> {
    const env = this.environment;
    await this.recent.remember(env.name, env.sandbox, item);
    this.refresh();
  }

  async forget(item: Pick<RecentItem, 'kind' | 'id'>): Promise<void> {
    const env = this.environment;
    await this.recent.forget(env.name, env.sandbox, item);
    this.refresh();
  }

  async documentNode(item: RecentItem, signal: AbortSignal, parent?: TreeNode): Promise<TreeNode> {
    try {
      const client = await this.ctx.envs.client();
      const metadata = await client.call('documents.metadata', { params: { documentId: item.id }, headers: ownerHeaders(item.owner) }, { signal });
      return new DocumentNode(item.id, item.owner, metadata, parent);
    } catch (e) {
      if (ApiError.is(e, 'cancelled')) throw e;
      return new MissingNode('document', item.id, e, parent);
    }
  }

  async signProcessNode(item: RecentItem, signal: AbortSignal): Promise<TreeNode> {
    try {
      const client = await this.ctx.envs.client();
      return new SignProcessNode(item.id, await client.call('signProcesses.get', { params: { sign_process_id: item.id } }, { signal }), this);
    } catch (e) {
      if (ApiError.is(e, 'cancelled')) throw e;
      return new MissingNode('signProcess', item.id, e);
    }
  }

  protected override onError(e: unknown): void {
    this.ctx.log.warn(`Documents & Signatures view: ${ApiError.is(e) ? e.describe() : errorDetail(e)}`);
  }

  protected async rootChildren(signal: AbortSignal): Promise<TreeNode[]> {
    // Empty root → the view's welcome content (mok.env.needsDocumentsCredentials) offers buttons.
    if (!(await this.ctx.envs.hasCredentials('documents'))) return [];
    const documents = await Promise.all(this.items('document').map((r) => this.documentNode(r, signal)));
    const processes = await Promise.all(this.items('signProcess').map((r) => this.signProcessNode(r, signal)));
    if (!documents.length && !processes.length) return [new MessageNode(vscode.l10n.t('Open a document or a sign process by its id (view toolbar)'), 'info')];
    return [...documents, ...processes];
  }
}

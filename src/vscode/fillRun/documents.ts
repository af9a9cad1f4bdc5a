// The document a COMPLETED fill produced: its metadata (name, extension) and bytes from the
// Documents API (documents.metadata, documents.download — the filled document is a stored
// document), opened from the extension's storage or saved where the user chooses.
import * as vscode from 'vscode';
import type { ApiClient } from '../../core/client/apiClient';
import type { FillActivity } from '../../core/fill/process';

export interface FilledDocument {
  name: string;
  extension: string;
  bytes: Buffer;
}

function safeName(name: string): string {
  return name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '_').slice(0, 120) || 'document';
}

/** The file name a filled document is given: its name and the extension the API reports. */
export function fileNameOf(doc: Pick<FilledDocument, 'name' | 'extension'>): string {
  const ext = doc.extension.replace(/^\./, '').replace(/[^a-z0-9]/gi, '') || 'bin';
  const base = safeName(doc.name);
  return base.toLowerCase().endsWith(`.${ext.toLowerCase()}`) ? base : `${base}.${ext}`;
}

/** Metadata and content of the filled document of `a` (which must be COMPLETED). */
export async function fetchFilled(client: ApiClient, a: FillActivity, signal: AbortSignal): Promise<FilledDocument> {
  const documentId = a.filledDocumentId ?? '';
  const params = Object.assign({ documentId }, { org: a.target.org });
  const [meta, bytes] = await Promise.all([client.call('documents.metadata', { params }, { signal }), client.call('documents.download', { params }, { signal }).then((b): unknown => b)]);
  if (!Buffer.isBuffer(bytes)) throw new Error(vscode.l10n.t('The download of document {0} answered no content.', documentId));
  return { name: meta.name || a.documentName, extension: meta.extension, bytes };
}

/** Writes the document under the extension's storage (one folder per document) and returns its uri. */
export async function storeFilled(storage: vscode.Uri, a: FillActivity, doc: FilledDocument): Promise<vscode.Uri> {
  const dir = vscode.Uri.joinPath(storage, 'filled', safeName(a.filledDocumentId ?? a.id));
  await vscode.workspace.fs.createDirectory(dir);
  const uri = vscode.Uri.joinPath(dir, fileNameOf(doc));
  await vscode.workspace.fs.writeFile(uri, doc.bytes);
  return uri;
}

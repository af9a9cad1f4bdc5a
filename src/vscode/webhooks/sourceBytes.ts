// Which bytes "Verify Webhook Signature…" checks. A signature is over bytes, and an editor does not
// hold bytes: it normalises line endings to one kind, hides a UTF-8 BOM and decodes the file. So
// for a whole file the bytes on disk are used (offered first when they differ from the editor's
// text, with the reason), and for a selection or pasted text the panel says what the editor may
// have changed.
import * as vscode from 'vscode';
import { byteView, type ByteView } from '../../core/webhooks/bytes';
import { WEBHOOK_BODY_LIMIT, formatBytes } from '../../core/webhooks/errors';
import { RAW_HEADER_ALLOWANCE } from '../../core/webhooks/rawHttp';
import { numberLocale } from './words';

export type BytesChoice = 'disk' | 'editor';

export interface CheckedBytes {
  bytes: Buffer;
  origin: 'disk' | 'editor' | 'selection';
  /** Where they come from, in words ("the bytes of hook.json on disk (1,234 bytes)"). */
  description: string;
  /** What to know about them: line endings the editor changed, a hidden BOM, unsaved changes. */
  notes: string[];
  /** The editor's document and selection, to check again later. */
  uri: vscode.Uri;
  selection?: vscode.Range;
}

/** Thrown when the file is too large to be a webhook (or a capture of one). */
export class SourceTooLargeError extends Error {
  readonly reason = 'tooLarge';
}

const MAX_FILE = WEBHOOK_BODY_LIMIT + RAW_HEADER_ALLOWANCE;

function eolName(v: ByteView | vscode.EndOfLine): string {
  if (typeof v === 'number') return v === vscode.EndOfLine.CRLF ? 'CRLF' : 'LF';
  switch (v.eol) {
    case 'lf':
      return 'LF';
    case 'crlf':
      return 'CRLF';
    case 'cr':
      return 'CR';
    case 'mixed':
      return vscode.l10n.t('mixed');
    case 'none':
      return vscode.l10n.t('none');
  }
}

function fileName(uri: vscode.Uri): string {
  return uri.path.split('/').pop() ?? uri.toString();
}

async function readDisk(uri: vscode.Uri): Promise<Buffer | undefined> {
  if (uri.scheme === 'untitled') return undefined;
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    if (stat.size > MAX_FILE) throw new SourceTooLargeError(vscode.l10n.t('{0} is {1}; webhook bodies are limited to {2}. Is it the right file?', fileName(uri), formatBytes(stat.size), formatBytes(WEBHOOK_BODY_LIMIT)));
    return Buffer.from(await vscode.workspace.fs.readFile(uri));
  } catch (e) {
    if (e instanceof SourceTooLargeError) throw e;
    return undefined; // not on a file system we can read (a virtual document): the editor's text it is
  }
}

/**
 * The bytes to check of `doc`: the `selection` (when not empty), or the whole file, its bytes on
 * disk preferred; when they differ from the editor's text the user picks (unless `choice` says).
 */
export async function bytesToCheck(doc: vscode.TextDocument, selection: vscode.Range | undefined, choice?: BytesChoice): Promise<CheckedBytes | undefined> {
  const selected = selection !== undefined && !selection.isEmpty;
  const text = selected ? doc.getText(selection) : doc.getText();
  const editorBytes = Buffer.from(text, 'utf8');
  if (editorBytes.length > MAX_FILE) throw new SourceTooLargeError(vscode.l10n.t('The text is {0}; webhook bodies are limited to {1}.', formatBytes(editorBytes.length), formatBytes(WEBHOOK_BODY_LIMIT)));
  const locale = numberLocale();
  const count = (b: Buffer) => b.length.toLocaleString(locale);
  const disk = await readDisk(doc.uri);
  const hasLineBreaks = /[\r\n]/.test(text);
  const editorEol = eolName(doc.eol);

  if (selected || !disk) {
    const notes: string[] = [];
    const diskView = disk ? byteView(disk) : undefined;
    if (hasLineBreaks && diskView && diskView.eol !== 'none' && eolName(diskView) !== editorEol) {
      notes.push(vscode.l10n.t('The file on disk has {0} line endings, but the editor (and so this selection) uses {1}. To check the bytes as received, save the body alone in a file and check the whole file.', eolName(diskView), editorEol));
    } else if (hasLineBreaks && !disk) {
      notes.push(vscode.l10n.t('Pasted text is checked as the editor holds it, with {0} line endings. If the body was sent with other line endings (or a BOM), save the raw bytes to a file and check that file.', editorEol));
    }
    if (!selected && doc.isDirty) notes.push(vscode.l10n.t('The document has unsaved changes.'));
    return {
      bytes: editorBytes,
      origin: selected ? 'selection' : 'editor',
      description: selected ? vscode.l10n.t('the selected text of {0} ({1} bytes as UTF-8)', fileName(doc.uri), count(editorBytes)) : vscode.l10n.t('the text of {0} ({1} bytes as UTF-8)', fileName(doc.uri), count(editorBytes)),
      notes,
      uri: doc.uri,
      selection: selected ? selection : undefined,
    };
  }

  const onDisk = (notes: string[]): CheckedBytes => ({
    bytes: disk,
    origin: 'disk',
    description: vscode.l10n.t('the bytes of {0} on disk ({1} bytes)', fileName(doc.uri), count(disk)),
    notes,
    uri: doc.uri,
  });
  if (disk.equals(editorBytes)) return onDisk([]);

  const reasons = differences(doc, disk, editorEol);
  let pick = choice;
  if (!pick) {
    const diskItem = { label: vscode.l10n.t('$(file-binary) The bytes on disk'), description: vscode.l10n.t('{0} bytes — what was received, if the file is the capture', count(disk)), choice: 'disk' as const };
    const editorItem = { label: vscode.l10n.t('$(edit) The editor\'s text'), description: vscode.l10n.t('{0} bytes as UTF-8, {1} line endings', count(editorBytes), editorEol), choice: 'editor' as const };
    const picked = await vscode.window.showQuickPick([diskItem, editorItem], { title: vscode.l10n.t('Which bytes should be checked?'), placeHolder: reasons.join(' ') });
    if (!picked) return undefined;
    pick = picked.choice;
  }
  if (pick === 'disk') return onDisk(reasons);
  return {
    bytes: editorBytes,
    origin: 'editor',
    description: vscode.l10n.t('the text of {0} in the editor ({1} bytes as UTF-8)', fileName(doc.uri), count(editorBytes)),
    notes: [...reasons, vscode.l10n.t('The editor\'s text was checked, not the file\'s bytes.')],
    uri: doc.uri,
  };
}

/** Why the file's bytes and the editor's text differ, in words. */
function differences(doc: vscode.TextDocument, disk: Buffer, editorEol: string): string[] {
  const view = byteView(disk);
  const out: string[] = [];
  if (view.eol !== 'none' && eolName(view) !== editorEol) out.push(vscode.l10n.t('The file has {0} line endings; the editor shows them as {1}.', eolName(view), editorEol));
  if (view.bom) out.push(vscode.l10n.t('The file starts with a UTF-8 byte order mark, which the editor hides.'));
  if (doc.isDirty) out.push(vscode.l10n.t('The document has unsaved changes.'));
  if (view.invalidUtf8At !== undefined) out.push(vscode.l10n.t('The file is not valid UTF-8 (byte {0}): the editor decoded it with another encoding.', view.invalidUtf8At.toLocaleString(numberLocale())));
  if (!out.length) out.push(vscode.l10n.t('The file\'s bytes differ from the editor\'s text.'));
  return out;
}

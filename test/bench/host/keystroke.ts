// Host-side benchmark (extensionTestsPath module, run by test/bench/index.ts through
// scripts/host/run.mjs): a fill file with a 1,000-product invoice bound to factura_mensual 1 in
// the real editor; one keystroke (a value made wrong, then right again) to the MOK diagnostics
// changing, against what any checker would need: the edit reaching the extension host, the
// pipeline's debounce, and the core check of the same text in this host.
// Prints one `BENCH {json}` line.
import * as vscode from 'vscode';
import type { MokApi } from '../../../src/vscode/extension';
import { bigInvoice } from '../../support/invoice';

const ROUNDS = 12;
const DEBOUNCE_MS = 250;

function ms(since: bigint): number {
  return Number(process.hrtime.bigint() - since) / 1e6;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
}

function mok(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'MOK');
}

/** Resolves when the MOK diagnostics of `uri` satisfy `ok` (checked on every change). */
function diagnosticsWhen(uri: vscode.Uri, ok: (d: vscode.Diagnostic[]) => boolean): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error('diagnostics did not change within 30 s'));
    }, 30_000);
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString()) && ok(mok(uri))) {
        clearTimeout(timer);
        sub.dispose();
        resolve();
      }
    });
  });
}

export async function run(): Promise<void> {
  const ext = vscode.extensions.getExtension<MokApi>('mok-devtools.mok-devtools');
  if (!ext) throw new Error('extension not loaded');
  const api = await ext.activate();
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  if (!folder) throw new Error('no workspace folder');
  const uri = vscode.Uri.joinPath(folder, 'invoice-1000.mok-fill.json');
  const fill = { template: { external_id: 'factura_mensual', major: 1 }, language: 'ES', document: { name: 'factura_bench' }, fill_priority: 'low', fields_values: bigInvoice(1000) };
  await vscode.workspace.fs.writeFile(uri, Buffer.from(JSON.stringify(fill, null, 2), 'utf8'));
  const doc = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(doc);
  // First check: template fetched, schema compiled.
  await api.fills.checkNow(doc);
  const anchor = doc.getText().indexOf('"TOTAL_AMOUNT": ') + '"TOTAL_AMOUNT": '.length;

  const keystrokeMs: number[] = [];
  const editMs: number[] = [];
  const checkMs: number[] = [];
  const { engine } = api.fills.validation;
  for (let i = 0; i < ROUNDS; i++) {
    const breaking = i % 2 === 0;
    // One edit makes TOTAL_AMOUNT a string (and adds an unknown key), the next one undoes it.
    const edit = new vscode.WorkspaceEdit();
    if (breaking) edit.insert(uri, doc.positionAt(anchor), '"x",\n  "X": ');
    else edit.delete(uri, new vscode.Range(doc.positionAt(anchor), doc.positionAt(anchor + '"x",\n  "X": '.length)));
    const changed = diagnosticsWhen(uri, (d) => (breaking ? d.length > 0 : d.length === 0));
    const t = process.hrtime.bigint();
    let edited = 0;
    const sub = vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document === doc && !edited) edited = ms(t);
    });
    await vscode.workspace.applyEdit(edit);
    await changed;
    sub.dispose();
    keystrokeMs.push(ms(t));
    editMs.push(edited);
    const text = doc.getText();
    const c = process.hrtime.bigint();
    await engine.checkFillText(text, { validator: api.fills.validation.validator, l10n: vscode.l10n, source: api.fills.validation.source });
    checkMs.push(ms(c));
  }
  console.log(`BENCH ${JSON.stringify({ keystrokeMs, editMs, checkMs, debounceMs: DEBOUNCE_MS, medianKeystrokeMs: median(keystrokeMs), medianEditMs: median(editMs), medianCheckMs: median(checkMs), bytes: doc.getText().length })}`);
}

// "Verify Webhook Signature…" in a real extension host: a pasted payload (untitled editor, the
// signature given), a selection, a captured raw HTTP request in a file (X-Signature read from it,
// the Sandbox environment's secret), the file's bytes on disk against the editor's normalised text,
// and the result panel: what it shows (verdict, hints, byte view, fingerprint), its page (strict
// CSP, nonce, state in data-state, minimal capabilities) and updates posted instead of re-rendered.
// The [es] test runs in the Spanish host run and checks the panel's words in Spanish.
import * as assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { VerifyOutcome } from '../../src/vscode/webhooks/verifyCommand';
import { api } from './support';

const spanish = process.env.MOK_TEST_LOCALE === 'es';
const SANDBOX_SECRET = 'sandbox-webhook-secret';
const sign = (secret: string, body: string | Buffer) => createHmac('sha256', secret).update(body).digest('hex');

const payload = { event: 'service_request.updated', payload: { id: 78, current_status: 'assigned', origin_address: 'Calle Mayor 1, Alcorcón', technician_name: 'María Eugenia Arce' } };
const compact = JSON.stringify(payload);

async function verify(args?: object): Promise<VerifyOutcome> {
  const r = await vscode.commands.executeCommand<VerifyOutcome | undefined>('mok.webhooks.verify', args);
  assert.ok(r, 'the command returned a result');
  return r;
}

async function untitled(text: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument({ language: 'json', content: text });
  return vscode.window.showTextDocument(doc);
}

function workspaceFile(name: string, bytes: Buffer): vscode.Uri {
  const dir = process.env.MOK_TEST_WORKSPACE;
  assert.ok(dir, 'MOK_TEST_WORKSPACE is set by the runner');
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return vscode.Uri.file(file);
}

describe('Verify Webhook Signature', function () {
  this.timeout(60000);

  before(async () => {
    await api();
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('says a pasted payload with its signature is valid, and the panel shows it', async () => {
    await untitled(compact);
    const r = await verify({ signature: sign('partner-secret', compact), secret: 'partner-secret' });
    assert.equal(r.report.valid, true);
    assert.equal(r.report.expected, sign('partner-secret', compact));
    assert.match(r.report.fingerprint, /^[0-9a-f]{8}$/);
    assert.equal(r.state.verdict.state, 'valid');
    assert.equal(r.source.origin, 'editor');
    const panel = (await api()).webhookPanel.current;
    assert.ok(panel, 'the result panel is open');
    assert.deepEqual(panel.state, r.state);
    const rows = Object.fromEntries(panel.state.signature.rows.map((x) => [x.label, x.value]));
    if (!spanish) {
      assert.equal(panel.state.verdict.headline, 'Valid signature');
      assert.equal(rows['secret fingerprint'], r.report.fingerprint);
      assert.equal(rows.secret, 'typed for this check (not stored)');
      const bytes = Object.fromEntries(panel.state.bytes.rows.map((x) => [x.label, x.value]));
      assert.equal(bytes.length, `${Buffer.byteLength(compact)} bytes`);
      assert.equal(bytes['line endings'], 'none; final newline: none');
      assert.match(bytes['non-ASCII characters'] ?? '', /^2: U\+00F3 ó at byte \d+, U\+00ED í at byte \d+$/);
      assert.equal(bytes.JSON, 'valid, non-ASCII characters as raw UTF-8 (2)');
    }
    assert.equal(JSON.stringify(panel).includes('partner-secret'), false, 'the secret never reaches the panel');
  });

  it('names what changed a re-serialised payload, in plain words, and updates the open panel in place', async () => {
    const before = (await api()).webhookPanel.current;
    assert.ok(before);
    await untitled(JSON.stringify(payload, null, 2));
    const r = await verify({ signature: sign(SANDBOX_SECRET, compact) });
    assert.equal(r.report.valid, false);
    assert.deepEqual(
      r.report.hints.map((h) => h.code),
      ['reserialized-json'],
    );
    const after = (await api()).webhookPanel.current;
    assert.ok(after);
    assert.equal(after.html, before.html, 'the page is not re-rendered for an update (same nonce, same html)');
    assert.equal(after.state.verdict.state, 'invalid');
    assert.deepEqual(
      after.state.hints.items.map((h) => h.code),
      ['reserialized-json'],
    );
    if (!spanish) assert.match(after.state.hints.items[0]?.message ?? '', /same JSON written compactly .*: your framework parsed and re-serialised the JSON/);
    assert.equal(after.state.signature.rows.find((x) => x.copy === 'received')?.attention, true);
    // The Sandbox environment's secret was used (none was given).
    if (!spanish) assert.equal(after.state.signature.rows.find((x) => x.label === 'secret')?.value, 'stored for "Sandbox"');
  });

  it('checks only the selection when there is one', async () => {
    const editor = await untitled(`// captured at 10:02\n${compact}\n// end`);
    const line = editor.document.lineAt(1);
    editor.selection = new vscode.Selection(line.range.start, line.range.end);
    const r = await verify({ signature: sign(SANDBOX_SECRET, compact) });
    assert.equal(r.report.valid, true);
    assert.equal(r.source.origin, 'selection');
  });

  it('reads a raw HTTP request from a file: X-Signature from its headers, the bytes on disk, Content-Length compared', async () => {
    const body = Buffer.from(`${JSON.stringify(payload, null, 2)}`, 'utf8'); // LF line endings inside the body
    // More CRLF header lines than LF body lines: the editor turns every line ending into CRLF.
    const headers = ['Host: partner.example', 'User-Agent: mok-sandbox-webhooks', 'Accept: */*', 'Connection: keep-alive', 'Content-Type: application/json', `X-Signature: ${sign(SANDBOX_SECRET, body)}`, 'Webhook-From: sandbox.mok.local', `Content-Length: ${body.length}`];
    const head = `POST /webhooks/mok HTTP/1.1\r\n${headers.join('\r\n')}\r\n\r\n`;
    const uri = workspaceFile('captured.http', Buffer.concat([Buffer.from(head), body]));
    await vscode.window.showTextDocument(uri);
    const fromDisk = await verify({ bytes: 'disk' });
    assert.equal(fromDisk.report.valid, true, 'the bytes on disk are what was signed');
    assert.equal(fromDisk.source.origin, 'disk');
    assert.ok(fromDisk.source.notes.length > 0, 'the panel says why the editor\'s text differs (line endings)');
    if (!spanish) assert.match(fromDisk.source.notes.join(' '), /The file has mixed line endings; the editor shows them as CRLF/);
    assert.equal(fromDisk.state.request?.requestLine, 'POST /webhooks/mok');
    assert.ok(fromDisk.state.request?.headers.some((h) => h.name === 'X-Signature'));
    const lengthRow = fromDisk.state.bytes.rows[0];
    assert.equal(lengthRow?.attention, false, 'Content-Length matches the body');

    // The editor's text has one kind of line ending everywhere: its body is not what was signed.
    const fromEditor = await verify({ bytes: 'editor' });
    assert.equal(fromEditor.report.valid, false);
    assert.deepEqual(
      fromEditor.report.hints.map((h) => h.code),
      ['crlf'],
    );
    assert.equal(fromEditor.source.origin, 'editor');
  });

  it('says what is wrong with a raw request that has no X-Signature (no result, no crash)', async () => {
    await untitled('POST /hooks HTTP/1.1\nContent-Type: application/json\n\n{}');
    const r = await vscode.commands.executeCommand('mok.webhooks.verify', {});
    assert.equal(r, undefined);
  });

  it('renders the page once with a strict CSP, a nonce, the state as escaped JSON and minimal capabilities', async () => {
    const panel = (await api()).webhookPanel.current;
    assert.ok(panel);
    const html = panel.html;
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1]?.replace(/&#39;/g, "'") ?? '';
    assert.match(csp, /^default-src 'none'; /);
    const nonce = /script-src 'nonce-([A-Za-z0-9+/=]{24})'/.exec(csp)?.[1];
    assert.ok(nonce, 'a 128-bit base64 nonce');
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    assert.match(csp, /connect-src 'none'/);
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    assert.equal(scripts.length, 1, 'one script tag');
    assert.match(scripts[0]?.[1] ?? '', new RegExp(`nonce="${nonce.replace(/[+/]/g, (c) => `\\${c}`)}" src="[^"]+/media/dist/webhookResult\\.js"`));
    assert.equal(scripts[0]?.[2], '', 'no inline script');
    const attr = /data-state="([^"]*)"/.exec(html)?.[1];
    assert.ok(attr, 'the initial state is in data-state');
    assert.doesNotMatch(attr, /[<>]/, 'escaped');
    const decoded: unknown = JSON.parse(attr.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'));
    assert.ok(decoded && typeof decoded === 'object' && 'version' in decoded && 'state' in decoded);
    const options = panel.options;
    assert.equal(options.enableForms, false);
    assert.equal(options.enableScripts, true);
    assert.equal(options.enableCommandUris, false);
    assert.deepEqual(
      options.localResourceRoots?.map((u) => path.basename(u.path)),
      ['media'],
    );
  });

  it('[es] shows the verdict, the hints and the byte view in Spanish', async function () {
    if (!spanish) this.skip();
    await untitled(`${compact}\n`);
    const r = await verify({ signature: sign(SANDBOX_SECRET, compact) });
    assert.deepEqual(
      r.report.hints.map((h) => h.code),
      ['trailing-newline'],
    );
    assert.equal(r.state.verdict.headline, 'Firma no válida');
    assert.equal(r.state.hints.title, 'Qué cambió los bytes');
    assert.match(r.state.hints.items[0]?.message ?? '', /salto de línea/);
    const bytes = Object.fromEntries(r.state.bytes.rows.map((x) => [x.label, x.value]));
    assert.equal(bytes['finales de línea'], 'LF (1); salto de línea final: LF');
    assert.equal(r.state.signature.rows.find((x) => x.copy === 'fingerprint')?.label, 'huella del secreto');
  });
});

// The Documents & Signatures view in a real extension host against the in-process sandbox: the
// document's examples listed from the start, a document's metadata and its bytes saved to a file,
// another owner's document shown as such, sign processes with their signers and certificate, and
// ids revealed by other features.
import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as vscode from 'vscode';
import type { TreeNode } from '../../src/vscode/common/tree';
import { contextValue, description, kids, label, providerOf, waitFor } from './support';

const VIEW = 'mok.views.documents';
const provider = () => providerOf(VIEW);

async function rootNode(match: (n: TreeNode) => boolean, what: string): Promise<TreeNode> {
  const p = await provider();
  p.refresh();
  return waitFor(what, async () => (await kids(p)).find(match));
}

describe('Documents & Signatures view', () => {
  it('starts, in the sandbox, with the API document\'s example documents and sign processes', async () => {
    const publicDoc = await rootNode((n) => label(n) === 'my_doc_name.pdf', 'the public example document');
    assert.match(description(publicDoc), /public/);
    const privateDoc = await rootNode((n) => label(n) === 'personal_contract.pdf', 'the example document of owner 2357893');
    assert.match(description(privateDoc), /2357893/);
    const fields = await kids(await provider(), privateDoc);
    assert.deepEqual(fields.map(label), ['id', 'tags', 'size', 'hash', 'access']);
    assert.ok((await kids(await provider())).some((n) => /^mok:signProcess\+/.test(contextValue(n))));
  });

  it('saves a document\'s bytes to a file', async () => {
    const doc = await rootNode((n) => label(n) === 'my_doc_name.pdf', 'the public example document');
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'mok-docs-')), 'copia.pdf');
    await vscode.commands.executeCommand('mok.documents.save', doc, vscode.Uri.file(file));
    await waitFor('the saved file', () => {
      try {
        return Promise.resolve(readFileSync(file, 'latin1').startsWith('%PDF-') ? true : undefined);
      } catch {
        return Promise.resolve(undefined);
      }
    });
  });

  it('shows a sign process\'s signers, and a certified one\'s certificate', async () => {
    const biometric = await rootNode((n) => label(n) === 'Biometric signature 7902cd2d', 'the biometric example process');
    assert.match(description(biometric), /^CREATED/);
    const signers = await kids(await provider(), biometric);
    assert.equal(label(signers[0]!), 'signer_1 — James Williams Smith');
    assert.match(description(signers[0]!), /CREATED · AGENT/);
    const certified = await rootNode((n) => label(n) === 'Simple signature d2d3b2d0', 'the certified example process');
    assert.match(description(certified), /^CERTIFIED/);
    const children = await kids(await provider(), certified);
    assert.ok(children.some((n) => contextValue(n) === 'mok:document' && label(n) === 'certificado_firma.pdf'), children.map(label).join(', '));
  });

  it('lists what other features reveal, and says when an id does not load', async () => {
    await vscode.commands.executeCommand('mok.documents.reveal', { kind: 'document', id: '4833979c-e045-46a9-9b1e-412d19294237' });
    await rootNode((n) => label(n) === 'factura_2025_11_0001.pdf', 'the revealed fill document');
    await vscode.commands.executeCommand('mok.documents.reveal', { kind: 'signProcess', id: 'no-such-process' });
    const missing = await rootNode((n) => label(n) === 'no-such-process', 'the unknown process');
    assert.equal(contextValue(missing), 'mok:documentsMissing');
    assert.match(description(missing), /404/);
    await vscode.commands.executeCommand('mok.documents.forget', missing);
    const p = await provider();
    await waitFor('forgotten', async () => ((await kids(p)).some((n) => label(n) === 'no-such-process') ? undefined : true));
  });
});

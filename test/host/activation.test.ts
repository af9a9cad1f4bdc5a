// The extension activates in a real extension host and its contributions are wired up.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

const EXTENSION_ID = 'mok-devtools.mok-devtools';

describe('activation', () => {
  it('finds and activates the extension', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is not loaded`);
    await ext.activate();
    assert.equal(ext.isActive, true);
  });

  it('registers every contributed command on activation (those whose code loads on first use as stand-ins)', async () => {
    const pkg = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as { contributes: { commands: { command: string }[] } };
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = pkg.contributes.commands.map((c) => c.command).filter((id) => !registered.has(id));
    assert.deepEqual(missing, [], 'contributed but not registered after activation');
  });

  it('registers and runs mok.log.show', async () => {
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('mok.log.show'), 'mok.log.show is not registered');
    await vscode.commands.executeCommand('mok.log.show');
  });

  it('contributes the MOK view container', async () => {
    await vscode.commands.executeCommand('workbench.view.extension.mok');
  });

  it('contributes the three explorer views first, then the request views and the Webhook Inbox', async () => {
    const pkg = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as { contributes: { views: Record<string, { id: string }[]> } };
    const ids = (pkg.contributes.views['mok'] ?? []).map((v) => v.id);
    assert.deepEqual(ids.slice(0, 3), ['mok.views.contracts', 'mok.views.serviceRequests', 'mok.views.dynamicTemplates']);
    for (const id of ['mok.views.requests', 'mok.views.sandboxRequests', 'mok.views.webhookInbox']) assert.ok(ids.includes(id), `${id} is contributed`);
    // Each contributed view gets a "<id>.focus" command once the workbench knows it.
    for (const id of ids) await vscode.commands.executeCommand(`${id}.focus`);
  });
});

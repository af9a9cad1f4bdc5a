// The "Get started with MOK DevTools" walkthrough: contributed with its five steps in the display
// language, every button and link of a step names a registered command, every picture exists, and
// VS Code opens it by its id.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { EXTENSION_ID, api } from './support';

interface Step { id: string; title: string; description: string; media: { image: string; altText: string }; completionEvents: string[] }
interface Walkthrough { id: string; title: string; steps: Step[] }

const spanish = process.env['MOK_TEST_LOCALE'] === 'es';

function walkthrough(): { ext: vscode.Extension<unknown>; walkthrough: Walkthrough } {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is not loaded`);
  const list = (ext.packageJSON as { contributes: { walkthroughs?: Walkthrough[] } }).contributes.walkthroughs ?? [];
  const found = list.find((w) => w.id === 'getStarted');
  assert.ok(found, 'no walkthrough "getStarted" is contributed');
  return { ext, walkthrough: found };
}

describe('walkthrough', () => {
  before(async () => {
    await api();
  });

  it('is contributed with its five steps, in the display language', () => {
    const { walkthrough: w } = walkthrough();
    assert.deepEqual(w.steps.map((s) => s.id), ['sandbox', 'contract', 'fill', 'webhook', 'endpoint']);
    assert.equal(w.title, spanish ? 'Primeros pasos con MOK DevTools' : 'Get started with MOK DevTools');
    for (const s of w.steps) {
      assert.ok(!/%mok\./.test(s.title + s.description + s.media.image + s.media.altText), `step ${s.id} has an untranslated key`);
      assert.ok(s.completionEvents.length > 0, `step ${s.id} has completion events`);
    }
  });

  it('shows pictures of the display language that exist in the extension', () => {
    const { ext, walkthrough: w } = walkthrough();
    for (const s of w.steps) {
      assert.equal(s.media.image, `media/walkthrough/${spanish ? 'es' : 'en'}/${s.id}.png`);
      assert.ok(fs.existsSync(path.join(ext.extensionPath, s.media.image)), `${s.media.image} is missing`);
    }
  });

  it('links only to registered commands, and each step ends with a button', async () => {
    const registered = new Set(await vscode.commands.getCommands(true));
    const { walkthrough: w } = walkthrough();
    for (const s of w.steps) {
      const links = [...s.description.matchAll(/\]\(command:([\w.-]+)\)/g)].map((m) => m[1]!);
      assert.ok(links.length > 0, `step ${s.id} links to no command`);
      for (const id of links) assert.ok(registered.has(id), `step ${s.id} links to ${id}, which is not registered`);
      // A link alone on the last line is the step's button.
      assert.match(s.description, /\n\[[^\]]+\]\(command:[\w.-]+\)$/, `step ${s.id} ends with a button`);
      for (const e of s.completionEvents.filter((c) => c.startsWith('onCommand:'))) {
        assert.ok(registered.has(e.slice('onCommand:'.length)), `step ${s.id} completes on ${e}, which is not registered`);
      }
    }
  });

  it('opens by its id', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const category = `${EXTENSION_ID}#getStarted`;
    // The form a command link or another extension uses: the walkthrough and one of its steps.
    await vscode.commands.executeCommand('workbench.action.openWalkthrough', { category, step: `${category}#contract` }, false);
    const deadline = Date.now() + 10000;
    let label = '';
    while (Date.now() < deadline && !label.startsWith('Walkthrough')) {
      await new Promise((r) => setTimeout(r, 100));
      label = vscode.window.tabGroups.activeTabGroup.activeTab?.label ?? '';
    }
    // The tab's label is not always the walkthrough's own in code-server (it can keep the name of
    // the page it opened first); the ui script checks that the page shows this walkthrough's steps.
    assert.match(label, /^Walkthrough/, `the active tab is "${label}", not a walkthrough`);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});

// What the extension loads at activation stays small: undici (HTTP client), the inbox listener
// and the sandbox come from lazily required bundles (dist/client.js, dist/webhooks.js,
// dist/sandbox.js), never from dist/extension.js.
import { strict as assert } from 'node:assert';
import fs from 'node:fs';
import path from 'node:path';

describe('bundles', () => {
  it('dist/extension.js carries no undici, no inbox listener and no sandbox', () => {
    const text = fs.readFileSync(path.resolve(__dirname, '../../extension.js'), 'utf8');
    assert.doesNotMatch(text, /node_modules\/undici\//, 'undici belongs to the lazily loaded bundles');
    assert.doesNotMatch(text, /class InboxListener\b/);
    assert.doesNotMatch(text, /function startSandbox\b/);
  });
});

// `mok sandbox --state FILE` as a partner's CI runs it: the first run starts from the seed and
// saves on a control call and on SIGTERM; the next run starts from that data; a file that is not
// a state of this version is refused with exit 2 and left byte for byte as it was.
import { strict as assert } from 'node:assert';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { run, startCliSandbox } from '../../support/cli';

const DOCS = { authorization: 'Bearer sandbox-documents-token' };

describe('cli mok sandbox --state', function () {
  this.timeout(60_000);
  const dir = mkdtempSync(path.join(tmpdir(), 'mok-cli-state-'));

  it('saves on POST /__sandbox/state and on exit, and the next run starts from it', async () => {
    const file = path.join(dir, 'ci-state.json');
    const first = await startCliSandbox(['--state', file, '--seed-size', '10']);
    let documentId = '';
    try {
      assert.match(first.output(), /State: {6}.*ci-state\.json \(new: the seed\)/);
      const form = new FormData();
      form.set('name', 'albaran_ci');
      form.set('extension', 'pdf');
      form.set('content', new Blob([Buffer.from('%PDF-1.4\n%%EOF\n')], { type: 'application/pdf' }), 'albaran.pdf');
      const created = await fetch(`${first.url}/v1/orgs/masmovil/documents`, { method: 'POST', headers: { ...DOCS, 'x-auth-owner': 'ci' }, body: form });
      assert.equal(created.status, 201);
      documentId = ((await created.json()) as { documentId: string }).documentId;
      const saved = await fetch(`${first.url}/__sandbox/state`, { method: 'POST' });
      assert.equal(saved.status, 200);
      assert.ok(existsSync(file));
      // Deleted after the save: the exit save must see it.
      assert.equal((await fetch(`${first.url}/v1/orgs/masmovil/documents/${documentId}`, { method: 'DELETE', headers: { ...DOCS, 'x-auth-owner': 'ci' } })).status, 200);
    } finally {
      first.child.kill('SIGTERM');
      const [code] = (await once(first.child, 'exit')) as [number | null];
      assert.equal(code, 0);
    }
    const second = await startCliSandbox(['--state', file]);
    try {
      assert.match(second.output(), /\(restored\)/);
      const res = await fetch(`${second.url}/v1/orgs/masmovil/documents/${documentId}/metadata`, { headers: { ...DOCS, 'x-auth-owner': 'ci' } });
      assert.equal(res.status, 410, 'the document and its deletion were restored');
    } finally {
      second.child.kill('SIGTERM');
      await once(second.child, 'exit');
    }
  });

  it('refuses a corrupt or incompatible file with exit 2 and never touches it', () => {
    const cases = {
      'corrupt.json': '{"format": "mok-sandbox-state", "version": 1, "mok": ',
      'other.json': '{"name": "not a sandbox state"}',
      'newer.json': '{"format": "mok-sandbox-state", "version": 7, "savedAt": "2030-01-01T00:00:00Z", "mok": {}, "documents": {}}',
      'mismatched.json': '{"format": "mok-sandbox-state", "version": 1, "savedAt": "2030-01-01T00:00:00Z", "mok": {"seed": "x"}, "documents": {}}',
    };
    for (const [name, text] of Object.entries(cases)) {
      const file = path.join(dir, name);
      writeFileSync(file, text);
      const r = run(['sandbox', '--port', '0', '--state', file]);
      assert.equal(r.status, 2, `${name}: ${r.stderr}`);
      assert.match(r.stderr, /^mok sandbox: --state: .*(not valid JSON|not a MOK sandbox state file|another version|cannot restore).*left untouched/m, name);
      assert.equal(readFileSync(file, 'utf8'), text, `${name} was changed`);
    }
  });
});

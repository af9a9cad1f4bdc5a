// The inbox answers 2xx only once an event is written: a listener killed with SIGKILL in the middle
// of a stream of deliveries, then restarted on the same store, has every acknowledged event (at
// most the one torn line of the kill is damaged), and keeps capturing after the restart.
import { strict as assert } from 'node:assert';
import { spawn, type ChildProcess } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Pool } from 'undici';
import { InboxHistory } from '../../../../src/core/webhooks/inboxHistory';

const CHILD = path.join(__dirname, '../../../support/inboxListener.child.js');

function startListener(dir: string): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, [CHILD, dir], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /port (\d+)/.exec(out);
      if (m) resolve({ child, port: Number(m[1]) });
    });
    child.once('exit', (code) => reject(new Error(`listener exited (${code}) before listening: ${out}`)));
  });
}

function delivery(n: number): { body: string; headers: Record<string, string> } {
  const body = JSON.stringify({ event: 'service_request.updated', payload: { id: n, current_status: 'assigned', note: 'x'.repeat(600) } });
  return { body, headers: { 'content-type': 'application/json', 'x-signature': createHmac('sha256', 'sandbox-webhook-secret').update(body).digest('hex'), 'webhook-from': 'sandbox.mok.local' } };
}

describe('webhook inbox, killed', function () {
  this.timeout(60_000);

  it('loses no acknowledged event when the listener is killed with SIGKILL mid-stream and restarted', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'mok-inbox-kill-'));
    const acked = new Set<string>();
    let { child, port } = await startListener(dir);
    let pool = new Pool(`http://127.0.0.1:${port}`, { connections: 8 });
    let n = 0;
    let killed = false;
    // Eight senders at once; the kill lands while several requests are being written.
    const sender = async (p: Pool): Promise<void> => {
      while (!killed) {
        const d = delivery(n++);
        try {
          const res = await p.request({ path: '/webhooks', method: 'POST', body: d.body, headers: d.headers });
          const answer = (await res.body.json()) as { id?: string };
          if (res.statusCode >= 200 && res.statusCode < 300 && answer.id) acked.add(answer.id); // every 2xx is an acknowledgement
          if (acked.size >= 400 && !killed) {
            killed = true;
            child.kill('SIGKILL');
          }
        } catch {
          // the connection died with the process: not acknowledged, so the sender would retry it
        }
      }
    };
    await Promise.all(Array.from({ length: 8 }, () => sender(pool)));
    await new Promise((r) => (child.exitCode !== null || child.signalCode !== null ? r(undefined) : child.once('exit', r)));
    await pool.destroy();

    ({ child, port } = await startListener(dir));
    pool = new Pool(`http://127.0.0.1:${port}`, { connections: 2 });
    for (let i = 0; i < 20; i++) {
      const d = delivery(100_000 + i);
      const res = await pool.request({ path: '/webhooks', method: 'POST', body: d.body, headers: d.headers });
      const answer = (await res.body.json()) as { id: string };
      assert.equal(res.statusCode, 200);
      acked.add(answer.id);
    }
    await pool.close();
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));

    const history = await InboxHistory.open({ dir, readOnly: true });
    const stored = new Set(history.list().map((e) => e.id));
    const lost = [...acked].filter((id) => !stored.has(id));
    assert.deepEqual(lost, [], `${lost.length} of ${acked.size} acknowledged events are missing`);
    assert.ok(history.damaged <= 1, `at most the torn line of the kill is damaged (got ${history.damaged})`);
    assert.ok(history.list().every((e) => e.valid === true), 'every stored event verifies');
    await history.close();
  });
});

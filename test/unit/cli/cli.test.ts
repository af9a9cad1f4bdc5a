// The `mok` binary as users run it: a real child process on the built dist/cli.js.
import { strict as assert } from 'node:assert';
import { spawn, spawnSync } from 'node:child_process';
import { CLI, run, startCliSandbox } from '../../support/cli';

describe('cli mok', function () {
  this.timeout(30_000);

  it('exits quietly when its reader goes away (mok operations | head -1)', async () => {
    const result = spawnSync('sh', ['-c', `"${process.execPath}" "${CLI}" operations | head -1`], { encoding: 'utf8', timeout: 20_000 });
    assert.equal(result.status, 0);
    assert.match(result.stdout, /^auth\.token\s/);
    assert.equal(result.stderr, '');
    // And the process itself, not just the pipeline: its stdout closed after the first line.
    const child = spawn(process.execPath, [CLI, 'operations'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
    child.stdout?.once('data', () => child.stdout?.destroy());
    const code = await new Promise<number | null>((r) => child.on('exit', r));
    assert.equal(stderr, '');
    assert.equal(code, 0);
  });

  it('mok sandbox prints its URL and credentials, answers curl-style requests, and stops on SIGTERM', async () => {
    const { child, url, output } = await startCliSandbox();
    try {
      assert.match(url, /^http:\/\/127\.0\.0\.1:\d+$/);
      assert.match(output(), /client_id=sandbox-client/);
      const unauth = await fetch(`${url}/api/v1/provider_networks/plans`);
      assert.equal(unauth.status, 401);
      const tokenRes = await fetch(`${url}/oauth/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ grant_type: 'client_credentials', client_id: 'sandbox-client', client_secret: 'sandbox-secret', scope: 'provider_networks' }),
      });
      assert.equal(tokenRes.status, 200);
      const token = (await tokenRes.json()) as { access_token: string; token_type: string };
      assert.equal(token.token_type, 'Bearer');
      const plans = await fetch(`${url}/api/v1/provider_networks/plans`, { headers: { authorization: `Bearer ${token.access_token}` } });
      assert.equal(plans.status, 200);
      const admin = await fetch(`${url}/api/v1/admin/contracts`, { headers: { 'x-admin-user-email': 'admin@sandbox.local', 'x-admin-user-token': 'sandbox-admin-token' } });
      assert.equal(admin.status, 200);
      const docs = await fetch(`${url}/v1/orgs/yoigo/dynamic_templates`, { headers: { authorization: 'Bearer sandbox-documents-token' } });
      assert.equal(docs.status, 200);
    } finally {
      const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
      child.kill('SIGTERM');
      assert.equal(await exited, 0, 'clean exit on SIGTERM');
    }
  });

  it('mok sandbox never prints credentials given through MOK_SANDBOX_* (only the variable), and uses them', async () => {
    const secret = (name: string) => `${name}-MOKDEVTOOLS-${Math.random().toString(36).slice(2)}`;
    const env = {
      MOK_SANDBOX_CLIENT_SECRET: secret('client'),
      MOK_SANDBOX_ADMIN_TOKEN: secret('admin'),
      MOK_SANDBOX_WEBHOOK_SECRET: secret('webhook'),
      MOK_SANDBOX_DOCUMENTS_TOKEN: secret('documents'),
      MOK_SANDBOX_WEBHOOK_AUTH_PASSWORD: secret('password'),
    };
    const { child, url, output } = await startCliSandbox(['--webhook-url', 'http://127.0.0.1:9/hooks', '--webhook-auth', 'basic'], env);
    try {
      for (const [name, value] of Object.entries(env)) {
        assert.ok(!output().includes(value), `${name}'s value is not printed`);
        assert.ok(output().includes(`<${name}>`), `the banner names ${name}`);
      }
      assert.match(output(), /client_id=sandbox-client/, 'identifiers are still shown');
      const token = await fetch(`${url}/oauth/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ grant_type: 'client_credentials', client_id: 'sandbox-client', client_secret: env.MOK_SANDBOX_CLIENT_SECRET, scope: 'provider_networks' }) });
      assert.equal(token.status, 200, 'the sandbox takes the secret it did not print');
    } finally {
      const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
      child.kill('SIGTERM');
      await exited;
    }
  });

  it('mok call runs any catalogue operation against the sandbox', async () => {
    const { child, url } = await startCliSandbox();
    try {
      const res = await new Promise<{ code: number | null; stdout: string }>((resolve) => {
        const c = spawn(process.execPath, [CLI, 'call', 'serviceRequests.list', '--sandbox', '--base-url', url, '--query', 'page[size]=3', '--json']);
        let stdout = '';
        c.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
        c.on('exit', (code) => resolve({ code, stdout }));
      });
      assert.equal(res.code, 0);
      const parsed = JSON.parse(res.stdout) as { status: number; body: { service_requests: unknown[] } };
      assert.equal(parsed.status, 200);
      assert.equal(parsed.body.service_requests.length, 3);
    } finally {
      child.kill('SIGTERM');
    }
  });

  it('bad usage exits 2 with a message naming the problem', () => {
    const badPort = run(['sandbox', '--port', 'abc']);
    assert.equal(badPort.status, 2);
    assert.match(badPort.stderr, /--port must be a whole number/);
    const unknown = run(['frobnicate']);
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /unknown command "frobnicate"/);
    const badOp = run(['call', 'nope.nothing', '--base-url', 'http://127.0.0.1:9']);
    assert.equal(badOp.status, 2);
    assert.match(badOp.stderr, /unknown operation "nope.nothing"/);
    const badBody = run(['call', 'serviceRequests.create', '--base-url', 'http://127.0.0.1:9', '--body', '{oops']);
    assert.equal(badBody.status, 2);
    assert.match(badBody.stderr, /not valid JSON/);
  });

  it('mok sandbox on a busy port says so and suggests another (exit 2, no stack trace)', async () => {
    const { child, url } = await startCliSandbox();
    try {
      const port = new URL(url).port;
      const busy = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
        const c = spawn(process.execPath, [CLI, 'sandbox', '--port', port], { stdio: ['ignore', 'ignore', 'pipe'] });
        let stderr = '';
        c.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
        c.on('exit', (code) => resolve({ code, stderr }));
      });
      assert.equal(busy.code, 2);
      assert.match(busy.stderr, new RegExp(`port ${port} is already in use; pick another with --port`));
      assert.doesNotMatch(busy.stderr, /\n\s+at /);
    } finally {
      child.kill('SIGTERM');
    }
  });

  it('an unreachable API exits 1 and names the origin', () => {
    const r = run(['call', 'plans.list', '--sandbox', '--base-url', 'http://127.0.0.1:9']);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /network: Could not reach http:\/\/127\.0\.0\.1:9/);
  });

  it('lists operations', () => {
    const r = run(['operations', '--json']);
    assert.equal(r.status, 0);
    const ops = JSON.parse(r.stdout) as Array<{ id: string }>;
    assert.ok(ops.some((o) => o.id === 'serviceRequests.create'));
    assert.ok(ops.some((o) => o.id === 'templates.fill'));
  });
});

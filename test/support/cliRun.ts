// Runs the built `mok` (dist/cli.js) as a child process without blocking this one, so a sandbox
// started in this process keeps answering while the CLI calls it. MOK_BASE_URL and MOK_ORG are
// cleared: each test chooses the API with flags.
import { spawn } from 'node:child_process';
import path from 'node:path';

export const CLI_BUNDLE = path.resolve(__dirname, '../../../cli.js');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], input?: string): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI_BUNDLE, ...args], { env: { ...process.env, MOK_BASE_URL: '', MOK_ORG: '' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
    child.stdin.end(input ?? '');
  });
}

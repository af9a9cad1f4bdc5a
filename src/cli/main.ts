// The `mok` command. Exit codes: 0 ok, 1 the checked thing is invalid / the call failed,
// 2 bad usage or unreadable input. Machine output on stdout (--json), logs on stderr.
import { UsageError } from './args';
import { listOperations, runCall } from './call';
import { runOpenApi } from './openapi';
import { stderrLogger } from './log';
import { runSandbox } from './sandbox';
import { runWebhook } from './webhook';

const USAGE = `Usage: mok <command> [options]

Commands:
  sandbox [--host 127.0.0.1] [--port 4010] [--seed-size N] [--webhook-url URL]
          [--latency-ms N] [--fault-rate P]      run the in-memory MOK + Documents API sandbox
  call OPERATION [--param k=v]... [--query k=v]... [--header k=v]... [--body JSON|@FILE|-]
       [--file part=PATH]... [--example] [--request FILE] [--env NAME] [--base-url URL] [--sandbox]
       [--yes] [--out FILE] [--json]              call any catalogue operation (mok call --help)
  operations [--json] [--api mok|documents]      list the catalogue operations
  openapi [--api mok|documents] [--out FILE]     the catalogue as an OpenAPI 3.1 document
  webhook verify (--secret-env VAR | --secret-file F)
                 (--signature HEX [--body-file F] | --request-file RAW_HTTP) [--json]
                                                 check a webhook signature; say what changed the bytes
  webhook sign (--secret-env VAR | --secret-file F) [--body-file F]
                                                 print the signature of a body (file or stdin)
  webhook send --url URL --event service_request.created|updated [--body-file F]
               (--secret-env VAR | --secret-file F) [--break VARIANT]
                                                 send a signed (or deliberately broken) test webhook
                                                 ("mok webhook --help": details and exit codes)

Global: --verbose (debug log on stderr), --help, --version`;

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const log = stderrLogger(rest.includes('--verbose'));
  try {
    switch (command) {
      case 'sandbox':
        return await runSandbox(rest, log);
      case 'call':
        return await runCall(rest, log);
      case 'operations':
        return listOperations(rest);
      case 'openapi':
        return runOpenApi(rest);
      case 'webhook':
        return await runWebhook(rest, log);
      case undefined:
      case '-h':
      case '--help':
      case 'help':
        (command === undefined ? process.stderr : process.stdout).write(`${USAGE}\n`);
        return command === undefined ? 2 : 0;
      case '-v':
      case '--version':
        process.stdout.write(`mok ${MOK_VERSION}\n`);
        return 0;
      default:
        process.stderr.write(`mok: unknown command "${command}".\n\n${USAGE}\n`);
        return 2;
    }
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`mok ${command ?? ''}: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

// Replaced at build time by esbuild (`define`) with package.json's version.
declare const MOK_VERSION: string;

/**
 * A reader that goes away (`mok operations | head`) is not an error: further output is dropped
 * and the command finishes quietly instead of dying with an EPIPE stack trace.
 */
export function tolerateClosedStdout(): void {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') return;
    process.stderr.write(`mok: cannot write to standard output: ${e.message}\n`);
    process.exitCode = 2;
  });
}

if (require.main === module) {
  tolerateClosedStdout();
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`mok: unexpected failure: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = 1;
    },
  );
}

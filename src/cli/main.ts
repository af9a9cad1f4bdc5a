// RECONSTRUCTED: the original src/cli/main.ts was overwritten by accident (host-tests helper);
// this is a stand-in dispatcher written from args.ts/call.ts/log.ts/sandbox.ts — please review.
// Entry point of the `mok` CLI: dispatches subcommands; usage errors exit 2, failures exit 1.
import { UsageError } from './args';
import { listOperations, runCall } from './call';
import { stderrLogger } from './log';
import { runSandbox } from './sandbox';

const USAGE = `Usage: mok <command> [flags]

Commands:
  sandbox      run the MOK Integration + Documents API sandbox (mok sandbox --help)
  call <op>    call any catalogue operation (mok call --help)
  operations   list the catalogue operations

Global flags: --verbose (debug logging on stderr), --help, --version
`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const log = stderrLogger(argv.includes('--verbose'));
  switch (command) {
    case 'sandbox':
      return runSandbox(rest, log);
    case 'call':
      return runCall(rest, log);
    case 'operations':
      return listOperations(rest);
    case '--version':
    case '-v':
      process.stdout.write(`${process.env.npm_package_version ?? '0.1.0'}\n`);
      return 0;
    case undefined:
    case '--help':
    case '-h':
    case 'help':
      process.stdout.write(USAGE);
      return command === undefined ? 2 : 0;
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (e: unknown) => {
    if (e instanceof UsageError) {
      process.stderr.write(`mok: ${e.message}\n${USAGE}`);
      process.exitCode = 2;
    } else {
      process.stderr.write(`mok: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = 1;
    }
  },
);

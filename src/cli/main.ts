// The `mok` command. Exit codes: 0 ok, 1 the checked thing is invalid / the call failed,
// 2 bad usage or unreadable input. Machine output on stdout (--json), logs on stderr.
// Each command's module is imported when it runs, so `mok validate` starts without loading the
// sandbox or the API client (cold start matters when CI runs it per file).
import { UsageError } from './args';
import { stderrLogger } from './log';

const USAGE = `Usage: mok <command> [options]

Commands:
  sandbox [--host 127.0.0.1] [--port 4010] [--seed-size N] [--webhook-url URL]
          [--latency-ms N] [--fault-rate P] [--simulate-every SECONDS] [--partner-webhooks]
          [--webhook-auth none|basic|bearer|fetched-bearer] [--webhook-auth-keys K=V,…]
                                                 run the in-memory MOK + Documents API sandbox
  sandbox trigger created|updated [--service-request ID] [--status S] [--url URL]
                                                 a MOK-side change (it sends the webhook)
  call OPERATION [--param k=v]... [--query k=v]... [--header k=v]... [--body JSON|@FILE|-]
       [--file part=PATH]... [--example] [--request FILE] [--env NAME] [--base-url URL] [--sandbox]
       [--yes] [--out FILE] [--json]              call any catalogue operation (mok call --help)
  operations [--json] [--api mok|documents]      list the catalogue operations
  openapi [--api mok|documents] [--out FILE]     the catalogue as an OpenAPI 3.1 document
  validate [--schema SCHEMA.json | --template ID@MAJOR[.MINOR] [--org ORG]] FILE...
           [--formats assert|annotate] [--json | --format text|json|sarif|junit]
                                                 validate fill files / JSON against a template structure
  schema lint SCHEMA.json... [--json | --format sarif]
                                                 check template structures (rule id per finding)
  scaffold ID@MAJOR[.MINOR] [--org ORG] [--language L] [--out FILE]
                                                 print a new fill file with valid example values
  fill FILLFILE [--wait] [--out FILE] [--json]   fill a template from a fill file (checked first: refused
                                                 when invalid or when the fill would FAIL, unless --force)
  template pull ID[@MAJOR[.MINOR]] [--org ORG] --dir DIR
                                                 a published version as a template folder
  template check DIR [--json]                    check a template folder (structure, sources, examples)
  template publish DIR [--dry-run] [--json] [--as minor|major]
                                                 publish a template folder as a new minor or major,
                                                 predicting the API's verdict first
  template diff ID@A ID@B [--json]               what changed between two versions' structures, and
                                                 which changes break existing fill data
  webhook verify (--secret-env VAR | --secret-file F)
                 (--signature HEX [--body-file F] | --request-file RAW_HTTP) [--json]
                                                 check a webhook signature; say what changed the bytes
  webhook sign (--secret-env VAR | --secret-file F) [--body-file F]
                                                 print the signature of a body (file or stdin)
  webhook send --url URL --event service_request.created|updated [--body-file F]
               (--secret-env VAR | --secret-file F) [--break VARIANT]
                                                 send a signed (or deliberately broken) test webhook
  webhook listen [--host 127.0.0.1] [--port N] [--store DIR] (--secret-env VAR | --secret-file F)
                 [--forward URL] [--json]        the webhook inbox: capture, persist, verify, forward
  webhook list --store DIR [--json]              what an inbox holds
  webhook replay ID --store DIR --url URL        send a stored request again, byte for byte
                                                 ("mok webhook --help": details and exit codes)

Exit codes: 0 ok, 1 the checked thing is invalid / the call failed, 2 bad usage or unreadable input.
"mok <command> --help" explains each command.

Global: --verbose (debug log on stderr), --help, --version`;

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const log = stderrLogger(rest.includes('--verbose'));
  try {
    switch (command) {
      case 'sandbox':
        return await (await import('./sandbox.js')).runSandbox(rest, log);
      case 'call':
        return await (await import('./call.js')).runCall(rest, log);
      case 'operations':
        return (await import('./call.js')).listOperations(rest);
      case 'openapi':
        return (await import('./openapi.js')).runOpenApi(rest);
      case 'webhook':
        return await (await import('./webhook.js')).runWebhook(rest, log);
      case 'validate':
        return await (await import('./validate.js')).runValidate(rest, log);
      case 'schema':
        return (await import('./schemaLint.js')).runSchema(rest);
      case 'scaffold':
        return await (await import('./scaffold.js')).runScaffold(rest, log);
      case 'fill':
        return await (await import('./fill.js')).runFill(rest, log);
      case 'template':
        return await (await import('./template.js')).runTemplate(rest, log);
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

// `mok openapi [--api mok|documents] [--out FILE]`: the catalogue as an OpenAPI 3.1 document.
import { writeFileSync } from 'node:fs';
import { openApiDocument } from '../core/catalogue/openapi';
import { UsageError, parseFlags } from './args';

export const OPENAPI_USAGE = `Usage: mok openapi [--api mok|documents] [--out FILE]

Writes the endpoint catalogue as an OpenAPI 3.1 document (paths, parameters, headers, bodies,
answers, the documents' examples, security schemes) to FILE or standard output.`;

export function runOpenApi(args: string[]): number {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${OPENAPI_USAGE}\n`);
    return 0;
  }
  const { values } = parseFlags(args, { api: { type: 'string' }, out: { type: 'string' }, verbose: { type: 'boolean' } });
  if (values.api !== undefined && values.api !== 'mok' && values.api !== 'documents') throw new UsageError(`--api is mok or documents, got "${values.api}".`);
  const text = `${JSON.stringify(openApiDocument({ api: values.api }), null, 2)}\n`;
  if (values.out) {
    try {
      writeFileSync(values.out, text);
    } catch (e) {
      throw new UsageError(`cannot write ${values.out}: ${e instanceof Error ? e.message : String(e)}`);
    }
    process.stderr.write(`wrote ${values.out}\n`);
  } else process.stdout.write(text);
  return 0;
}

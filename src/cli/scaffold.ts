// `mok scaffold ID@MAJOR[.MINOR] [--org ORG] [--language L] [--out FILE]`: prints a new fill file
// for that template version whose fields_values satisfy its structure — the generator behind the
// editor's "New Fill File…". A minor given on the command line is pinned in the file.
import { writeFileSync } from 'node:fs';
import { parseTemplateRef, templateRefWords } from '../core/fill/fillFile';
import { scaffoldFillFile } from '../core/fill/scaffold';
import { apiTemplateSource, resolveTemplate } from '../core/fill/templates';
import type { Logger } from '../core/logger';
import { SchemaValidator } from '../core/validation/ajv';
import { TARGET_OPTIONS, TARGET_USAGE, resolveTarget } from './target';
import { UsageError, parseFlags } from './args';
import { err, out } from './output';

export const SCAFFOLD_USAGE = `Usage: mok scaffold ID@MAJOR[.MINOR] [--org ORG] [--language L] [--out FILE]

Prints a new fill file (*.mok-fill.json) for a template version: the binding, language,
document, fill_priority and fields_values with example values that satisfy the structure.
The latest minor is used when .MINOR is left out (and pinned in the file when given).
${TARGET_USAGE}
Exit codes: 0 written, 1 the API call failed, 2 bad usage (or no such template, version or language).`;

export async function runScaffold(args: string[], log: Logger): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    out(`${SCAFFOLD_USAGE}\n`);
    return 0;
  }
  const { values, positionals } = parseFlags(args, { language: { type: 'string' }, out: { type: 'string' }, verbose: { type: 'boolean' }, ...TARGET_OPTIONS }, true);
  const raw = positionals[0];
  if (!raw || positionals.length > 1) throw new UsageError('name one template version, e.g. "mok scaffold factura_mensual@1" (see --help).');
  const ref = parseTemplateRef(raw);
  if (!ref) throw new UsageError(`the template version is ID@MAJOR or ID@MAJOR.MINOR, like factura_mensual@1.1; got "${raw}".`);
  const target = await resolveTarget(values, log);
  try {
    const org = values.org ?? target.environment.org;
    const resolved = await resolveTemplate(apiTemplateSource(target.client, target.environment.documentsBaseUrl), { ...ref, org }, { pointerBase: '' });
    if (!resolved.ok) {
      const why = resolved.problems.map((p) => p.message).join('; ');
      if (resolved.reason === 'missing') throw new UsageError(why);
      err(`mok scaffold: ${why}`);
      return 1;
    }
    const detail = resolved.template.detail;
    if (values.language !== undefined && !detail.languages.includes(values.language)) {
      throw new UsageError(`${detail.external_id} v${detail.version} has no ${values.language} source; its languages: ${detail.languages.join(', ')}.`);
    }
    const scaffold = scaffoldFillFile(detail, new SchemaValidator(), {
      pinMinor: ref.minor !== undefined,
      ...(values.org !== undefined ? { org: values.org } : {}),
      ...(values.language !== undefined ? { language: values.language } : {}),
    });
    if (!scaffold.valid) err(`mok scaffold: warning: no example satisfies every rule of ${templateRefWords(ref)}; "mok validate" on the file names what is left.`);
    if (values.out !== undefined) {
      writeFileSync(values.out, scaffold.text);
      err(`mok scaffold: wrote ${values.out} (${detail.external_id} v${detail.version})`);
    } else out(scaffold.text);
    return 0;
  } finally {
    await target.close();
  }
}

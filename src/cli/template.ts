// `mok template …`: pull / check / publish a template folder (templateFolder.ts, templatePublish.ts)
// and `mok template diff ID@A ID@B`: what changed between two versions' structures, each change
// classified as breaking or not for fill data written for the first one.
import { parseTemplateRef, templateRefWords, type TemplateRef } from '../core/fill/fillFile';
import { apiTemplateSource, resolveTemplate, type TemplateSource } from '../core/fill/templates';
import type { Logger } from '../core/logger';
import type { TemplateVersionDetail } from '../core/models/documents';
import { diffStructures } from '../core/schema/diff';
import { UsageError, parseFlags } from './args';
import { count, err, out } from './output';
import { TARGET_OPTIONS, TARGET_USAGE, resolveTarget } from './target';

export const TEMPLATE_USAGE = `Usage: mok template pull ID[@MAJOR[.MINOR]] [--org ORG] --dir DIR [--force]
       mok template check DIR [--json]
       mok template publish DIR [--dry-run] [--json] [--as minor|major] [--changelog TEXT] [--force]
       mok template diff ID@MAJOR[.MINOR] ID@MAJOR[.MINOR] [--org ORG] [--json]

A template folder (README, "Template folders"): template.json, structure.json,
sources/<LANG>.hbs + sources/<LANG>.config.json per language, examples/*.json fill files.

pull     writes a published version into DIR (the latest minor of the latest major when left
         out): its sources and editor configs byte for byte, and an example fill file. A DIR that
         already holds a template.json is refused unless --force.
check    the structure linted, each source analysed against the structure (variables used but not
         declared, required fields never used), every example validated and its fill predicted,
         template.json's rules (external_id characters, languages, tags). Text:
         file:line:col  /pointer  rule  [warning: ]message; --json: {valid, summary:{errors,
         warnings, infos}, problems:[{file, line, column, pointer, code, severity, message}]}.
publish  compares DIR with the latest published minor of its major and classifies the change as
         the Documents API does: a new minor only for non-breaking changes (languages added,
         sources or configs updated, description, tags); a changed structure, a removed source
         or a changed default language is breaking (the API answers 409 to such a minor). Then
         sends it: a new minor, or the first version of a new template; a breaking change only
         with --as major (a new major). --as minor sends a minor whatever the prediction (the
         API decides). Refused when the check finds errors, unless --force. --changelog TEXT
         (default: the reasons). After publishing, template.json names the new version.
         --dry-run sends nothing and prints the prediction; with --json:
         {"kind":"minor"|"major"|"none", "reasons":[{code, breaking, message, language?}],
          "problems":[…as check…], "against":{external_id, version, org}, "fill_data":{breaking,
          changes}} — also when the check finds problems. Its exit code is the one publishing
         would have.
diff     compares the structures of two dynamic template versions (the latest minor when .MINOR is left
out): fields added, removed, newly required or no longer required; type, enum, const, format,
pattern and limits changed; undeclared fields newly refused; conditional rules changed. Each
change says whether it breaks fill data written for the first version.

  --json   one JSON document on stdout:
           {from:{external_id, version}, to:{external_id, version}, breaking, changes:[{path, pointer, kind, breaking, message, before, after}]}
  API, chosen as "mok call" chooses it:
${TARGET_USAGE}

Exit codes: 0 ok (diff: compared, whatever changed; publish: published or nothing to publish),
1 problems found (check), publish refused (by the check, a breaking change without --as major,
or the API) or the API call failed, 2 bad usage (or no such template or version: the message
lists what exists; a DIR that is not a folder).`;

function refArg(raw: string | undefined, which: string): TemplateRef {
  const ref = raw === undefined ? undefined : parseTemplateRef(raw);
  if (!ref) throw new UsageError(`the ${which} version is ID@MAJOR or ID@MAJOR.MINOR, like factura_mensual@1.1; got ${raw === undefined ? 'nothing' : `"${raw}"`}.`);
  return ref;
}

async function version(source: TemplateSource, ref: TemplateRef): Promise<TemplateVersionDetail | number> {
  const resolved = await resolveTemplate(source, ref, { pointerBase: '' });
  if (resolved.ok) return resolved.template.detail;
  const why = resolved.problems.map((p) => p.message).join('; ');
  if (resolved.reason === 'missing') throw new UsageError(`${templateRefWords(ref)}: ${why}`);
  err(`mok template diff: ${why}`);
  return 1;
}

async function runDiff(args: string[], log: Logger): Promise<number> {
  const { values, positionals } = parseFlags(args, { json: { type: 'boolean' }, verbose: { type: 'boolean' }, ...TARGET_OPTIONS }, true);
  if (positionals.length !== 2) throw new UsageError('name two versions, e.g. "mok template diff factura_mensual@1.1 factura_mensual@2" (see --help).');
  const from = refArg(positionals[0], 'first');
  const to = refArg(positionals[1], 'second');
  const target = await resolveTarget(values, log);
  try {
    const org = values.org ?? target.environment.org;
    const source = apiTemplateSource(target.client, target.environment.documentsBaseUrl);
    const a = await version(source, { ...from, org });
    if (typeof a === 'number') return a;
    const b = await version(source, { ...to, org });
    if (typeof b === 'number') return b;
    const changes = diffStructures(a.structure, b.structure);
    const breaking = changes.filter((c) => c.breaking).length;
    if (values.json) {
      out(`${JSON.stringify({ from: { external_id: a.external_id, version: a.version }, to: { external_id: b.external_id, version: b.version }, breaking, changes }, null, 2)}\n`);
      return 0;
    }
    const head = `${a.external_id} ${a.version} → ${b.external_id} ${b.version}`;
    if (!changes.length) {
      out(`${head}: the structures are the same\n`);
      return 0;
    }
    const width = Math.min(40, Math.max(...changes.map((c) => c.path.length)));
    out(`${head}: ${count(changes.length, 'change')}, ${breaking} breaking for existing fill data\n`);
    for (const c of changes) out(`  ${(c.breaking ? 'breaking' : 'ok').padEnd(8)}  ${c.path.padEnd(width)}  ${c.kind}: ${c.message}\n`);
    return 0;
  } finally {
    await target.close();
  }
}

export async function runTemplate(args: string[], log: Logger): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === undefined || sub === '--help' || sub === '-h' || rest.includes('--help') || rest.includes('-h')) {
    (sub === undefined ? process.stderr : process.stdout).write(`${TEMPLATE_USAGE}\n`);
    return sub === undefined ? 2 : 0;
  }
  if (sub === 'diff') return runDiff(rest, log);
  if (sub === 'pull') return (await import('./templateFolder.js')).runPull(rest, log);
  if (sub === 'check') return (await import('./templateFolder.js')).runCheck(rest);
  if (sub === 'publish') return (await import('./templatePublish.js')).runPublish(rest, log);
  throw new UsageError(`unknown subcommand "${sub}"; use pull, check, publish or diff (see --help).`);
}

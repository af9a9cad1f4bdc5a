// `mok template publish DIR [--dry-run] [--json]`: the folder checked, compared with the latest
// published minor of its major and classified as the Documents API would (none / minor / major,
// each reason listed, and whether existing fill data stays valid); then — unless --dry-run — sent
// as a new minor, a new major (--as major, or the first version of a new template), and the
// resulting version and changelog entry printed. A refusal by the API (409) is printed next to
// the prediction. Exit 0 published (or nothing to publish), 1 problems found or publish refused
// (by us or by the API), 2 bad usage.
import path from 'node:path';
import { checkTemplateFolder } from '../core/authoring/check';
import { TEMPLATE_FILE, nodeFolderIo } from '../core/authoring/folder';
import type { PublishPrediction } from '../core/authoring/predict';
import { predictPublish } from '../core/authoring/predict';
import { defaultChangelog, defaultPublishAs, folderOrg, loadBase, publishFolder, publishedMetadataText, staleBaseProblem, type PublishAs } from '../core/authoring/publish';
import type { Logger } from '../core/logger';
import { formatProblem, type Problem } from '../core/problems/problem';
import { SchemaValidator } from '../core/validation/ajv';
import { UsageError, parseFlags } from './args';
import { err, out } from './output';
import { TARGET_OPTIONS, resolveTarget } from './target';
import { folderProblemsJson, folderProblemsText, placeFolderProblems, readTemplateDir, summaryWords } from './templateFolder';

function predictionText(p: PublishPrediction, externalId: string): string {
  const lines: string[] = [];
  const against = p.against ? `${p.against.version} (${p.against.org})` : '';
  lines.push(`${externalId}: ${p.kind === 'none' ? 'nothing changed' : `a new ${p.kind}`}${against ? ` — compared with ${against}` : ''}`);
  for (const r of p.reasons) lines.push(`  ${r.breaking ? 'breaking' : 'ok'.padEnd(8)}  ${r.code.padEnd(24)}  ${r.message}`);
  if (p.fillData) {
    const { breaking, changes } = p.fillData;
    if (!changes.length) lines.push('Existing fill data: the structure has no field changes.');
    else {
      lines.push(breaking ? `Existing fill data: ${breaking} of ${changes.length} structure change(s) can make it invalid:` : `Existing fill data stays valid (${changes.length} compatible structure change(s)):`);
      for (const c of changes) lines.push(`  ${(c.breaking ? 'breaking' : 'ok').padEnd(8)}  ${c.path}  ${c.kind}: ${c.message}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

function predictionJson(p: PublishPrediction | undefined, problems: unknown[]): Record<string, unknown> {
  return {
    kind: p?.kind ?? 'none',
    reasons: p?.reasons ?? [],
    problems,
    ...(p?.against ? { against: p.against } : {}),
    ...(p?.fillData ? { fill_data: { breaking: p.fillData.breaking, changes: p.fillData.changes } } : {}),
  };
}

function asFlag(raw: string | undefined): 'minor' | 'major' | undefined {
  if (raw === undefined) return undefined;
  if (raw === 'minor' || raw === 'major') return raw;
  throw new UsageError(`--as takes minor or major, got "${raw}".`);
}

export async function runPublish(args: string[], log: Logger): Promise<number> {
  const { values, positionals } = parseFlags(
    args,
    { 'dry-run': { type: 'boolean' }, json: { type: 'boolean' }, as: { type: 'string' }, changelog: { type: 'string' }, force: { type: 'boolean' }, verbose: { type: 'boolean' }, ...TARGET_OPTIONS },
    true,
  );
  if (positionals.length !== 1) throw new UsageError('name one template folder: "mok template publish DIR" (see --help).');
  const dir = positionals[0] ?? '';
  const wanted = asFlag(values.as);
  const files = await readTemplateDir(dir);
  const check = await checkTemplateFolder(files, { validator: new SchemaValidator() });
  const target = await resolveTarget(values, log);
  try {
    const org = folderOrg(files, target.client, values.org);
    const base = await loadBase(target.client, files, { org });
    const stale = staleBaseProblem(files, base);
    if (stale) check.files.get(TEMPLATE_FILE)?.push(stale);
    const placed = placeFolderProblems(dir, files, check);
    const prediction = base ? predictPublish(files, base) : undefined;
    const externalId = base?.kind === 'version' ? base.version.detail.external_id : base ? base.externalId : '?';
    const hasErrors = check.summary.errors > 0;
    const as: PublishAs | undefined = !base || !prediction ? undefined : base.kind === 'new-template' ? 'create' : prediction.kind === 'none' ? undefined : (wanted ?? defaultPublishAs(base, prediction));
    // A breaking change is published as a new major only when asked for: never by surprise.
    const refusedBreaking = prediction?.kind === 'major' && base?.kind === 'version' && as === 'major' && wanted !== 'major';
    const blocked = !prediction || (hasErrors && !values.force) || refusedBreaking;

    if (values['dry-run'] || blocked || !as || !base) {
      if (values.json) out(`${JSON.stringify(predictionJson(prediction, folderProblemsJson(placed)), null, 2)}\n`);
      else {
        out(folderProblemsText(placed));
        if (prediction) out(predictionText(prediction, externalId));
      }
      if (!prediction) err('mok template publish: template.json names no usable external_id: nothing to compare with (see the problems above).');
      if (hasErrors) err(`mok template publish: ${summaryWords(check)}${values.force ? '' : ': fix them, or add --force to publish anyway'}`);
      if (refusedBreaking) err(`mok template publish: this is a breaking change for major ${base.version.detail.version.split('.')[0] ?? ''}: add --as major to publish it as a new major (or --as minor to send it as a minor anyway and see the API's answer).`);
      if (!values['dry-run'] && prediction?.kind === 'none') err('mok template publish: nothing to publish: the folder is the published version.');
      return blocked ? 1 : 0;
    }

    const changelog = values.changelog ?? defaultChangelog(prediction);
    const major = base.kind === 'version' ? Number(base.version.detail.version.split('.')[0]) : undefined;
    const outcome = await publishFolder(target.client, files, as, { changelog, org, ...(major !== undefined ? { major } : {}) });
    if (!outcome.ok) {
      if (values.json) out(`${JSON.stringify({ ...predictionJson(prediction, folderProblemsJson(placed)), published: false, refused: { status: outcome.status, errors: outcome.problems.map((p: Problem) => ({ code: p.code, message: p.message })) } }, null, 2)}\n`);
      else out(predictionText(prediction, externalId));
      err(`mok template publish: the API refused the ${as === 'minor' ? 'new minor' : as === 'major' ? 'new major' : 'template'} (HTTP ${outcome.status}):`);
      for (const p of outcome.problems) err(`  ${formatProblem(p)}`);
      err(`  predicted: ${prediction.kind}${prediction.reasons.filter((r) => r.breaking).map((r) => `; ${r.message}`).join('')}`);
      return 1;
    }
    const metaText = files.get(TEMPLATE_FILE);
    if (metaText !== undefined) await nodeFolderIo(dir).write(TEMPLATE_FILE, publishedMetadataText(metaText, outcome.summary.version));
    if (values.json) {
      out(`${JSON.stringify({ ...predictionJson(prediction, folderProblemsJson(placed)), published: true, version: outcome.summary.version, changelog: outcome.changelog ?? null }, null, 2)}\n`);
    } else {
      out(`published ${outcome.summary.external_id} ${outcome.summary.version} (${org})\n`);
      if (outcome.changelog) out(`changelog: ${outcome.changelog.from_version ?? '—'} → ${outcome.changelog.to_version}  ${outcome.changelog.changelog}${outcome.changelog.subject ? `  (${outcome.changelog.subject})` : ''}\n`);
      err(`mok template publish: ${path.join(dir, TEMPLATE_FILE)} now names version ${outcome.summary.version}`);
    }
    return 0;
  } finally {
    await target.close();
  }
}

// `mok template pull ID[@MAJOR[.MINOR]] --dir DIR` and `mok template check DIR`: a template as a
// folder (src/core/authoring/folder.ts) written from a published version, and checked — each
// finding at file:line:col, exit 1 when one is an error.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { checkTemplateFolder, type FolderCheck } from '../core/authoring/check';
import { nodeFolderIo, readFolder, writeFolder, TEMPLATE_FILE } from '../core/authoring/folder';
import { downloadVersion, pulledFolder } from '../core/authoring/remote';
import { templateRefWords, type TemplateRef } from '../core/fill/fillFile';
import { apiTemplateSource, resolveTemplate } from '../core/fill/templates';
import type { Logger } from '../core/logger';
import { parseTemplateVersion } from '../core/models/documents';
import { SchemaValidator } from '../core/validation/ajv';
import { UsageError, parseFlags } from './args';
import { err, out } from './output';
import { placeProblems, type PlacedProblem } from './report';
import { TARGET_OPTIONS, resolveTarget } from './target';

/** `factura_mensual`, `factura_mensual@2`, `factura_mensual@2.1`. */
export function parsePullRef(raw: string | undefined): { externalId: string; major?: number; minor?: number } {
  const m = /^([a-z0-9_]+)(?:@(\d+)(?:\.(\d+))?)?$/.exec(raw?.trim() ?? '');
  if (!m?.[1]) throw new UsageError(`name the template as ID, ID@MAJOR or ID@MAJOR.MINOR, like factura_mensual@1.1; got ${raw === undefined ? 'nothing' : `"${raw}"`}.`);
  return { externalId: m[1], ...(m[2] !== undefined ? { major: Number(m[2]) } : {}), ...(m[3] !== undefined ? { minor: Number(m[3]) } : {}) };
}

/** The folder's files, or a usage error when DIR is not a readable directory. */
export async function readTemplateDir(dir: string): Promise<Map<string, string>> {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(`${dir} is not a folder: name the template folder (the one holding template.json).`);
  return readFolder(nodeFolderIo(dir));
}

export interface PlacedFile {
  file: string;
  problems: PlacedProblem[];
}

/** Each file's problems at line:column, files in layout order. */
export function placeFolderProblems(dir: string, files: ReadonlyMap<string, string>, check: FolderCheck): PlacedFile[] {
  return [...check.files.entries()].filter(([, p]) => p.length).map(([rel, problems]) => ({ file: path.join(dir, rel), problems: placeProblems(files.get(rel) ?? '', problems) }));
}

export function folderProblemsText(placed: readonly PlacedFile[]): string {
  return placed
    .flatMap((f) => f.problems.map((p) => `${f.file}:${p.line}:${p.column}  ${p.pointer || '/'}  ${p.code}  ${p.severity === 'error' ? '' : `${p.severity}: `}${p.message}\n`))
    .join('');
}

/** Problems as the JSON outputs list them: one entry per problem, its file first. */
export function folderProblemsJson(placed: readonly PlacedFile[]): { file: string; line: number; column: number; pointer: string; code: string; severity: string; message: string }[] {
  return placed.flatMap((f) => f.problems.map((p) => ({ file: f.file, line: p.line, column: p.column, pointer: p.pointer, code: p.code, severity: p.severity, message: p.message })));
}

export function summaryWords(check: FolderCheck): string {
  const { errors, warnings } = check.summary;
  return `${errors === 1 ? '1 error' : `${errors} errors`}, ${warnings === 1 ? '1 warning' : `${warnings} warnings`}`;
}

export async function runCheck(args: string[]): Promise<number> {
  const { values, positionals } = parseFlags(args, { json: { type: 'boolean' }, verbose: { type: 'boolean' } }, true);
  if (positionals.length !== 1) throw new UsageError('name one template folder: "mok template check DIR" (see --help).');
  const dir = positionals[0] ?? '';
  const files = await readTemplateDir(dir);
  const check = await checkTemplateFolder(files, { validator: new SchemaValidator() });
  const placed = placeFolderProblems(dir, files, check);
  const valid = check.summary.errors === 0;
  if (values.json) {
    out(`${JSON.stringify({ valid, summary: check.summary, problems: folderProblemsJson(placed) }, null, 2)}\n`);
  } else {
    out(folderProblemsText(placed));
    err(`mok template check: ${dir}: ${summaryWords(check)}`);
  }
  return valid ? 0 : 1;
}

export async function runPull(args: string[], log: Logger): Promise<number> {
  const { values, positionals } = parseFlags(args, { dir: { type: 'string' }, force: { type: 'boolean' }, verbose: { type: 'boolean' }, ...TARGET_OPTIONS }, true);
  if (positionals.length !== 1) throw new UsageError('name one template: "mok template pull factura_mensual@1 --dir DIR" (see --help).');
  const ref = parsePullRef(positionals[0]);
  const dir = values.dir;
  if (!dir) throw new UsageError('--dir DIR is required: the folder to write the template into.');
  if (existsSync(path.join(dir, TEMPLATE_FILE)) && !values.force) throw new UsageError(`${dir} already holds a template (template.json): pull into another folder, or add --force to overwrite its files.`);
  const target = await resolveTarget(values, log);
  try {
    const org = values.org ?? target.environment.org;
    const source = apiTemplateSource(target.client, target.environment.documentsBaseUrl);
    let major = ref.major;
    if (major === undefined) {
      const majors = await source.majors(ref.externalId, org);
      major = Math.max(0, ...majors.map((m) => parseTemplateVersion(m.version)?.major ?? 0)) || 1;
    }
    const full: TemplateRef = { externalId: ref.externalId, major, org, ...(ref.minor !== undefined ? { minor: ref.minor } : {}) };
    const resolved = await resolveTemplate(source, full, { pointerBase: '' });
    if (!resolved.ok) {
      const why = resolved.problems.map((p) => p.message).join('; ');
      if (resolved.reason === 'missing') throw new UsageError(`${templateRefWords(full)}: ${why}`);
      err(`mok template pull: ${why}`);
      return 1;
    }
    const version = await downloadVersion(target.client, resolved.template.detail, org);
    if (version.unavailable.size) {
      for (const [rel, why] of version.unavailable) err(`mok template pull: could not download ${rel}: ${why}`);
      return 1;
    }
    const files = pulledFolder(version, new SchemaValidator());
    await writeFolder(nodeFolderIo(dir), files);
    out([...files.keys()].map((rel) => `${path.join(dir, rel)}\n`).join(''));
    err(`mok template pull: ${version.detail.external_id} ${version.detail.version} (${org}) → ${dir}, ${files.size} files`);
    return 0;
  } finally {
    await target.close();
  }
}

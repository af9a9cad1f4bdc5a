// Checking a template folder, every file at once, each finding at its exact place in its file:
//   template.json          the metadata rules (metadata.ts), and what the folder lacks
//   structure.json         the structure linter (meta-schema + lint rules), required fields no
//                          source uses (unused.ts)
//   sources/<LANG>.hbs     the source analysis against the structure (src/core/sources/check.ts);
//                          a file name that is not an API language; a source without its config
//   sources/<LANG>.config.json   JSON syntax; a config without its source
//   examples/*.json        each fill file against the structure (src/core/fill/checkFill.ts), its
//                          language against the folder's, and what its fill would do with that
//                          language's source (src/core/fill/predict.ts)
// The editor shows these as diagnostics and a summary; `mok template check` prints them.
import { isJsonObject } from '../json/canonical';
import { english, type Localizer } from '../l10n';
import { lintStructureText } from '../lint/lint';
import { templateLanguages, type TemplateVersionDetail } from '../models/documents';
import { checkFillText } from '../fill/checkFill';
import { predictFill, type SourceText } from '../fill/predict';
import { parseJsonText } from '../problems/fromSyntax';
import type { Problem } from '../problems/problem';
import { checkSource } from '../sources/check';
import type { DataPath } from '../sources/paths';
import type { SchemaValidator } from '../validation/ajv';
import { closest } from '../wording/suggest';
import { CONFIG_SUFFIX, HBS_SUFFIX, STRUCTURE_FILE, TEMPLATE_FILE, configFile, exampleFiles, folderLanguages, folderMetadata, isTemplateLanguage, sourceFile, type FolderFiles } from './folder';
import { metadataProblems } from './metadata';
import { requiredNeverUsed } from './unused';

export interface FolderSummary {
  errors: number;
  warnings: number;
  infos: number;
}

export interface FolderCheck {
  /** Problems per file of the folder (relative path); template.json also holds the folder's own. */
  files: Map<string, Problem[]>;
  summary: FolderSummary;
  /** The parsed structure, when structure.json is JSON. */
  structure?: unknown;
}

export interface FolderCheckOptions {
  validator: SchemaValidator;
  l10n?: Localizer;
}

const WHOLE_FILE = { offset: 0, length: 0 };

function folderProblem(code: string, severity: Problem['severity'], message: string, whole = false): Problem {
  return { pointer: '', code, severity, origin: 'lint', message, ...(whole ? { span: WHOLE_FILE } : {}) };
}

export function summarize(files: ReadonlyMap<string, readonly Problem[]>): FolderSummary {
  const all = [...files.values()].flat();
  return { errors: all.filter((p) => p.severity === 'error').length, warnings: all.filter((p) => p.severity === 'warning').length, infos: all.filter((p) => p.severity === 'info').length };
}

/** A version detail for the folder as it is, so the fill prediction reads it like a published one. */
export function folderDetail(files: FolderFiles, structure: unknown): TemplateVersionDetail {
  const meta = folderMetadata(files);
  const languages = folderLanguages(files).filter(isTemplateLanguage);
  return {
    external_id: meta.externalId ?? 'template',
    description: meta.description ?? '',
    version: meta.version ? `${meta.version.major}.${meta.version.minor}` : '0.0',
    default_language: meta.defaultLanguage ?? languages[0] ?? 'ES',
    languages,
    tags: meta.tags ?? [],
    creation_date: new Date(0).toISOString(),
    structure: isJsonObject(structure) ? structure : {},
    sources: languages.map((l) => ({ language: l, template_url: sourceFile(l), editor_config_url: configFile(l), engine_version: meta.engineVersions?.[l] ?? meta.engineVersion ?? '' })),
  };
}

/** The folder's sources as texts (what the fill prediction and the preview read). */
export function folderSources(files: FolderFiles): SourceText[] {
  return folderLanguages(files).flatMap((language) => {
    const text = files.get(sourceFile(language));
    return text === undefined ? [] : [{ language, url: sourceFile(language), text }];
  });
}

function checkSources(files: FolderFiles, structure: unknown, l10n: Localizer, out: Map<string, Problem[]>): { reads: DataPath[]; parsed: number } {
  const reads: DataPath[] = [];
  let parsed = 0;
  const usable = isJsonObject(structure) || typeof structure === 'boolean';
  for (const language of folderLanguages(files)) {
    const hbs = sourceFile(language);
    const cfg = configFile(language);
    const hbsText = files.get(hbs);
    const cfgText = files.get(cfg);
    const wrongName = (file: string) => {
      const near = closest(language.toUpperCase(), templateLanguages) ?? closest(language, templateLanguages);
      const hint = near ? l10n.t(' (did you mean {0}?)', near) : '';
      return folderProblem('template/source-language', 'error', l10n.t('{0}: {1} is not a language of the Documents API ({2}){3}', file, language, templateLanguages.join(', '), hint), true);
    };
    if (hbsText !== undefined) {
      const problems: Problem[] = [];
      if (!isTemplateLanguage(language)) problems.push(wrongName(hbs));
      if (cfgText === undefined) problems.push(folderProblem('template/config-missing', 'error', l10n.t('{0} has no editor configuration: add {1} (every language is uploaded as an HBS file and an editor-config JSON file)', hbs, cfg), true));
      const check = checkSource(hbsText, { structure: usable ? structure : true, l10n });
      // Without a usable structure there is nothing to compare variables with: syntax only.
      problems.push(...(usable ? check.problems : check.problems.filter((p) => p.code === 'source/syntax')));
      if (check.ok) parsed++;
      reads.push(...check.usage.variables.map((v) => v.path));
      out.set(hbs, problems);
    }
    if (cfgText !== undefined) {
      const problems: Problem[] = [];
      if (hbsText === undefined) problems.push(folderProblem('template/source-missing', 'error', l10n.t('{0} has no source: add {1}, or remove this file', cfg, hbs), true));
      else if (!isTemplateLanguage(language)) problems.push(wrongName(cfg));
      problems.push(...parseJsonText(cfgText, l10n).problems);
      out.set(cfg, problems);
    }
  }
  return { reads, parsed };
}

async function checkExamples(files: FolderFiles, structure: unknown, options: FolderCheckOptions, out: Map<string, Problem[]>): Promise<void> {
  const l10n = options.l10n ?? english;
  const usable = isJsonObject(structure) || typeof structure === 'boolean';
  const languages = folderLanguages(files).filter(isTemplateLanguage);
  const detail = folderDetail(files, structure);
  const sources = folderSources(files);
  for (const rel of exampleFiles(files)) {
    const text = files.get(rel) ?? '';
    const checked = await checkFillText(text, { validator: options.validator, l10n, fill: true, target: { kind: 'schema', schema: usable ? structure : true } });
    const problems = [...checked.problems];
    const language = isJsonObject(checked.value) ? checked.value['language'] : undefined;
    if (typeof language === 'string' && isTemplateLanguage(language) && !languages.includes(language)) {
      problems.push({ pointer: '/language', code: 'template/example-language', severity: 'warning', origin: 'schema', message: l10n.t('the folder has no {0} source (it has {1}): the API refuses this fill', language, languages.join(', ') || l10n.t('none')), data: { allowed: languages } });
    } else if (usable && isJsonObject(checked.value) && !checked.problems.some((p) => p.severity === 'error')) {
      problems.push(...predictFill(checked.value, detail, sources, l10n).problems);
    }
    out.set(rel, problems);
  }
}

/** Every problem of the folder, per file, and how many of each severity. */
export async function checkTemplateFolder(files: FolderFiles, options: FolderCheckOptions): Promise<FolderCheck> {
  const l10n = options.l10n ?? english;
  const out = new Map<string, Problem[]>();
  const languages = folderLanguages(files).filter(isTemplateLanguage);
  const own: Problem[] = [];
  const metaText = files.get(TEMPLATE_FILE);
  if (metaText === undefined) own.push(folderProblem('template/metadata-missing', 'error', l10n.t('the folder has no template.json (external_id, description, default_language, tags, engine_version): it is not a template folder')));
  else own.push(...metadataProblems(metaText, languages, l10n));
  if (!folderLanguages(files).some((l) => files.has(sourceFile(l)))) own.push(folderProblem('template/no-sources', 'error', l10n.t('sources/ holds no source: add sources/ES{0} and sources/ES{1} (one pair per language)', HBS_SUFFIX, CONFIG_SUFFIX)));

  let structure: unknown;
  const structureText = files.get(STRUCTURE_FILE);
  if (structureText === undefined) own.push(folderProblem('template/structure-missing', 'error', l10n.t('the folder has no structure.json (the JSON Schema every fill is validated against)')));
  else {
    const linted = lintStructureText(structureText, { l10n, validator: options.validator });
    structure = linted.structure;
    out.set(STRUCTURE_FILE, linted.problems);
  }
  out.set(TEMPLATE_FILE, own);
  const { reads, parsed } = checkSources(files, structure, l10n, out);
  const structureProblems = out.get(STRUCTURE_FILE);
  // Only when some source could be read: otherwise every required field would look unused.
  if (parsed > 0 && structureProblems && !structureProblems.some((p) => p.origin === 'syntax') && (isJsonObject(structure) || typeof structure === 'boolean')) {
    structureProblems.push(...requiredNeverUsed(structure, reads, l10n));
  }
  await checkExamples(files, structure, options, out);
  return { files: out, summary: summarize(out), ...(structure !== undefined ? { structure } : {}) };
}

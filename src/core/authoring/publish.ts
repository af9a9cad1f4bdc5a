// Publishing a template folder: find what it is compared with (remote.ts), predict the API's
// verdict (predict.ts), and send it — multipart, through the catalogue's create / new minor / new
// major operations: a `metadata` JSON part whose sources name one HBS part and one editor-config
// part per language, each file's text sent as it is in the folder. A 409 (or 400) from the API is
// an outcome to show next to the prediction, not an exception; the new version's changelog entry
// is read back to show what the API recorded.
import type { ApiClient } from '../client/apiClient';
import type { FileInputs } from '../client/multipartBody';
import { ApiError } from '../errors';
import { applyChange } from '../json/edits';
import { english, type Localizer } from '../l10n';
import type { ChangelogEntry, TemplateLanguage, TemplateSummary } from '../models/documents';
import { parseTemplateVersion } from '../models/documents';
import type { Problem } from '../problems/problem';
import { STRUCTURE_FILE, configFile, engineVersionOf, folderLanguages, folderMetadata, isTemplateLanguage, jsonOf, sourceFile, type FolderFiles } from './folder';
import type { PublishBase, PublishPrediction } from './predict';
import { downloadVersion, publishedDetail, publishedMajors } from './remote';

/** Which operation publishes: the first version, a new minor of the base's major, a new major. */
export type PublishAs = 'create' | 'minor' | 'major';

export interface BaseOptions {
  /** The org to publish in: this, else template.json's `org`, else the client's environment's. */
  org?: string;
  signal?: AbortSignal;
}

export function folderOrg(files: FolderFiles, client: ApiClient, org?: string): string {
  return org ?? folderMetadata(files).org ?? client.environment.org;
}

/** What the folder is compared with; undefined when template.json names no usable external_id. */
export async function loadBase(client: ApiClient, files: FolderFiles, options: BaseOptions = {}): Promise<PublishBase | undefined> {
  const meta = folderMetadata(files);
  const id = meta.externalId;
  if (id === undefined || !/^[a-z0-9_]+$/.test(id)) return undefined;
  const org = folderOrg(files, client, options.org);
  const majors = await publishedMajors(client, id, org, options.signal);
  if (!majors.length) return { kind: 'new-template', externalId: id, org };
  const numbers = majors.map((m) => parseTemplateVersion(m.version)?.major ?? 0).sort((a, b) => b - a);
  const major = meta.version?.major ?? numbers[0] ?? 1;
  const detail = numbers.includes(major) ? await publishedDetail(client, id, org, major, undefined, options.signal) : undefined;
  if (!detail) return { kind: 'major-missing', externalId: id, org, major, majors: majors.map((m) => m.version) };
  return { kind: 'version', version: await downloadVersion(client, detail, org, options.signal) };
}

/** The base's version when the folder was pulled from an older minor of it (changes there would be overwritten). */
export function staleBaseProblem(files: FolderFiles, base: PublishBase | undefined, l10n: Localizer = english): Problem | undefined {
  const pulled = folderMetadata(files).version;
  if (!pulled || base?.kind !== 'version') return undefined;
  const latest = parseTemplateVersion(base.version.detail.version);
  if (!latest || latest.major !== pulled.major || latest.minor <= pulled.minor) return undefined;
  return {
    pointer: '/version',
    code: 'template/stale-base',
    severity: 'warning',
    origin: 'lint',
    message: l10n.t('this folder is based on {0}, but {1} has been published since: the folder is compared with {1}, and what changed in {1} is replaced by the folder', `${pulled.major}.${pulled.minor}`, base.version.detail.version),
  };
}

/** The operation a prediction leads to when the user accepts it (a breaking change: a new major). */
export function defaultPublishAs(base: PublishBase, prediction: PublishPrediction): PublishAs | undefined {
  if (base.kind === 'new-template') return 'create';
  if (prediction.kind === 'none') return undefined;
  return prediction.kind === 'minor' ? 'minor' : 'major';
}

/** A changelog from the reasons, when the author writes none. */
export function defaultChangelog(prediction: PublishPrediction): string {
  const text = prediction.reasons.map((r) => r.message).join('; ');
  return text ? text.charAt(0).toUpperCase() + text.slice(1) : 'Update';
}

export interface Upload {
  operation: 'templates.create' | 'templates.newMinor' | 'templates.newMajor';
  params: Record<string, unknown>;
  body: { metadata: Record<string, unknown> };
  files: FileInputs;
}

/** The multipart upload of the folder as `as`. */
export function uploadOf(files: FolderFiles, as: PublishAs, options: { changelog: string; org: string; major?: number }): Upload {
  const meta = folderMetadata(files);
  const structure = jsonOf(files, STRUCTURE_FILE);
  const languages = folderLanguages(files).filter((l) => isTemplateLanguage(l) && files.has(sourceFile(l)));
  const parts: Record<string, { filename: string; contentType: string; data: string }> = {};
  const sources = languages.map((language) => {
    const lower = language.toLowerCase();
    const templatePart = `template_${lower}`;
    const configPart = `editor_config_${lower}`;
    parts[templatePart] = { filename: `${language}.hbs`, contentType: 'text/x-handlebars-template', data: files.get(sourceFile(language)) ?? '' };
    const config = files.get(configFile(language));
    if (config !== undefined) parts[configPart] = { filename: `${language}.config.json`, contentType: 'application/json', data: config };
    return { language: language as TemplateLanguage, template_part_name: templatePart, editor_config_part_name: configPart, structure, engine_version: engineVersionOf(meta, language) ?? '' };
  });
  const common = { description: meta.description ?? '', default_language: meta.defaultLanguage, ...(meta.tags ? { tags: meta.tags } : {}), sources };
  const id = meta.externalId ?? '';
  if (as === 'create') return { operation: 'templates.create', params: { org: options.org }, body: { metadata: { external_id: id, ...common } }, files: parts };
  if (as === 'minor') return { operation: 'templates.newMinor', params: { org: options.org, id, major: options.major ?? meta.version?.major ?? 1 }, body: { metadata: { ...common, changelog: options.changelog } }, files: parts };
  return { operation: 'templates.newMajor', params: { org: options.org, id }, body: { metadata: { ...common, changelog: options.changelog } }, files: parts };
}

export type PublishOutcome =
  | { ok: true; summary: TemplateSummary; changelog?: ChangelogEntry }
  /** The API refused (409: its verdict on a breaking change; 400: the upload): its problems. */
  | { ok: false; status: number; problems: Problem[]; message: string };

/** Sends the folder. Refusals (400, 409) are outcomes; other failures throw ApiError. */
export async function publishFolder(client: ApiClient, files: FolderFiles, as: PublishAs, options: { changelog: string; org: string; major?: number; signal?: AbortSignal }): Promise<PublishOutcome> {
  const upload = uploadOf(files, as, options);
  let summary: TemplateSummary;
  try {
    // The catalogue types each operation's input; the upload is built for the one it names.
    summary = await client.call(upload.operation, { params: upload.params, body: upload.body, files: upload.files } as never, { signal: options.signal });
  } catch (e) {
    if (ApiError.is(e, 'conflict') || (ApiError.is(e, 'validation') && e.status !== undefined)) return { ok: false, status: e.status ?? 0, problems: e.problems, message: e.message };
    throw e;
  }
  let changelog: ChangelogEntry | undefined;
  if (as !== 'create') {
    try {
      const history = await client.call('templates.changelog', { params: Object.assign({ id: summary.external_id }, { org: options.org }) }, { signal: options.signal });
      changelog = history.changelog_history.find((c) => c.to_version === summary.version);
    } catch (e) {
      // The version is published; a changelog that cannot be read is only not shown.
      if (options.signal?.aborted) throw e;
    }
  }
  return { ok: true, summary, ...(changelog ? { changelog } : {}) };
}

/** template.json after publishing: `version` (and `org`) now name the published version. */
export function publishedMetadataText(text: string, version: string): string {
  return applyChange(text, { kind: 'set', pointer: '/version', value: version });
}

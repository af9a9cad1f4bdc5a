// A published template version as a folder: what "Pull Template…" and `mok template pull` write
// (template.json, structure.json and, byte for byte as downloaded, every source and editor
// config, plus one example fill file), and what publishing compares the folder with (the latest
// minor of the folder's major). Reads through the API client: the version with
// `templates.versions`, the files behind `template_url` / `editor_config_url` with `fetchText`
// (without credentials: they point at storage).
import type { ApiClient } from '../client/apiClient';
import { ApiError } from '../errors';
import { scaffoldFillFile } from '../fill/scaffold';
import type { TemplateSummary, TemplateVersionDetail } from '../models/documents';
import { parseTemplateVersion } from '../models/documents';
import type { SchemaValidator } from '../validation/ajv';
import { EXAMPLES_DIR, STRUCTURE_FILE, TEMPLATE_FILE, configFile, sourceFile } from './folder';

/** Path params in another org than the client's environment (ApiClient.url reads `org` from params). */
function inOrg<P>(params: P, org: string): P {
  return Object.assign({}, params, { org });
}

export interface PublishedVersion {
  detail: TemplateVersionDetail;
  org: string;
  /** The version as a folder (no examples). */
  files: Map<string, string>;
  /** Files whose download failed, with why (compared as "unknown"). */
  unavailable: Map<string, string>;
}

/** The latest minor of every major of a template ([] when the template does not exist). */
export async function publishedMajors(client: ApiClient, externalId: string, org: string, signal?: AbortSignal): Promise<TemplateSummary[]> {
  const page = await client.call('templates.list', { params: inOrg(undefined, org), query: { external_id: externalId, page_size: 50 } }, { signal });
  return page.templates.filter((t) => t.external_id === externalId);
}

/** One version of a template (the latest minor of `major` when `minor` is left out). */
export async function publishedDetail(client: ApiClient, externalId: string, org: string, major: number, minor?: number, signal?: AbortSignal): Promise<TemplateVersionDetail | undefined> {
  try {
    const minors = (await client.call('templates.versions', { params: inOrg({ id: externalId, major }, org) }, { signal })).templates;
    const sorted = [...minors].sort((a, b) => (parseTemplateVersion(b.version)?.minor ?? 0) - (parseTemplateVersion(a.version)?.minor ?? 0));
    return minor === undefined ? sorted[0] : sorted.find((v) => parseTemplateVersion(v.version)?.minor === minor);
  } catch (e) {
    if (ApiError.is(e, 'notFound')) return undefined;
    throw e;
  }
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** template.json for a version: one engine_version, and per-language ones only where they differ. */
export function metadataText(detail: TemplateVersionDetail, org: string): string {
  const engine = detail.sources.find((s) => s.language === detail.default_language)?.engine_version ?? detail.sources[0]?.engine_version ?? '';
  const others = Object.fromEntries(detail.sources.filter((s) => s.engine_version !== engine).map((s) => [s.language, s.engine_version]));
  return json({
    external_id: detail.external_id,
    org,
    version: detail.version,
    description: detail.description,
    default_language: detail.default_language,
    tags: detail.tags,
    engine_version: engine,
    ...(Object.keys(others).length ? { engine_versions: others } : {}),
  });
}

/** A published version with its files downloaded. */
export async function downloadVersion(client: ApiClient, detail: TemplateVersionDetail, org: string, signal?: AbortSignal): Promise<PublishedVersion> {
  const files = new Map<string, string>([
    [TEMPLATE_FILE, metadataText(detail, org)],
    [STRUCTURE_FILE, json(detail.structure)],
  ]);
  const unavailable = new Map<string, string>();
  const fetchInto = async (rel: string, url: string) => {
    try {
      files.set(rel, await client.fetchText(url, { signal }));
    } catch (e) {
      if (signal?.aborted) throw e;
      unavailable.set(rel, e instanceof Error ? e.message : String(e));
    }
  };
  for (const s of detail.sources) {
    await fetchInto(sourceFile(s.language), s.template_url);
    await fetchInto(configFile(s.language), s.editor_config_url);
  }
  return { detail, org, files, unavailable };
}

/** The files "Pull" writes: the version, and an example fill file that validates and fills. */
export function pulledFolder(version: PublishedVersion, validator: SchemaValidator, now = new Date()): Map<string, string> {
  const files = new Map(version.files);
  const sources = version.detail.sources.flatMap((s) => {
    const text = version.files.get(sourceFile(s.language));
    return text === undefined ? [] : [{ language: s.language, url: s.template_url, text }];
  });
  const example = scaffoldFillFile(version.detail, validator, { sources, now });
  // The folder is the binding: an example names no template.
  const { template: _binding, ...body } = example.value;
  files.set(`${EXAMPLES_DIR}/example.json`, json(body));
  return files;
}

// A dynamic template kept as a folder, so its authors version it in git like code:
//
//   template.json            external_id, org, version (pulled from / last published), description,
//                            default_language, tags, engine_version (+ engine_versions per language)
//   structure.json           the JSON Schema (sent with every source on publish)
//   sources/<LANG>.hbs       the source of each language (LANG as the API writes it: ES, EN, …)
//   sources/<LANG>.config.json   its editor configuration, byte for byte as downloaded
//   examples/*.json          fill files (checked against the folder, previewed with every language)
//
// Everything here works on a snapshot of the folder's texts (relative path → text), so the CLI
// reads it from disk and the editor overlays unsaved documents; nothing here touches the disk but
// `nodeFolderIo`.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { isJsonObject } from '../json/canonical';
import { templateLanguages } from '../models/values';

export const TEMPLATE_FILE = 'template.json';
export const STRUCTURE_FILE = 'structure.json';
export const SOURCES_DIR = 'sources';
export const EXAMPLES_DIR = 'examples';
export const HBS_SUFFIX = '.hbs';
export const CONFIG_SUFFIX = '.config.json';

/** The folder's texts by relative path with `/` separators (`sources/ES.hbs`). */
export type FolderFiles = ReadonlyMap<string, string>;

/** What a folder lives on: the disk (CLI) or the workspace file system (editor). */
export interface FolderIo {
  /** File names directly in `rel` ('' = the folder itself); [] when it does not exist. */
  list(rel: string): Promise<string[]>;
  /** A file's text; undefined when it does not exist. */
  read(rel: string): Promise<string | undefined>;
  write(rel: string, text: string): Promise<void>;
}

export function sourceFile(language: string): string {
  return `${SOURCES_DIR}/${language}${HBS_SUFFIX}`;
}

export function configFile(language: string): string {
  return `${SOURCES_DIR}/${language}${CONFIG_SUFFIX}`;
}

/** Which part of the folder a relative path is, or undefined for files the layout does not know. */
export type FolderRole =
  | { kind: 'metadata' }
  | { kind: 'structure' }
  | { kind: 'source'; language: string }
  | { kind: 'config'; language: string }
  | { kind: 'example' };

export function roleOf(rel: string): FolderRole | undefined {
  if (rel === TEMPLATE_FILE) return { kind: 'metadata' };
  if (rel === STRUCTURE_FILE) return { kind: 'structure' };
  const src = new RegExp(`^${SOURCES_DIR}/([^/]+?)(${HBS_SUFFIX.replace('.', '\\.')}|${CONFIG_SUFFIX.replace(/\./g, '\\.')})$`).exec(rel);
  if (src?.[1] && src[2]) return src[2] === HBS_SUFFIX ? { kind: 'source', language: src[1] } : { kind: 'config', language: src[1] };
  if (new RegExp(`^${EXAMPLES_DIR}/[^/]+\\.json$`).test(rel)) return { kind: 'example' };
  return undefined;
}

/** Reads the folder's layout files (unknown files are left out). */
export async function readFolder(io: FolderIo): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const take = async (rel: string) => {
    const text = await io.read(rel);
    if (text !== undefined) files.set(rel, text);
  };
  await take(TEMPLATE_FILE);
  await take(STRUCTURE_FILE);
  for (const name of (await io.list(SOURCES_DIR)).sort()) if (roleOf(`${SOURCES_DIR}/${name}`)) await take(`${SOURCES_DIR}/${name}`);
  for (const name of (await io.list(EXAMPLES_DIR)).sort()) if (roleOf(`${EXAMPLES_DIR}/${name}`)) await take(`${EXAMPLES_DIR}/${name}`);
  return files;
}

/** The folder on disk (the CLI; tests). */
export function nodeFolderIo(dir: string): FolderIo {
  return {
    list: async (rel) => {
      try {
        return (await fs.readdir(path.join(dir, rel), { withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT' || (e as NodeJS.ErrnoException).code === 'ENOTDIR') return [];
        throw e;
      }
    },
    read: async (rel) => {
      try {
        return await fs.readFile(path.join(dir, rel), 'utf8');
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw e;
      }
    },
    write: async (rel, text) => {
      const file = path.join(dir, rel);
      await fs.mkdir(path.dirname(file), { recursive: true });
      await fs.writeFile(file, text, 'utf8');
    },
  };
}

/** Writes every file of a snapshot. */
export async function writeFolder(io: FolderIo, files: FolderFiles): Promise<void> {
  for (const [rel, text] of files) await io.write(rel, text);
}

/** A language written as the API writes it, or undefined. */
export function isTemplateLanguage(language: string): boolean {
  return (templateLanguages as readonly string[]).includes(language);
}

/** The languages the folder has a source or a config for, in the API's order, then unknown ones. */
export function folderLanguages(files: FolderFiles): string[] {
  const found = new Set<string>();
  for (const rel of files.keys()) {
    const role = roleOf(rel);
    if (role?.kind === 'source' || role?.kind === 'config') found.add(role.language);
  }
  const known = templateLanguages.filter((l) => found.has(l));
  return [...known, ...[...found].filter((l) => !isTemplateLanguage(l)).sort()];
}

export function exampleFiles(files: FolderFiles): string[] {
  return [...files.keys()].filter((rel) => roleOf(rel)?.kind === 'example').sort();
}

/** JSON of a file, or undefined when missing or not JSON (the check reports why). */
export function jsonOf(files: FolderFiles, rel: string): unknown {
  const text = files.get(rel);
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

export interface FolderMetadata {
  externalId?: string;
  org?: string;
  version?: { major: number; minor: number };
  description?: string;
  defaultLanguage?: string;
  tags?: string[];
  engineVersion?: string;
  engineVersions?: Record<string, string>;
}

/** template.json read leniently (what is well-typed is kept; the check says what is not). */
export function folderMetadata(files: FolderFiles): FolderMetadata {
  const raw = jsonOf(files, TEMPLATE_FILE);
  if (!isJsonObject(raw)) return {};
  const str = (k: string) => (typeof raw[k] === 'string' ? raw[k] : undefined);
  const version = /^(\d+)\.(\d+)$/.exec(str('version') ?? '');
  const tags = Array.isArray(raw['tags']) && raw['tags'].every((t) => typeof t === 'string') ? raw['tags'] : undefined;
  const perLanguage = isJsonObject(raw['engine_versions']) ? Object.fromEntries(Object.entries(raw['engine_versions']).filter((e): e is [string, string] => typeof e[1] === 'string')) : undefined;
  return {
    ...(str('external_id') !== undefined ? { externalId: str('external_id') } : {}),
    ...(str('org') !== undefined ? { org: str('org') } : {}),
    ...(version ? { version: { major: Number(version[1]), minor: Number(version[2]) } } : {}),
    ...(str('description') !== undefined ? { description: str('description') } : {}),
    ...(str('default_language') !== undefined ? { defaultLanguage: str('default_language') } : {}),
    ...(tags ? { tags } : {}),
    ...(str('engine_version') !== undefined ? { engineVersion: str('engine_version') } : {}),
    ...(perLanguage ? { engineVersions: perLanguage } : {}),
  };
}

/** The engine version of a language's source: its own, else the folder's. */
export function engineVersionOf(meta: FolderMetadata, language: string): string | undefined {
  return meta.engineVersions?.[language] ?? meta.engineVersion;
}

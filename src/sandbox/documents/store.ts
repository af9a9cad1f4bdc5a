// In-memory state of the Documents sandbox: templates with their versions and changelog per org,
// and fill processes. Fill processes store only timestamps; their status is computed when read
// (no timers), so a fake clock drives them deterministically.
import { randomUUID } from 'node:crypto';
import { templateLanguages, type TemplateLanguage, type FillStatus } from '../../core/models/documents';
import { seedTemplates, type SeedTemplate } from './seed';

export const SANDBOX_ORGS = ['masmovil', 'yoigo'] as const;

export interface StoredSource {
  language: TemplateLanguage;
  engineVersion: string;
  hbs: string;
  editorConfig: Record<string, unknown>;
}

export interface StoredVersion {
  major: number;
  minor: number;
  description: string;
  defaultLanguage: TemplateLanguage;
  tags: string[];
  creationDate: string;
  structure: Record<string, unknown>;
  sources: StoredSource[];
}

export interface StoredChangelog {
  from: string | null;
  to: string;
  onDate: string;
  changelog: string;
  subject: string;
}

export interface StoredTemplate {
  externalId: string;
  /** Any order; use the helpers to sort. */
  versions: StoredVersion[];
  changelog: StoredChangelog[];
}

export interface StoredFill {
  id: string;
  createdAtMs: number;
  template: { externalId: string; major: number; minor: number };
  language: TemplateLanguage;
  documentName: string;
  documentTags: string[];
  fieldsValues: Record<string, unknown>;
  priority: 'low' | 'high';
  origin: string;
  /** Decided at submission; revealed once the process finishes. */
  outcome: 'COMPLETED' | 'FAILED';
  errorMessage?: string;
  filledDocumentId: string;
}

export interface OrgState {
  templates: Map<string, StoredTemplate>;
  fills: Map<string, StoredFill>;
}

/** How long a fill stays in each state (ms since submission). */
export interface FillTiming {
  processingAfterMs: number;
  finishedAfterMs: number;
}

export const FILL_TIMING: Readonly<Record<'low' | 'high', FillTiming>> = {
  low: { processingAfterMs: 200, finishedAfterMs: 1000 },
  high: { processingAfterMs: 100, finishedAfterMs: 600 },
};

export function versionString(v: Pick<StoredVersion, 'major' | 'minor'>): string {
  return `${v.major}.${v.minor}`;
}

/** ISO timestamp without milliseconds, as the API's examples show them. */
export function apiTimestamp(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function compareVersions(a: Pick<StoredVersion, 'major' | 'minor'>, b: Pick<StoredVersion, 'major' | 'minor'>): number {
  return a.major - b.major || a.minor - b.minor;
}

export function minorsOf(t: StoredTemplate, major: number): StoredVersion[] {
  return t.versions.filter((v) => v.major === major).sort((a, b) => b.minor - a.minor);
}

export function latestOfMajor(t: StoredTemplate, major: number): StoredVersion | undefined {
  return minorsOf(t, major)[0];
}

export function majorsOf(t: StoredTemplate): number[] {
  return [...new Set(t.versions.map((v) => v.major))].sort((a, b) => b - a);
}

export function latestVersion(t: StoredTemplate): StoredVersion | undefined {
  return [...t.versions].sort((a, b) => compareVersions(b, a))[0];
}

export function languagesOf(v: StoredVersion): TemplateLanguage[] {
  return v.sources.map((s) => s.language);
}

/** Fields of a structure as dotted paths, for the editor config the sandbox serves. */
function fieldPaths(structure: unknown, prefix = ''): string[] {
  if (typeof structure !== 'object' || structure === null) return [];
  const props = (structure as Record<string, unknown>)['properties'];
  if (typeof props !== 'object' || props === null) return [];
  const out: string[] = [];
  for (const [k, sub] of Object.entries(props)) {
    const path = prefix ? `${prefix}.${k}` : k;
    out.push(path);
    if (typeof sub === 'object' && sub !== null) {
      const items = (sub as Record<string, unknown>)['items'];
      out.push(...fieldPaths(sub, path), ...fieldPaths(items, `${path}[]`));
    }
  }
  return out;
}

export function editorConfigFor(structure: Record<string, unknown>, language: TemplateLanguage, engineVersion: string): Record<string, unknown> {
  return {
    engine_version: engineVersion,
    language,
    page: { size: 'A4', orientation: 'portrait', margins_mm: { top: 20, right: 15, bottom: 20, left: 15 } },
    fonts: ['Helvetica Neue', 'Arial'],
    fields: fieldPaths(structure),
  };
}

/** A minimal HBS when a client uploads no file: every top-level field, so previews show data. */
export function placeholderHbs(structure: Record<string, unknown>, language: TemplateLanguage): string {
  const fields = fieldPaths(structure).filter((f) => !f.includes('.') && !f.includes('['));
  return `<!DOCTYPE html>\n<html lang="${language.toLowerCase()}">\n<body>\n${fields.map((f) => `  <p>${f}: {{${f}}}</p>`).join('\n')}\n</body>\n</html>\n`;
}

function fromSeed(seed: SeedTemplate): StoredTemplate {
  const versions: StoredVersion[] = [];
  const changelog: StoredChangelog[] = [];
  let previous: string | null = null;
  for (const sv of seed.versions) {
    const [maj, min] = sv.version.split('.').map(Number);
    const structure: Record<string, unknown> = structuredClone({ ...sv.structure });
    const v: StoredVersion = {
      major: maj ?? 1,
      minor: min ?? 0,
      description: sv.description,
      defaultLanguage: sv.defaultLanguage,
      tags: [...sv.tags],
      creationDate: sv.creationDate,
      structure,
      sources: templateLanguages.flatMap((language) => {
        const hbs = sv.sources[language];
        return hbs === undefined ? [] : [{ language, engineVersion: sv.engineVersion, hbs, editorConfig: editorConfigFor(structure, language, sv.engineVersion) }];
      }),
    };
    versions.push(v);
    changelog.push({ from: previous, to: sv.version, onDate: sv.creationDate, changelog: sv.changelog, subject: sv.subject });
    previous = sv.version;
  }
  return { externalId: seed.externalId, versions, changelog };
}

export class DocumentsStore {
  readonly orgs = new Map<string, OrgState>();

  constructor() {
    this.reset();
  }

  reset(): void {
    this.orgs.clear();
    const seed = seedTemplates();
    for (const org of SANDBOX_ORGS) {
      const templates = new Map<string, StoredTemplate>();
      for (const t of seed[org] ?? []) templates.set(t.externalId, fromSeed(t));
      this.orgs.set(org, { templates, fills: new Map() });
    }
  }

  org(name: string | undefined): OrgState | undefined {
    return name === undefined ? undefined : this.orgs.get(name);
  }

  newId(): string {
    return randomUUID();
  }
}

export interface FillView {
  status: FillStatus;
  finishDate?: Date;
}

export function fillState(fill: StoredFill, now: Date): FillView {
  const timing = FILL_TIMING[fill.priority];
  const elapsed = now.getTime() - fill.createdAtMs;
  if (elapsed < timing.processingAfterMs) return { status: 'CREATED' };
  if (elapsed < timing.finishedAfterMs) return { status: 'PROCESSING' };
  return { status: fill.outcome, finishDate: new Date(fill.createdAtMs + timing.finishedAfterMs) };
}

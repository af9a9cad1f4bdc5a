// In-memory state of the Documents sandbox, per org: the dynamic templates with their versions,
// changelog and fill processes (here), and every other resource family's records (state/*.ts).
// Processes store timestamps; their status is computed when read (no timers), so a fake clock
// drives them deterministically. The whole state can be saved and restored (`mok sandbox --state`).
import { randomBytes, randomUUID } from 'node:crypto';
import { templateLanguages, type TemplateLanguage, type FillStatus } from '../../core/models/documents';
import { seedTemplates, type SeedTemplate } from './seed';
import { EXAMPLE_IDS, seedDocuments, type DocumentsState } from './state/documents';
import { seedIdentifications, type IdentificationsState } from './state/identifications';
import { seedPdfTemplates, type PdfTemplatesState } from './state/pdfTemplates';
import { seedScorings, type ScoringsState } from './state/scorings';
import { seedSigning, type SigningState } from './state/signing';

export { apiTimestamp } from './clock';

export const SANDBOX_ORGS = ['masmovil', 'yoigo'] as const;

export interface StoredSource {
  language: TemplateLanguage;
  engineVersion: string;
  hbs: string;
  /** The editor-config file as uploaded, byte for byte (the API stores files opaquely). */
  editorConfig: string;
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

/** A version transition (the changelog lists transitions only, not the first version). */
export interface StoredChangelog {
  from: string;
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

export interface DynamicTemplatesState {
  templates: Map<string, StoredTemplate>;
  fills: Map<string, StoredFill>;
}

export interface OrgState extends DynamicTemplatesState, DocumentsState, PdfTemplatesState, SigningState, IdentificationsState, ScoringsState {}

function emptyOrg(): OrgState {
  return {
    templates: new Map(),
    fills: new Map(),
    documents: new Map(),
    forms: new Map(),
    sections: new Map(),
    pdfTemplates: new Map(),
    configurations: [],
    configurationDocuments: new Map(),
    signProcesses: new Map(),
    biometricSigns: new Map(),
    simpleSigns: new Map(),
    signConfiguration: null,
    contracts: new Map(),
    agentIdentifications: new Map(),
    otpIdentifications: new Map(),
    identityDocumentIdentifications: new Map(),
    chains: new Map(),
    scorings: new Map(),
  };
}

/** The fill process of the document's example: completed, its document stored. */
export const EXAMPLE_FILL_PROCESS = '11223344-aabb-ccdd-eeff-009988776655';

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

/** The editor config the sandbox writes when a client uploads none (seeded versions too). */
export function editorConfigFor(structure: Record<string, unknown>, language: TemplateLanguage, engineVersion: string): string {
  const config = {
    engine_version: engineVersion,
    language,
    page: { size: 'A4', orientation: 'portrait', margins_mm: { top: 20, right: 15, bottom: 20, left: 15 } },
    fonts: ['Helvetica Neue', 'Arial'],
    fields: fieldPaths(structure),
  };
  return `${JSON.stringify(config, null, 2)}\n`;
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
    if (previous !== null) changelog.push({ from: previous, to: sv.version, onDate: sv.creationDate, changelog: sv.changelog, subject: sv.subject });
    previous = sv.version;
  }
  return { externalId: seed.externalId, versions, changelog };
}

export class DocumentsStore {
  readonly orgs = new Map<string, OrgState>();
  /** Signs the public URLs the sandbox hands out (kept in the saved state, so they survive a restart). */
  urlKey = '';

  constructor(private readonly now: () => Date = () => new Date()) {
    this.reset();
  }

  reset(): void {
    this.orgs.clear();
    this.urlKey = randomBytes(16).toString('hex');
    const seed = seedTemplates();
    const now = this.now();
    for (const name of SANDBOX_ORGS) {
      const org = emptyOrg();
      for (const t of seed[name] ?? []) org.templates.set(t.externalId, fromSeed(t));
      // The ids and names of the Documents API document's examples exist in every org.
      seedDocuments(org);
      seedPdfTemplates(org);
      seedScorings(org, now);
      seedIdentifications(org, now);
      seedSigning(org, now);
      org.fills.set(EXAMPLE_FILL_PROCESS, {
        id: EXAMPLE_FILL_PROCESS,
        createdAtMs: Date.parse('2025-11-18T09:35:00Z'),
        template: { externalId: 'factura_mensual', major: 1, minor: 1 },
        language: 'ES',
        documentName: 'factura_2025_11_0001',
        documentTags: ['RETAIL', 'factura_mensual-v1.1'],
        fieldsValues: {},
        priority: 'low',
        origin: 'sales-platform',
        outcome: 'COMPLETED',
        filledDocumentId: EXAMPLE_IDS.fillProcessDocument,
      });
      this.orgs.set(name, org);
    }
  }

  org(name: string | undefined): OrgState | undefined {
    return name === undefined ? undefined : this.orgs.get(name);
  }

  newId(): string {
    return randomUUID();
  }

  /** Everything the sandbox holds, for `--state` files (Maps and Buffers go through state.ts). */
  snapshot(): { urlKey: string; orgs: Record<string, OrgState> } {
    return { urlKey: this.urlKey, orgs: Object.fromEntries(this.orgs) };
  }

  /** Replaces the state with a snapshot; throws (changing nothing) when its shape is not ours. */
  restore(snapshot: unknown): void {
    const s = snapshot as { urlKey?: unknown; orgs?: Record<string, unknown> } | undefined;
    if (!s || typeof s.urlKey !== 'string' || !s.orgs || typeof s.orgs !== 'object') throw new Error('documents: expected {urlKey, orgs}');
    const template = emptyOrg();
    const orgs = new Map<string, OrgState>();
    for (const name of SANDBOX_ORGS) {
      const org = s.orgs[name] as Record<string, unknown> | undefined;
      if (!org || typeof org !== 'object') throw new Error(`documents: org ${name} is missing`);
      for (const [key, empty] of Object.entries(template)) {
        const value = org[key];
        const ok = empty instanceof Map ? value instanceof Map : Array.isArray(empty) ? Array.isArray(value) : value === null || typeof value === 'object';
        if (!ok) throw new Error(`documents: ${name}.${key} has the wrong shape`);
      }
      upgradeEditorConfigs(org['templates']);
      orgs.set(name, org as unknown as OrgState);
    }
    this.urlKey = s.urlKey;
    this.orgs.clear();
    for (const [name, org] of orgs) this.orgs.set(name, org);
  }
}

/** States saved before editor configs were kept as text held them as objects. */
function upgradeEditorConfigs(templates: unknown): void {
  if (!(templates instanceof Map)) return;
  for (const t of templates.values() as Iterable<{ versions?: { sources?: { editorConfig?: unknown }[] }[] }>) {
    for (const v of t.versions ?? []) for (const s of v.sources ?? []) if (typeof s.editorConfig !== 'string') s.editorConfig = `${JSON.stringify(s.editorConfig ?? {}, null, 2)}\n`;
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

// What publishing the folder would be, decided as the Documents API decides it (its document,
// DynamicTemplates → New minor version): a new minor is only for non-breaking changes — adding
// languages, updating existing language content — and the API answers 409 for modifying the JSON
// schema structure (any change to it, even one that keeps existing fill data valid), removing
// sources or changing the default language. The folder is compared with the latest published
// minor of its major; each difference is one reason. Separately, the structure diff says whether
// fill data written for the published version stays valid (src/core/schema/diff.ts).
//
//   none    nothing differs: nothing to send
//   minor   only non-breaking differences: PATCH …/versions/{major}
//   major   a breaking difference, or no version to add a minor to (a template that does not
//           exist yet is created as 1.0; a major that no longer exists): a new major
import { sameSchema } from '../json/canonical';
import { english, type Localizer } from '../l10n';
import { diffStructures, type StructureChange } from '../schema/diff';
import { engineVersionOf, folderLanguages, folderMetadata, jsonOf, sourceFile, configFile, STRUCTURE_FILE, type FolderFiles } from './folder';
import type { PublishedVersion } from './remote';

export type PublishKind = 'minor' | 'major' | 'none';

export type ReasonCode =
  | 'new-template'
  | 'major-missing'
  | 'structure-changed'
  | 'source-removed'
  | 'default-language-changed'
  | 'language-added'
  | 'source-updated'
  | 'config-updated'
  | 'engine-version-changed'
  | 'description-changed'
  | 'tags-changed'
  | 'file-unavailable';

export interface PublishReason {
  code: ReasonCode;
  /** True when the API answers 409 to it as a new minor. */
  breaking: boolean;
  message: string;
  language?: string;
}

export interface PublishPrediction {
  kind: PublishKind;
  reasons: PublishReason[];
  /** The version compared with (absent for a new template). */
  against?: { external_id: string; version: string; org: string };
  /** Whether fill data written for `against` stays valid with the folder's structure. */
  fillData?: { breaking: number; changes: StructureChange[] };
}

/** What the folder is compared with: the latest minor of its major, or why there is none. */
export type PublishBase =
  | { kind: 'version'; version: PublishedVersion }
  | { kind: 'new-template'; externalId: string; org: string }
  | { kind: 'major-missing'; externalId: string; org: string; major: number; majors: string[] };

function reason(code: ReasonCode, breaking: boolean, message: string, language?: string): PublishReason {
  return { code, breaking, message, ...(language ? { language } : {}) };
}

function kindOf(reasons: readonly PublishReason[]): PublishKind {
  if (!reasons.length) return 'none';
  return reasons.some((r) => r.breaking) ? 'major' : 'minor';
}

function sameTags(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  return JSON.stringify(a ?? []) === JSON.stringify(b ?? []);
}

/** The folder against what is published. */
export function predictPublish(files: FolderFiles, base: PublishBase, l10n: Localizer = english): PublishPrediction {
  if (base.kind === 'new-template') {
    return { kind: 'major', reasons: [reason('new-template', false, l10n.t('{0} does not exist in org {1}: publishing creates it as version 1.0', base.externalId, base.org))] };
  }
  if (base.kind === 'major-missing') {
    return { kind: 'major', reasons: [reason('major-missing', true, l10n.t('{0} has no major {1} any more (it has {2}): only a new major can be published', base.externalId, base.major, base.majors.join(', ')))] };
  }
  const published = base.version;
  const detail = published.detail;
  const reasons: PublishReason[] = [];
  const meta = folderMetadata(files);
  const old = folderMetadata(published.files);
  const v = detail.version;

  const structure = jsonOf(files, STRUCTURE_FILE);
  const changes = structure === undefined ? [] : diffStructures(detail.structure, structure, l10n);
  const breakingData = changes.filter((c) => c.breaking).length;
  if (structure !== undefined && !sameSchema(structure, detail.structure)) {
    const what = changes.length ? l10n.t('{0} field change(s), {1} of them breaking for existing fill data', changes.length, breakingData) : l10n.t('no field changes, but the schema text differs');
    reasons.push(reason('structure-changed', true, l10n.t('structure.json differs from the structure of {0} ({1}): any change to the structure needs a new major', v, what)));
  }
  if (meta.defaultLanguage !== undefined && meta.defaultLanguage !== detail.default_language) {
    reasons.push(reason('default-language-changed', true, l10n.t('default_language changes from {0} to {1}: changing the default language needs a new major', detail.default_language, meta.defaultLanguage)));
  }
  const languages = folderLanguages(files).filter((l) => files.has(sourceFile(l)));
  for (const s of detail.sources) {
    if (!languages.includes(s.language)) reasons.push(reason('source-removed', true, l10n.t('the {0} source of {1} is not in the folder: removing a source needs a new major', s.language, v), s.language));
  }
  for (const language of languages) {
    const was = detail.sources.find((s) => s.language === language);
    if (!was) {
      reasons.push(reason('language-added', false, l10n.t('{0} is a new language', language), language));
      continue;
    }
    for (const [rel, code, words] of [
      [sourceFile(language), 'source-updated', l10n.t('the {0} source changed', language)],
      [configFile(language), 'config-updated', l10n.t('the {0} editor configuration changed', language)],
    ] as const) {
      const unavailable = published.unavailable.get(rel);
      if (unavailable !== undefined) reasons.push(reason('file-unavailable', false, l10n.t('{0} of {1} could not be downloaded ({2}): it is sent as an update', rel, v, unavailable), language));
      else if (files.get(rel) !== published.files.get(rel)) reasons.push(reason(code, false, words, language));
    }
    const engine = engineVersionOf(meta, language);
    if (engine !== undefined && engine !== was.engine_version) reasons.push(reason('engine-version-changed', false, l10n.t('the {0} source is uploaded with engine {1} instead of {2}', language, engine, was.engine_version), language));
  }
  if (meta.description !== undefined && meta.description !== old.description) reasons.push(reason('description-changed', false, l10n.t('the description changed')));
  if (meta.tags !== undefined && !sameTags(meta.tags, old.tags)) reasons.push(reason('tags-changed', false, l10n.t('the tags changed: {0}', meta.tags.join(', ') || l10n.t('none'))));
  return {
    kind: kindOf(reasons),
    reasons,
    against: { external_id: detail.external_id, version: v, org: published.org },
    fillData: { breaking: breakingData, changes },
  };
}

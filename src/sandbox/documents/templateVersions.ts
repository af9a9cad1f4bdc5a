// New minor / new major / delete major / delete latest minor of a dynamic template: the version
// rules of the Documents API document (a minor may not change the structure or the default
// language: 409; only the latest major may be deleted; X.0 is deleted with its major).
import { newMajorBody, newMinorBody, type TemplateLanguage } from '../../core/models/documents';
import { sameSchema } from '../../core/json/canonical';
import { mdocError } from '../errors';
import type { Handler, SandboxResponse } from '../types';
import { buildSources, invalidBody, majorOf, orgOf, subject, summary, templateOf, uploadBody, type DocumentsContext } from './context';
import { defaultLanguageProblem } from './templates';
import { apiTimestamp, latestOfMajor, latestVersion, majorsOf, minorsOf, versionString, type StoredSource, type StoredVersion } from './store';

export function templateVersionHandlers(ctx: DocumentsContext) {
  const newMinor: Handler = (req) => {
    const org = orgOf(ctx, req);
    if (!org.ok) return org.response;
    const t = templateOf(org.value, req);
    if (!t.ok) return t.response;
    const major = majorOf(t.value, req);
    if (!major.ok) return major.response;
    const parsed = newMinorBody.safeParse(uploadBody(req));
    if (!parsed.success) return invalidBody(parsed.error, req);
    const { metadata, files } = parsed.data;
    const current = latestOfMajor(t.value, major.value);
    if (!current) return mdocError(404, 'MDOC-404-VERSION', 'NOT_FOUND', `Dynamic template "${t.value.externalId}" has no major version ${major.value}.`);
    const built = buildSources(ctx, metadata.sources, files);
    if (!built.ok) return built.response;
    const breaking = (why: string): SandboxResponse =>
      mdocError(409, 'MDOC-409-BREAKING-CHANGE', 'CONFLICT', `Breaking changes detected (${why}). Use POST /dynamic_templates/${t.value.externalId}/versions to create a new major version instead.`);
    if (!sameSchema(built.value.structure, current.structure)) return breaking(`the structure differs from version ${versionString(current)}`);
    if (metadata.default_language !== undefined && metadata.default_language !== current.defaultLanguage) {
      return breaking(`default_language changes from ${current.defaultLanguage} to ${metadata.default_language}`);
    }
    // Sources not sent are kept: a minor adds or updates languages, it never removes one.
    const byLang = new Map<TemplateLanguage, StoredSource>(current.sources.map((s) => [s.language, s]));
    for (const s of built.value.sources) byLang.set(s.language, s);
    const v: StoredVersion = {
      major: current.major,
      minor: Math.max(...minorsOf(t.value, current.major).map((x) => x.minor)) + 1,
      description: metadata.description ?? current.description,
      defaultLanguage: current.defaultLanguage,
      tags: metadata.tags ? [...metadata.tags] : [...current.tags],
      creationDate: apiTimestamp(ctx.host.now()),
      structure: structuredClone(current.structure),
      sources: [...byLang.values()],
    };
    t.value.versions.push(v);
    t.value.changelog.push({ from: versionString(current), to: versionString(v), onDate: v.creationDate, changelog: metadata.changelog, subject: subject(req) });
    return { status: 200, body: summary(t.value, v) };
  };


  const newMajor: Handler = (req) => {
    const org = orgOf(ctx, req);
    if (!org.ok) return org.response;
    const t = templateOf(org.value, req);
    if (!t.ok) return t.response;
    const parsed = newMajorBody.safeParse(uploadBody(req));
    if (!parsed.success) return invalidBody(parsed.error, req);
    const { metadata, files } = parsed.data;
    const built = buildSources(ctx, metadata.sources, files);
    if (!built.ok) return built.response;
    const noDefault = defaultLanguageProblem(metadata);
    if (noDefault) return noDefault;
    const previous = latestVersion(t.value);
    const v: StoredVersion = {
      major: Math.max(0, ...t.value.versions.map((x) => x.major)) + 1,
      minor: 0,
      description: metadata.description,
      defaultLanguage: metadata.default_language,
      tags: [...(metadata.tags ?? [])],
      creationDate: apiTimestamp(ctx.host.now()),
      structure: built.value.structure,
      sources: built.value.sources,
    };
    t.value.versions.push(v);
    t.value.changelog.push({ from: previous ? versionString(previous) : null, to: versionString(v), onDate: v.creationDate, changelog: metadata.changelog, subject: subject(req) });
    return { status: 201, body: summary(t.value, v) };
  };


  const deleteMajor: Handler = (req) => {
    const org = orgOf(ctx, req);
    if (!org.ok) return org.response;
    const t = templateOf(org.value, req);
    if (!t.ok) return t.response;
    const major = majorOf(t.value, req);
    if (!major.ok) return major.response;
    const highest = majorsOf(t.value)[0];
    if (major.value !== highest) {
      return mdocError(409, 'MDOC-409-NOT-LATEST-MAJOR', 'CONFLICT', `Cannot delete major ${major.value}: only the latest major version (${highest ?? '?'}) can be deleted.`);
    }
    const removed = new Set(minorsOf(t.value, major.value).map(versionString));
    t.value.versions = t.value.versions.filter((v) => v.major !== major.value);
    t.value.changelog = t.value.changelog.filter((c) => !removed.has(c.to));
    // Deleting the only major leaves nothing to serve: the template (and its external_id) goes.
    if (!t.value.versions.length) org.value.templates.delete(t.value.externalId);
    return { status: 204 };
  };


  const deleteMinor: Handler = (req) => {
    const org = orgOf(ctx, req);
    if (!org.ok) return org.response;
    const t = templateOf(org.value, req);
    if (!t.ok) return t.response;
    const major = majorOf(t.value, req);
    if (!major.ok) return major.response;
    const latest = latestOfMajor(t.value, major.value);
    if (!latest || latest.minor === 0) {
      return mdocError(409, 'MDOC-409-BASE-VERSION', 'CONFLICT', `Cannot delete base version ${major.value}.0 (or the only minor version of major ${major.value}); delete the major instead.`);
    }
    t.value.versions = t.value.versions.filter((v) => v !== latest);
    t.value.changelog = t.value.changelog.filter((c) => c.to !== versionString(latest));
    return { status: 204 };
  };


  return { 'templates.newMinor': newMinor, 'templates.newMajor': newMajor, 'templates.deleteMajor': deleteMajor, 'templates.deleteMinor': deleteMinor } satisfies Record<string, Handler>;
}

// New minor / new major / delete major / delete latest minor of a dynamic template: the version
// rules of the Documents API document (a minor may not change the structure or the default
// language: 409; only the latest major may be deleted; X.0 is deleted with its major).
import { sameSchema } from '../../core/json/canonical';
import { newMajorBody, newMinorBody, type TemplateLanguage } from '../../core/models/documents';
import { MDOC_ERROR_REF, mdocError } from '../errors';
import type { Handler, SandboxResponse } from '../types';
import { buildSources, majorTarget, parseUpload, subject, summary, templateTarget, versionFrom, parseFirstVersion, type DocumentsContext } from './context';
import { apiTimestamp, latestOfMajor, latestVersion, majorsOf, minorsOf, versionString, type StoredSource, type StoredVersion } from './store';

/** 409 for a new minor that breaks the version rules: one error per reason. */
function breakingChanges(externalId: string, reasons: readonly string[]): SandboxResponse {
  const details = (why: string) => `Breaking changes detected (${why}). Use POST /dynamic_templates/${externalId}/versions to create a new major version instead.`;
  return { status: 409, body: { errors: reasons.map((why) => ({ code: 'MDOC-409-BREAKING-CHANGE', title: 'CONFLICT', ref: MDOC_ERROR_REF, details: details(why) })) } };
}

export function templateVersionHandlers(ctx: DocumentsContext) {
  const newMinor: Handler = (req) => {
    const target = majorTarget(ctx, req);
    if (!target.ok) return target.response;
    const { template, major } = target.value;
    const parsed = parseUpload(newMinorBody, req);
    if (!parsed.ok) return parsed.response;
    const { metadata, files } = parsed.value;
    const current = latestOfMajor(template, major);
    if (!current) return mdocError(404, 'MDOC-404-VERSION', 'NOT_FOUND', `Dynamic template "${template.externalId}" has no major version ${major}.`);
    const built = buildSources(ctx, metadata.sources, files);
    if (!built.ok) return built.response;
    // Every breaking change is one error of the 409, so a client sees all of them at once.
    const reasons: string[] = [];
    if (!sameSchema(built.value.structure, current.structure)) reasons.push(`the structure differs from version ${versionString(current)}`);
    if (metadata.default_language !== undefined && metadata.default_language !== current.defaultLanguage) {
      reasons.push(`default_language changes from ${current.defaultLanguage} to ${metadata.default_language}`);
    }
    // "Removing sources" is a breaking change: a minor sends every language it keeps, and may add some.
    const sent = new Set(built.value.sources.map((s) => s.language));
    const removed = current.sources.filter((s) => !sent.has(s.language)).map((s) => s.language);
    if (removed.length) reasons.push(`the source${removed.length > 1 ? 's' : ''} ${removed.join(', ')} of version ${versionString(current)} ${removed.length > 1 ? 'are' : 'is'} missing (removing a language)`);
    if (reasons.length) return breakingChanges(template.externalId, reasons);
    const byLang = new Map<TemplateLanguage, StoredSource>(current.sources.map((s) => [s.language, s]));
    for (const s of built.value.sources) byLang.set(s.language, s);
    const v: StoredVersion = {
      major: current.major,
      minor: Math.max(...minorsOf(template, current.major).map((x) => x.minor)) + 1,
      description: metadata.description ?? current.description,
      defaultLanguage: current.defaultLanguage,
      tags: metadata.tags ? [...metadata.tags] : [...current.tags],
      creationDate: apiTimestamp(ctx.host.now()),
      structure: structuredClone(current.structure),
      sources: [...byLang.values()],
    };
    template.versions.push(v);
    template.changelog.push({ from: versionString(current), to: versionString(v), onDate: v.creationDate, changelog: metadata.changelog, subject: subject(req) });
    return { status: 200, body: summary(template, v) };
  };

  const newMajor: Handler = (req) => {
    const target = templateTarget(ctx, req);
    if (!target.ok) return target.response;
    const { template } = target.value;
    const upload = parseFirstVersion(ctx, newMajorBody, req);
    if (!upload.ok) return upload.response;
    const { metadata, built } = upload.value;
    const previous = latestVersion(template);
    const v = versionFrom(Math.max(0, ...template.versions.map((x) => x.major)) + 1, metadata, built, ctx.host.now());
    template.versions.push(v);
    if (previous) template.changelog.push({ from: versionString(previous), to: versionString(v), onDate: v.creationDate, changelog: metadata.changelog, subject: subject(req) });
    return { status: 201, body: summary(template, v) };
  };

  const deleteMajor: Handler = (req) => {
    const target = majorTarget(ctx, req);
    if (!target.ok) return target.response;
    const { org, template, major } = target.value;
    const highest = majorsOf(template)[0];
    if (major !== highest) {
      return mdocError(409, 'MDOC-409-NOT-LATEST-MAJOR', 'CONFLICT', `Cannot delete major ${major}: only the latest major version (${highest ?? '?'}) can be deleted.`);
    }
    const removed = new Set(minorsOf(template, major).map(versionString));
    template.versions = template.versions.filter((v) => v.major !== major);
    template.changelog = template.changelog.filter((c) => !removed.has(c.to));
    // Deleting the only major leaves nothing to serve: the template (and its external_id) goes.
    if (!template.versions.length) org.templates.delete(template.externalId);
    return { status: 204 };
  };

  const deleteMinor: Handler = (req) => {
    const target = majorTarget(ctx, req);
    if (!target.ok) return target.response;
    const { template, major } = target.value;
    const latest = latestOfMajor(template, major);
    if (!latest || latest.minor === 0) {
      return mdocError(409, 'MDOC-409-BASE-VERSION', 'CONFLICT', `Cannot delete base version ${major}.0 (or the only minor version of major ${major}); delete the major instead.`);
    }
    template.versions = template.versions.filter((v) => v !== latest);
    template.changelog = template.changelog.filter((c) => c.to !== versionString(latest));
    return { status: 204 };
  };

  return { 'templates.newMinor': newMinor, 'templates.newMajor': newMajor, 'templates.deleteMajor': deleteMajor, 'templates.deleteMinor': deleteMinor } satisfies Record<string, Handler>;
}

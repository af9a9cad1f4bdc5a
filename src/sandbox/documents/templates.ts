// Dynamic templates in the Documents sandbox: list, create, versions of a major, one minor and
// the changelog (new minors/majors and deletes are in templateVersions.ts). Behaviour follows the
// Documents API document, "Dynamic templates"; where it is silent, docs/decisions.md says why.
import { createTemplateBody } from '../../core/models/documents';
import { DEFAULT_TEMPLATES_PAGE_SIZE } from '../../core/catalogue/documents';
import { mdocError } from '../errors';
import type { Handler, SandboxResponse } from '../types';
import { badRequest, buildSources, detail, invalidBody, majorOf, orgOf, subject, summary, templateOf, uploadBody, wholeNumber, type DocumentsContext } from './context';
import { apiTimestamp, latestOfMajor, majorsOf, minorsOf, type StoredTemplate, type StoredVersion } from './store';

/** Create and new major must ship a source in their default language. */
export const defaultLanguageProblem = (metadata: { default_language: string; sources: readonly { language: string }[] }): SandboxResponse | undefined =>
  metadata.sources.some((s) => s.language === metadata.default_language)
    ? undefined
    : badRequest(`metadata.default_language ${metadata.default_language} has no source; sources: ${metadata.sources.map((s) => s.language).join(', ')}`);


export function templateHandlers(ctx: DocumentsContext) {
  const list: Handler = (req) => {
    const org = orgOf(ctx, req);
    if (!org.ok) return org.response;
    const pageRaw = req.query.get('page');
    const sizeRaw = req.query.get('page_size');
    if (pageRaw !== null && !/^\d+$/.test(pageRaw)) return badRequest(`page must be a whole number ≥ 0, got ${JSON.stringify(pageRaw)}`);
    if (sizeRaw !== null && !/^[1-9]\d*$/.test(sizeRaw)) return badRequest(`page_size must be a whole number ≥ 1, got ${JSON.stringify(sizeRaw)}`);
    const page = pageRaw === null ? 0 : Number(pageRaw);
    const pageSize = sizeRaw === null ? DEFAULT_TEMPLATES_PAGE_SIZE : Number(sizeRaw);
    const externalId = req.query.get('external_id');
    const rows: Array<{ t: StoredTemplate; v: StoredVersion }> = [];
    for (const t of org.value.templates.values()) {
      if (externalId !== null && externalId !== '' && t.externalId !== externalId) continue;
      for (const major of majorsOf(t)) {
        const v = latestOfMajor(t, major);
        if (v) rows.push({ t, v });
      }
    }
    rows.sort((a, b) => b.v.creationDate.localeCompare(a.v.creationDate) || a.t.externalId.localeCompare(b.t.externalId) || b.v.major - a.v.major);
    const slice = rows.slice(page * pageSize, page * pageSize + pageSize);
    return { status: 200, body: { page, page_size: pageSize, templates: slice.map((r) => summary(r.t, r.v)) } };
  };


  const create: Handler = (req) => {
    const org = orgOf(ctx, req);
    if (!org.ok) return org.response;
    const parsed = createTemplateBody.safeParse(uploadBody(req));
    if (!parsed.success) return invalidBody(parsed.error, req);
    const { metadata, files } = parsed.data;
    const built = buildSources(ctx, metadata.sources, files);
    if (!built.ok) return built.response;
    const noDefault = defaultLanguageProblem(metadata);
    if (noDefault) return noDefault;
    if (org.value.templates.has(metadata.external_id)) {
      return mdocError(409, 'MDOC-409-EXTERNAL-ID', 'CONFLICT', `A dynamic template with external_id "${metadata.external_id}" already exists. Create a new version instead.`);
    }
    const created = apiTimestamp(ctx.host.now());
    const v: StoredVersion = {
      major: 1,
      minor: 0,
      description: metadata.description,
      defaultLanguage: metadata.default_language,
      tags: [...(metadata.tags ?? [])],
      creationDate: created,
      structure: built.value.structure,
      sources: built.value.sources,
    };
    const t: StoredTemplate = { externalId: metadata.external_id, versions: [v], changelog: [{ from: null, to: '1.0', onDate: created, changelog: 'Initial version', subject: subject(req) }] };
    org.value.templates.set(t.externalId, t);
    return { status: 201, body: summary(t, v) };
  };


  const versions: Handler = (req) => {
    const org = orgOf(ctx, req);
    if (!org.ok) return org.response;
    const t = templateOf(org.value, req);
    if (!t.ok) return t.response;
    const major = majorOf(t.value, req);
    if (!major.ok) return major.response;
    return { status: 200, body: { templates: minorsOf(t.value, major.value).map((v) => detail(ctx, req.params['org'] ?? '', t.value, v)) } };
  };


  const minor: Handler = (req) => {
    const org = orgOf(ctx, req);
    if (!org.ok) return org.response;
    const t = templateOf(org.value, req);
    if (!t.ok) return t.response;
    const major = majorOf(t.value, req);
    if (!major.ok) return major.response;
    const mi = wholeNumber(req.params['minor'], 'minor');
    if (!mi.ok) return mi.response;
    const v = t.value.versions.find((x) => x.major === major.value && x.minor === mi.value);
    if (!v) return mdocError(404, 'MDOC-404-VERSION', 'NOT_FOUND', `Dynamic template "${t.value.externalId}" has no version ${major.value}.${mi.value}.`);
    return { status: 200, body: detail(ctx, req.params['org'] ?? '', t.value, v) };
  };


  const changelog: Handler = (req) => {
    const org = orgOf(ctx, req);
    if (!org.ok) return org.response;
    const t = templateOf(org.value, req);
    if (!t.ok) return t.response;
    const order = (s: string): number[] => s.split('.').map(Number);
    const entries = [...t.value.changelog].sort((a, b) => {
      const [am = 0, an = 0] = order(a.to);
      const [bm = 0, bn = 0] = order(b.to);
      return bm - am || bn - an;
    });
    return {
      status: 200,
      body: { changelog_history: entries.map((c) => ({ from_version: c.from, to_version: c.to, on_date: c.onDate, changelog: c.changelog, subject: c.subject })) },
    };
  };


  return { 'templates.list': list, 'templates.create': create, 'templates.versions': versions, 'templates.minor': minor, 'templates.changelog': changelog } satisfies Record<string, Handler>;
}

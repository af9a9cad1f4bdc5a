// Dynamic templates in the Documents sandbox: list, create, versions of a major, one minor and
// the changelog (new minors/majors and deletes are in templateVersions.ts). Behaviour follows the
// Documents API document, "Dynamic templates"; where it is silent, docs/decisions.md says why.
import { createTemplateBody } from '../../core/models/documents';
import { DEFAULT_TEMPLATES_PAGE_SIZE } from '../../core/catalogue/documents';
import { mdocError } from '../errors';
import type { Handler } from '../types';
import {
  detail,
  majorTarget,
  newestFirst,
  orgOf,
  summary,
  templateTarget,
  parseFirstVersion,
  versionFrom,
  wholeNumber,
  type DocumentsContext,
} from './context';
import { latestOfMajor, majorsOf, minorsOf, type StoredTemplate, type StoredVersion } from './store';

export function templateHandlers(ctx: DocumentsContext) {
  const list: Handler = (req) => {
    const org = orgOf(ctx, req);
    if (!org.ok) return org.response;
    // The router has checked page and page_size against the catalogue's query model.
    const pageRaw = req.query.get('page');
    const sizeRaw = req.query.get('page_size');
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
    const upload = parseFirstVersion(ctx, createTemplateBody, req);
    if (!upload.ok) return upload.response;
    const { metadata, built } = upload.value;
    if (org.value.templates.has(metadata.external_id)) {
      return mdocError(409, 'MDOC-409-EXTERNAL-ID', 'CONFLICT', `A dynamic template with external_id "${metadata.external_id}" already exists. Create a new version instead.`);
    }
    const v = versionFrom(1, metadata, built, ctx.host.now());
    // The changelog lists version transitions: a first version has none yet.
    const t: StoredTemplate = { externalId: metadata.external_id, versions: [v], changelog: [] };
    org.value.templates.set(t.externalId, t);
    return { status: 201, body: summary(t, v) };
  };

  const versions: Handler = (req) => {
    const target = majorTarget(ctx, req);
    if (!target.ok) return target.response;
    const { template, major } = target.value;
    return { status: 200, body: { templates: minorsOf(template, major).map((v) => detail(ctx, req.params['org'] ?? '', template, v)) } };
  };

  const minor: Handler = (req) => {
    const target = majorTarget(ctx, req);
    if (!target.ok) return target.response;
    const { template, major } = target.value;
    const mi = wholeNumber(req.params['minor'], 'minor');
    if (!mi.ok) return mi.response;
    const v = template.versions.find((x) => x.major === major && x.minor === mi.value);
    if (!v) return mdocError(404, 'MDOC-404-VERSION', 'NOT_FOUND', `Dynamic template "${template.externalId}" has no version ${major}.${mi.value}.`);
    return { status: 200, body: detail(ctx, req.params['org'] ?? '', template, v) };
  };

  const changelog: Handler = (req) => {
    const target = templateTarget(ctx, req);
    if (!target.ok) return target.response;
    return {
      status: 200,
      body: { changelog_history: newestFirst(target.value.template.changelog).map((c) => ({ from_version: c.from, to_version: c.to, on_date: c.onDate, changelog: c.changelog, subject: c.subject })) },
    };
  };

  return { 'templates.list': list, 'templates.create': create, 'templates.versions': versions, 'templates.minor': minor, 'templates.changelog': changelog } satisfies Record<string, Handler>;
}

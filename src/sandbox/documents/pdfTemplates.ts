// PDF templates (Documents API document, "Templates"): ordered sections with fill rules, versioned.
// A new version (POST …/versions) is the next major with "its own use contract"; an update (PATCH
// …/versions/{major}) is the next minor "without change use contract": the same fields, else 409.
// Only the latest major and the latest non-base minor can be deleted (409). Fill answers the PDF;
// fill/documents stores it as a document of the caller (`x-auth-owner`).
import { createPdfTemplateBody, fillPdfTemplateBody, fillPdfTemplateDocumentBody, newPdfTemplateVersionBody, updatePdfTemplateVersionBody } from '../../core/models/documents/pdfTemplates';
import type { Handler, SandboxRequest, SandboxResponse } from '../types';
import { badRequest, clockOf, conflict, newestFirst, notFound, orgOf, ownerOf, pageOf, parseUpload, recordOf, type DocumentsContext, type Result, withBody } from './context';
import { putDocument } from './state/documents';
import {
  latestPdfVersion,
  minorsOfPdf,
  normalizeName,
  pdfTemplateView,
  renderPdfTemplate,
  templateFields,
  templateLanguagesOf,
  versionLabel,
  type PdfTemplateVersion,
  type StoredPdfTemplate,
} from './state/pdfTemplates';
import type { OrgState } from './store';

type VersionInput = Omit<PdfTemplateVersion, 'major' | 'minor' | 'creationDate'>;

/** Sections must exist and serve the default language. */
function checkVersion(org: OrgState, v: VersionInput): SandboxResponse | undefined {
  const missing = v.orderedSectionNames.find((n) => !org.sections.has(n));
  if (missing) return notFound('SECTION', `Section "${missing}" not found.`);
  const languages = templateLanguagesOf(org, v);
  if (!languages.includes(v.defaultLanguage)) return badRequest(`defaultLanguage ${v.defaultLanguage} is not served by every section (languages they share: ${languages.join(', ')})`);
  return undefined;
}

export function pdfTemplateHandlers(ctx: DocumentsContext) {
  const templateOf = (req: SandboxRequest) => recordOf(ctx, req, 'templateId', (o) => o.pdfTemplates, (id) => notFound('PDF-TEMPLATE', `Template "${id}" not found.`));

  /** The template and the version a `{version}` names: "1" (its latest minor) or "1.2". */
  function versionOf(req: SandboxRequest): Result<{ org: OrgState; template: StoredPdfTemplate; version: PdfTemplateVersion }> {
    const found = templateOf(req);
    if (!found.ok) return found;
    const raw = req.params['version'] ?? '';
    const m = /^(\d+)(?:\.(\d+))?$/.exec(raw);
    if (!m) return { ok: false, response: badRequest(`version must be a major version like "1" (or "1.2"), got ${JSON.stringify(raw)}`) };
    const minors = minorsOfPdf(found.value.record, Number(m[1]));
    const version = m[2] === undefined ? minors[0] : minors.find((v) => v.minor === Number(m[2]));
    if (!version) return { ok: false, response: notFound('VERSION', `Template "${found.value.record.externalId}" has no version ${raw}.`) };
    return { ok: true, value: { org: found.value.org, template: found.value.record, version } };
  }

  const view = (org: OrgState, t: StoredPdfTemplate, v: PdfTemplateVersion) => pdfTemplateView(org, t, v);

  const list: Handler = (req) => {
    const org = orgOf(ctx, req);
    if (!org.ok) return org.response;
    const latest = [...org.value.pdfTemplates.values()].flatMap((t) => {
      const v = latestPdfVersion(t);
      return v ? [{ t, v, creationDate: v.creationDate }] : [];
    });
    const page = pageOf(req, latest);
    if (!page.ok) return page.response;
    return { status: 200, body: { totalResults: page.value.totalResults, currentPage: page.value.currentPage, templates: page.value.items.map((x) => view(org.value, x.t, x.v)) } };
  };

  const create: Handler = (req) => {
    const input = withBody(orgOf(ctx, req), createPdfTemplateBody, req);
    if (!input.ok) return input.response;
    const { target: org, body } = input.value;
    const externalId = normalizeName(body.templateName);
    if (org.pdfTemplates.has(externalId)) return conflict('EXISTS', `A template with external id "${externalId}" already exists; add a version instead.`);
    const v: PdfTemplateVersion = { major: 1, minor: 0, defaultLanguage: body.defaultLanguage, orderedSectionNames: body.orderedSectionNames, rules: body.rules ?? [], creationDate: clockOf(ctx).stamp };
    const refused = checkVersion(org, v);
    if (refused) return refused;
    const t: StoredPdfTemplate = { externalId, versions: [v], changelog: [] };
    org.pdfTemplates.set(externalId, t);
    return { status: 201, body: view(org, t, v) };
  };

  function addVersion(org: OrgState, t: StoredPdfTemplate, v: PdfTemplateVersion, changelog: string | undefined, from: PdfTemplateVersion): SandboxResponse {
    t.versions.push(v);
    t.changelog.push({ from: versionLabel(from), to: versionLabel(v), onDate: v.creationDate, changelog: changelog ?? '' });
    return { status: 201, body: view(org, t, v) };
  }

  const newVersion: Handler = (req) => {
    const found = templateOf(req);
    if (!found.ok) return found.response;
    const { org, record: t } = found.value;
    const body = parseUpload(newPdfTemplateVersionBody, req);
    if (!body.ok) return body.response;
    const latest = latestPdfVersion(t);
    if (!latest) return notFound('VERSION', `Template "${t.externalId}" has no version.`);
    const v: PdfTemplateVersion = { major: latest.major + 1, minor: 0, defaultLanguage: body.value.defaultLanguage, orderedSectionNames: body.value.orderedSectionNames, rules: body.value.rules ?? [], creationDate: clockOf(ctx).stamp };
    return checkVersion(org, v) ?? addVersion(org, t, v, body.value.changelog, latest);
  };

  const updateVersion: Handler = (req) => {
    const found = versionOf(req);
    if (!found.ok) return found.response;
    const { org, template: t, version: current } = found.value;
    const body = parseUpload(updatePdfTemplateVersionBody, req);
    if (!body.ok) return body.response;
    const b = body.value;
    const v: PdfTemplateVersion = {
      major: current.major,
      minor: (minorsOfPdf(t, current.major)[0]?.minor ?? current.minor) + 1,
      defaultLanguage: b.defaultLanguage ?? current.defaultLanguage,
      orderedSectionNames: b.orderedSectionNames ?? [...current.orderedSectionNames],
      rules: b.rules ?? current.rules.map((r) => ({ ...r })),
      creationDate: clockOf(ctx).stamp,
    };
    const refused = checkVersion(org, v);
    if (refused) return refused;
    const keys = (x: PdfTemplateVersion) => templateFields(org, x).map((f) => f.key).sort().join(',');
    if (keys(v) !== keys(current)) {
      return conflict('BREAKING-CHANGE', `The fields change (${keys(current)} → ${keys(v)}): an update keeps the use contract. Create a new version with POST /templates/${t.externalId}/versions.`);
    }
    return addVersion(org, t, v, b.changelog, current);
  };

  const deleteMajor: Handler = (req) => {
    const found = versionOf(req);
    if (!found.ok) return found.response;
    const { org, template: t, version } = found.value;
    const highest = Math.max(...t.versions.map((v) => v.major));
    if (version.major !== highest) return conflict('NOT-LATEST-MAJOR', `Major version ${version.major} can not be deleted: it is not the latest (${highest}).`);
    const removed = new Set(minorsOfPdf(t, version.major).map(versionLabel));
    t.versions = t.versions.filter((v) => v.major !== version.major);
    t.changelog = t.changelog.filter((c) => !removed.has(c.to));
    if (!t.versions.length) org.pdfTemplates.delete(t.externalId);
    return { status: 204 };
  };

  const deleteMinor: Handler = (req) => {
    const found = versionOf(req);
    if (!found.ok) return found.response;
    const { template: t, version } = found.value;
    const latest = minorsOfPdf(t, version.major)[0];
    if (!latest || latest.minor === 0) return conflict('BASE-VERSION', `Minor version can not be deleted: ${version.major}.0 is the base of major ${version.major} (delete the major instead).`);
    t.versions = t.versions.filter((v) => v !== latest);
    t.changelog = t.changelog.filter((c) => c.to !== versionLabel(latest));
    return { status: 204 };
  };

  /** The filled PDF and the headers the document lists, or why it cannot be filled. */
  function filled(req: SandboxRequest, fill: { language: PdfTemplateVersion['defaultLanguage']; flagsConditions?: string[]; fieldsValues: Array<{ name: string; value: string }>; fillMode?: 'default' | 'raw' }): Result<{ org: OrgState; template: StoredPdfTemplate; version: PdfTemplateVersion; pdf: Buffer; headers: Record<string, string> }> {
    const found = versionOf(req);
    if (!found.ok) return found;
    const { org, template, version } = found.value;
    const languages = templateLanguagesOf(org, version);
    if (!languages.includes(fill.language)) return { ok: false, response: badRequest(`language ${fill.language} is not available in ${template.externalId} ${versionLabel(version)} (available: ${languages.join(', ')})`, 'MDOC-400-LANGUAGE') };
    const config = org.configurations.reduce((max, c) => Math.max(max, c.version), 0);
    const headers = { 'x-template-version': versionLabel(version), ...(config ? { 'x-tenant-config-version': String(config) } : {}) };
    return { ok: true, value: { org, template, version, pdf: renderPdfTemplate(org, template, version, fill), headers } };
  }

  const fill: Handler = (req) => {
    const body = parseUpload(fillPdfTemplateBody, req);
    if (!body.ok) return body.response;
    const out = filled(req, body.value);
    if (!out.ok) return out.response;
    const name = `${out.value.template.externalId}_v${versionLabel(out.value.version)}`;
    return { status: 200, headers: { ...out.value.headers, 'content-type': 'application/pdf', 'content-disposition': `attachment; filename="${name}.pdf"` }, bytes: out.value.pdf };
  };

  const fillDocument: Handler = (req) => {
    const body = parseUpload(fillPdfTemplateDocumentBody, req);
    if (!body.ok) return body.response;
    const out = filled(req, body.value);
    if (!out.ok) return out.response;
    const { org, template, version, pdf, headers } = out.value;
    const doc = putDocument(org, {
      id: ctx.store.newId(),
      name: body.value.name ?? `${template.externalId}_v${versionLabel(version)}`,
      extension: 'pdf',
      tags: body.value.tags,
      owner: ownerOf(req) ?? null,
      content: pdf,
      createdAt: clockOf(ctx).now,
      source: `template:${template.externalId}@${versionLabel(version)}`,
    });
    return { status: 200, headers, body: { documentId: doc.id, renamedKeys: [] } };
  };

  const metadata: Handler = (req) => {
    const found = versionOf(req);
    if (!found.ok) return found.response;
    const { org, template: t, version } = found.value;
    const versions = req.query.get('include') === 'history' ? minorsOfPdf(t, version.major) : [version];
    return { status: 200, body: { templates: versions.map((v) => view(org, t, v)) } };
  };

  const changelog: Handler = (req) => {
    const found = templateOf(req);
    if (!found.ok) return found.response;
    return { status: 200, body: { changelogHistory: newestFirst(found.value.record.changelog).map((c) => ({ fromVersion: c.from, toVersion: c.to, onDate: c.onDate, changelog: c.changelog })) } };
  };

  return {
    'pdfTemplates.list': list,
    'pdfTemplates.create': create,
    'pdfTemplates.newVersion': newVersion,
    'pdfTemplates.updateVersion': updateVersion,
    'pdfTemplates.deleteMajor': deleteMajor,
    'pdfTemplates.deleteMinor': deleteMinor,
    'pdfTemplates.fill': fill,
    'pdfTemplates.fillDocument': fillDocument,
    'pdfTemplates.metadata': metadata,
    'pdfTemplates.changelog': changelog,
  } satisfies Record<string, Handler>;
}

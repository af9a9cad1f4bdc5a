// Sections (Documents API document, "Sections"): one form per language, listed newest first, their
// fields the union of their forms'. Creating needs existing forms (404) and a new name (409);
// deleting a section a PDF template uses is a conflict (409).
import { createSectionBody } from '../../core/models/documents/forms';
import { sandboxRule } from '../errors';
import type { Handler } from '../types';
import { badRequest, clockOf, conflict, notFound, orgOf, pageOf, recordOf, type DocumentsContext, withBody } from './context';
import { formByRef, normalizeName, sectionFields, type PdfTemplatesState, type StoredSection } from './state/pdfTemplates';

export function sectionView(state: PdfTemplatesState, s: StoredSection): Record<string, unknown> {
  return { externalId: s.externalId, forms: s.forms.map((f) => ({ ...f })), fields: sectionFields(state, s), creationDate: s.creationDate };
}

export function sectionHandlers(ctx: DocumentsContext) {
  const sectionOf = (req: Parameters<Handler>[0]) => recordOf(ctx, req, 'sectionId', (o) => o.sections, (id) => notFound('SECTION', `Section "${id}" not found.`));

  const list: Handler = (req) => {
    const org = orgOf(ctx, req);
    if (!org.ok) return org.response;
    const page = pageOf(req, org.value.sections.values());
    if (!page.ok) return page.response;
    return { status: 200, body: { totalResults: page.value.totalResults, currentPage: page.value.currentPage, sections: page.value.items.map((s) => sectionView(org.value, s)) } };
  };

  const create: Handler = (req) => {
    const input = withBody(orgOf(ctx, req), createSectionBody, req);
    if (!input.ok) return input.response;
    const { target: org, body } = input.value;
    const externalId = normalizeName(body.sectionName);
    if (org.sections.has(externalId)) return conflict('EXISTS', `A section with external id "${externalId}" already exists.`);
    const languages = body.forms.map((f) => f.language);
    const twice = languages.find((l, i) => languages.indexOf(l) !== i);
    if (twice) return badRequest(sandboxRule(`forms: language ${twice} appears twice`, 'the document describes one form to each language'));
    const missing = body.forms.find((f) => !formByRef(org, f.formExternalId));
    if (missing) return notFound('FORM', `Form "${missing.formExternalId}" (language ${missing.language}) not found.`);
    const section: StoredSection = { externalId, forms: body.forms.map((f) => ({ ...f })), creationDate: clockOf(ctx).stamp };
    org.sections.set(externalId, section);
    return { status: 201, body: sectionView(org, section) };
  };

  const metadata: Handler = (req) => {
    const found = sectionOf(req);
    return found.ok ? { status: 200, body: sectionView(found.value.org, found.value.record) } : found.response;
  };

  const remove: Handler = (req) => {
    const found = sectionOf(req);
    if (!found.ok) return found.response;
    const { org, id } = found.value;
    const user = [...org.pdfTemplates.values()].find((t) => t.versions.some((v) => v.orderedSectionNames.includes(id)));
    if (user) return conflict('IN-USE', `Section "${id}" is used by template "${user.externalId}".`);
    org.sections.delete(id);
    return { status: 204 };
  };

  return { 'sections.list': list, 'sections.create': create, 'sections.metadata': metadata, 'sections.delete': remove } satisfies Record<string, Handler>;
}

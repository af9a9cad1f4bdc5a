// PDF forms (Documents API document, "Forms"): list, upload (the fillable fields are read from the
// PDF), fill into a PDF, metadata, download and delete (409 while a section uses the form). A form
// is named by its id or external id; the document's examples write both, "id,externalId".
import { createFormBody, fillFormBody } from '../../core/models/documents/forms';
import type { Handler, SandboxRequest } from '../types';
import { pdfFieldNames } from './binary';
import { clockOf, conflict, notFound, orgOf, pageOf, type DocumentsContext, type Result, withBody } from './context';
import { fileFor } from './storedDocuments';
import { formByRef, normalizeName, renderForm, type StoredForm } from './state/pdfTemplates';
import type { OrgState } from './store';

function formView(f: StoredForm): Record<string, unknown> {
  return { id: f.id, externalId: f.externalId, fields: f.fields.map((x) => ({ ...x })), tags: [...f.tags], creationDate: f.creationDate };
}

function pdfFile(name: string, content: Buffer): { status: number; headers: Record<string, string>; bytes: Buffer } {
  return { status: 200, headers: { 'content-type': 'application/pdf', 'content-disposition': `attachment; filename="${name}.pdf"` }, bytes: content };
}

export function formHandlers(ctx: DocumentsContext) {
  function formOf(req: SandboxRequest): Result<{ org: OrgState; form: StoredForm }> {
    const org = orgOf(ctx, req);
    if (!org.ok) return org;
    const ref = req.params['formId'] ?? '';
    const form = formByRef(org.value, ref);
    return form ? { ok: true, value: { org: org.value, form } } : { ok: false, response: notFound('FORM', `Form "${ref}" not found (by id or external id).`) };
  }

  const list: Handler = (req) => {
    const org = orgOf(ctx, req);
    if (!org.ok) return org.response;
    const page = pageOf(req, org.value.forms.values());
    if (!page.ok) return page.response;
    return { status: 200, body: { totalResults: page.value.totalResults, currentPage: page.value.currentPage, forms: page.value.items.map(formView) } };
  };

  const create: Handler = (req) => {
    const input = withBody(orgOf(ctx, req), createFormBody, req);
    if (!input.ok) return input.response;
    const { target: org, body } = input.value;
    const externalId = normalizeName(body.name);
    if (formByRef(org, externalId)?.externalId === externalId) return conflict('EXISTS', `A form with external id "${externalId}" already exists.`);
    const file = fileFor(req, 'content', body.content, 'pdf', externalId);
    if (!file.ok) return file.response;
    const form: StoredForm = {
      id: ctx.store.newId(),
      externalId,
      // "The map of the fillable fields will be extracted": the PDF's own form fields.
      fields: pdfFieldNames(file.value).map((key) => ({ key, type: 'FILLABLE' })),
      tags: (body.tags ?? []).map((t) => t.replace(/\s+/g, '').toUpperCase()),
      creationDate: clockOf(ctx).stamp,
      content: file.value,
    };
    org.forms.set(form.id, form);
    return { status: 201, body: formView(form) };
  };

  const fill: Handler = (req) => {
    const input = withBody(formOf(req), fillFormBody, req);
    if (!input.ok) return input.response;
    const { target: found, body } = input.value;
    const { form } = found;
    return pdfFile(`${form.externalId}_filled`, renderForm(form, body.fieldsValues, body.fillMode));
  };

  const metadata: Handler = (req) => {
    const found = formOf(req);
    return found.ok ? { status: 200, body: formView(found.value.form) } : found.response;
  };

  const download: Handler = (req) => {
    const found = formOf(req);
    return found.ok ? pdfFile(found.value.form.externalId, found.value.form.content) : found.response;
  };

  const remove: Handler = (req) => {
    const found = formOf(req);
    if (!found.ok) return found.response;
    const { org, form } = found.value;
    const user = [...org.sections.values()].find((s) => s.forms.some((f) => f.formExternalId === form.externalId || f.formExternalId === form.id));
    if (user) return conflict('IN-USE', `Form "${form.externalId}" is in section "${user.externalId}"; delete the section (or change it) first.`);
    org.forms.delete(form.id);
    return { status: 204 };
  };

  return { 'forms.list': list, 'forms.create': create, 'forms.fill': fill, 'forms.metadata': metadata, 'forms.download': download, 'forms.delete': remove } satisfies Record<string, Handler>;
}

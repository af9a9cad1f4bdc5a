// The tenant's template configurations (Documents API document, "Templates Configuration"):
// versioned default field values per language (create = the next version, `latest` reads the
// newest) and the images templates use (logos), listed with filters. PDF template fills report
// the configuration version they used (X-Tenant-Config-Version).
import { createTemplateConfigurationBody, uploadConfigurationDocumentBody } from '../../core/models/documents/templateConfigurations';
import type { Handler, SandboxRequest } from '../types';
import { badRequest, clockOf, notFound, orgOf, pageOf, type DocumentsContext, type Result, withBody } from './context';
import { fileFor } from './storedDocuments';
import type { StoredConfiguration } from './state/pdfTemplates';
import type { OrgState } from './store';

export function templateConfigurationHandlers(ctx: DocumentsContext) {
  function configurationOf(req: SandboxRequest): Result<{ org: OrgState; configuration: StoredConfiguration }> {
    const org = orgOf(ctx, req);
    if (!org.ok) return org;
    const raw = req.params['version'] ?? '';
    const all = org.value.configurations;
    if (raw !== 'latest' && !/^\d+$/.test(raw)) return { ok: false, response: badRequest(`version must be a whole number or "latest", got ${JSON.stringify(raw)}`) };
    const configuration = raw === 'latest' ? [...all].sort((a, b) => b.version - a.version)[0] : all.find((c) => c.version === Number(raw));
    return configuration ? { ok: true, value: { org: org.value, configuration } } : { ok: false, response: notFound('CONFIGURATION', `No template configuration version ${raw}.`) };
  }

  const listDocuments: Handler = (req) => {
    const org = orgOf(ctx, req);
    if (!org.ok) return org.response;
    const name = req.query.get('name');
    const extension = req.query.get('extension');
    const matching = [...org.value.configurationDocuments.values()].filter((d) => (!name || d.name.includes(name)) && (!extension || d.extension === extension));
    const page = pageOf(req, matching);
    if (!page.ok) return page.response;
    return { status: 200, body: { totalResults: page.value.totalResults, currentPage: page.value.currentPage, items: page.value.items.map((d) => ({ id: d.id, name: d.name, extension: d.extension, creationDate: d.creationDate })) } };
  };

  const uploadDocument: Handler = (req) => {
    const input = withBody(orgOf(ctx, req), uploadConfigurationDocumentBody, req);
    if (!input.ok) return input.response;
    const { target: org, body } = input.value;
    const file = fileFor(req, 'content', body.content, body.extension, body.name);
    if (!file.ok) return file.response;
    const id = ctx.store.newId();
    org.configurationDocuments.set(id, { id, name: body.name, extension: body.extension, creationDate: clockOf(ctx).stamp, content: file.value });
    return { status: 200, body: { id } };
  };

  const list: Handler = (req) => {
    const org = orgOf(ctx, req);
    if (!org.ok) return org.response;
    const page = pageOf(req, org.value.configurations);
    if (!page.ok) return page.response;
    const configurations = page.value.items.map((c) => ({ version: c.version, ...(c.changelog !== undefined ? { changelog: c.changelog } : {}), creationDate: c.creationDate }));
    return { status: 200, body: { totalResults: page.value.totalResults, currentPage: page.value.currentPage, configurations } };
  };

  const create: Handler = (req) => {
    const input = withBody(orgOf(ctx, req), createTemplateConfigurationBody, req);
    if (!input.ok) return input.response;
    const { target: org, body } = input.value;
    const version = org.configurations.reduce((max, c) => Math.max(max, c.version), 0) + 1;
    org.configurations.push({ version, ...(body.changelog !== undefined ? { changelog: body.changelog } : {}), defaultLanguage: body.defaultLanguage, fieldValues: structuredClone(body.fieldValues), creationDate: clockOf(ctx).stamp });
    return { status: 200, body: { version } };
  };

  const get: Handler = (req) => {
    const found = configurationOf(req);
    if (!found.ok) return found.response;
    const c = found.value.configuration;
    return { status: 200, body: { defaultLanguage: c.defaultLanguage, fieldValues: structuredClone(c.fieldValues) } };
  };

  const remove: Handler = (req) => {
    const found = configurationOf(req);
    if (!found.ok) return found.response;
    const { org, configuration } = found.value;
    org.configurations = org.configurations.filter((c) => c !== configuration);
    return { status: 204 };
  };

  return {
    'templateConfigurations.listDocuments': listDocuments,
    'templateConfigurations.uploadDocument': uploadDocument,
    'templateConfigurations.list': list,
    'templateConfigurations.create': create,
    'templateConfigurations.get': get,
    'templateConfigurations.delete': remove,
  } satisfies Record<string, Handler>;
}

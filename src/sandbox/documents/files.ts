// What the sandbox serves besides the API: the HBS sources and editor configs that
// `template_url` / `editor_config_url` point at, and the filled documents of completed fills.
import { mdocError } from '../errors';
import type { Handler, SandboxRequest } from '../types';
import { FILLED_PREFIX, SOURCES_PREFIX, orgOf, wholeNumber, type DocumentsContext, type Result, templateTarget } from './context';
import { fillState, type StoredSource } from './store';

export interface RawRoute {
  method: string;
  path: string;
  handle: Handler;
}

export function fileRoutes(ctx: DocumentsContext): RawRoute[] {
  function sourceOf(req: SandboxRequest): Result<StoredSource> {
    const target = templateTarget(ctx, req);
    if (!target.ok) return target;
    const { template } = target.value;
    const major = wholeNumber(req.params['major'], 'major');
    if (!major.ok) return major;
    const mi = wholeNumber(req.params['minor'], 'minor');
    if (!mi.ok) return mi;
    const v = template.versions.find((x) => x.major === major.value && x.minor === mi.value);
    const s = v?.sources.find((x) => x.language === req.params['language']);
    if (!s) return { ok: false, response: mdocError(404, 'MDOC-404-VERSION', 'NOT_FOUND', `No ${req.params['language'] ?? ''} source for ${template.externalId} ${major.value}.${mi.value}.`) };
    return { ok: true, value: s };
  }

  return [
    {
      method: 'GET',
      path: `${SOURCES_PREFIX}/{org}/{id}/{major}/{minor}/{language}.hbs`,
      handle: (req) => {
        const s = sourceOf(req);
        if (!s.ok) return s.response;
        return { status: 200, headers: { 'content-type': 'text/x-handlebars-template; charset=utf-8' }, text: s.value.hbs };
      },
    },
    {
      method: 'GET',
      path: `${SOURCES_PREFIX}/{org}/{id}/{major}/{minor}/{language}.json`,
      handle: (req) => {
        const s = sourceOf(req);
        if (!s.ok) return s.response;
        return { status: 200, body: s.value.editorConfig };
      },
    },
    {
      method: 'GET',
      path: `${FILLED_PREFIX}/{org}/{document_id}`,
      handle: (req) => {
        const org = orgOf(ctx, req);
        if (!org.ok) return org.response;
        const id = req.params['document_id'];
        const f = [...org.value.fills.values()].find((x) => x.filledDocumentId === id && fillState(x, ctx.host.now()).status === 'COMPLETED');
        if (!f) return mdocError(404, 'MDOC-404-DOCUMENT', 'NOT_FOUND', `Filled document "${id ?? ''}" not found (or its fill has not completed yet).`);
        return {
          status: 200,
          body: {
            id: f.filledDocumentId,
            name: f.documentName,
            tags: [...f.documentTags],
            language: f.language,
            fill_process_id: f.id,
            origin: f.origin,
            template: { external_id: f.template.externalId, major_version: f.template.major, minor_version: f.template.minor },
            fields_values: structuredClone(f.fieldsValues),
          },
        };
      },
    },
  ];
}

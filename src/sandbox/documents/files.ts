// What the Documents sandbox serves besides the API, under /__sandbox/documents/: the HBS sources
// and editor configs that `template_url` / `editor_config_url` point at, the signed public URLs
// of stored documents (no credentials; refused once expired), and the OTP codes a real actor
// would receive by SMS or email, so flows can be completed by hand and in tests (README).
import { mdocError } from '../errors';
import type { Handler, SandboxRequest, SandboxResponse } from '../types';
import { SOURCES_PREFIX, gone, notFound, orgOf, templateTarget, type DocumentsContext, type Result } from './context';
import { documentDownload } from './storedDocuments';
import { checkSignedUrl, PUBLIC_PREFIX } from './state/documents';
import { identificationState } from './state/identifications';
import type { StoredSource } from './store';

export interface RawRoute {
  method: string;
  path: string;
  handle: Handler;
}

export const OTP_PREFIX = '/__sandbox/documents/otp';

export function fileRoutes(ctx: DocumentsContext): RawRoute[] {
  function sourceOf(req: SandboxRequest): Result<{ source: StoredSource; ext: string }> {
    const target = templateTarget(ctx, req);
    if (!target.ok) return target;
    const { template } = target.value;
    const m = /^v(\d+)\.(\d+)_([a-z]+)\.(html|json)$/.exec(req.params['file'] ?? '');
    const v = m ? template.versions.find((x) => x.major === Number(m[1]) && x.minor === Number(m[2])) : undefined;
    const s = v?.sources.find((x) => x.language === m?.[3]?.toUpperCase());
    if (!s || !m?.[4]) return { ok: false, response: notFound('VERSION', `No source ${req.params['file'] ?? ''} for ${template.externalId}.`) };
    return { ok: true, value: { source: s, ext: m[4] } };
  }

  function otpCode(req: SandboxRequest): SandboxResponse {
    const id = req.params['identification_id'] ?? '';
    const wanted = req.query.get('org');
    for (const [name, org] of ctx.store.orgs) {
      if (wanted && wanted !== name) continue;
      const i = org.otpIdentifications.get(id);
      if (!i) continue;
      const twoFactor = i.twoFactorType === 'EMAIL' ? i.actor.email : i.twoFactorType === 'DOCUMENT_NUMBER' ? i.actor.document_number : undefined;
      return {
        status: 200,
        body: {
          identification_id: i.id,
          org: name,
          state: identificationState(i, ctx.host.now().getTime()),
          channel: i.channel.type,
          code: i.code ?? null,
          code_sent_at: i.codeSentAt ?? null,
          two_factor_type: i.twoFactorType ?? null,
          two_factor_value: twoFactor ?? null,
          remaining_validation_attempts: i.remainingValidationAttempts,
          remaining_challenges: i.remainingChallenges,
        },
      };
    }
    return notFound('IDENTIFICATION', `No OTP identification "${id}"${wanted ? ` in ${wanted}` : ''}.`);
  }

  return [
    {
      method: 'GET',
      path: `${SOURCES_PREFIX}/{org}/{id}/{file}`,
      handle: (req) => {
        const s = sourceOf(req);
        if (!s.ok) return s.response;
        if (s.value.ext === 'json') return { status: 200, headers: { 'content-type': 'application/json; charset=utf-8' }, text: s.value.source.editorConfig };
        return { status: 200, headers: { 'content-type': 'text/x-handlebars-template; charset=utf-8' }, text: s.value.source.hbs };
      },
    },
    {
      method: 'GET',
      path: `${PUBLIC_PREFIX}/{org}/{document_id}`,
      handle: (req) => {
        const org = orgOf(ctx, req);
        if (!org.ok) return org.response;
        const id = req.params['document_id'] ?? '';
        const check = checkSignedUrl(ctx.store.urlKey, req.params['org'] ?? '', id, req.query, ctx.host.now().getTime());
        if (!check.ok && check.reason === 'invalid') return mdocError(403, 'MDOC-403-SIGNATURE', 'FORBIDDEN', 'The URL signature does not match (it was altered, or the sandbox was reset since).');
        if (!check.ok) return gone('This public URL has expired; ask for a new one (POST /documents/{documentId}/public_url).');
        const doc = org.value.documents.get(id);
        if (!doc) return notFound('DOCUMENT', `Document "${id}" not found.`);
        return documentDownload(doc, ctx.host.now().getTime(), check.disposition);
      },
    },
    { method: 'GET', path: `${OTP_PREFIX}/{identification_id}`, handle: otpCode },
  ];
}

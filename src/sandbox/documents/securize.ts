// Securize (Documents API document, "Securize"): a web-component token for a sign process, signed
// by the sandbox. The document lists no error for it, so any sign_process_id gets one; the token
// says whether the sandbox knows the process.
import { securizeBody } from '../../core/models/documents/signProcesses';
import type { Handler } from '../types';
import { orgOf, parseUpload, sandboxJwt, type DocumentsContext } from './context';

const TOKEN_SECONDS = 3600;

export function securizeHandlers(ctx: DocumentsContext) {
  const create: Handler = (req) => {
    const org = orgOf(ctx, req);
    if (!org.ok) return org.response;
    const body = parseUpload(securizeBody, req);
    if (!body.ok) return body.response;
    const id = body.value.sign_process_id;
    const token = sandboxJwt(ctx, { sub: id, org: req.params['org'], sign_process_id: id, known_sign_process: org.value.signProcesses.has(id), roles: ['SIGNER'] }, TOKEN_SECONDS);
    return { status: 201, body: { web_component_token: token } };
  };
  return { 'securize.create': create } satisfies Record<string, Handler>;
}

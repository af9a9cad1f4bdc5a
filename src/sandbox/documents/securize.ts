// Securize (Documents API document, "Securize"): a web-component token for a sign process, signed
// by the sandbox. The document lists no error for it, so any sign_process_id gets one; the token
// says whether the sandbox knows the process.
import { securizeBody } from '../../core/models/documents/signProcesses';
import type { Handler } from '../types';
import { orgOf, sandboxJwt, type DocumentsContext, withBody } from './context';

const TOKEN_SECONDS = 3600;

export function securizeHandlers(ctx: DocumentsContext) {
  const create: Handler = (req) => {
    const input = withBody(orgOf(ctx, req), securizeBody, req);
    if (!input.ok) return input.response;
    const { target: org, body } = input.value;
    const id = body.sign_process_id;
    const token = sandboxJwt(ctx, { sub: id, org: req.params['org'], sign_process_id: id, known_sign_process: org.signProcesses.has(id), roles: ['SIGNER'] }, TOKEN_SECONDS);
    return { status: 201, body: { web_component_token: token } };
  };
  return { 'securize.create': create } satisfies Record<string, Handler>;
}

// Agent identifications (Documents API document, "Identification Agent" and its Admin section): a
// shop agent checks the actor's identity document and validates the process (CREATED →
// VALIDATED); the evidence, when sent, must be a PNG in base64.
import { createAgentIdentificationBody, validateAgentIdentificationBody } from '../../../core/models/documents/identifications';
import type { Handler } from '../../types';
import { badRequest, clockOf, orgOf, type DocumentsContext, withBody } from '../context';
import { durationMs } from '../clock';
import { actorFrom, dates, identificationOf, lifecycleHandlers, transition } from './shared';
import { identificationState } from '../state/identifications';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47]);

export function agentIdentificationHandlers(ctx: DocumentsContext) {
  const create: Handler = (req) => {
    const input = withBody(orgOf(ctx, req), createAgentIdentificationBody, req);
    if (!input.ok) return input.response;
    const { target: org, body } = input.value;
    const { stamp, ms } = clockOf(ctx);
    const id = ctx.store.newId();
    org.agentIdentifications.set(id, { kind: 'AGENT', id, actor: actorFrom(body.actor), state: 'CREATED', createdAt: stamp, modifiedAt: stamp, expiresAtMs: ms + durationMs(body.expires_in, 'P30D') });
    return { status: 201, body: { id } };
  };

  const get: Handler = (req) => {
    const found = identificationOf(ctx, req, 'AGENT');
    if (!found.ok) return found.response;
    const i = found.value.record;
    const a = i.actor;
    return {
      status: 200,
      body: {
        actor: { name: a.name, last_name: a.last_name, language: a.language, document_type: a.document_type },
        ...(i.agentId ? { agent_id: i.agentId } : {}),
        ...dates(i),
        state: identificationState(i, clockOf(ctx).ms),
      },
    };
  };

  const validate: Handler = (req) => {
    const input = withBody(identificationOf(ctx, req, 'AGENT'), validateAgentIdentificationBody, req);
    if (!input.ok) return input.response;
    const { target: found, body } = input.value;
    if (body.evidence !== undefined && !Buffer.from(body.evidence, 'base64').subarray(0, 4).equals(PNG)) return badRequest('evidence: expected a PNG image in base64 ("Image extension should ONLY be *.png")');
    const i = found.record;
    const refused = transition(ctx, i, ['CREATED'], 'VALIDATED', 'validating');
    if (refused) return refused;
    i.agentId = body.agent;
    return { status: 204 };
  };

  return {
    'identifications.agent.create': create,
    'identifications.agent.get': get,
    'identifications.agent.validate': validate,
    ...lifecycleHandlers(ctx, 'AGENT', 'identifications.agent'),
  } satisfies Record<string, Handler>;
}

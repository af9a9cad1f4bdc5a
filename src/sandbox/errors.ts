// The two APIs' error bodies as the sandbox writes them. Every refusal is built from core
// Problems (the same ones the editor and the CLI show), so a partner's code, the extension and
// the sandbox name a mistake alike.
//   MOK (the API document shows no error body; our decision, docs/decisions.md):
//     {errors:[{status, code, detail, source?:{parameter}}]}
//   Documents (as its document shows): {errors:[{code:"MDOC-…", title, ref, details}]}
import { fieldPathOf } from '../core/json/pointer';
import type { Problem } from '../core/problems/problem';
import type { SandboxResponse } from './types';

export const MDOC_ERROR_REF = 'https://developers.masstack.com/en/docs/apis_documents_doc_swagger/1/schemas/#schemaerror';

/**
 * The wording of a refusal the sandbox makes although the API documents do not state the rule
 * (docs/decisions.md, "Sandbox-only rules"): the message says so and why.
 */
export function sandboxRule(detail: string, why: string): string {
  return `${detail} (a sandbox rule: ${why})`;
}

export function mokError(status: number, code: string, detail: string, source?: string): SandboxResponse {
  return { status, body: { errors: [{ status, code, detail, ...(source ? { source: { parameter: source } } : {}) }] } };
}

export function mdocError(status: number, code: string, title: string, details: string): SandboxResponse {
  return { status, body: { errors: [{ code, title, ref: MDOC_ERROR_REF, details }] } };
}

/** The MOK error code for a problem found by a zod model (the API's own codes pass through). */
function mokCode(p: Problem): string {
  switch (p.code) {
    case 'field/unknown':
      return 'unpermitted_parameter';
    case 'field/immutable':
      return 'immutable_parameter';
    case 'field/missing':
      return 'missing_required_params';
    default:
      if (p.code.endsWith('-required')) return 'missing_required_params';
      return p.code.includes('/') ? 'invalid_parameter' : p.code;
  }
}

/** A MOK refusal listing every problem; `source.parameter` is the dotted field path. */
export function mokProblemsResponse(status: number, problems: readonly Problem[]): SandboxResponse {
  return {
    status,
    body: {
      errors: problems.map((p) => {
        const source = p.source ?? (p.pointer ? fieldPathOf(p.pointer) : undefined);
        return { status, code: mokCode(p), detail: source ? `${source}: ${p.message}` : p.message, ...(source ? { source: { parameter: source } } : {}) };
      }),
    },
  };
}

/** A Documents refusal listing every problem; `details` is `<pointer>: <message>` (clients map it back). */
export function mdocProblemsResponse(status: number, problems: readonly Problem[], code: (p: Problem) => string, title = 'BAD_REQUEST'): SandboxResponse {
  return {
    status,
    body: { errors: problems.map((p) => ({ code: code(p), title, ref: MDOC_ERROR_REF, details: `${p.pointer || '/'}: ${p.message}` })) },
  };
}

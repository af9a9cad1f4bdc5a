// "Validate JSON against…": every schema a JSON document can be checked against — the body and
// the response of each catalogue operation (`serviceRequests.create:body`,
// `documents.metadata:response`) and the named models (the customer API's schemas, the two APIs'
// error bodies). The check is the catalogue's own zod model through the problem model, so a
// document validated here gets the same words as a request the client refuses or the sandbox
// answers with a 422. The editor command and `mok validate --model` share it.
import type * as z from 'zod';
import { english, type Localizer } from '../l10n';
import { parseJsonText } from '../problems/fromSyntax';
import { zodProblems } from '../problems/fromZod';
import type { Problem } from '../problems/problem';
import { closest } from '../wording/suggest';
import { allEndpoints, catalogue, isOperationId } from './catalogue';
import { namedModel, namedModelJsonSchema, namedModelNames, operationJsonSchema, type JsonSchema } from './jsonSchema';

export type ModelPart = 'body' | 'response';

export interface ModelInfo {
  /** What `--model` takes: `Customer`, `serviceRequests.create:body`. */
  key: string;
  /** `named`, or the API of the operation. */
  group: 'named' | 'mok' | 'documents';
  /** One line: `POST /api/v1/… — Create a service request (request body)`. */
  description: string;
}

function parseKey(key: string): { named: string } | { operation: string; part: ModelPart } | undefined {
  if (namedModelNames().includes(key)) return { named: key };
  const m = /^(.+):(body|response)$/.exec(key);
  if (m?.[1] && isOperationId(m[1])) return { operation: m[1], part: m[2] as ModelPart };
  return undefined;
}

function zodOf(key: string): z.ZodType | undefined {
  const parsed = parseKey(key);
  if (!parsed) return undefined;
  if ('named' in parsed) return namedModel(parsed.named);
  if (!isOperationId(parsed.operation)) return undefined;
  const def = catalogue[parsed.operation] as { body?: z.ZodType; response?: z.ZodType };
  return def[parsed.part];
}

/** Every model a document can be validated against: named models first, then each operation's body and response. */
export function listModels(): ModelInfo[] {
  const out: ModelInfo[] = namedModelNames().map((name) => ({ key: name, group: 'named', description: name.endsWith('ErrorResponse') ? 'Error body of the API' : 'Customer API schema' }));
  for (const def of allEndpoints()) {
    for (const part of ['body', 'response'] as const) {
      if (!def[part]) continue;
      out.push({ key: `${def.id}:${part}`, group: def.api, description: `${def.method} ${def.path} — ${def.summary} (${part === 'body' ? 'request body' : 'response'})` });
    }
  }
  return out;
}

export function isModelKey(key: string): boolean {
  return zodOf(key) !== undefined;
}

/** The closest model keys to a mistyped one (for "did you mean"). */
export function suggestModel(key: string): string | undefined {
  return closest(key, listModels().map((m) => m.key));
}

/** The JSON Schema of a model (completion and hover in the editor). */
export function modelJsonSchema(key: string): JsonSchema | undefined {
  const parsed = parseKey(key);
  if (!parsed) return undefined;
  return 'named' in parsed ? namedModelJsonSchema(parsed.named) : operationJsonSchema(parsed.operation, parsed.part);
}

/** Every problem of a JSON text against a model: syntax first, then the model's rules. */
export function checkAgainstModel(text: string, key: string, l10n: Localizer = english): Problem[] {
  const schema = zodOf(key);
  if (!schema) {
    const near = suggestModel(key);
    const message = near ? l10n.t('"{0}" is not a model of the catalogue (did you mean "{1}"?): choose another one with "Validate JSON Against…".', key, near) : l10n.t('"{0}" is not a model of the catalogue: choose another one with "Validate JSON Against…".', key);
    return [{ pointer: '', code: 'model/unknown', severity: 'error', origin: 'schema', message }];
  }
  const parsed = parseJsonText(text, l10n);
  if (parsed.problems.length) return parsed.problems;
  const r = schema.safeParse(parsed.value);
  return r.success ? [] : zodProblems(r.error, parsed.value, { schema, l10n });
}

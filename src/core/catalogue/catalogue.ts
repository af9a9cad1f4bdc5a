// The one endpoint catalogue: every operation of both APIs, keyed by operation id.
import { documentsEndpoints } from './documents';
import { mokEndpoints } from './mok';
import type { EndpointDef } from './types';

export const catalogue = { ...mokEndpoints, ...documentsEndpoints } as const;

export type Catalogue = typeof catalogue;
export type OperationId = keyof Catalogue;

export function isOperationId(id: string): id is OperationId {
  return Object.prototype.hasOwnProperty.call(catalogue, id);
}

export function allEndpoints(): EndpointDef[] {
  return Object.values(catalogue);
}

/** The path template in force: the environment's override or the catalogue default. */
export function effectivePath(def: EndpointDef, overrides: Readonly<Record<string, string>> = {}): string {
  return overrides[def.id] ?? def.path;
}

// How to find out whether a non-idempotent create that failed mid-flight was stored anyway.
// Service requests carry the partner's external_id: list by it before sending again.
import type { OperationId } from '../catalogue/catalogue';

export interface Recovery {
  lookup: OperationId;
  query: Record<string, string>;
  /** What to look for, in words (`external_id "X"`), for an error that cannot tell. */
  describe: string;
  /** The stored resource in the create's response shape, or undefined if it is not there. */
  extract(listResponse: unknown): unknown;
}

export function findRecovery(operation: string, body: unknown): Recovery | undefined {
  if (operation !== 'serviceRequests.create') return undefined;
  const sr = body && typeof body === 'object' && 'service_request' in body ? body.service_request : undefined;
  const externalId = sr && typeof sr === 'object' && 'external_id' in sr && typeof sr.external_id === 'string' ? sr.external_id : undefined;
  if (!externalId) return undefined;
  return {
    lookup: 'serviceRequests.list',
    query: { external_id: externalId },
    describe: `the service request with external_id ${JSON.stringify(externalId)}`,
    extract(list) {
      const items = list && typeof list === 'object' && 'service_requests' in list && Array.isArray(list.service_requests) ? (list.service_requests as unknown[]) : [];
      const match = items.find((i) => i && typeof i === 'object' && 'external_id' in i && i.external_id === externalId);
      return match === undefined ? undefined : { service_request: match };
    },
  };
}

// The entry of dist/client.js, the bundle the extension requires the first time it talks to an API
// or reads the catalogue: the typed client (undici), the endpoint catalogue with its zod models,
// the request-file model and the service-request rules. The extension imports only the type of
// this module (src/vscode/common/bundles.ts, `apiBundle()`), so activation never pays for zod or
// the catalogue. The CLI and the sandbox import the modules directly.
import { deprecatedFieldsOf, contract } from '../models/mok';

export { ApiClient } from './apiClient';
export { checkRequest } from './requestCheck';
export { allEndpoints, catalogue, isOperationId } from '../catalogue/catalogue';
export { operationFamily } from '../catalogue/openapi';
export { exampleInput } from '../catalogue/samples';
export { requestFile } from '../requests/requestFile';
export { checkServiceRequestCreate, checkServiceRequestUpdate } from '../rules/serviceRequests';

let contractDeprecations: Readonly<Record<string, string>> | undefined;

/** Deprecated keys of a contract with their replacements, read off the model once. */
export function deprecatedContractFields(): Readonly<Record<string, string>> {
  return (contractDeprecations ??= deprecatedFieldsOf(contract));
}

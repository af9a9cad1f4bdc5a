// A saved request (`*.mok-request.json`): which operation, its params, query, headers, body and
// the files of a multipart upload (paths relative to the request file). Never credentials: the
// environment adds them when the request runs, in the editor ("Call Endpoint…") or with
// `mok call --request FILE`, so the file can live in git.
import * as z from 'zod';
import { isOperationId, type OperationId } from '../catalogue/catalogue';
import { msg } from '../l10n';

import { CREDENTIAL_HEADERS, REQUEST_FILE_VERSION } from './requestFileBasics';

export { CREDENTIAL_HEADERS, REQUEST_FILE_SUFFIX, REQUEST_FILE_VERSION, requestFileFor } from './requestFileBasics';

const scalarMap = z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]));

export const requestFile = z.strictObject({
  $schema: z.string().optional(),
  /** Format version of the file (readers accept older ones). */
  version: z.literal(REQUEST_FILE_VERSION).optional(),
  operation: z.string().refine(isOperationId, { message: msg('not an operation of the catalogue ("mok operations" lists them)') }),
  params: scalarMap.optional(),
  query: scalarMap.optional(),
  headers: z
    .record(z.string(), z.string())
    .refine((h) => !Object.keys(h).some((k) => (CREDENTIAL_HEADERS as readonly string[]).includes(k.toLowerCase())), {
      message: msg('credentials never go in a request file: the environment adds them when the request runs'),
    })
    .optional(),
  body: z.unknown().optional(),
  /** Part name → file path (relative to the request file) for multipart uploads. */
  files: z.record(z.string(), z.union([z.string(), z.array(z.string())])).optional(),
});
export type RequestFile = z.infer<typeof requestFile> & { operation: OperationId };

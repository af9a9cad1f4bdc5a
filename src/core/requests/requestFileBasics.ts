// What a request file (`*.mok-request.json`) is without its model: the suffix, the format version,
// the headers it refuses, a new file's content. No zod and no catalogue: the extension's activation
// bundle recognises request files with this alone; ./requestFile.ts holds the model.
import type { OperationId } from '../catalogue/catalogue';

export const REQUEST_FILE_SUFFIX = '.mok-request.json';
export const REQUEST_FILE_VERSION = 1;

/** Header names that carry credentials: refused in a request file. */
export const CREDENTIAL_HEADERS = ['authorization', 'x-admin-user-email', 'x-admin-user-token', 'proxy-authorization', 'cookie'] as const;

type Scalars = Record<string, string | number | boolean>;

/** A request file's content (what ./requestFile.ts's model accepts). */
export interface RequestFileContent {
  $schema?: string;
  version?: typeof REQUEST_FILE_VERSION;
  operation: OperationId;
  params?: Scalars;
  query?: Scalars;
  headers?: Record<string, string>;
  body?: unknown;
  files?: Record<string, string | string[]>;
}

/** A new request file's content for an operation (what the runner scaffolds and saves). */
export function requestFileFor(operation: OperationId, parts: { params?: Record<string, string | number | boolean>; query?: Record<string, string | number | boolean>; headers?: Record<string, string>; body?: unknown; files?: Record<string, string | string[]> }): RequestFileContent {
  return {
    version: REQUEST_FILE_VERSION,
    operation,
    ...(parts.params && Object.keys(parts.params).length ? { params: parts.params } : {}),
    ...(parts.query && Object.keys(parts.query).length ? { query: parts.query } : {}),
    ...(parts.headers && Object.keys(parts.headers).length ? { headers: parts.headers } : {}),
    ...(parts.body !== undefined ? { body: parts.body } : {}),
    ...(parts.files && Object.keys(parts.files).length ? { files: parts.files } : {}),
  };
}

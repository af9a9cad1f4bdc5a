// Contracts between the sandbox server (routing, auth, faults, webhooks) and the per-API handler
// modules (sandbox/mok/*, sandbox/documents/*). Handlers are plain functions over in-memory state.
import type { IncomingHttpHeaders } from 'node:http';
import type { Upload } from './multipart';

export interface SandboxRequest {
  /** Operation id from the catalogue that matched. */
  readonly operation: string;
  readonly method: string;
  readonly path: string;
  /** Path placeholders, decoded (`org` included for Documents paths). */
  readonly params: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
  readonly headers: IncomingHttpHeaders;
  /**
   * Parsed JSON body (undefined when empty). Bad JSON never reaches a handler (400 first). A
   * multipart body arrives as the operation's JSON form (src/sandbox/multipart.ts).
   */
  readonly body: unknown;
  readonly rawBody: Buffer;
  /** The files of a multipart body, byte for byte, by JSON-form field. */
  readonly uploads?: ReadonlyMap<string, readonly Upload[]>;
}

export interface SandboxResponse {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
  /** Raw text body (HBS sources); `body` is ignored when set. */
  readonly text?: string;
  /** Raw bytes (downloads, filled PDFs); `body` and `text` are ignored when set. */
  readonly bytes?: Buffer;
}

export type Handler = (req: SandboxRequest) => SandboxResponse | Promise<SandboxResponse>;

/** Everything the handlers may call on the running sandbox. */
export interface SandboxHost {
  /** Queue a signed webhook for delivery (no-op without a webhook URL); returns the delivery id. */
  emitWebhook(event: 'service_request.created' | 'service_request.updated', payload: unknown, origin?: 'platform' | 'partner'): string | undefined;
  /** Whether the partner's own creates and updates send webhooks too (default: no, as the API document says). */
  partnerWebhooks?(): boolean;
  /** Where signed webhooks go (`--webhook-url` or /__sandbox/webhook), if anywhere. */
  webhookUrl(): string | undefined;
  /** Base URL the sandbox listens on (for template_url etc.). */
  baseUrl(): string;
  now(): Date;
}

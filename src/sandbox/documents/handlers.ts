// The Documents API fake: one handler module per resource over DocumentsStore (templates,
// templateVersions, fills), plus the files the sandbox serves (files.ts). Behaviour follows the
// Documents API document; the codes and choices where it is silent are listed in
// docs/decisions.md ("Documents sandbox").
import { SchemaValidator } from '../../core/validation/ajv';
import type { Handler, SandboxHost } from '../types';
import type { DocumentsContext } from './context';
import { fileRoutes, type RawRoute } from './files';
import { fillHandlers } from './fills';
import { DocumentsStore } from './store';
import { templateHandlers } from './templates';
import { templateVersionHandlers } from './templateVersions';

export interface DocumentsSandboxOptions {
  /** A store to share (tests); a fresh seeded one otherwise. */
  store?: DocumentsStore;
}

export interface DocumentsSandbox {
  handlers: Record<string, Handler>;
  reset(): void;
  rawRoutes: RawRoute[];
  store: DocumentsStore;
}

export function createDocumentsSandbox(host: SandboxHost, options: DocumentsSandboxOptions = {}): DocumentsSandbox {
  const ctx: DocumentsContext = { store: options.store ?? new DocumentsStore(), validator: new SchemaValidator(), host };
  return {
    handlers: { ...templateHandlers(ctx), ...templateVersionHandlers(ctx), ...fillHandlers(ctx) },
    reset: () => ctx.store.reset(),
    rawRoutes: fileRoutes(ctx),
    store: ctx.store,
  };
}

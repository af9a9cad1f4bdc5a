// The Documents API fake: one handler module per resource family over DocumentsStore — stored
// documents, forms, sections, PDF templates and their configurations, dynamic templates (list,
// versions, fills), sign processes and their configuration, signatures, identifications (agent,
// OTP, identity document, chain), contracts, scorings and securize — plus the files the sandbox
// serves itself (files.ts). Behaviour follows the Documents API document; the codes and choices
// where it is silent are listed in docs/decisions.md.
import type { DocumentsOperationId } from '../../core/catalogue/documents';
import { SchemaValidator } from '../../core/validation/ajv';
import type { Handler, SandboxHost } from '../types';
import type { DocumentsContext } from './context';
import { documentContractHandlers } from './documentContracts';
import { fileRoutes, type RawRoute } from './files';
import { fillHandlers } from './fills';
import { formHandlers } from './forms';
import { agentIdentificationHandlers } from './identifications/agent';
import { chainIdentificationHandlers } from './identifications/chain';
import { identityDocumentIdentificationHandlers } from './identifications/identityDocument';
import { otpIdentificationHandlers } from './identifications/otp';
import { pdfTemplateHandlers } from './pdfTemplates';
import { scoringHandlers } from './scorings';
import { sectionHandlers } from './sections';
import { securizeHandlers } from './securize';
import { signatureHandlers } from './signatures';
import { signProcessHandlers } from './signProcesses';
import { storedDocumentHandlers } from './storedDocuments';
import { DocumentsStore } from './store';
import { templateConfigurationHandlers } from './templateConfigurations';
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
  const ctx: DocumentsContext = { store: options.store ?? new DocumentsStore(() => host.now()), validator: new SchemaValidator(), host };
  // Every operation of the catalogue has its handler (the type checks it).
  const handlers = {
    ...storedDocumentHandlers(ctx),
    ...formHandlers(ctx),
    ...sectionHandlers(ctx),
    ...templateConfigurationHandlers(ctx),
    ...pdfTemplateHandlers(ctx),
    ...templateHandlers(ctx),
    ...templateVersionHandlers(ctx),
    ...fillHandlers(ctx),
    ...signProcessHandlers(ctx),
    ...signatureHandlers(ctx),
    ...agentIdentificationHandlers(ctx),
    ...otpIdentificationHandlers(ctx),
    ...identityDocumentIdentificationHandlers(ctx),
    ...chainIdentificationHandlers(ctx),
    ...documentContractHandlers(ctx),
    ...scoringHandlers(ctx),
    ...securizeHandlers(ctx),
  } satisfies Record<DocumentsOperationId, Handler>;
  return {
    handlers,
    reset: () => ctx.store.reset(),
    rawRoutes: fileRoutes(ctx),
    store: ctx.store,
  };
}

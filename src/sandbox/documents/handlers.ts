// The Documents API fake: one handler module per resource over DocumentsStore (templates,
// templateVersions, fills), plus the files the sandbox serves (files.ts). Behaviour follows the
// Documents API document; the codes and choices where it is silent are listed in
// docs/decisions.md ("Documents sandbox").
import type { DocumentsOperationId } from '../../core/catalogue/documents';
import { SchemaValidator } from '../../core/validation/ajv';
import { mdocError } from '../errors';
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

/**
 * Operations the sandbox does not simulate yet: an explicit 501 in the Documents error shape, so
 * the table below names every operation of the catalogue (the type checks it).
 */
export const NOT_SIMULATED = [
  'documents.create', 'documents.download', 'documents.delete', 'documents.deletePhysical', 'documents.metadata', 'documents.publicUrl', 'documents.changeOwner',
  'forms.list', 'forms.create', 'forms.download', 'forms.delete', 'forms.metadata', 'forms.fill',
  'sections.list', 'sections.create', 'sections.delete', 'sections.metadata',
  'templateConfigurations.listDocuments', 'templateConfigurations.uploadDocument', 'templateConfigurations.list', 'templateConfigurations.create', 'templateConfigurations.get', 'templateConfigurations.delete',
  'pdfTemplates.list', 'pdfTemplates.create', 'pdfTemplates.newVersion', 'pdfTemplates.updateVersion', 'pdfTemplates.deleteMajor', 'pdfTemplates.deleteMinor', 'pdfTemplates.fill', 'pdfTemplates.fillDocument', 'pdfTemplates.metadata', 'pdfTemplates.changelog',
  'signProcessConfigurations.get', 'signProcessConfigurations.create', 'signProcessConfigurations.update', 'signProcesses.create', 'signProcesses.get', 'signProcesses.cancel',
  'biometricSigns.get', 'biometricSigns.preview', 'biometricSigns.sign', 'simpleSigns.get', 'simpleSigns.preview', 'simpleSigns.sign',
  'identifications.agent.create', 'identifications.agent.get', 'identifications.agent.delete', 'identifications.agent.validate', 'identifications.agent.cancel', 'identifications.agent.close',
  'identifications.otp.create', 'identifications.otp.get', 'identifications.otp.delete', 'identifications.otp.challenge', 'identifications.otp.validate', 'identifications.otp.cancel', 'identifications.otp.close',
  'identifications.identityDocument.create', 'identifications.identityDocument.get', 'identifications.identityDocument.validate', 'identifications.identityDocument.cancel', 'identifications.identityDocument.close',
  'identifications.chain.create', 'identifications.chain.get', 'identifications.chain.validate', 'identifications.chain.restart', 'identifications.chain.cancel', 'identifications.chain.close',
  'documentContracts.get', 'documentContracts.fill', 'documentContracts.changeOwner', 'documentContracts.sign',
  'scorings.create', 'scorings.captures', 'scorings.get', 'scorings.score', 'scorings.close', 'scorings.delegate', 'scorings.attempts',
  'securize.create',
] as const satisfies readonly DocumentsOperationId[];

function notSimulated(): Record<(typeof NOT_SIMULATED)[number], Handler> {
  const out = {} as Record<(typeof NOT_SIMULATED)[number], Handler>;
  for (const id of NOT_SIMULATED) out[id] = () => mdocError(501, 'MDOC-501', 'NOT_SIMULATED', `The sandbox does not simulate ${id} yet (the real API answers it).`);
  return out;
}

export function createDocumentsSandbox(host: SandboxHost, options: DocumentsSandboxOptions = {}): DocumentsSandbox {
  const ctx: DocumentsContext = { store: options.store ?? new DocumentsStore(), validator: new SchemaValidator(), host };
  const handlers = { ...notSimulated(), ...templateHandlers(ctx), ...templateVersionHandlers(ctx), ...fillHandlers(ctx) } satisfies Record<DocumentsOperationId, Handler>;
  return {
    handlers,
    reset: () => ctx.store.reset(),
    rawRoutes: fileRoutes(ctx),
    store: ctx.store,
  };
}

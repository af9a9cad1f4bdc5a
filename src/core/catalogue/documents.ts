// Every operation of the Documents API (the Documents API document, 92 endpoints), gathered from
// one catalogue file per resource family under documents/. Order matters to the sandbox router,
// which takes the first path that matches: literal segments come before placeholders
// (`/sign_process/configurations` before `/sign_process/{sign_process_id}`).
import { agentIdentificationsEndpoints } from './documents/agentIdentifications';
import { chainIdentificationsEndpoints } from './documents/chainIdentifications';
import { documentContractsEndpoints } from './documents/contracts';
import { dynamicTemplatesEndpoints } from './documents/dynamicTemplates';
import { formsEndpoints } from './documents/forms';
import { identityDocumentIdentificationsEndpoints } from './documents/identityDocumentIdentifications';
import { otpIdentificationsEndpoints } from './documents/otpIdentifications';
import { pdfTemplatesEndpoints } from './documents/pdfTemplates';
import { scoringsEndpoints } from './documents/scorings';
import { sectionsEndpoints } from './documents/sections';
import { securizeEndpoints } from './documents/securize';
import { signProcessesEndpoints } from './documents/signProcesses';
import { signaturesEndpoints } from './documents/signatures';
import { storedDocumentsEndpoints } from './documents/storedDocuments';
import { templateConfigurationsEndpoints } from './documents/templateConfigurations';

export { DEFAULT_TEMPLATES_PAGE_SIZE, EXAMPLE_INVOICE_STRUCTURE, fillHeaders, templatesListQuery } from './documents/dynamicTemplates';

export const documentsEndpoints = {
  ...storedDocumentsEndpoints,
  ...formsEndpoints,
  ...sectionsEndpoints,
  ...templateConfigurationsEndpoints,
  ...pdfTemplatesEndpoints,
  ...dynamicTemplatesEndpoints,
  ...signProcessesEndpoints,
  ...signaturesEndpoints,
  ...agentIdentificationsEndpoints,
  ...otpIdentificationsEndpoints,
  ...identityDocumentIdentificationsEndpoints,
  ...chainIdentificationsEndpoints,
  ...documentContractsEndpoints,
  ...scoringsEndpoints,
  ...securizeEndpoints,
} as const;

export type DocumentsOperationId = keyof typeof documentsEndpoints;

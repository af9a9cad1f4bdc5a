// The Documents API's sections (Documents API, Sections), described once: one form per language,
// the building blocks of PDF templates.
import * as z from 'zod';
import { createSectionBody, section, sectionList } from '../../models/documents/forms';
import { ORG, documentsEndpoint, idSegment, noBody, pagedQuery } from './shared';

const SECTIONS = `${ORG}/templates/sections`;
const sectionParams = z.object({ sectionId: idSegment.describe('External id of the section') });

const EXAMPLE_SECTION = {
  externalId: 'anexo_gdpr',
  forms: [{ language: 'ES', formExternalId: 'contract_gdpr_en' }],
  fields: [{ key: 'NAME', type: 'FILLABLE' }],
  creationDate: '2022-08-21T17:32:28Z',
};

export const sectionsEndpoints = {
  'sections.list': documentsEndpoint({
    id: 'sections.list',
    method: 'GET',
    path: SECTIONS,
    summary: 'List sections, newest first (all in one page unless page or pageSize is given)',
    query: pagedQuery,
    response: sectionList,
    status: 200,
    example: { query: { page: '0', pageSize: '1' }, response: { totalResults: '100', currentPage: 0, sections: [EXAMPLE_SECTION] } },
  }),
  'sections.create': documentsEndpoint({
    id: 'sections.create',
    method: 'POST',
    path: SECTIONS,
    summary: 'Create a section: which form serves each language',
    body: createSectionBody,
    response: section,
    status: 201,
    example: { body: { sectionName: 'contract_gdpr', forms: [{ language: 'ES', formExternalId: 'contract_gdpr_en' }] }, response: EXAMPLE_SECTION },
  }),
  'sections.metadata': documentsEndpoint({
    id: 'sections.metadata',
    method: 'GET',
    path: `${SECTIONS}/{sectionId}/metadata`,
    summary: 'Metadata of a section (forms per language, fields)',
    params: sectionParams,
    response: section,
    status: 200,
    example: { params: { sectionId: 'anexo_gdpr' }, response: EXAMPLE_SECTION },
  }),
  'sections.delete': documentsEndpoint({
    id: 'sections.delete',
    method: 'DELETE',
    path: `${SECTIONS}/{sectionId}`,
    summary: 'Delete a section (409 while a template uses it)',
    params: sectionParams,
    response: noBody,
    status: 204,
    example: { params: { sectionId: 'anexo_gdpr' } },
  }),
} as const;

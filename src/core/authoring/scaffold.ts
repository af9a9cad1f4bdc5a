// A new template folder ("New Template…"): a small structure, a source in the default language that
// prints every field it declares (guarding the optional one), its editor configuration, and an
// example fill file that validates and fills — so the folder checks clean and previews at once.
import type { TemplateLanguage } from '../models/documents';
import { EXAMPLES_DIR, STRUCTURE_FILE, TEMPLATE_FILE, configFile, sourceFile } from './folder';

export const DEFAULT_ENGINE_VERSION = '3.12';

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

export interface NewTemplateOptions {
  externalId: string;
  description?: string;
  language?: TemplateLanguage;
  org?: string;
}

export function newTemplateFolder(options: NewTemplateOptions): Map<string, string> {
  const language = options.language ?? 'ES';
  const structure = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    type: 'object',
    properties: {
      CUSTOMER: {
        type: 'object',
        properties: { NAME: { type: 'string', minLength: 1 }, EMAIL: { type: 'string', format: 'email' } },
        required: ['NAME'],
        additionalProperties: false,
      },
      ISSUE_DATE: { type: 'string', format: 'date' },
    },
    required: ['CUSTOMER', 'ISSUE_DATE'],
    additionalProperties: false,
  };
  const hbs = [
    '<!DOCTYPE html>',
    `<html lang="${language.toLowerCase()}">`,
    '<head>',
    '  <meta charset="utf-8">',
    '  <style>body { font-family: Helvetica, Arial, sans-serif; }</style>',
    '</head>',
    '<body>',
    `  <h1>${options.description ?? options.externalId}</h1>`,
    '  <p>{{CUSTOMER.NAME}}</p>',
    '  {{#if CUSTOMER.EMAIL}}<p>{{CUSTOMER.EMAIL}}</p>{{/if}}',
    '  <p>{{ISSUE_DATE}}</p>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
  return new Map([
    [
      TEMPLATE_FILE,
      json({
        external_id: options.externalId,
        ...(options.org ? { org: options.org } : {}),
        description: options.description ?? '',
        default_language: language,
        tags: [],
        engine_version: DEFAULT_ENGINE_VERSION,
      }),
    ],
    [STRUCTURE_FILE, json(structure)],
    [sourceFile(language), hbs],
    [configFile(language), json({ engine_version: DEFAULT_ENGINE_VERSION, language })],
    [
      `${EXAMPLES_DIR}/example.json`,
      json({ language, document: { name: `${options.externalId}_ejemplo`, tags: [] }, fill_priority: 'low', fields_values: { CUSTOMER: { NAME: 'Lucía Fernández Gómez', EMAIL: 'lucia.fernandez@example.com' }, ISSUE_DATE: '2026-03-02' } }),
    ],
  ]);
}

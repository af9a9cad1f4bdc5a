// PDF templates of the Documents sandbox and what they are built from: forms (PDFs with fillable
// fields), sections (one form per language), versioned templates of ordered sections with fill
// rules, and the tenant's template configurations (default values per language, and images).
// Fields and languages of sections and templates are derived from their forms when read.
import { pdfDocument, placeholderFile } from '../binary';
import type { TemplateLanguage } from '../../../core/models/documents';

export interface StoredForm {
  id: string;
  externalId: string;
  fields: Array<{ key: string; type: string }>;
  tags: string[];
  creationDate: string;
  content: Buffer;
}

export interface StoredSection {
  externalId: string;
  forms: Array<{ language: TemplateLanguage; formExternalId: string }>;
  creationDate: string;
}

export type PdfRule = { sectionExternalId: string; condition: string } | { sectionId: string; condition: string };

export interface PdfTemplateVersion {
  major: number;
  minor: number;
  defaultLanguage: TemplateLanguage;
  orderedSectionNames: string[];
  rules: PdfRule[];
  creationDate: string;
}

export interface StoredPdfTemplate {
  externalId: string;
  versions: PdfTemplateVersion[];
  /** Version transitions only (from → to). */
  changelog: Array<{ from: string; to: string; onDate: string; changelog: string }>;
}

export interface StoredConfiguration {
  version: number;
  changelog?: string;
  defaultLanguage: TemplateLanguage;
  fieldValues: Array<{ name: string; type: string; value: Array<{ language: TemplateLanguage; content: string }> }>;
  creationDate: string;
}

export interface ConfigurationDocument {
  id: string;
  name: string;
  extension: string;
  creationDate: string;
  content: Buffer;
}

export interface PdfTemplatesState {
  forms: Map<string, StoredForm>;
  sections: Map<string, StoredSection>;
  pdfTemplates: Map<string, StoredPdfTemplate>;
  configurations: StoredConfiguration[];
  configurationDocuments: Map<string, ConfigurationDocument>;
}

/** Names normalised into external ids ("Contrato Convergente" → "contrato_convergente"). */
export function normalizeName(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

export function versionLabel(v: Pick<PdfTemplateVersion, 'major' | 'minor'>): string {
  return `${v.major}.${v.minor}`;
}

/** A form's PDF with its fields, and the fields as the API lists them. */
export function formContent(title: string, keys: readonly string[]): { content: Buffer; fields: StoredForm['fields'] } {
  return { content: pdfDocument({ title, lines: [`Formulario ${title}`], fields: keys.map((name) => ({ name })) }), fields: keys.map((key) => ({ key, type: 'FILLABLE' })) };
}

const OLD = '2022-08-21T17:32:28Z';

const FORMS: ReadonlyArray<{ id: string; externalId: string; keys: string[]; tags?: string[] }> = [
  // The forms examples' id ("d290f1ee-…,form_name") and the list example's external id.
  { id: 'd290f1ee-6c54-4b01-90e6-d701748f0851', externalId: 'contract_gdpr_es', keys: ['NAME', 'DNI', 'GDPR_CONSENT'], tags: ['DRAFT'] },
  { id: '5b0a3e55-8c1e-4a57-9c55-1f0c2a6f7e01', externalId: 'contract_gdpr_en', keys: ['NAME', 'DNI', 'GDPR_CONSENT'] },
  { id: '5b0a3e55-8c1e-4a57-9c55-1f0c2a6f7e02', externalId: 'introduction_es', keys: ['CONTRACT_NUMBER', 'CONTRACT_DATE'] },
  { id: '5b0a3e55-8c1e-4a57-9c55-1f0c2a6f7e03', externalId: 'introduction_en', keys: ['CONTRACT_NUMBER', 'CONTRACT_DATE'] },
  { id: '5b0a3e55-8c1e-4a57-9c55-1f0c2a6f7e04', externalId: 'personal_data_es', keys: ['NAME', 'SURNAME', 'DNI', 'ADDRESS', 'EMAIL', 'PHONE'] },
  { id: '5b0a3e55-8c1e-4a57-9c55-1f0c2a6f7e05', externalId: 'personal_data_en', keys: ['NAME', 'SURNAME', 'DNI', 'ADDRESS', 'EMAIL', 'PHONE'] },
  { id: '5b0a3e55-8c1e-4a57-9c55-1f0c2a6f7e06', externalId: 'sales_conditions_es', keys: ['TARIFF', 'MONTHLY_PRICE', 'PERMANENCE_MONTHS'], tags: ['VENTAS'] },
];

const SECTIONS: ReadonlyArray<{ externalId: string; forms: Array<[TemplateLanguage, string]> }> = [
  { externalId: 'introduction', forms: [['ES', 'introduction_es'], ['EN', 'introduction_en']] },
  { externalId: 'personal_data', forms: [['ES', 'personal_data_es'], ['EN', 'personal_data_en']] },
  // As the sections examples show it (the Spanish slot holds the _en form).
  { externalId: 'anexo_gdpr', forms: [['ES', 'contract_gdpr_en']] },
  { externalId: 'contract_gdpr', forms: [['ES', 'contract_gdpr_en'], ['EN', 'contract_gdpr_en']] },
  { externalId: 'sales_conditions', forms: [['ES', 'sales_conditions_es']] },
];

function version(major: number, minor: number, sections: string[], rules: PdfRule[], creationDate: string): PdfTemplateVersion {
  return { major, minor, defaultLanguage: 'ES', orderedSectionNames: sections, rules, creationDate };
}

const GDPR_RULE: PdfRule = { sectionExternalId: 'contract_gdpr', condition: 'GDPR:YES' };
const SALES = ['introduction', 'personal_data', 'sales_conditions'];
const CONVERGENT = ['introduction', 'personal_data', 'contract_gdpr'];

export function seedPdfTemplates(state: PdfTemplatesState): void {
  for (const f of FORMS) {
    const { content, fields } = formContent(f.externalId, f.keys);
    state.forms.set(f.id, { id: f.id, externalId: f.externalId, fields, tags: f.tags ?? [], creationDate: OLD, content });
  }
  for (const s of SECTIONS) state.sections.set(s.externalId, { externalId: s.externalId, forms: s.forms.map(([language, formExternalId]) => ({ language, formExternalId })), creationDate: OLD });
  const templates: StoredPdfTemplate[] = [
    { externalId: 'contract_sales', versions: [version(1, 0, SALES, [{ sectionExternalId: 'sales_conditions', condition: 'PREVIEW:ALLOW' }], '2023-01-10T09:00:00Z')], changelog: [] },
    {
      externalId: 'convergente_particulares',
      versions: [version(1, 0, CONVERGENT, [GDPR_RULE], '2023-02-01T09:00:00Z'), version(1, 1, CONVERGENT, [GDPR_RULE], '2023-03-15T10:30:00Z')],
      changelog: [{ from: '1.0', to: '1.1', onDate: '2023-03-15T10:30:00Z', changelog: 'Corregida la maquetación de los datos personales.' }],
    },
    {
      externalId: 'ifcc_template',
      versions: [version(1, 0, ['introduction', 'personal_data'], [], OLD), version(1, 1, CONVERGENT, [GDPR_RULE], '2023-05-04T12:00:00Z')],
      changelog: [{ from: '1.0', to: '1.1', onDate: '2023-05-04T12:00:00Z', changelog: 'Added new GDPR descriptive text and formatting changes to the contract.' }],
    },
    { externalId: 'telco_services', versions: [version(1, 0, SALES, [], '2023-06-01T08:00:00Z')], changelog: [] },
    { externalId: 'contrato_convergente', versions: [version(1, 0, CONVERGENT, [GDPR_RULE], OLD)], changelog: [] },
  ];
  for (const t of templates) state.pdfTemplates.set(t.externalId, t);
  state.configurations.push(
    {
      version: 1,
      changelog: 'Configuración inicial del tenant.',
      defaultLanguage: 'ES',
      fieldValues: [{ name: 'CONFIG_TENANT.SOCIAL_REASON', type: 'TEXT', value: [{ language: 'ES', content: 'Avenida de Bruselas 38, Alcobendas, Madrid' }] }],
      creationDate: OLD,
    },
    {
      version: 2,
      changelog: 'Añadido el teléfono de atención al cliente.',
      defaultLanguage: 'ES',
      fieldValues: [
        { name: 'CONFIG_TENANT.SOCIAL_REASON', type: 'TEXT', value: [{ language: 'ES', content: 'Avenida de Bruselas 38, Alcobendas, Madrid' }] },
        { name: 'CONFIG_TENANT.PHONE', type: 'TEXT', value: [{ language: 'ES', content: '900 696 301' }, { language: 'EN', content: '+34 900 696 301' }] },
      ],
      creationDate: '2023-09-12T08:30:00Z',
    },
  );
  state.configurationDocuments.set('d290f1ee-6c54-4b01-90e6-d701748f0851', { id: 'd290f1ee-6c54-4b01-90e6-d701748f0851', name: 'new_logo_mm', extension: 'png', creationDate: OLD, content: placeholderFile('png', 'new_logo_mm') });
}

// ── Reading: what sections and templates are made of ─────────────────────────────────────────

/** A form by id, external id, or — as the document's examples write it — "id,externalId". */
export function formByRef(state: PdfTemplatesState, ref: string): StoredForm | undefined {
  const byExternal = (v: string) => [...state.forms.values()].find((f) => f.externalId === v);
  const direct = state.forms.get(ref) ?? byExternal(ref);
  if (direct) return direct;
  for (const part of ref.split(',').map((p) => p.trim())) {
    const f = state.forms.get(part) ?? byExternal(part);
    if (f) return f;
  }
  return undefined;
}

function uniqueFields(fields: ReadonlyArray<{ key: string; type: string }>): Array<{ key: string; type: string }> {
  const seen = new Set<string>();
  return fields.filter((f) => !seen.has(f.key) && seen.add(f.key)).map((f) => ({ ...f }));
}

export function sectionFields(state: PdfTemplatesState, s: StoredSection): Array<{ key: string; type: string }> {
  return uniqueFields(s.forms.flatMap((sf) => formByRef(state, sf.formExternalId)?.fields ?? []));
}

export function templateFields(state: PdfTemplatesState, v: PdfTemplateVersion): Array<{ key: string; type: string }> {
  return uniqueFields(v.orderedSectionNames.flatMap((n) => {
    const s = state.sections.get(n);
    return s ? sectionFields(state, s) : [];
  }));
}

/** Languages every section of the version has a form for. */
export function templateLanguagesOf(state: PdfTemplatesState, v: Pick<PdfTemplateVersion, 'orderedSectionNames' | 'defaultLanguage'>): TemplateLanguage[] {
  const sets = v.orderedSectionNames.map((n) => new Set(state.sections.get(n)?.forms.map((f) => f.language) ?? []));
  const all: TemplateLanguage[] = ['ES', 'EN', 'EU', 'GL', 'CA', 'DE', 'UNDEFINED'];
  const common = all.filter((l) => sets.every((s) => s.has(l)));
  return common.length ? common : [v.defaultLanguage];
}

export function minorsOfPdf(t: StoredPdfTemplate, major: number): PdfTemplateVersion[] {
  return t.versions.filter((v) => v.major === major).sort((a, b) => b.minor - a.minor);
}

export function latestPdfVersion(t: StoredPdfTemplate): PdfTemplateVersion | undefined {
  return [...t.versions].sort((a, b) => b.major - a.major || b.minor - a.minor)[0];
}

export function pdfTemplateView(state: PdfTemplatesState, t: StoredPdfTemplate, v: PdfTemplateVersion): Record<string, unknown> {
  return {
    externalId: t.externalId,
    version: versionLabel(v),
    defaultLanguage: v.defaultLanguage,
    languages: templateLanguagesOf(state, v),
    orderedSectionNames: [...v.orderedSectionNames],
    fields: templateFields(state, v),
    rules: v.rules.map((r) => ({ ...r })),
    creationDate: v.creationDate,
  };
}

/**
 * `fillMode`: "default" turns what a PDF's standard font cannot print, tabs and line breaks
 * included, into "?"; "raw" lets tabs and line breaks through (docs/decisions.md).
 */
export function applyFillMode(value: string, mode: 'default' | 'raw' | undefined): string {
  return mode === 'raw' ? value.replace(/[^\t\n\r\x20-\x7e\xa0-\xff]/g, '?') : value.replace(/[^\x20-\x7e\xa0-\xff]/g, '?');
}

export interface PdfFill {
  language: TemplateLanguage;
  flagsConditions?: readonly string[];
  fieldsValues: ReadonlyArray<{ name: string; value: string }>;
  fillMode?: 'default' | 'raw';
}

/** The filled template: the sections its rules let through, in order, each form's fields with their values. */
export function renderPdfTemplate(state: PdfTemplatesState, t: StoredPdfTemplate, v: PdfTemplateVersion, fill: PdfFill): Buffer {
  const values = new Map(fill.fieldsValues.map((f) => [f.name, applyFillMode(f.value, fill.fillMode)]));
  const flags = new Set(fill.flagsConditions ?? []);
  const lines: string[] = [`Idioma: ${fill.language}`];
  for (const name of v.orderedSectionNames) {
    const rules = v.rules.filter((r) => ('sectionExternalId' in r ? r.sectionExternalId : r.sectionId) === name);
    if (rules.length && !rules.some((r) => flags.has(r.condition))) continue;
    const s = state.sections.get(name);
    const form = s && formByRef(state, (s.forms.find((f) => f.language === fill.language) ?? s.forms[0])?.formExternalId ?? '');
    lines.push('', `[${name}]`, ...(form?.fields ?? []).map((f) => `${f.key}: ${values.get(f.key) ?? ''}`));
  }
  return pdfDocument({ title: `${t.externalId} v${versionLabel(v)}`, lines });
}

/** A filled form: its fields carry the values (still a form), and print them. */
export function renderForm(form: StoredForm, fieldsValues: ReadonlyArray<{ name: string; value: string }>, mode: 'default' | 'raw' | undefined): Buffer {
  const values = new Map(fieldsValues.map((f) => [f.name, applyFillMode(f.value, mode)]));
  return pdfDocument({ title: form.externalId, fields: form.fields.map((f) => ({ name: f.key, value: values.get(f.key) ?? '' })) });
}

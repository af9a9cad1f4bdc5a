// Seed data of the Documents sandbox: Spanish dynamic templates for the orgs `masmovil` and
// `yoigo`, with several majors/minors/languages, changelogs and real-looking Handlebars sources.
// `factura_mensual` 1.x carries the Documents API document's invoice structure VERBATIM, defects
// included (its required keys in the wrong case, a condition on an upper-case enum value, an `if`
// without `required`): it is what partners hit in production and what the validator and linter
// must explain. Its 2.0 (ES, EN) is the corrected structure — the document's changelog example has
// factura_mensual going from 1.1 to 2.0 — so version diffs have something to show. In `masmovil`
// the 1.x line is Spanish only, so the document's new-minor example (the ES source) works as
// written; `yoigo`'s 1.1 adds English.
import { EXAMPLE_INVOICE_STRUCTURE } from '../../core/catalogue/documents';
import type { TemplateLanguage } from '../../core/models/documents';
import { FIBRE_ES, INVOICE_EN, INVOICE_ES, INVOICE_V2_EN, INVOICE_V2_ES, MOBILE_CA, MOBILE_ES, MOBILE_EU, PORTABILITY_ES_LABELS, PORTABILITY_GL_LABELS, SEPA_EN, SEPA_ES, portabilityHbs, welcomeHbs } from './seedSources';

export interface SeedVersion {
  readonly version: string;
  readonly description: string;
  readonly defaultLanguage: TemplateLanguage;
  readonly tags: readonly string[];
  readonly creationDate: string;
  readonly structure: Readonly<Record<string, unknown>>;
  readonly engineVersion: string;
  /** Handlebars source per language. */
  readonly sources: Readonly<Partial<Record<TemplateLanguage, string>>>;
  readonly changelog: string;
  readonly subject: string;
}

export interface SeedTemplate {
  readonly externalId: string;
  /** Oldest first. */
  readonly versions: readonly SeedVersion[];
}

/** The structure of the Documents API document's create example, verbatim (defects included): the catalogue's example. */
export const SEED_INVOICE_STRUCTURE: Readonly<Record<string, unknown>> = EXAMPLE_INVOICE_STRUCTURE;

/** factura_mensual 2.0: the invoice with the seed's defects fixed (and an invoice number). */
const INVOICE_STRUCTURE_V2: Readonly<Record<string, unknown>> = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  properties: {
    INVOICE_NUMBER: { type: 'string', pattern: '^F\\d{4}-\\d{6}$' },
    BILLING_PERIOD: { type: 'string', pattern: '^\\d{4}-(0[1-9]|1[0-2])$' },
    CUSTOMER: {
      type: 'object',
      properties: {
        DNI: { type: 'string' },
        NAME: { type: 'string' },
        EMAIL: { type: 'string', format: 'email' },
        ADDRESS: {
          type: 'object',
          properties: {
            CITY: { type: 'string' },
            COORDINATES: { type: 'object', properties: { LATITUDE: { type: 'number' }, LONGITUDE: { type: 'number' } } },
          },
        },
      },
      required: ['DNI', 'NAME'],
      additionalProperties: false,
    },
    CONTRACT_DATE: { type: 'string', format: 'date-time' },
    PRODUCTS: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        properties: { NAME: { type: 'string' }, PRICE: { type: 'number' }, QUANTITY: { type: 'integer', minimum: 1 } },
        required: ['NAME', 'PRICE'],
      },
    },
    TOTAL_AMOUNT: { type: 'number' },
    HAS_DISCOUNT: { type: 'boolean' },
    DISCOUNT_AMOUNT: { type: 'number' },
    PAYMENT_METHOD: { type: 'string', enum: ['bank_transfer', 'card', 'mobile_payment'] },
    IBAN: { type: 'string', pattern: '^ES\\d{22}$' },
    CARD_LAST_DIGITS: { type: 'string', pattern: '^\\d{4}$' },
    MOBILE_PAYMENT_TYPE: { type: 'string', enum: ['bizum', 'wallet'] },
    MOBILE_PHONE: { type: 'string' },
    MOBILE_WALLET_ID: { type: 'string' },
  },
  required: ['INVOICE_NUMBER', 'CUSTOMER', 'PRODUCTS', 'TOTAL_AMOUNT', 'PAYMENT_METHOD'],
  additionalProperties: false,
  allOf: [
    { if: { properties: { HAS_DISCOUNT: { const: true } }, required: ['HAS_DISCOUNT'] }, then: { required: ['DISCOUNT_AMOUNT'] } },
    { if: { properties: { PAYMENT_METHOD: { const: 'bank_transfer' } }, required: ['PAYMENT_METHOD'] }, then: { required: ['IBAN'] } },
    { if: { properties: { PAYMENT_METHOD: { const: 'card' } }, required: ['PAYMENT_METHOD'] }, then: { required: ['CARD_LAST_DIGITS'] } },
    {
      if: { properties: { PAYMENT_METHOD: { const: 'mobile_payment' } }, required: ['PAYMENT_METHOD'] },
      then: {
        required: ['MOBILE_PAYMENT_TYPE'],
        oneOf: [
          { properties: { MOBILE_PAYMENT_TYPE: { const: 'bizum' } }, required: ['MOBILE_PHONE'] },
          { properties: { MOBILE_PAYMENT_TYPE: { const: 'wallet' } }, required: ['MOBILE_WALLET_ID'] },
        ],
      },
    },
  ],
};

const MOBILE_CONTRACT_STRUCTURE: Readonly<Record<string, unknown>> = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  properties: {
    TIPO_CLIENTE: { type: 'string', enum: ['particular', 'autonomo', 'empresa'] },
    TITULAR: {
      type: 'object',
      properties: {
        NOMBRE: { type: 'string', minLength: 1 },
        APELLIDOS: { type: 'string' },
        TIPO_DOCUMENTO: { type: 'string', enum: ['NIF', 'NIE', 'PASAPORTE'] },
        NUMERO_DOCUMENTO: { type: 'string' },
        EMAIL: { type: 'string', format: 'email' },
        TELEFONO_CONTACTO: { type: 'string', pattern: '^[6789]\\d{8}$' },
      },
      required: ['NOMBRE', 'TIPO_DOCUMENTO', 'NUMERO_DOCUMENTO'],
      additionalProperties: false,
    },
    RAZON_SOCIAL: { type: 'string' },
    CIF: { type: 'string', pattern: '^[A-HJNP-SUVW]\\d{7}[0-9A-J]$' },
    LINEAS: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        properties: {
          MSISDN: { type: 'string', pattern: '^[67]\\d{8}$' },
          TARIFA: { type: 'string', enum: ['La Ilimitada', 'La Sinfín 30GB', 'La Infinita Fibra+Móvil', 'Prepago 10GB'] },
          ICCID: { type: 'string', pattern: '^89\\d{17,18}$' },
          PORTABILIDAD: { type: 'boolean' },
        },
        required: ['MSISDN', 'TARIFA'],
      },
    },
    FECHA_ALTA: { type: 'string', format: 'date' },
    PERMANENCIA_MESES: { type: 'integer', enum: [0, 12, 24] },
  },
  required: ['TIPO_CLIENTE', 'TITULAR', 'LINEAS', 'FECHA_ALTA'],
  additionalProperties: false,
  allOf: [
    { if: { properties: { TIPO_CLIENTE: { const: 'empresa' } }, required: ['TIPO_CLIENTE'] }, then: { required: ['RAZON_SOCIAL', 'CIF'] } },
  ],
};

const PORTABILITY_PROPERTIES_V1 = {
  TITULAR: {
    type: 'object',
    properties: { NOMBRE: { type: 'string' }, NIF: { type: 'string' } },
    required: ['NOMBRE', 'NIF'],
  },
  MSISDN: { type: 'string', pattern: '^[67]\\d{8}$' },
  OPERADOR_DONANTE: { type: 'string', enum: ['Movistar', 'Vodafone', 'Orange', 'Digi', 'Lowi', 'Otro'] },
  FECHA_SOLICITUD: { type: 'string', format: 'date-time' },
};

const PORTABILITY_STRUCTURE_V1: Readonly<Record<string, unknown>> = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  properties: PORTABILITY_PROPERTIES_V1,
  required: ['TITULAR', 'MSISDN', 'OPERADOR_DONANTE', 'FECHA_SOLICITUD'],
  additionalProperties: false,
};

// Major 2 adds the line type (breaking: now required) and the SIM for prepaid lines.
const PORTABILITY_STRUCTURE_V2: Readonly<Record<string, unknown>> = {
  ...PORTABILITY_STRUCTURE_V1,
  properties: {
    ...PORTABILITY_PROPERTIES_V1,
    MODALIDAD: { type: 'string', enum: ['prepago', 'postpago'] },
    ICCID: { type: 'string', pattern: '^89\\d{17,18}$' },
    FECHA_VENTANA_CAMBIO: { type: 'string', format: 'date' },
  },
  required: ['TITULAR', 'MSISDN', 'OPERADOR_DONANTE', 'MODALIDAD', 'FECHA_SOLICITUD'],
  allOf: [{ if: { properties: { MODALIDAD: { const: 'prepago' } }, required: ['MODALIDAD'] }, then: { required: ['ICCID'] } }],
};

const SEPA_STRUCTURE: Readonly<Record<string, unknown>> = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  properties: {
    REFERENCIA_MANDATO: { type: 'string', maxLength: 35 },
    ACREEDOR: {
      type: 'object',
      properties: { NOMBRE: { type: 'string' }, IDENTIFICADOR: { type: 'string' }, DIRECCION: { type: 'string' } },
      required: ['NOMBRE', 'IDENTIFICADOR'],
    },
    DEUDOR: {
      type: 'object',
      properties: {
        NOMBRE: { type: 'string' },
        IBAN: { type: 'string', pattern: '^ES\\d{22}$' },
        BIC: { type: 'string', pattern: '^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$' },
        DIRECCION: { type: 'string' },
      },
      required: ['NOMBRE', 'IBAN'],
    },
    TIPO_PAGO: { type: 'string', enum: ['recurrente', 'unico'] },
    FECHA_FIRMA: { type: 'string', format: 'date' },
    LUGAR_FIRMA: { type: 'string' },
  },
  required: ['REFERENCIA_MANDATO', 'ACREEDOR', 'DEUDOR', 'TIPO_PAGO', 'FECHA_FIRMA'],
  additionalProperties: false,
};

const FIBRE_CONTRACT_STRUCTURE: Readonly<Record<string, unknown>> = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  properties: {
    CLIENTE: {
      type: 'object',
      properties: { NOMBRE: { type: 'string' }, NIF: { type: 'string' }, EMAIL: { type: 'string', format: 'email' } },
      required: ['NOMBRE', 'NIF'],
    },
    DIRECCION_INSTALACION: {
      type: 'object',
      properties: {
        CALLE: { type: 'string' },
        NUMERO: { type: 'string' },
        PISO: { type: 'string' },
        CODIGO_POSTAL: { type: 'string', pattern: '^(0[1-9]|[1-4]\\d|5[0-2])\\d{3}$' },
        MUNICIPIO: { type: 'string' },
        PROVINCIA: { type: 'string' },
      },
      required: ['CALLE', 'NUMERO', 'CODIGO_POSTAL', 'MUNICIPIO'],
    },
    VELOCIDAD: { type: 'string', enum: ['300Mb', '600Mb', '1Gb'] },
    FECHA_INSTALACION: { type: 'string', format: 'date' },
    CUOTA_MENSUAL: { type: 'number', minimum: 0 },
  },
  required: ['CLIENTE', 'DIRECCION_INSTALACION', 'VELOCIDAD'],
  additionalProperties: false,
};

const WELCOME_STRUCTURE: Readonly<Record<string, unknown>> = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  properties: {
    NOMBRE: { type: 'string' },
    TARIFA: { type: 'string' },
    FECHA_ACTIVACION: { type: 'string', format: 'date' },
    NUMERO_CLIENTE: { type: 'string' },
  },
  required: ['NOMBRE', 'TARIFA'],
  additionalProperties: false,
};

// ---------------------------------------------------------------------------------------------
// Templates

const SUBJECT_MM = 'plantillas@masorange.es';
const SUBJECT_YG = 'plantillas@yoigo.com';

const INVOICE_ES_VAT = INVOICE_ES.replace('</body>', '  <footer>Precios con IVA incluido.</footer>\n</body>');

/** factura_mensual 2.0: the corrected structure, in Spanish and English. */
const INVOICE_V2: Partial<SeedVersion> = {
  description: 'Factura mensual con número de factura y reglas de pago corregidas.',
  tags: ['factura', 'mensual', 'multi-idioma'],
  structure: INVOICE_STRUCTURE_V2,
  engineVersion: '3.14',
};

/** A version of factura_mensual: the document's invoice structure unless `extra` says otherwise. */
function invoice(subject: string, version: string, creationDate: string, sources: SeedVersion['sources'], changelog: string, extra: Partial<SeedVersion> = {}): SeedVersion {
  return { version, description: 'Factura mensual de servicios de telecomunicaciones.', defaultLanguage: 'ES', tags: ['factura', 'mensual'], creationDate, structure: SEED_INVOICE_STRUCTURE, engineVersion: '3.12', sources, changelog, subject, ...extra };
}

export function seedTemplates(): Readonly<Record<string, readonly SeedTemplate[]>> {
  return {
    masmovil: [
      {
        externalId: 'factura_mensual',
        versions: [
          invoice(SUBJECT_MM, '1.0', '2025-03-03T09:15:00Z', { ES: INVOICE_ES }, 'Versión inicial.'),
          invoice(SUBJECT_MM, '1.1', '2025-05-12T11:30:00Z', { ES: INVOICE_ES_VAT }, 'Revisado el pie de la factura.'),
          invoice(SUBJECT_MM, '2.0', '2025-10-01T15:00:00Z', { ES: INVOICE_V2_ES, EN: INVOICE_V2_EN }, 'Versión Mayor: añadido número de factura; corregidas las claves requeridas del cliente y la regla de transferencia bancaria.', INVOICE_V2),
        ],
      },
      {
        externalId: 'contrato_alta_movil',
        versions: [
          {
            version: '1.0',
            description: 'Contrato de alta de líneas móviles para particulares y empresas.',
            defaultLanguage: 'ES',
            tags: ['contrato', 'movil'],
            creationDate: '2025-04-07T08:00:00Z',
            structure: MOBILE_CONTRACT_STRUCTURE,
            engineVersion: '3.12',
            sources: { ES: MOBILE_ES },
            changelog: 'Versión inicial.',
            subject: SUBJECT_MM,
          },
          {
            version: '1.1',
            description: 'Contrato de alta de líneas móviles para particulares y empresas.',
            defaultLanguage: 'ES',
            tags: ['contrato', 'movil', 'multi-idioma'],
            creationDate: '2025-06-18T10:45:00Z',
            structure: MOBILE_CONTRACT_STRUCTURE,
            engineVersion: '3.12',
            sources: { ES: MOBILE_ES, CA: MOBILE_CA },
            changelog: 'Añadido soporte para catalán.',
            subject: SUBJECT_MM,
          },
          {
            version: '1.2',
            description: 'Contrato de alta de líneas móviles para particulares y empresas.',
            defaultLanguage: 'ES',
            tags: ['contrato', 'movil', 'multi-idioma'],
            creationDate: '2025-09-02T12:10:00Z',
            structure: MOBILE_CONTRACT_STRUCTURE,
            engineVersion: '3.14',
            sources: { ES: MOBILE_ES, CA: MOBILE_CA, EU: MOBILE_EU },
            changelog: 'Añadido soporte para euskera.',
            subject: SUBJECT_MM,
          },
        ],
      },
      {
        externalId: 'autorizacion_portabilidad',
        versions: [
          {
            version: '1.0',
            description: 'Autorización de portabilidad de número móvil.',
            defaultLanguage: 'ES',
            tags: ['portabilidad'],
            creationDate: '2025-02-10T09:00:00Z',
            structure: PORTABILITY_STRUCTURE_V1,
            engineVersion: '3.10',
            sources: { ES: portabilityHbs(PORTABILITY_ES_LABELS, false) },
            changelog: 'Versión inicial.',
            subject: SUBJECT_MM,
          },
          {
            version: '2.0',
            description: 'Autorización de portabilidad con modalidad prepago/postpago.',
            defaultLanguage: 'ES',
            tags: ['portabilidad', 'prepago'],
            creationDate: '2025-07-21T14:20:00Z',
            structure: PORTABILITY_STRUCTURE_V2,
            engineVersion: '3.12',
            sources: { ES: portabilityHbs(PORTABILITY_ES_LABELS, true) },
            changelog: 'Versión Mayor: la modalidad es obligatoria y el ICCID se exige en prepago.',
            subject: SUBJECT_MM,
          },
          {
            version: '2.1',
            description: 'Autorización de portabilidad con modalidad prepago/postpago.',
            defaultLanguage: 'ES',
            tags: ['portabilidad', 'prepago'],
            creationDate: '2025-08-04T16:05:00Z',
            structure: PORTABILITY_STRUCTURE_V2,
            engineVersion: '3.12',
            sources: { ES: portabilityHbs(PORTABILITY_ES_LABELS, true), GL: portabilityHbs(PORTABILITY_GL_LABELS, true) },
            changelog: 'Añadido soporte para gallego.',
            subject: SUBJECT_MM,
          },
        ],
      },
      {
        externalId: 'mandato_sepa',
        versions: [
          {
            version: '1.0',
            description: 'Orden de domiciliación SEPA (core).',
            defaultLanguage: 'ES',
            tags: ['sepa', 'pagos'],
            creationDate: '2025-01-20T10:00:00Z',
            structure: SEPA_STRUCTURE,
            engineVersion: '3.10',
            sources: { ES: SEPA_ES, EN: SEPA_EN },
            changelog: 'Versión inicial.',
            subject: SUBJECT_MM,
          },
        ],
      },
    ],
    yoigo: [
      {
        externalId: 'factura_mensual',
        versions: [
          invoice(SUBJECT_YG, '1.0', '2025-03-03T09:15:00Z', { ES: INVOICE_ES }, 'Versión inicial.'),
          invoice(SUBJECT_YG, '1.1', '2025-05-12T11:30:00Z', { ES: INVOICE_ES, EN: INVOICE_EN }, 'Añadido soporte para inglés.', { description: 'Factura mensual de servicios de telecomunicaciones (ES/EN).', tags: ['factura', 'mensual', 'multi-idioma'] }),
          invoice(SUBJECT_YG, '2.0', '2025-10-01T15:00:00Z', { ES: INVOICE_V2_ES, EN: INVOICE_V2_EN }, 'Versión Mayor: añadido número de factura; corregidas las claves requeridas del cliente y la regla de transferencia bancaria.', INVOICE_V2),
        ],
      },
      {
        externalId: 'contrato_fibra',
        versions: [
          {
            version: '1.0',
            description: 'Contrato de fibra óptica Yoigo.',
            defaultLanguage: 'ES',
            tags: ['contrato', 'fibra'],
            creationDate: '2025-05-05T09:30:00Z',
            structure: FIBRE_CONTRACT_STRUCTURE,
            engineVersion: '3.12',
            sources: { ES: FIBRE_ES },
            changelog: 'Versión inicial.',
            subject: SUBJECT_YG,
          },
          {
            version: '1.1',
            description: 'Contrato de fibra óptica Yoigo (texto revisado).',
            defaultLanguage: 'ES',
            tags: ['contrato', 'fibra'],
            creationDate: '2025-08-25T13:00:00Z',
            structure: FIBRE_CONTRACT_STRUCTURE,
            engineVersion: '3.14',
            sources: { ES: FIBRE_ES.replace('Sin permanencia.', 'Sin permanencia. Precios con IVA.') },
            changelog: 'Revisado el pie legal.',
            subject: SUBJECT_YG,
          },
        ],
      },
      {
        externalId: 'bienvenida_cliente',
        versions: [
          {
            version: '1.0',
            description: 'Carta de bienvenida para nuevos clientes.',
            defaultLanguage: 'ES',
            tags: ['bienvenida'],
            creationDate: '2025-06-01T08:00:00Z',
            structure: WELCOME_STRUCTURE,
            engineVersion: '3.12',
            sources: {
              ES: welcomeHbs({ lang: 'es', hello: '¡Hola', body: 'Bienvenido a Yoigo. Ya tienes activa tu tarifa', since: 'Tu servicio está activo desde el' }),
              EN: welcomeHbs({ lang: 'en', hello: 'Hi', body: 'Welcome to Yoigo. Your plan is now active:', since: 'Your service has been active since' }),
            },
            changelog: 'Versión inicial.',
            subject: SUBJECT_YG,
          },
        ],
      },
    ],
  };
}

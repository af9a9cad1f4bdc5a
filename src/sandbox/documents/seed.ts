// Seed data of the Documents sandbox: Spanish dynamic templates for the orgs `masmovil` and
// `yoigo`, with several majors/minors/languages, changelogs and real-looking Handlebars sources.
// `factura_mensual` 1.x carries the Documents API document's invoice structure VERBATIM, defects
// included (its required keys in the wrong case, a condition on an upper-case enum value, an `if`
// without `required`): it is what partners hit in production and what the validator and linter
// must explain. In `masmovil` its 1.x line has Spanish only and no major 2, so the document's own
// examples (a new minor with the ES source, deleting major 1) work as written; in `yoigo` it has
// English too and a 2.0 with the corrected structure, so version diffs have something to show.
import { EXAMPLE_INVOICE_STRUCTURE } from '../../core/catalogue/documents';
import type { TemplateLanguage } from '../../core/models/documents';

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
// Handlebars sources

const CSS = `<style>
    body { font-family: "Helvetica Neue", Arial, sans-serif; font-size: 11pt; color: #222; }
    h1 { font-size: 18pt; margin-bottom: 4mm; }
    table { width: 100%; border-collapse: collapse; }
    th, td { border-bottom: 1px solid #ddd; padding: 2mm; text-align: left; }
    .importe { text-align: right; }
    .pie { font-size: 8pt; color: #666; margin-top: 10mm; }
  </style>`;

function invoiceHbs(l: { lang: string; title: string; customer: string; product: string; qty: string; price: string; total: string; discount: string; payment: string; iban: string; card: string; mobile: string; footer: string }): string {
  return `<!DOCTYPE html>
<html lang="${l.lang}">
<head>
  <meta charset="utf-8">
  ${CSS}
</head>
<body>
  <h1>${l.title}</h1>
  <section class="cliente">
    <h2>${l.customer}</h2>
    <p>{{CUSTOMER.NAME}} — {{CUSTOMER.DNI}}</p>
    {{#if CUSTOMER.EMAIL}}<p>{{CUSTOMER.EMAIL}}</p>{{/if}}
    {{#with CUSTOMER.ADDRESS}}<p>{{CITY}}</p>{{/with}}
    {{#if CONTRACT_DATE}}<p>{{CONTRACT_DATE}}</p>{{/if}}
  </section>
  <table>
    <thead><tr><th>${l.product}</th><th>${l.qty}</th><th class="importe">${l.price}</th></tr></thead>
    <tbody>
      {{#each PRODUCTS}}
      <tr><td>{{NAME}}</td><td>{{#if QUANTITY}}{{QUANTITY}}{{else}}1{{/if}}</td><td class="importe">{{PRICE}} €</td></tr>
      {{/each}}
    </tbody>
  </table>
  {{#if HAS_DISCOUNT}}<p>${l.discount}: -{{DISCOUNT_AMOUNT}} €</p>{{/if}}
  <p><strong>${l.total}: {{TOTAL_AMOUNT}} €</strong></p>
  <section class="pago">
    <h2>${l.payment}</h2>
    {{#if IBAN}}<p>${l.iban}: {{IBAN}}</p>{{/if}}
    {{#if CARD_LAST_DIGITS}}<p>${l.card} **** {{CARD_LAST_DIGITS}}</p>{{/if}}
    {{#if MOBILE_PAYMENT_TYPE}}<p>${l.mobile}: {{MOBILE_PAYMENT_TYPE}} {{MOBILE_PHONE}}{{MOBILE_WALLET_ID}}</p>{{/if}}
  </section>
  <p class="pie">${l.footer}</p>
</body>
</html>
`;
}

const INVOICE_ES = invoiceHbs({
  lang: 'es',
  title: 'Factura mensual',
  customer: 'Datos del cliente',
  product: 'Concepto',
  qty: 'Cantidad',
  price: 'Importe',
  total: 'Total a pagar',
  discount: 'Descuento aplicado',
  payment: 'Forma de pago',
  iban: 'Domiciliación bancaria en la cuenta',
  card: 'Tarjeta terminada en',
  mobile: 'Pago móvil',
  footer: 'MasOrange, S.L. — Paseo del Club Deportivo 1, 28223 Pozuelo de Alarcón (Madrid). IVA incluido.',
});

const INVOICE_EN = invoiceHbs({
  lang: 'en',
  title: 'Monthly invoice',
  customer: 'Customer details',
  product: 'Item',
  qty: 'Quantity',
  price: 'Amount',
  total: 'Total due',
  discount: 'Discount applied',
  payment: 'Payment method',
  iban: 'Direct debit to account',
  card: 'Card ending in',
  mobile: 'Mobile payment',
  footer: 'MasOrange, S.L. — Paseo del Club Deportivo 1, 28223 Pozuelo de Alarcón (Madrid). VAT included.',
});

const INVOICE_V2_ES = INVOICE_ES.replace('<h1>Factura mensual</h1>', '<h1>Factura nº {{INVOICE_NUMBER}}</h1>\n  {{#if BILLING_PERIOD}}<p>Periodo de facturación: {{BILLING_PERIOD}}</p>{{/if}}');
const INVOICE_V2_EN = INVOICE_EN.replace('<h1>Monthly invoice</h1>', '<h1>Invoice no. {{INVOICE_NUMBER}}</h1>\n  {{#if BILLING_PERIOD}}<p>Billing period: {{BILLING_PERIOD}}</p>{{/if}}');

function mobileContractHbs(l: { lang: string; title: string; holder: string; company: string; lines: string; number: string; plan: string; portability: string; date: string; commitment: string; months: string; sign: string }): string {
  return `<!DOCTYPE html>
<html lang="${l.lang}">
<head>
  <meta charset="utf-8">
  ${CSS}
</head>
<body>
  <h1>${l.title}</h1>
  <h2>${l.holder}</h2>
  <p>{{TITULAR.NOMBRE}} {{TITULAR.APELLIDOS}} — {{TITULAR.TIPO_DOCUMENTO}} {{TITULAR.NUMERO_DOCUMENTO}}</p>
  {{#if TITULAR.EMAIL}}<p>{{TITULAR.EMAIL}}</p>{{/if}}
  {{#if RAZON_SOCIAL}}<p>${l.company}: {{RAZON_SOCIAL}} ({{CIF}})</p>{{/if}}
  <h2>${l.lines}</h2>
  <table>
    <thead><tr><th>${l.number}</th><th>${l.plan}</th><th>ICCID</th><th>${l.portability}</th></tr></thead>
    <tbody>
      {{#each LINEAS}}
      <tr><td>{{MSISDN}}</td><td>{{TARIFA}}</td><td>{{ICCID}}</td><td>{{#if PORTABILIDAD}}✔{{/if}}</td></tr>
      {{/each}}
    </tbody>
  </table>
  <p>${l.date}: {{FECHA_ALTA}}</p>
  {{#if PERMANENCIA_MESES}}<p>${l.commitment}: {{PERMANENCIA_MESES}} ${l.months}</p>{{/if}}
  <p class="pie">${l.sign}</p>
</body>
</html>
`;
}

const MOBILE_ES = mobileContractHbs({
  lang: 'es',
  title: 'Contrato de alta de línea móvil',
  holder: 'Titular',
  company: 'Empresa',
  lines: 'Líneas contratadas',
  number: 'Número',
  plan: 'Tarifa',
  portability: 'Portabilidad',
  date: 'Fecha de alta',
  commitment: 'Permanencia',
  months: 'meses',
  sign: 'El titular declara haber leído y aceptado las condiciones generales del servicio.',
});
const MOBILE_CA = mobileContractHbs({
  lang: 'ca',
  title: "Contracte d'alta de línia mòbil",
  holder: 'Titular',
  company: 'Empresa',
  lines: 'Línies contractades',
  number: 'Número',
  plan: 'Tarifa',
  portability: 'Portabilitat',
  date: "Data d'alta",
  commitment: 'Permanència',
  months: 'mesos',
  sign: 'El titular declara haver llegit i acceptat les condicions generals del servei.',
});
const MOBILE_EU = mobileContractHbs({
  lang: 'eu',
  title: 'Mugikor-linea alta kontratua',
  holder: 'Titularra',
  company: 'Enpresa',
  lines: 'Kontratatutako lineak',
  number: 'Zenbakia',
  plan: 'Tarifa',
  portability: 'Eramangarritasuna',
  date: 'Alta data',
  commitment: 'Iraunkortasuna',
  months: 'hilabete',
  sign: 'Titularrak zerbitzuaren baldintza orokorrak irakurri eta onartu dituela adierazten du.',
});

function portabilityHbs(l: { lang: string; title: string; body: string; donor: string; mode: string; date: string; window: string }, v2: boolean): string {
  return `<!DOCTYPE html>
<html lang="${l.lang}">
<head>
  <meta charset="utf-8">
  ${CSS}
</head>
<body>
  <h1>${l.title}</h1>
  <p>${l.body}</p>
  <table>
    <tr><th>MSISDN</th><td>{{MSISDN}}</td></tr>
    <tr><th>${l.donor}</th><td>{{OPERADOR_DONANTE}}</td></tr>
${v2 ? `    <tr><th>${l.mode}</th><td>{{MODALIDAD}}{{#if ICCID}} — ICCID {{ICCID}}{{/if}}</td></tr>\n` : ''}    <tr><th>${l.date}</th><td>{{FECHA_SOLICITUD}}</td></tr>
${v2 ? `    {{#if FECHA_VENTANA_CAMBIO}}<tr><th>${l.window}</th><td>{{FECHA_VENTANA_CAMBIO}}</td></tr>{{/if}}\n` : ''}  </table>
</body>
</html>
`;
}

const PORTABILITY_ES_LABELS = {
  lang: 'es',
  title: 'Solicitud de portabilidad móvil',
  body: 'D./Dña. {{TITULAR.NOMBRE}}, con NIF {{TITULAR.NIF}}, solicita causar baja en su operador actual y conservar su número de teléfono.',
  donor: 'Operador donante',
  mode: 'Modalidad',
  date: 'Fecha de solicitud',
  window: 'Ventana de cambio',
};
const PORTABILITY_GL_LABELS = {
  lang: 'gl',
  title: 'Solicitude de portabilidade móbil',
  body: 'D./Dna. {{TITULAR.NOMBRE}}, con NIF {{TITULAR.NIF}}, solicita causar baixa no seu operador actual e conservar o seu número de teléfono.',
  donor: 'Operador doador',
  mode: 'Modalidade',
  date: 'Data de solicitude',
  window: 'Xanela de cambio',
};

function sepaHbs(l: { lang: string; title: string; text: string; creditor: string; debtor: string; kind: string; place: string }): string {
  return `<!DOCTYPE html>
<html lang="${l.lang}">
<head>
  <meta charset="utf-8">
  ${CSS}
</head>
<body>
  <h1>${l.title}</h1>
  <p>Ref.: {{REFERENCIA_MANDATO}}</p>
  <h2>${l.creditor}</h2>
  <p>{{ACREEDOR.NOMBRE}} — {{ACREEDOR.IDENTIFICADOR}}<br>{{ACREEDOR.DIRECCION}}</p>
  <h2>${l.debtor}</h2>
  <p>{{DEUDOR.NOMBRE}}<br>IBAN {{DEUDOR.IBAN}}{{#if DEUDOR.BIC}} · BIC {{DEUDOR.BIC}}{{/if}}</p>
  <p>${l.kind}: {{TIPO_PAGO}}</p>
  <p class="pie">${l.text}</p>
  <p>${l.place}: {{LUGAR_FIRMA}}, {{FECHA_FIRMA}}</p>
</body>
</html>
`;
}
const SEPA_ES = sepaHbs({
  lang: 'es',
  title: 'Orden de domiciliación de adeudo directo SEPA',
  text: 'Mediante la firma de esta orden, el deudor autoriza al acreedor a enviar instrucciones a su entidad para adeudar su cuenta.',
  creditor: 'Acreedor',
  debtor: 'Deudor',
  kind: 'Tipo de pago',
  place: 'Lugar y fecha de firma',
});
const SEPA_EN = sepaHbs({
  lang: 'en',
  title: 'SEPA Direct Debit Mandate',
  text: 'By signing this mandate form, you authorise the creditor to send instructions to your bank to debit your account.',
  creditor: 'Creditor',
  debtor: 'Debtor',
  kind: 'Type of payment',
  place: 'Place and date of signature',
});

const FIBRE_ES = `<!DOCTYPE html>
<html lang="es">
<head>
  <meta charset="utf-8">
  ${CSS}
</head>
<body>
  <h1>Contrato de fibra Yoigo</h1>
  <p>Cliente: {{CLIENTE.NOMBRE}} ({{CLIENTE.NIF}})</p>
  {{#with DIRECCION_INSTALACION}}
  <p>Dirección de instalación: {{CALLE}} {{NUMERO}}{{#if PISO}}, {{PISO}}{{/if}} — {{CODIGO_POSTAL}} {{MUNICIPIO}}{{#if PROVINCIA}} ({{PROVINCIA}}){{/if}}</p>
  {{/with}}
  <p>Velocidad contratada: {{VELOCIDAD}} simétricos</p>
  {{#if FECHA_INSTALACION}}<p>Fecha prevista de instalación: {{FECHA_INSTALACION}}</p>{{/if}}
  {{#if CUOTA_MENSUAL}}<p>Cuota mensual: {{CUOTA_MENSUAL}} € (IVA incluido)</p>{{/if}}
  <p class="pie">Xfera Móviles, S.A.U. — Sin permanencia.</p>
</body>
</html>
`;

function welcomeHbs(l: { lang: string; hello: string; body: string; since: string }): string {
  return `<!DOCTYPE html>
<html lang="${l.lang}">
<head>
  <meta charset="utf-8">
  ${CSS}
</head>
<body>
  <h1>${l.hello}, {{NOMBRE}}</h1>
  <p>${l.body} <strong>{{TARIFA}}</strong>.</p>
  {{#if FECHA_ACTIVACION}}<p>${l.since} {{FECHA_ACTIVACION}}.</p>{{/if}}
  {{#if NUMERO_CLIENTE}}<p>Nº cliente: {{NUMERO_CLIENTE}}</p>{{/if}}
</body>
</html>
`;
}

// ---------------------------------------------------------------------------------------------
// Templates

const SUBJECT_MM = 'plantillas@masorange.es';
const SUBJECT_YG = 'plantillas@yoigo.com';

export function seedTemplates(): Readonly<Record<string, readonly SeedTemplate[]>> {
  return {
    masmovil: [
      {
        externalId: 'factura_mensual',
        versions: [
          {
            version: '1.0',
            description: 'Factura mensual de servicios de telecomunicaciones.',
            defaultLanguage: 'ES',
            tags: ['factura', 'mensual'],
            creationDate: '2025-03-03T09:15:00Z',
            structure: SEED_INVOICE_STRUCTURE,
            engineVersion: '3.12',
            sources: { ES: INVOICE_ES },
            changelog: 'Versión inicial.',
            subject: SUBJECT_MM,
          },
          {
            version: '1.1',
            description: 'Factura mensual de servicios de telecomunicaciones.',
            defaultLanguage: 'ES',
            tags: ['factura', 'mensual'],
            creationDate: '2025-05-12T11:30:00Z',
            structure: SEED_INVOICE_STRUCTURE,
            engineVersion: '3.12',
            sources: { ES: INVOICE_ES.replace('</body>', '  <footer>Precios con IVA incluido.</footer>\n</body>') },
            changelog: 'Revisado el pie de la factura.',
            subject: SUBJECT_MM,
          },
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
          {
            version: '1.0',
            description: 'Factura mensual de servicios de telecomunicaciones.',
            defaultLanguage: 'ES',
            tags: ['factura', 'mensual'],
            creationDate: '2025-03-03T09:15:00Z',
            structure: SEED_INVOICE_STRUCTURE,
            engineVersion: '3.12',
            sources: { ES: INVOICE_ES },
            changelog: 'Versión inicial.',
            subject: SUBJECT_YG,
          },
          {
            version: '1.1',
            description: 'Factura mensual de servicios de telecomunicaciones (ES/EN).',
            defaultLanguage: 'ES',
            tags: ['factura', 'mensual', 'multi-idioma'],
            creationDate: '2025-05-12T11:30:00Z',
            structure: SEED_INVOICE_STRUCTURE,
            engineVersion: '3.12',
            sources: { ES: INVOICE_ES, EN: INVOICE_EN },
            changelog: 'Añadido soporte para inglés.',
            subject: SUBJECT_YG,
          },
          {
            version: '2.0',
            description: 'Factura mensual con número de factura y reglas de pago corregidas.',
            defaultLanguage: 'ES',
            tags: ['factura', 'mensual', 'multi-idioma'],
            creationDate: '2025-10-01T15:00:00Z',
            structure: INVOICE_STRUCTURE_V2,
            engineVersion: '3.14',
            sources: { ES: INVOICE_V2_ES, EN: INVOICE_V2_EN },
            changelog: 'Versión Mayor: añadido número de factura; corregidas las claves requeridas del cliente y la regla de transferencia bancaria.',
            subject: SUBJECT_YG,
          },
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

// Handlebars sources of the Documents sandbox's seeded dynamic templates (seed.ts): real-looking
// Spanish (and English, Catalan, Basque, Galician) documents using every field of their structure.

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

export const INVOICE_ES = invoiceHbs({
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

export const INVOICE_EN = invoiceHbs({
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

export const INVOICE_V2_ES = INVOICE_ES.replace('<h1>Factura mensual</h1>', '<h1>Factura nº {{INVOICE_NUMBER}}</h1>\n  {{#if BILLING_PERIOD}}<p>Periodo de facturación: {{BILLING_PERIOD}}</p>{{/if}}');
export const INVOICE_V2_EN = INVOICE_EN.replace('<h1>Monthly invoice</h1>', '<h1>Invoice no. {{INVOICE_NUMBER}}</h1>\n  {{#if BILLING_PERIOD}}<p>Billing period: {{BILLING_PERIOD}}</p>{{/if}}');

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

export const MOBILE_ES = mobileContractHbs({
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
export const MOBILE_CA = mobileContractHbs({
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
export const MOBILE_EU = mobileContractHbs({
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

export function portabilityHbs(l: { lang: string; title: string; body: string; donor: string; mode: string; date: string; window: string }, v2: boolean): string {
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

export const PORTABILITY_ES_LABELS = {
  lang: 'es',
  title: 'Solicitud de portabilidad móvil',
  body: 'D./Dña. {{TITULAR.NOMBRE}}, con NIF {{TITULAR.NIF}}, solicita causar baja en su operador actual y conservar su número de teléfono.',
  donor: 'Operador donante',
  mode: 'Modalidad',
  date: 'Fecha de solicitud',
  window: 'Ventana de cambio',
};
export const PORTABILITY_GL_LABELS = {
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
export const SEPA_ES = sepaHbs({
  lang: 'es',
  title: 'Orden de domiciliación de adeudo directo SEPA',
  text: 'Mediante la firma de esta orden, el deudor autoriza al acreedor a enviar instrucciones a su entidad para adeudar su cuenta.',
  creditor: 'Acreedor',
  debtor: 'Deudor',
  kind: 'Tipo de pago',
  place: 'Lugar y fecha de firma',
});
export const SEPA_EN = sepaHbs({
  lang: 'en',
  title: 'SEPA Direct Debit Mandate',
  text: 'By signing this mandate form, you authorise the creditor to send instructions to your bank to debit your account.',
  creditor: 'Creditor',
  debtor: 'Debtor',
  kind: 'Type of payment',
  place: 'Place and date of signature',
});

export const FIBRE_ES = `<!DOCTYPE html>
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

export function welcomeHbs(l: { lang: string; hello: string; body: string; since: string }): string {
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

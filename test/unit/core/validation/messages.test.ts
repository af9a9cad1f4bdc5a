// One test per message class of humanizeErrors: the words, the pointer, the place in the text
// (line/column through the locator, as the editor and the CLI show it) and the facts quick fixes
// read. The invoice structure is the seed's; the small schemas isolate one keyword each.
import { strict as assert } from 'node:assert';
import invoiceStructure from '../../../fixtures/seeds/documents/invoice-structure.json';
import { validateFieldsValues, type FieldError } from '../../../../src/core/validation/ajv';
import { createLocator } from '../../../../src/core/validation/locate';
import type { Localizer } from '../../../../src/core/l10n';
import { invoice } from '../../../support/invoice';

/** Validates the pretty-printed text of `data`, as the editor does, with lines for conditions. */
function check(schema: unknown, data: unknown, l10n?: Localizer): { errors: FieldError[]; text: string; place: (e: FieldError | undefined) => string } {
  const text = JSON.stringify(data, null, 2);
  const locator = createLocator(text);
  const errors = validateFieldsValues(schema, data, { lineOf: (p) => locator.locate(p).line, ...(l10n ? { l10n } : {}) }).errors;
  const place = (e: FieldError | undefined) => {
    if (!e) return 'none';
    const loc = locator.locate(e.pointer, e.target === 'key' ? 'key' : 'value');
    return `${loc.line}:${loc.column} ${text.slice(loc.offset, loc.offset + loc.length)}`;
  };
  return { errors, text, place };
}

function only(errors: FieldError[]): FieldError {
  assert.equal(errors.length, 1, JSON.stringify(errors, null, 1));
  return errors[0]!;
}

describe('messages — required', () => {
  it('a missing key is marked on its parent key, with a case hint from the data', () => {
    const { errors, place } = check({ type: 'object', properties: { A: { type: 'object', required: ['NAME'] } } }, { A: { name: 'x' } });
    const e = only(errors);
    assert.equal(e.message, 'NAME is required (the data has name: names are case-sensitive)');
    assert.equal(e.pointer, '/A/NAME');
    assert.equal(e.target, 'parent');
    assert.equal(place(e), '2:3 "A"');
    assert.deepEqual(e.data, { key: 'NAME', present: 'name' });
  });

  it('an if/then requirement names the condition and its line, and points at it', () => {
    const data = invoice();
    delete data['CARD_LAST_DIGITS'];
    const { errors, text } = check(invoiceStructure, { ...data, CUSTOMER: { dni: 'x', name: 'y' } });
    const e = only(errors);
    const line = text.split('\n').findIndex((l) => l.includes('"PAYMENT_METHOD"')) + 1;
    assert.equal(e.message, `because PAYMENT_METHOD is "card" (line ${line}), CARD_LAST_DIGITS is required`);
    assert.deepEqual(e.related, [{ pointer: '/PAYMENT_METHOD', message: 'the condition: PAYMENT_METHOD is "card"' }]);
    assert.equal(e.data?.ifPointer, '/allOf/2/if');
    assert.equal(e.schemaPath, '#/allOf/2/then/required');
  });

  it('a condition that holds only because its property is missing says so', () => {
    const data = invoice({ CUSTOMER: { dni: 'x', name: 'y' } });
    delete data['HAS_DISCOUNT'];
    const e = only(check(invoiceStructure, data).errors);
    assert.equal(e.message, 'DISCOUNT_AMOUNT is required: the template requires it when HAS_DISCOUNT is true, and that rule also applies when HAS_DISCOUNT is missing (its "if" has no "required")');
    assert.equal(e.data?.vacuousKey, 'HAS_DISCOUNT');
  });

  it('an else branch says the condition does not hold', () => {
    const schema = { type: 'object', if: { properties: { KIND: { const: 'card' } }, required: ['KIND'] }, else: { required: ['IBAN'] } };
    const e = only(check(schema, { KIND: 'cash' }).errors);
    assert.equal(e.message, 'because KIND is not "card" (it is "cash") (line 2), IBAN is required');
  });

  it('dependentRequired names the key that brings the requirement', () => {
    const e = only(check({ type: 'object', dependentRequired: { IBAN: ['BIC'] } }, { IBAN: 'ES00' }).errors);
    assert.equal(e.message, 'because IBAN is present (line 2), BIC is required');
    assert.equal(e.related?.[0]?.pointer, '/IBAN');
  });

  it('uses the Localizer for every word', () => {
    const upper: Localizer = { t: (m, ...a) => m.replace(/\{(\d+)\}/g, (_, i: string) => String(a[Number(i)])).toUpperCase() };
    assert.equal(only(check({ required: ['A'] }, {}, upper).errors).message, 'A IS REQUIRED');
  });
});

describe('messages — unknown keys', () => {
  it('suggests the closest declared key and marks the key itself', () => {
    const { errors, place } = check({ type: 'object', properties: { TOTAL_AMOUNT: {} }, additionalProperties: false }, { TOTAL_AMOUNTT: 1 });
    const e = only(errors);
    assert.equal(e.message, 'TOTAL_AMOUNTT is not a field here (did you mean TOTAL_AMOUNT?)');
    assert.equal(place(e), '2:3 "TOTAL_AMOUNTT"');
    assert.equal(e.data?.suggestion, 'TOTAL_AMOUNT');
  });

  it('lists the fields when nothing is close', () => {
    const e = only(check({ type: 'object', properties: { CUSTOMER: {}, PRODUCTS: {} }, additionalProperties: false }, { FOO: 1 }).errors);
    assert.equal(e.message, 'FOO is not a field here; the fields are CUSTOMER, PRODUCTS');
  });

  it('folds a misspelt key and the missing required spelling into one finding', () => {
    const e = only(check({ type: 'object', properties: { CUSTOMER: {} }, required: ['CUSTOMER'], additionalProperties: false }, { customer: {} }).errors);
    assert.equal(e.message, 'customer is not a field here (did you mean CUSTOMER? CUSTOMER is required)');
    assert.equal(e.data?.required, true);
  });
});

describe('messages — values', () => {
  it('enum: did you mean by case or typo, on the value', () => {
    const { errors, place } = check(invoiceStructure, invoice({ CUSTOMER: { dni: 'x', name: 'y' }, PAYMENT_METHOD: 'crad', CARD_LAST_DIGITS: undefined }));
    const e = errors.find((x) => x.pointer === '/PAYMENT_METHOD');
    assert.equal(e?.message, 'must be one of "bank_transfer", "card", "mobile_payment" (got "crad"; did you mean "card"?)');
    assert.match(place(e), /^\d+:21 "crad"$/);
    assert.equal(e?.data?.suggestion, 'card');
  });

  it('const names the expected value', () => {
    assert.equal(only(check({ properties: { KIND: { const: 'alta' } } }, { KIND: 'baja' }).errors).message, 'must be "alta" (got "baja")');
  });

  it('type names every allowed type and the value', () => {
    assert.equal(only(check({ properties: { NOTA: { type: ['string', 'null'] } } }, { NOTA: 3 }).errors).message, 'must be a string or null, but is an integer (3)');
  });

  it('a wrong type silences the enum, format and range of the same value', () => {
    const e = only(check({ properties: { A: { type: 'string', enum: ['x'], format: 'email', minLength: 3 } } }, { A: 1 }).errors);
    assert.equal(e.keyword, 'type');
  });

  it('format explains the expected form and gives an example', () => {
    const e = only(check({ properties: { D: { type: 'string', format: 'date-time' } } }, { D: '18/11/2025' }).errors);
    assert.equal(e.message, 'must be an ISO 8601 date-time with time zone, like "2025-01-31T10:00:00Z" (got "18/11/2025")');
    assert.equal(e.data?.example, '2025-01-31T10:00:00Z');
  });

  it('pattern shows a matching example', () => {
    const e = only(check({ properties: { IBAN: { type: 'string', pattern: '^ES\\d{22}$' } } }, { IBAN: 'ES12' }).errors);
    assert.equal(e.message, 'must match the pattern /^ES\\d{22}$/, like "ES1234567890123456789012" (got "ES12")');
  });

  it('ranges and sizes, with singular forms', () => {
    assert.equal(only(check({ minimum: 1 }, 0).errors).message, 'must be at least 1 (got 0)');
    assert.equal(only(check({ exclusiveMaximum: 10 }, 10).errors).message, 'must be less than 10 (got 10)');
    assert.equal(only(check({ minLength: 1 }, '').errors).message, 'must not be empty');
    assert.equal(only(check({ maxLength: 1 }, 'ab').errors).message, 'must have at most 1 character');
    assert.equal(only(check({ maxItems: 2 }, [1, 2, 3]).errors).message, 'must have at most 2 items');
    assert.equal(only(check({ uniqueItems: true }, [1, 2, 1]).errors).message, 'must not repeat items (items 0 and 2 are equal)');
  });

  it('a rule inside a then says why it applies', () => {
    const schema = { type: 'object', properties: { PAY: { enum: ['iban', 'card'] }, IBAN: { type: 'string' } }, if: { properties: { PAY: { const: 'iban' } }, required: ['PAY'] }, then: { properties: { IBAN: { pattern: '^ES' } } } };
    const e = only(check(schema, { PAY: 'iban', IBAN: 'FR76' }).errors);
    assert.equal(e.message, 'must match the pattern /^ES/, like "ES" (got "FR76") (this rule applies because PAY is "iban" (line 2))');
  });
});

describe('messages — oneOf / anyOf', () => {
  const mobile = (type: string) => {
    const data = invoice({ CUSTOMER: { dni: 'x', name: 'y' }, PAYMENT_METHOD: 'mobile_payment', MOBILE_PAYMENT_TYPE: type });
    delete data['CARD_LAST_DIGITS'];
    return data;
  };

  it('keeps the branch the discriminator picks, without noise from the others', () => {
    const e = only(check(invoiceStructure, mobile('bizum')).errors);
    assert.equal(e.pointer, '/MOBILE_PHONE');
    assert.match(e.message, /^because PAYMENT_METHOD is "mobile_payment" \(line \d+\), MOBILE_PHONE is required$/);
  });

  it('a discriminator no branch accepts becomes one "must be one of" at that member', () => {
    const { errors, place } = check(invoiceStructure, mobile('paypal'));
    const e = only(errors);
    assert.match(e.message, /^must be one of "bizum", "wallet" \(got "paypal"\) \(this rule applies because PAYMENT_METHOD is "mobile_payment" \(line \d+\)\)$/);
    assert.match(place(e), /"paypal"$/);
  });

  it('types of all alternatives in one message', () => {
    assert.equal(only(check({ oneOf: [{ type: 'string' }, { type: 'number' }] }, true).errors).message, 'must be a string or a number, but is a boolean (true)');
  });

  it('the closest alternative when nothing discriminates, named', () => {
    const schema = { anyOf: [{ type: 'object', required: ['A', 'B', 'C'] }, { type: 'object', required: ['X'], properties: { Y: { type: 'string' } } }] };
    const e = only(check(schema, { Y: 'ok' }).errors);
    assert.equal(e.message, 'X is required (closest of the 2 alternatives: #2, having X)');
  });

  it('follows $ref into alternatives', () => {
    const schema = { $defs: { card: { type: 'object', properties: { KIND: { const: 'card' } }, required: ['KIND', 'DIGITS'] }, bank: { type: 'object', properties: { KIND: { const: 'bank' } }, required: ['KIND', 'IBAN'] } }, oneOf: [{ $ref: '#/$defs/card' }, { $ref: '#/$defs/bank' }] };
    const e = only(check(schema, { KIND: 'bank' }).errors);
    assert.equal(e.message, 'IBAN is required');
  });

  it('two matching alternatives of a oneOf', () => {
    assert.equal(only(check({ oneOf: [{ type: 'number' }, { type: 'integer' }] }, 1).errors).message, 'matches 2 alternatives of "oneOf" (#1 and #2); it must match exactly one of the 2');
  });
});

describe('messages — floods', () => {
  it('stops at maxErrors and counts the rest', () => {
    const items = Array.from({ length: 30 }, () => ({}));
    const errors = validateFieldsValues({ type: 'array', items: { required: ['A'] } }, items, { maxErrors: 10 }).errors;
    assert.equal(errors.length, 11);
    assert.equal(errors[10]?.message, '…and 20 more problems');
  });
});

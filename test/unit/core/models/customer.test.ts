// The customer API schemas document: every schema is a named model and every example of the
// document (copied verbatim into test/fixtures/seeds/customer) parses with its model; the rules
// the document states are enforced on requests, and answers keep unknown keys.
import { strict as assert } from 'node:assert';
import fixture from '../../../fixtures/seeds/customer/schema-examples.json';
import { customerModels, type CustomerModelName } from '../../../../src/core/models/customer/registry';
import { getAccount } from '../../../../src/core/models/customer/accounts';
import { postCategory } from '../../../../src/core/models/customer/categories';
import { contactInfo } from '../../../../src/core/models/customer/contactInfo';
import { customerResponse, newPrivateCustomer } from '../../../../src/core/models/customer/customers';
import { paymentMethod } from '../../../../src/core/models/customer/paymentMethods';

const examples: Readonly<Record<string, unknown>> = fixture.examples;

function isModelName(name: string): name is CustomerModelName {
  return Object.prototype.hasOwnProperty.call(customerModels, name);
}

function issues(result: { success: boolean; error?: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } }): string[] {
  return result.error?.issues.map((i) => `${i.path.map(String).join('.')}: ${i.message}`) ?? [];
}

describe('customer API models (customer API schemas document)', () => {
  it('has one named model per schema of the document (98), under the same names', () => {
    assert.equal(Object.keys(examples).length, 98);
    assert.deepEqual(Object.keys(customerModels).sort(), Object.keys(examples).sort());
  });

  for (const [name, example] of Object.entries(examples)) {
    it(`${name}: the document's example parses`, () => {
      assert.ok(isModelName(name), `no model named ${name}`);
      const r = customerModels[name].safeParse(example);
      assert.ok(r.success, issues(r).join('; '));
    });
  }

  it('requests refuse keys the document does not describe; answers keep them', () => {
    const post = structuredClone(examples['NewPrivateCustomer']) as Record<string, unknown>;
    assert.deepEqual(issues(newPrivateCustomer.safeParse({ ...post, nickname: 'Toni' })), [': Unrecognized key: "nickname"']);
    const account = getAccount.parse({ ...(examples['GetAccount'] as object), loyalty_tier: 'gold' });
    assert.equal(account['loyalty_tier'], 'gold');
  });

  it('a payment method needs the details its type requires', () => {
    assert.deepEqual(issues(paymentMethod.safeParse({ type: 'DIRECT_DEBIT', details: null })), ['details: a DIRECT_DEBIT payment method needs details.iban']);
    assert.deepEqual(issues(paymentMethod.safeParse({ type: 'CREDIT_CARD', details: { iban: 'ES7921000813610123456789' } })), ['details: a CREDIT_CARD payment method needs details.token_id']);
    assert.ok(paymentMethod.safeParse({ type: 'CREDIT_CARD', details: { token_id: 'e58ed763-928c-4155-bee9-fdbaaadc15f3' } }).success);
  });

  it('contact info: several phones or emails need exactly one default; codes and names follow the document', () => {
    const info = structuredClone(examples['ContactInfo']) as { phone_numbers: object[] };
    const second = { country_code: '+34', number: '600000000', type: 'MOBILE', is_default: true };
    assert.deepEqual(issues(contactInfo.safeParse({ ...info, phone_numbers: [...info.phone_numbers, second] })), ['phone_numbers: with several phone numbers, exactly one is_default']);
    assert.equal(customerModels.LanguageCode.safeParse('ES').success, false, 'language codes are lower case');
    assert.equal(customerModels.Address.safeParse({ ...(examples['Address'] as object), region_code: 'es' }).success, false, 'region codes are upper case');
    assert.deepEqual(issues(postCategory.safeParse({ name: 'high risk' })), ['name: a category name may only hold letters, digits and underscores']);
  });

  it('a customer answer is one of the three kinds', () => {
    assert.ok(customerResponse.safeParse(examples['DigitalCustomerResponse']).success);
    assert.ok(customerResponse.safeParse(examples['CorporateCustomerResponse']).success);
    assert.equal(customerResponse.safeParse({ id: 'x' }).success, false);
  });
});

import { strict as assert } from 'node:assert';
import { closest, editDistance } from '../../../../src/core/wording/suggest';

describe('closest (did you mean)', () => {
  it('prefers case and separators, then small typos', () => {
    assert.equal(closest('customer', ['CUSTOMER', 'CUSTOMERS']), 'CUSTOMER');
    assert.equal(closest('total-amount', ['TOTAL_AMOUNT']), 'TOTAL_AMOUNT');
    assert.equal(closest('servce_name', ['service_id', 'service_name', 'source']), 'service_name');
    assert.equal(closest('contarct_id', ['contract_id', 'service_id']), 'contract_id');
  });

  it('says nothing when nothing is close', () => {
    assert.equal(closest('colour', ['service_name', 'contract_id']), undefined);
    assert.equal(closest('x', []), undefined);
  });

  it('counts transpositions as one edit', () => {
    assert.equal(editDistance('hihg', 'high'), 1);
    assert.equal(editDistance('abc', 'abc'), 0);
    assert.equal(editDistance('kitten', 'sitting'), 3);
  });
});

import { strict as assert } from 'node:assert';
import { fieldPathOf, parsePointer, pointerFromFieldPath, toPointer, valueAt } from '../../../../src/core/json/pointer';

describe('JSON pointers', () => {
  it('round-trips escaped segments', () => {
    assert.deepEqual(parsePointer('/a~1b/c~0d/0'), ['a/b', 'c~d', '0']);
    assert.equal(toPointer(['a/b', 'c~d', 0]), '/a~1b/c~0d/0');
    assert.deepEqual(parsePointer(''), []);
    assert.deepEqual(parsePointer('#/x'), ['x']);
  });

  it('converts the field paths APIs use', () => {
    assert.equal(pointerFromFieldPath('service_request.service_id'), '/service_request/service_id');
    assert.equal(pointerFromFieldPath('contracts[2].email'), '/contracts/2/email');
    assert.equal(fieldPathOf('/contracts/2/email'), 'contracts[2].email');
  });

  it('reads own properties only', () => {
    assert.equal(valueAt({ a: [{ b: 3 }] }, '/a/0/b'), 3);
    assert.equal(valueAt({}, '/constructor'), undefined);
    assert.equal(valueAt({}, '/__proto__'), undefined);
    assert.equal(valueAt([1], '/01'), undefined);
  });
});

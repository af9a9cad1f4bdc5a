// JSON pointer → line/column in the text the user edits.
import { strict as assert } from 'node:assert';
import invoiceStructure from '../../../fixtures/seeds/documents/invoice-structure.json';
import { createLocator, locatePointer } from '../../../../src/core/validation/locate';
import { validateFieldsValues } from '../../../../src/core/validation/ajv';

const TEXT = [
  '{', //                                   line 1
  '  "customer": {', //                     line 2
  '    "name": "Juan Pérez",', //           line 3
  '    "id": "12345678Z"', //               line 4
  '  },', //                                line 5
  '  "products": [', //                     line 6
  '    { "name": "Fibra 1Gb", "price": 20 },', // line 7
  '    { "name": "Móvil Ilimitado", "price": 15 }', // line 8
  '  ],', //                                line 9
  '  "total_amount": 35', //                line 10
  '}', //                                   line 11
].join('\n');

describe('locatePointer', () => {
  it('finds a property value (1-based line and column)', () => {
    const loc = locatePointer(TEXT, '/customer/name');
    assert.deepEqual([loc.line, loc.column, loc.length, loc.exact], [3, 13, '"Juan Pérez"'.length, true]);
    assert.equal(TEXT.slice(loc.offset, loc.offset + loc.length), '"Juan Pérez"');
  });

  it('finds a property key on request', () => {
    const loc = locatePointer(TEXT, '/total_amount', 'key');
    assert.deepEqual([loc.line, loc.column], [10, 3]);
    assert.equal(TEXT.slice(loc.offset, loc.offset + loc.length), '"total_amount"');
  });

  it('finds array items', () => {
    const loc = locatePointer(TEXT, '/products/1/price');
    assert.deepEqual([loc.line, loc.column, loc.endLine, loc.endColumn], [8, 43, 8, 45]);
    assert.equal(locatePointer(TEXT, '/products/1').column, 5);
  });

  it('points a missing property at its parent object (its key), not exact', () => {
    const loc = locatePointer(TEXT, '/customer/dni');
    assert.deepEqual([loc.line, loc.column, loc.exact], [2, 3, false]);
    assert.equal(TEXT.slice(loc.offset, loc.offset + loc.length), '"customer"');
  });

  it('points a missing top-level property at the opening brace', () => {
    const loc = locatePointer(TEXT, '/PAYMENT_METHOD');
    assert.deepEqual([loc.line, loc.column, loc.length, loc.exact], [1, 1, 1, false]);
  });

  it('handles the root pointer, CRLF, escaped segments and comments', () => {
    assert.deepEqual([locatePointer(TEXT, '').line, locatePointer(TEXT, '').length], [1, TEXT.length]);
    const crlf = '{\r\n  // comment\r\n  "a/b": {\r\n    "~x": 1\r\n  }\r\n}';
    const loc = locatePointer(crlf, '/a~1b/~0x');
    assert.deepEqual([loc.line, loc.column], [4, 11]);
  });

  it('survives broken JSON', () => {
    const loc = locatePointer('{ "a": 1, "b": ', '/b');
    assert.ok(loc.line >= 1);
    assert.deepEqual(locatePointer('', '/x'), { line: 1, column: 1, offset: 0, length: 0, endLine: 1, endColumn: 1, exact: false });
  });

  it('places every error of the seed fill example', () => {
    const data: unknown = JSON.parse(TEXT);
    const result = validateFieldsValues(invoiceStructure, data);
    const locator = createLocator(TEXT);
    const placed = result.errors.map((e) => ({ pointer: e.pointer, ...locator.locateError(e) }));
    const customer = placed.find((p) => p.pointer === '/customer');
    assert.deepEqual([customer?.line, customer?.column, customer?.exact], [2, 3, true]);
    // A missing key is marked on its parent: here the opening brace of the document.
    const missing = placed.find((p) => p.pointer === '/PAYMENT_METHOD');
    assert.deepEqual([missing?.line, missing?.column, missing?.exact], [1, 1, false]);
  });
});

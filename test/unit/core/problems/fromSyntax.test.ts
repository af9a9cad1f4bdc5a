// JSON syntax errors as problems: the exact span and a sentence instead of a parser code.
import { strict as assert } from 'node:assert';
import { parseJsonText } from '../../../../src/core/problems/fromSyntax';

describe('parseJsonText', () => {
  it('places a missing comma at the token after it', () => {
    const text = '{\n  "a": 1\n  "b": 2\n}';
    const r = parseJsonText(text);
    assert.equal(r.problems.length, 1);
    const p = r.problems[0]!;
    assert.equal(p.message, 'a comma is missing');
    assert.equal(p.code, 'json/comma-expected');
    assert.equal(p.origin, 'syntax');
    assert.equal(text.slice(p.span!.offset, p.span!.offset + 3), '"b"');
  });

  it('refuses comments and trailing commas (what the APIs accept), and empty text', () => {
    assert.deepEqual(parseJsonText('{"a": 1, }').problems.map((p) => p.message), ['a property name in double quotes is expected (trailing comma?)']);
    assert.deepEqual(parseJsonText('// x\n{}').problems.map((p) => p.message), ['comments are not allowed in JSON']);
    assert.equal(parseJsonText('').problems.length, 1);
  });

  it('gives the value when the text is valid', () => {
    assert.deepEqual(parseJsonText('{"a": [1, "ñ"]}'), { value: { a: [1, 'ñ'] }, problems: [] });
  });

  it('keeps a "__proto__" member as data, not as the prototype (found by the fuzz suite)', () => {
    const { value } = parseJsonText('{"__proto__": [1], "a": 2}');
    assert.deepEqual(Object.keys(value as object), ['__proto__', 'a']);
    assert.equal(Object.getPrototypeOf(value), Object.prototype);
  });
});

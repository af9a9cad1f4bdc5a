// The byte view: what a signature covers and a text editor hides.
import { strict as assert } from 'node:assert';
import { byteView, checkTextBody } from '../../../../src/core/webhooks/bytes';
import { WebhookError } from '../../../../src/core/webhooks/errors';

describe('core/webhooks/bytes', () => {
  it('compares the length with Content-Length', () => {
    assert.equal(byteView(Buffer.from('{}\n'), 2).contentLength, 2);
    assert.equal(byteView(Buffer.from('{}\n'), 2).length, 3);
    assert.equal(byteView(Buffer.from('{}')).contentLength, undefined);
  });

  it('tells line endings apart', () => {
    assert.equal(byteView(Buffer.from('{}')).eol, 'none');
    assert.deepEqual([byteView(Buffer.from('a\nb\n')).eol, byteView(Buffer.from('a\nb\n')).finalNewline], ['lf', 'lf']);
    assert.deepEqual([byteView(Buffer.from('a\r\nb\r\n')).eol, byteView(Buffer.from('a\r\nb\r\n')).finalNewline], ['crlf', 'crlf']);
    assert.equal(byteView(Buffer.from('a\r\nb\n')).eol, 'mixed');
    assert.equal(byteView(Buffer.from('a\rb')).eol, 'cr');
    assert.deepEqual(byteView(Buffer.from('a\r\nb\nc\r')).lineBreaks, { lf: 1, crlf: 1, cr: 1 });
  });

  it('finds the BOM, non-ASCII and invisible characters with byte offsets', () => {
    const v = byteView(Buffer.from('\ufeff{"a":"Alcorcón\u00a0x\u200by","b":"🚗\u0007"}', 'utf8'));
    assert.ok(v.bom);
    assert.deepEqual(
      v.nonAscii.first.map((c) => [c.offset, c.codePoint]),
      [
        [15, 0xf3],
        [18, 0xa0],
        [21, 0x200b],
        [32, 0x1f697],
      ],
    );
    assert.deepEqual(
      v.invisible.first.map((c) => c.label),
      ['U+00A0 NO-BREAK SPACE', 'U+200B ZERO WIDTH SPACE', 'U+0007 control character'],
    );
    assert.equal(v.invisible.first[2]!.offset, 36);
    assert.equal(v.nonAscii.first[0]!.label, 'U+00F3 ó');
  });

  it('reports invalid UTF-8 (a Latin-1 body) without calling it binary', () => {
    const v = byteView(Buffer.from('{"a":"Alcorc\xf3n"}', 'latin1'));
    assert.equal(v.invalidUtf8At, 12);
    assert.equal(v.binary, undefined);
    assert.equal(v.json.kind, 'none');
    checkTextBody(Buffer.from('{"a":"Alcorc\xf3n"}', 'latin1'));
  });

  it('tells JSON with raw UTF-8 from JSON with \\u escapes', () => {
    assert.deepEqual(byteView(Buffer.from('{"a":"é","b":"\\u00e9\\u00e9","c":"\\\\u00e9"}')).json, { kind: 'json', rawNonAscii: 1, escapedNonAscii: 2 });
    assert.deepEqual(byteView(Buffer.from('[1,2]')).json, { kind: 'json', rawNonAscii: 0, escapedNonAscii: 0 });
    assert.equal(byteView(Buffer.from('{"a":')).json.kind, 'invalid');
    assert.equal(byteView(Buffer.from('plain')).json.kind, 'none');
  });

  it('lists at most 20 characters of a kind but counts them all', () => {
    const v = byteView(Buffer.from('é'.repeat(50)));
    assert.equal(v.nonAscii.count, 50);
    assert.equal(v.nonAscii.first.length, 20);
  });

  it('calls NUL bytes and compressed streams binary', () => {
    assert.deepEqual(byteView(Buffer.from('{"a":"\0"}')).binary, { kind: 'nul', offset: 6 });
    assert.deepEqual(byteView(Buffer.from([0x1f, 0x8b, 8, 0])).binary, { kind: 'gzip' });
    assert.throws(() => checkTextBody(Buffer.from('PK\x03\x04rest', 'latin1'), 'x.zip'), (e) => WebhookError.is(e, 'binaryBody') && /x\.zip is binary \(it starts like a zip archive\)/.test(e.message));
    assert.throws(() => checkTextBody(Buffer.from('ab\0'), 'the body'), (e) => WebhookError.is(e, 'binaryBody') && /NUL byte at offset 2/.test(e.message));
  });
});

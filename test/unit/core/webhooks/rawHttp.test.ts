// Captured raw HTTP requests: CRLF or LF header lines, case-insensitive headers, the body kept
// byte for byte, chunked bodies de-chunked, and a typed error for anything that is not a request.
import { strict as assert } from 'node:assert';
import { WebhookError } from '../../../../src/core/webhooks/errors';
import { headerValue, parseRawHttpRequest, webhookFromRawRequest } from '../../../../src/core/webhooks/rawHttp';

const BODY = '{"event":"service_request.created","payload":{"id":95,"name":"Alcorcón"}}';
const SIG = 'a'.repeat(64);

function raw(eol: string, headers: string[], body: string | Buffer = BODY): Buffer {
  return Buffer.concat([Buffer.from(`POST /webhooks/mok HTTP/1.1${eol}${headers.map((h) => h + eol).join('')}${eol}`, 'latin1'), Buffer.isBuffer(body) ? body : Buffer.from(body, 'utf8')]);
}

describe('core/webhooks/rawHttp', () => {
  for (const [name, eol] of [
    ['CRLF', '\r\n'],
    ['LF', '\n'],
  ] as const) {
    it(`reads a request with ${name} header lines`, () => {
      const r = parseRawHttpRequest(raw(eol, ['Host: example.test', `X-SIGNATURE: ${SIG}`, `content-length: ${Buffer.byteLength(BODY)}`, 'Webhook-From: api.mok.example']));
      assert.equal(r.method, 'POST');
      assert.equal(r.target, '/webhooks/mok');
      assert.equal(r.version, 'HTTP/1.1');
      assert.equal(r.headerEol, eol === '\r\n' ? 'crlf' : 'lf');
      assert.equal(headerValue(r, 'x-signature'), SIG);
      assert.equal(headerValue(r, 'Webhook-From'), 'api.mok.example');
      assert.equal(r.contentLength, Buffer.byteLength(BODY));
      assert.equal(r.body.toString('utf8'), BODY);
    });
  }

  it('keeps the body byte for byte (a trailing newline, CRLFs inside, invalid UTF-8)', () => {
    const body = Buffer.concat([Buffer.from('{"a":"x\r\ny"}\r\n\n'), Buffer.from([0xe9, 0xff])]);
    const r = parseRawHttpRequest(raw('\r\n', ['Content-Length: 3'], body));
    assert.ok(r.body.equals(body));
    assert.equal(r.contentLength, 3);
  });

  it('trims header whitespace, joins folded lines, tolerates a BOM and blank lines before the request line', () => {
    const text = `\ufeff\r\nPOST /h HTTP/1.1\r\nX-Signature:   ${SIG} \t\r\nX-Long: one\r\n  two\r\n\r\n{}`;
    const r = parseRawHttpRequest(Buffer.from(text, 'utf8'));
    assert.equal(headerValue(r, 'x-signature'), SIG);
    assert.equal(headerValue(r, 'x-long'), 'one two');
    assert.equal(r.body.toString(), '{}');
  });

  it('de-chunks a chunked body', () => {
    const r = parseRawHttpRequest(raw('\r\n', ['Transfer-Encoding: chunked'], '5\r\n{"a":\r\n4;ext=1\r\n"é"\r\n1\r\n}\r\n0\r\n\r\n'));
    assert.ok(r.chunked);
    assert.equal(r.body.toString('utf8'), '{"a":"é"}');
    assert.throws(() => parseRawHttpRequest(raw('\r\n', ['Transfer-Encoding: chunked'], 'zz\r\nabc')), (e) => WebhookError.is(e, 'notHttp') && /chunked/.test(e.message));
  });

  it('an empty body after the blank line is an empty body', () => {
    assert.equal(parseRawHttpRequest(raw('\r\n', ['Host: x'], '')).body.length, 0);
  });

  const notHttp: Array<[string, Buffer, RegExp]> = [
    ['an empty file', Buffer.alloc(0), /empty/],
    ['a bare JSON body', Buffer.from(BODY), /starts like a JSON body/],
    ['a response', Buffer.from('HTTP/1.1 200 OK\r\n\r\n'), /response, not the request/],
    ['a text file', Buffer.from('hello world\n'), /line 1 is not a request line/],
    ['binary noise', Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x0a, 0x0d]), /not a request line/],
    ['headers without the blank line', Buffer.from(`POST / HTTP/1.1\r\nX-Signature: ${SIG}\r\n`), /do not end with an empty line/],
    ['a broken header line', Buffer.from(`POST / HTTP/1.1\r\nX-Signature ${SIG}\r\n\r\n{}`), /line 2 is not a header line/],
  ];
  for (const [name, bytes, message] of notHttp) {
    it(`refuses ${name} with a typed notHttp error that does not quote the file`, () => {
      assert.throws(
        () => parseRawHttpRequest(bytes),
        (e) => WebhookError.is(e, 'notHttp') && message.test(e.message) && !e.message.includes('hello') && !e.message.includes('Alcorc') && !e.message.includes(SIG),
      );
    });
  }

  it('names the headers (not their values) when X-Signature is missing', () => {
    assert.throws(
      () => webhookFromRawRequest(raw('\n', ['Host: example.test', 'Authorization: Bearer s3cret'])),
      (e) => WebhookError.is(e, 'missingSignature') && /headers found: Host, Authorization/.test(e.message) && !e.message.includes('s3cret'),
    );
    const { signature, request } = webhookFromRawRequest(raw('\n', [`x-signature: ${SIG}`]));
    assert.equal(signature, SIG);
    assert.equal(request.body.toString('utf8'), BODY);
  });
});

// Each deliberately broken webhook is named by the doctor with the hint of the same name, when the
// receiver checks it with the right secret.
import { strict as assert } from 'node:assert';
import { BREAK_VARIANTS, breakWebhook } from '../../../../src/core/webhooks/breakVariant';
import { diagnoseSignature } from '../../../../src/core/webhooks/doctor';
import { WebhookError } from '../../../../src/core/webhooks/errors';
import { WEBHOOK_EVENTS, exampleWebhookBody } from '../../../../src/core/webhooks/examplePayload';
import { signBody } from '../../../../src/core/webhooks/signature';

const SECRET = 'sandbox-webhook-secret';

describe('core/webhooks/breakVariant', () => {
  const bodies: Record<string, string> = {
    ...Object.fromEntries(WEBHOOK_EVENTS.map((e) => [e, exampleWebhookBody(e)])),
    'pretty with CRLF': JSON.stringify(JSON.parse(exampleWebhookBody('service_request.updated')), null, 2).replace(/\n/g, '\r\n'),
    'with a final newline': `${exampleWebhookBody('service_request.created')}\n`,
  };
  for (const [name, body] of Object.entries(bodies)) {
    for (const variant of BREAK_VARIANTS) {
      it(`${variant} (${name}) is diagnosed as ${variant}`, () => {
        const broken = breakWebhook(variant, body, SECRET);
        const d = diagnoseSignature({ secret: SECRET, body: broken.body, signature: broken.signature });
        assert.equal(d.valid, false);
        assert.deepEqual(
          d.hints.map((h) => h.code),
          [variant],
        );
        assert.ok(!broken.what.includes(SECRET));
      });
    }
  }

  it('the example payloads are the MOK document service request, signed as MOK would', () => {
    for (const event of WEBHOOK_EVENTS) {
      const body = exampleWebhookBody(event);
      const parsed = JSON.parse(body) as { event: string; payload: { id: number; technician_name: string; current_status: string } };
      assert.equal(parsed.event, event);
      assert.equal(parsed.payload.id, 78);
      assert.equal(parsed.payload.technician_name, 'María Eugenia Arce Gamboa');
      assert.equal(parsed.payload.current_status, event === 'service_request.created' ? 'pending' : 'assigned');
      assert.equal(body, JSON.stringify(parsed), 'compact, raw UTF-8');
      assert.ok(diagnoseSignature({ secret: SECRET, body, signature: signBody(SECRET, body) }).valid);
    }
  });

  it('re-serialising needs JSON', () => {
    assert.throws(() => breakWebhook('reserialized-json', 'plain text', SECRET), (e) => WebhookError.is(e, 'notJson'));
    assert.throws(() => breakWebhook('crlf', 'no line breaks', SECRET), (e) => WebhookError.is(e, 'notJson'));
  });
});

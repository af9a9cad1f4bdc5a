// Every catalogue operation of both APIs, called through the core client over real HTTP against a
// fresh sandbox with exactly its documented example (path, query, headers, body; the documented
// example credentials where the example shows them): it answers the documented status and a body
// that parses with the operation's response model. The few examples that cannot succeed under
// their document's own rules are listed in docs/decisions.md, with the status they get.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { allEndpoints, catalogue, type OperationId } from '../../../src/core/catalogue/catalogue';
import { exampleInput } from '../../../src/core/catalogue/samples';
import { ApiError } from '../../../src/core/errors';
import { mdocErrorBody } from '../../../src/core/models/documents';
import type { RunningSandbox } from '../../../src/sandbox/server';
import { clientFor, withSandbox } from '../../support/sandbox';

/** Documented examples that fail under their own document's rules (docs/decisions.md). */
const DOCUMENTED_EXCEPTIONS: Readonly<Partial<Record<OperationId, { status: number; code: string }>>> = {
  // fields_values use lower-case keys the invoice structure it names does not have.
  'templates.fill': { status: 400, code: 'MDOC-400-SCHEMA-REQUIRED' },
  // The changelog example has factura_mensual at 2.0; only the latest major can be deleted.
  'templates.deleteMajor': { status: 409, code: 'MDOC-409-NOT-LATEST-MAJOR' },
  // contract_gdpr exists: the PDF templates examples use it as a section.
  'sections.create': { status: 409, code: 'MDOC-409-EXISTS' },
  // two_factor "12345678A or actor@email.com" is neither the document number nor the email.
  'identifications.otp.challenge': { status: 403, code: 'MDOC-403-TWO-FACTOR' },
  // The chain the examples share is CREATED (validate, restart and cancel need that); close needs VALIDATED.
  'identifications.chain.close': { status: 409, code: 'MDOC-409-STATE' },
};

describe('catalogue end to end against the sandbox (documented examples)', function () {
  this.timeout(30_000);
  let sb: RunningSandbox;
  before(async () => {
    sb = await withSandbox();
  });
  beforeEach(() => {
    sb.reset();
  });
  after(async () => {
    await sb.close();
  });

  it('lists each documented exception in docs/decisions.md with its status', () => {
    const decisions = readFileSync('docs/decisions.md', 'utf8');
    for (const [id, e] of Object.entries(DOCUMENTED_EXCEPTIONS)) assert.match(decisions, new RegExp(`\\| \`${id.replace(/\./g, '\\.')}\` \\| ${e.status} `), `${id} (${e.status}) is not listed`);
  });

  for (const def of allEndpoints()) {
    const id = def.id as OperationId;
    const exception = DOCUMENTED_EXCEPTIONS[id];
    it(`${def.id}: ${def.method} ${def.path} → ${exception ? `${exception.status} (documented exception)` : def.status}`, async () => {
      const client = clientFor(sb);
      // Exactly what `mok call OPERATION --example` sends (sample files where the example has none).
      const input = exampleInput(def);
      try {
        const raw = await client.callRaw(id, input);
        if (exception) {
          assert.equal(raw.status, exception.status, `${def.id} answered ${raw.status}: ${raw.text.slice(0, 500)}`);
          assert.equal(mdocErrorBody.parse(raw.json).errors[0]?.code, exception.code);
          return;
        }
        assert.equal(raw.status, def.status, `${def.id} answered ${raw.status}: ${raw.text.slice(0, 500)}`);
        if (def.responseKind === 'binary') {
          assert.match(raw.headers['content-type'] ?? '', /^application\/pdf/, `${def.id} answered ${raw.headers['content-type'] ?? 'no content type'}`);
          assert.ok(raw.text.startsWith('%PDF-'), `${def.id} did not answer a PDF`);
          return;
        }
        const parsed = catalogue[id].response.safeParse(raw.json ?? null);
        assert.ok(parsed.success, `${def.id} response does not match its schema: ${parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3))}`);
      } catch (e) {
        if (ApiError.is(e)) assert.fail(e.describe());
        throw e;
      } finally {
        await client.close();
      }
    });
  }
});

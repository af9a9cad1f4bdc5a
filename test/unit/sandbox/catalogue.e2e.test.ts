// Every catalogue operation, called through the core client against the sandbox over real HTTP
// from its documented example: operations the sandbox simulates answer the documented success
// status and parse with the catalogue's response schema; the others answer 501 (not simulated
// yet; the shape of that answer is the sandbox's business).
import { strict as assert } from 'node:assert';
import { allEndpoints, catalogue, type OperationId } from '../../../src/core/catalogue/catalogue';
import type { ApiClient, CallInput } from '../../../src/core/client/apiClient';
import type { EndpointDef } from '../../../src/core/catalogue/types';
import { ApiError } from '../../../src/core/errors';
import type { RunningSandbox } from '../../../src/sandbox/server';
import { NOT_SIMULATED, createDocumentsSandbox } from '../../../src/sandbox/documents/handlers';
import { mdocErrorBody } from '../../../src/core/models/documents';
import { createMokSandbox } from '../../../src/sandbox/mok/handlers';
import type { SandboxHost } from '../../../src/sandbox/types';
import { clientFor, withSandbox } from '../../support/sandbox';
import { exampleInput } from '../../../src/core/catalogue/samples';

// Data that satisfies the seed's invoice structure as it is (its CUSTOMER.required asks for
// lower-case dni/name, so real fills carry both spellings).
const invoice = {
  CUSTOMER: { DNI: '12345678Z', NAME: 'Lucía Fernández Ortega', dni: '12345678Z', name: 'Lucía Fernández Ortega' },
  PRODUCTS: [{ NAME: 'Fibra 1 Gb', PRICE: 30.25, QUANTITY: 1 }],
  TOTAL_AMOUNT: 30.25,
  HAS_DISCOUNT: false,
  PAYMENT_METHOD: 'card',
  CARD_LAST_DIGITS: '4242',
};
const fill = { language: 'ES', document: { name: 'factura_2026_11_0001', tags: ['retail'] }, fields_values: invoice, fill_priority: 'high' };

/** Inputs that differ from the catalogue example: the sandbox's own ids, or data the seed lacks. */
const overrides: Partial<Record<OperationId, (client: ApiClient) => Promise<CallInput<EndpointDef>>>> = {
  'auth.token': () => Promise.resolve({ body: { grant_type: 'client_credentials', client_id: 'sandbox-client', client_secret: 'sandbox-secret', scope: 'provider_networks' } }),
  // Only the latest major may be deleted: delete the newest major of factura_mensual.
  'templates.deleteMajor': async (client) => {
    const list = await client.call('templates.list', { query: { external_id: 'factura_mensual' } });
    const majors = list.templates.map((t) => Number(t.version.split('.')[0]));
    return { params: { id: 'factura_mensual', major: Math.max(...majors) } };
  },
  'templates.fill': () => Promise.resolve({ params: { id: 'factura_mensual', major: 1 }, body: fill, headers: { 'fill-process-origin': 'mok-devtools-tests' } }),
  'fillProcess.get': async (client) => {
    const accepted = await client.call('templates.fill', { params: { id: 'factura_mensual', major: 1 }, body: fill as never });
    return { params: { fill_process_id: accepted.fill_process_id } };
  },
};

const idleHost: SandboxHost = { emitWebhook: () => undefined, webhookUrl: () => undefined, baseUrl: () => '', now: () => new Date() };
/** Operations the sandbox has a handler for (the server issues tokens itself). */
const notYet: ReadonlySet<string> = new Set(NOT_SIMULATED);
const simulated = new Set(['auth.token', ...Object.keys(createMokSandbox(idleHost, { seedSize: 0 }).handlers), ...Object.keys(createDocumentsSandbox(idleHost).handlers).filter((id) => !notYet.has(id))]);

describe('catalogue end to end against the sandbox', function () {
  this.timeout(30_000);
  let sb: RunningSandbox;
  before(async () => {
    sb = await withSandbox();
  });
  after(async () => {
    await sb.close();
  });

  it('simulates at least the MOK API and the dynamic templates', () => {
    for (const def of allEndpoints()) {
      if (def.api === 'mok' || def.path.includes('/dynamic_templates') || def.id === 'fillProcess.get') assert.ok(simulated.has(def.id), def.id);
    }
  });

  for (const def of allEndpoints()) {
    const expected = simulated.has(def.id) ? def.status : 501;
    it(`${def.id}: ${def.method} ${def.path} → ${expected}`, async () => {
      const client = clientFor(sb);
      const id = def.id as OperationId;
      const override = overrides[id];
      const input = override ? await override(client) : exampleInput(def);
      try {
        const raw = await client.callRaw(id, input);
        if (!simulated.has(def.id)) {
          assert.equal(raw.status, 501, `${def.id} is not simulated yet but answered ${raw.status}: ${raw.text.slice(0, 500)}`);
          // Said in the Documents error shape, naming the operation.
          assert.equal(mdocErrorBody.parse(raw.json).errors[0]?.code, 'MDOC-501');
          assert.match(raw.text, new RegExp(`does not simulate ${def.id.replace(/\./g, '\\.')} yet`));
          return;
        }
        assert.equal(raw.status, def.status, `${def.id} answered ${raw.status}: ${raw.text.slice(0, 500)}`);
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

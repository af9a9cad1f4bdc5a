// Quick fixes planned in core and applied to the text (as the editor applies them): each fix
// class on the API document's fill example and small cases, with the place it edits; applying the
// preferred fix of each error until none is left gives a file the template accepts. Lint fixes on
// the seed invoice structure leave it clean.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import invoiceStructure from '../../../fixtures/seeds/documents/invoice-structure.json';
import { checkFillText } from '../../../../src/core/fill/checkFill';
import { fillFixPlans, type FixPlan } from '../../../../src/core/fill/fixes';
import { applyChange } from '../../../../src/core/json/edits';
import { lintFixPlans } from '../../../../src/core/lint/fixes';
import { lintStructure } from '../../../../src/core/lint/lint';
import { parseJsonText } from '../../../../src/core/problems/fromSyntax';
import type { Problem } from '../../../../src/core/problems/problem';
import { SchemaValidator } from '../../../../src/core/validation/ajv';
import { createLocator } from '../../../../src/core/validation/locate';
import { fakeTemplateSource } from '../../../support/templates';

const SEED_FILL = readFileSync(path.resolve(__dirname, '../../../../../test/fixtures/fills/seed-example.mok-fill.json'), 'utf8');
const validator = new SchemaValidator();

async function check(text: string) {
  return checkFillText(text, { validator, source: fakeTemplateSource() });
}

async function plansFor(text: string, code: string, pointer?: string): Promise<{ problem: Problem; plans: FixPlan[] }> {
  const c = await check(text);
  const problem = c.problems.find((p) => p.code === code && (pointer === undefined || p.pointer === pointer));
  assert.ok(problem, `${code} ${pointer ?? ''}: ${c.problems.map((p) => `${p.code} ${p.pointer}`).join(', ')}`);
  return { problem, plans: fillFixPlans(problem, { value: c.value, structure: c.schema, ...(c.template ? { latestVersion: c.template.latest.version } : {}) }) };
}

function titles(plans: FixPlan[]): string[] {
  return plans.map((p) => `${p.preferred ? '*' : ''}${p.title}`);
}

function apply(text: string, plan: FixPlan | undefined): string {
  assert.ok(plan?.change, 'a plan with a change');
  return applyChange(text, plan.change);
}

/** "line:col text" of a pointer's key (or value) in `text`. */
function at(text: string, pointer: string, target: 'key' | 'value' = 'key'): string {
  const loc = createLocator(text).locate(pointer, target);
  return `${loc.line}:${loc.column} ${text.slice(loc.offset, loc.offset + loc.length)}`;
}

describe('fill fixes', () => {
  it('renames an unknown key to the declared one, in place (remove as the alternative)', async () => {
    const { plans } = await plansFor(SEED_FILL, 'schema/additionalProperties', '/fields_values/customer');
    assert.deepEqual(titles(plans), ['*Rename customer to CUSTOMER', 'Remove customer', 'Show rule in structure']);
    const fixed = apply(SEED_FILL, plans[0]);
    assert.equal(at(fixed, '/fields_values/CUSTOMER'), '15:5 "CUSTOMER"');
    assert.equal(at(fixed, '/fields_values/CUSTOMER/name', 'value'), '16:15 "Juan Pérez"');
    const removed = apply(SEED_FILL, plans[1]);
    assert.equal((parseJsonText(removed).value as { fields_values: Record<string, unknown> }).fields_values['customer'], undefined);
  });

  it('inserts a missing required key with a valid example value', async () => {
    const { plans } = await plansFor(SEED_FILL, 'schema/required', '/fields_values/PAYMENT_METHOD');
    assert.deepEqual(titles(plans), ['*Add PAYMENT_METHOD with an example value: "bank_transfer"', 'Show rule in structure']);
    const fixed = apply(SEED_FILL, plans[0]);
    assert.equal(at(fixed, '/fields_values/PAYMENT_METHOD', 'value'), '30:23 "bank_transfer"');
  });

  it('keeps a rule off when it fired only because its key is missing', async () => {
    const { plans } = await plansFor(SEED_FILL, 'schema/required', '/fields_values/DISCOUNT_AMOUNT');
    assert.deepEqual(titles(plans).slice(0, 2), ['*Add HAS_DISCOUNT: false (the rule then does not apply)', 'Add DISCOUNT_AMOUNT with an example value: 35']);
    assert.equal(at(apply(SEED_FILL, plans[0]), '/fields_values/HAS_DISCOUNT', 'value'), '30:21 false');
  });

  it('renames the spelling the data has, and copies a value the template requires twice', async () => {
    const text = SEED_FILL.replace('"customer"', '"CUSTOMER"').replace('"products"', '"PRODUCTS"');
    const name = await plansFor(text, 'schema/required', '/fields_values/PRODUCTS/0/NAME');
    assert.equal(titles(name.plans)[0], '*Rename name to NAME');
    assert.equal(at(apply(text, name.plans[0]), '/fields_values/PRODUCTS/0/NAME'), '21:9 "NAME"');
    const withDni = text.replace('"id": "12345678Z"', '"DNI": "12345678Z"');
    const dni = await plansFor(withDni, 'schema/required', '/fields_values/CUSTOMER/dni');
    assert.equal(titles(dni.plans)[0], '*Add dni with the value of DNI');
    assert.equal((parseJsonText(apply(withDni, dni.plans[0])).value as { fields_values: { CUSTOMER: { dni: string } } }).fields_values.CUSTOMER.dni, '12345678Z');
  });

  it('changes request values: the documented default first, a suggestion when there is one', async () => {
    const priority = await plansFor(SEED_FILL, 'field/value', '/fill_priority');
    assert.deepEqual(titles(priority.plans), ['*Change to "low"', 'Change to "high"']);
    assert.equal(at(apply(SEED_FILL, priority.plans[0]), '/fill_priority', 'value'), '31:20 "low"');
    const language = await plansFor(SEED_FILL.replace('"language": "ES"', '"language": "es"'), 'field/value', '/language');
    assert.equal(titles(language.plans)[0], '*Change to "ES"');
  });

  it('fixes an enum value by case, converts types, normalises tags', async () => {
    const base = JSON.parse(SEED_FILL) as Record<string, unknown>;
    const text = JSON.stringify({ ...base, template: { external_id: 'factura_mensual', major: 2 }, document: { name: 'x', tags: ['draft'] }, fields_values: { PAYMENT_METHOD: 'Card', TOTAL_AMOUNT: '35' } }, null, 2);
    assert.equal(titles((await plansFor(text, 'schema/enum', '/fields_values/PAYMENT_METHOD')).plans)[0], '*Change to "card"');
    const total = await plansFor(text, 'schema/type', '/fields_values/TOTAL_AMOUNT');
    assert.equal(titles(total.plans)[0], '*Convert to 35');
    assert.equal((parseJsonText(apply(text, total.plans[0])).value as { fields_values: { TOTAL_AMOUNT: unknown } }).fields_values.TOTAL_AMOUNT, 35);
    assert.equal(titles((await plansFor(text, 'fill/tag-case')).plans)[0], '*Change to "DRAFT"');
  });

  it('un-pins a minor that is not the latest, or pins the latest', async () => {
    const text = SEED_FILL.replace('"major": 1', '"major": 1,\n    "minor": 0');
    const { plans } = await plansFor(text, 'fill/minor-not-latest');
    assert.deepEqual(titles(plans), ['*Check against the latest minor (remove the pin)', 'Pin 1.1']);
    assert.equal(JSON.stringify((parseJsonText(apply(text, plans[0])).value as { template: unknown }).template), '{"external_id":"factura_mensual","major":1}');
  });

  it('the spelling of a missing template, or the picker', async () => {
    const typo = await plansFor(SEED_FILL.replace('"factura_mensual"', '"factura_mensal"'), 'fill/template-not-found');
    assert.deepEqual(titles(typo.plans), ['*Change to "factura_mensual"', 'Choose the template…']);
    assert.equal(typo.plans[1]?.command, 'changeTemplate');
  });

  it('applying the preferred fix of each error leaves a file factura_mensual 1 accepts', async () => {
    let text = SEED_FILL;
    const applied: string[] = [];
    for (let i = 0; i < 25; i++) {
      const c = await check(text);
      const first = c.problems.find((p) => p.severity === 'error');
      if (!first) break;
      const plan = fillFixPlans(first, { value: c.value, structure: c.schema }).find((p) => p.preferred && p.change);
      assert.ok(plan, `no preferred fix for ${first.code} ${first.pointer}`);
      applied.push(plan.title);
      text = apply(text, plan);
    }
    const final = await check(text);
    assert.deepEqual(final.problems, []);
    assert.deepEqual(applied, [
      'Change to "low"',
      'Add HAS_DISCOUNT: false (the rule then does not apply)',
      'Add PAYMENT_METHOD with an example value: "bank_transfer"',
      'Rename customer to CUSTOMER',
      'Rename products to PRODUCTS',
      'Rename total_amount to TOTAL_AMOUNT',
      'Add dni with an example value: "12345678Z"',
      'Rename name to NAME',
      'Rename price to PRICE',
      'Rename name to NAME',
      'Rename price to PRICE',
    ]);
  });
});

describe('lint fixes', () => {
  it('fix the seed invoice structure: declared spellings, the enum value, required in the if', () => {
    let text = JSON.stringify(invoiceStructure, null, 2);
    for (let i = 0; i < 10; i++) {
      const value = parseJsonText(text).value;
      const finding = lintStructure(value)[0];
      if (!finding) break;
      const plan = lintFixPlans(finding, value).find((p) => p.preferred);
      assert.ok(plan?.change, `no fix for ${finding.code}`);
      text = applyChange(text, plan.change);
    }
    const fixed = parseJsonText(text).value as { properties: { CUSTOMER: { required: string[] } }; allOf: { if: { required?: string[]; properties: Record<string, { const: unknown }> } }[] };
    assert.deepEqual(lintStructure(fixed), []);
    assert.deepEqual(fixed.properties.CUSTOMER.required, ['DNI', 'NAME']);
    assert.deepEqual(fixed.allOf[0]?.if.required, ['HAS_DISCOUNT']);
    assert.equal(fixed.allOf[1]?.if.properties['PAYMENT_METHOD']?.const, 'bank_transfer');
  });
});

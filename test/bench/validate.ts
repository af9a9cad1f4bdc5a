// Benchmark rows of validation and lint (`npm run bench`), each against a baseline measured in
// the same run:
//  validate.invoice1000          a valid 1,000-product invoice through our path (the prepared
//                                schema the editor and the CLI use) vs bare compiled ajv — goal
//                                ≤ 1.1: valid data pays nothing for the readable messages
//  validate.invoice1000.invalid  the same invoice with 10 mistakes: the cost of wording them
//  validate.firstCompile         first check of a template in a fresh validator vs a bare ajv compile
//  validate.cachedCompile        a small fields_values with the compiled schema cached vs compiling each time
//  validate.lint                 structure check + every lint rule on the seed invoice vs compiling it
//  validate.cliColdStart         `mok validate --schema` on one file vs starting node (goal ≤ 5×)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { lintStructure } from '../../src/core/lint/lint';
import { SchemaValidator } from '../../src/core/validation/ajv';
import invoiceStructure from '../fixtures/seeds/documents/invoice-structure.json';
import { bigInvoice } from '../support/invoice';
import { interleaved, median, round, timeRow, type BenchOptions, type BenchRow } from './row';

function bareAjv(): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, strict: false, logger: false });
  addFormats(ajv);
  return ajv;
}

/** `fn` run `n` times (one sample): single calls of ~20 µs are below the timer's noise. */
function times(n: number, fn: () => unknown): () => void {
  return () => {
    for (let i = 0; i < n; i++) fn();
  };
}

/**
 * Baseline and subject in adjacent pairs, the order alternating, and the ratio as the median of
 * the pairs' ratios: on a shared, bursty machine a burst hits both halves of a pair, so the
 * ratio holds where a ratio of two medians swings (measured: 1.0 alone, 1.2–1.9 under load).
 */
function pairedRow(id: string, what: string, rounds: number, base: () => void, subject: () => void, maxRatio: number): BenchRow {
  const time = (fn: () => void) => {
    const t = process.hrtime.bigint();
    fn();
    return Number(process.hrtime.bigint() - t) / 1e6;
  };
  base();
  subject();
  const b: number[] = [];
  const s: number[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < rounds; i++) {
    let x: number;
    let y: number;
    if (i % 2 === 0) {
      x = time(base);
      y = time(subject);
    } else {
      y = time(subject);
      x = time(base);
    }
    b.push(x);
    s.push(y);
    ratios.push(y / x);
  }
  const ratio = median(ratios);
  return { id, what, value: round(median(s)), unit: 'ms', baseline: round(median(b)), ratio: round(ratio), goal: `ratio <= ${maxRatio}`, pass: ratio <= maxRatio };
}

function invalidInvoice(): Record<string, unknown> {
  const data = bigInvoice(1000) as { PRODUCTS: Record<string, unknown>[] } & Record<string, unknown>;
  for (let i = 0; i < 10; i++) delete data.PRODUCTS[i * 97]?.['PRICE'];
  return data;
}

function coldStartRow(o: BenchOptions): BenchRow {
  const cli = path.resolve(__dirname, '../../cli.js');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'mok-bench-'));
  const schema = path.join(dir, 'structure.json');
  const data = path.join(dir, 'data.json');
  writeFileSync(schema, JSON.stringify(invoiceStructure));
  writeFileSync(data, JSON.stringify(bigInvoice(10)));
  const run = (args: string[]) => {
    const t = process.hrtime.bigint();
    spawnSync(process.execPath, args, { encoding: 'utf8' });
    return Number(process.hrtime.bigint() - t) / 1e6;
  };
  const base: number[] = [];
  const subject: number[] = [];
  for (let i = 0; i < (o.quick ? 1 : 7); i++) {
    base.push(run(['-e', '']));
    subject.push(run([cli, 'validate', '--schema', schema, data]));
  }
  const value = median(subject);
  // A ratio, not milliseconds: on a loaded machine `node -e ""` alone swings from 60 to 190 ms.
  const ratio = value / median(base);
  return { id: 'validate.cliColdStart', what: '`mok validate --schema` on one file, process start to exit (vs `node -e ""`)', value: round(value), unit: 'ms', baseline: round(median(base)), ratio: round(ratio), goal: 'ratio <= 5', pass: ratio <= 5 };
}

export async function benchValidate(o: BenchOptions): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const n = (full: number) => (o.quick ? 2 : full);
  const valid = bigInvoice(1000);
  const bare = bareAjv().compile(invoiceStructure);
  const prepared = new SchemaValidator().prepare(invoiceStructure);
  if (!bare(valid) || !prepared.validate(valid).valid) throw new Error('the benchmark invoice must be valid');
  rows.push(pairedRow('validate.invoice1000', `valid 1,000-product invoice, our path (prepared schema) vs bare compiled ajv, ×100 per sample, median of ${n(301)} paired ratios`, n(301), times(100, () => bare(valid)), times(100, () => prepared.validate(valid)), 1.1));

  const invalid = invalidInvoice();
  rows.push(timeRow('validate.invoice1000.invalid', 'the same with 10 missing prices: our path (worded problems) vs bare ajv (raw errors), ×20', await interleaved(n(30), times(20, () => bare(invalid)), times(20, () => prepared.validate(invalid)))));

  rows.push(
    timeRow(
      'validate.firstCompile',
      'first check of the invoice structure in a fresh validator vs a bare ajv compile in a fresh instance',
      await interleaved(
        n(15),
        () => bareAjv().compile(structuredClone(invoiceStructure))(valid),
        () => new SchemaValidator().prepare(structuredClone(invoiceStructure)).validate(valid),
      ),
    ),
  );

  const ajv = bareAjv();
  const lintValidator = new SchemaValidator();
  rows.push(
    timeRow(
      'validate.lint',
      'structure check + lint rules on the seed invoice structure vs compiling it with ajv',
      await interleaved(
        n(30),
        () => {
          const copy = structuredClone(invoiceStructure);
          ajv.compile(copy);
          ajv.removeSchema(copy);
        },
        () => lintStructure(invoiceStructure, { validator: lintValidator }),
      ),
    ),
  );
  // Compiled-validator cache: validating with the cached schema vs compiling each time.
  const small = { CUSTOMER: { DNI: '1', NAME: 'x', dni: '1', name: 'x' }, PRODUCTS: [{ NAME: 'a', PRICE: 1 }], TOTAL_AMOUNT: 1, PAYMENT_METHOD: 'card', CARD_LAST_DIGITS: '4242' };
  const cached = new SchemaValidator();
  rows.push(
    timeRow(
      'validate.cachedCompile',
      'a small fields_values with the compiled invoice schema cached vs compile + validate every time',
      await interleaved(
        n(30),
        () => new SchemaValidator().validate(invoiceStructure, small),
        () => cached.validate(invoiceStructure, small),
      ),
    ),
  );
  rows.push(coldStartRow(o));
  return rows;
}

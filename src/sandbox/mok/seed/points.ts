// Seeded point transactions and recurrent point transactions.
import { Rng, at, hashSeed } from './random';
import { addDays } from './spain';
import type { ContractRecord } from './contracts';

// ── Points ───────────────────────────────────────────────────────────────────────────────────

export interface PointTransactionRecord {
  id: number;
  access_identifier: string | null;
  transaction_type: 'add' | 'spend';
  points: number;
  comment: string | null;
  expiration_date: string | null;
  created_at: string;
  /** When processing finishes; the status reads `pending` until then (no timers needed). */
  process_at: number;
  outcome: 'processed' | 'failed';
  recurrent_point_transaction_id: number | null;
}

export interface RecurrentPointTransactionRecord {
  id: number;
  access_identifier: string | null;
  raw_access_identifier: string;
  comment: string | null;
  transaction_type: 'add' | 'spend';
  points: number;
  recurrence_start_date: string;
  recurrence_end_date: string | null;
  last_recurrence_date: string | null;
  recurrence_period: string;
  point_expiration_period: string | null;
  created_at: string;
  updated_at: string;
}

export const COMMENTS = ['Bienvenida al programa', 'Compra en tienda asociada', 'Canje de puntos por servicio', 'Campaña de verano', 'Ajuste manual', null] as const;

export function generatePoints(seed: number, anchor: Date, contracts: readonly ContractRecord[]): { transactions: PointTransactionRecord[]; recurrent: RecurrentPointTransactionRecord[] } {
  const rng = new Rng(hashSeed(seed, 0x9f));
  const recurrent: RecurrentPointTransactionRecord[] = [];
  const periods = ['P1M', 'P1D', 'P1Y', 'P1M'] as const;
  for (let i = 1; i <= 4; i++) {
    const c = at(contracts, rng.int(0, contracts.length - 1));
    const start = addDays(anchor, -rng.int(60, 400));
    const created = addDays(start, -2).toISOString();
    recurrent.push({
      id: i,
      access_identifier: c.access_identifier,
      raw_access_identifier: c.access_identifier,
      comment: rng.chance(0.5) ? 'Puntos mensuales por fidelidad' : null,
      transaction_type: i === 3 ? 'spend' : 'add',
      points: rng.pick([1, 5, 10, 25]),
      recurrence_start_date: start.toISOString(),
      recurrence_end_date: i % 2 === 0 ? addDays(start, 365).toISOString() : null,
      last_recurrence_date: addDays(anchor, -rng.int(1, 20)).toISOString(),
      recurrence_period: at(periods, i - 1),
      point_expiration_period: i === 2 ? null : 'P1Y',
      created_at: created,
      updated_at: created,
    });
  }
  const transactions: PointTransactionRecord[] = [];
  for (let i = 1; i <= 30; i++) {
    const c = at(contracts, rng.int(0, contracts.length - 1));
    const created = addDays(anchor, -rng.int(1, 300)).getTime() + rng.int(0, 86_399) * 1000;
    const spend = rng.chance(0.25);
    const fromRecurrent = rng.chance(0.2) ? rng.int(1, recurrent.length) : null;
    transactions.push({
      id: i,
      access_identifier: c.access_identifier,
      transaction_type: spend ? 'spend' : 'add',
      points: spend ? rng.int(10, 200) : rng.int(50, 1000),
      comment: rng.pick(COMMENTS),
      expiration_date: spend ? null : new Date(Date.UTC(new Date(created).getUTCFullYear() + 1, rng.int(0, 11), rng.int(1, 28))).toISOString(),
      created_at: new Date(created).toISOString(),
      process_at: created + 1000,
      outcome: i % 11 === 0 ? 'failed' : 'processed',
      recurrent_point_transaction_id: fromRecurrent,
    });
  }
  return { transactions, recurrent };
}

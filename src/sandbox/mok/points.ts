// Point transactions (processed asynchronously: pending, then processed or failed a second later)
// and recurrent point transactions (ISO 8601 periods) in the MOK sandbox's admin API.
import { pointTransactionBody, recurrentPointTransactionBody, recurrentPointTransactionUpdateBody, type RecurrentPointTransactionInput } from '../../core/models/mokAdmin';
import { mokError, mokProblemsResponse, sandboxRule } from '../errors';
import type { Handler, SandboxResponse } from '../types';
import { zodProblems } from '../../core/problems/fromZod';
import { pointTransactionView, recurrentView } from './views';
import { idParam, notFound, toDateTime, type MokContext } from './context';

export function pointHandlers(ctx: MokContext) {
  function matchedIdentifier(raw: string): string | null {
    return ctx.store.contractsByAccessIdentifier(raw)[0]?.access_identifier ?? null;
  }

  function recurrentDatesProblem(r: { recurrence_start_date: string; recurrence_end_date: string | null }): SandboxResponse | undefined {
    if (r.recurrence_end_date !== null && Date.parse(r.recurrence_end_date) < Date.parse(r.recurrence_start_date))
      return mokError(422, 'invalid_parameter', sandboxRule('recurrence_end_date must not be before recurrence_start_date', 'the API document does not state it; such a recurrence would never run'), 'recurrent_point_transaction.recurrence_end_date');
    return undefined;
  }

  function recurrentPatch(f: Partial<RecurrentPointTransactionInput>) {
    return {
      ...(f.access_identifier !== undefined ? { raw_access_identifier: f.access_identifier, access_identifier: matchedIdentifier(f.access_identifier) } : {}),
      ...(f.transaction_type !== undefined ? { transaction_type: f.transaction_type } : {}),
      ...(f.points !== undefined ? { points: f.points } : {}),
      ...(f.comment !== undefined ? { comment: f.comment } : {}),
      ...(f.recurrence_start_date !== undefined ? { recurrence_start_date: toDateTime(f.recurrence_start_date) } : {}),
      ...(f.recurrence_end_date !== undefined ? { recurrence_end_date: f.recurrence_end_date === null ? null : toDateTime(f.recurrence_end_date) } : {}),
      ...(f.recurrence_period !== undefined ? { recurrence_period: f.recurrence_period } : {}),
      ...(f.point_expiration_period !== undefined ? { point_expiration_period: f.point_expiration_period } : {}),
    };
  }

  return {
    'admin.pointTransactions.list': () => {
      const now = ctx.host.now().getTime();
      return { status: 200, body: { point_transactions: ctx.store.pointTransactions.map((t) => pointTransactionView(t, now)) } };
    },
    'admin.pointTransactions.create': (req) => {
      const parsed = pointTransactionBody.safeParse(req.body);
      if (!parsed.success) return mokProblemsResponse(422, zodProblems(parsed.error, req.body, { schema: pointTransactionBody }));
      const f = parsed.data.point_transaction;
      const matched = matchedIdentifier(f.access_identifier);
      const created = ctx.host.now().getTime();
      const affordable = f.transaction_type === 'add' || ctx.store.balance(f.access_identifier, Number.POSITIVE_INFINITY) >= f.points;
      const rec = ctx.store.addPointTransaction((id) => ({
        id,
        access_identifier: matched,
        transaction_type: f.transaction_type,
        points: f.points,
        comment: f.comment ?? null,
        expiration_date: f.expiration_date ? toDateTime(f.expiration_date) : null,
        created_at: new Date(created).toISOString(),
        process_at: created + 1000,
        outcome: matched !== null && affordable ? 'processed' : 'failed',
        recurrent_point_transaction_id: null,
      }));
      return { status: 200, body: { point_transaction: pointTransactionView(rec, created) } };
    },
    'admin.pointTransactions.get': (req) => {
      const id = idParam(req);
      const t = ctx.store.pointTransactions.find((x) => x.id === id);
      return t ? { status: 200, body: { point_transaction: pointTransactionView(t, ctx.host.now().getTime()) } } : notFound('Point transaction', req.params.id);
    },
    'admin.recurrentPointTransactions.list': () => ({ status: 200, body: { recurrent_point_transactions: ctx.store.recurrent.map(recurrentView) } }),
    'admin.recurrentPointTransactions.create': (req) => {
      const parsed = recurrentPointTransactionBody.safeParse(req.body);
      if (!parsed.success) return mokProblemsResponse(422, zodProblems(parsed.error, req.body, { schema: recurrentPointTransactionBody }));
      const f = parsed.data.recurrent_point_transaction;
      const now = ctx.nowIso();
      const draft = {
        access_identifier: matchedIdentifier(f.access_identifier),
        raw_access_identifier: f.access_identifier,
        comment: f.comment ?? null,
        transaction_type: f.transaction_type,
        points: f.points,
        recurrence_start_date: toDateTime(f.recurrence_start_date),
        recurrence_end_date: f.recurrence_end_date ? toDateTime(f.recurrence_end_date) : null,
        last_recurrence_date: null,
        recurrence_period: f.recurrence_period,
        point_expiration_period: f.point_expiration_period ?? null,
        created_at: now,
        updated_at: now,
      };
      const bad = recurrentDatesProblem(draft);
      if (bad) return bad;
      const rec = ctx.store.addRecurrent((id) => ({ id, ...draft }));
      return { status: 200, body: { recurrent_point_transaction: recurrentView(rec) } };
    },
    'admin.recurrentPointTransactions.get': (req) => {
      const id = idParam(req);
      const r = ctx.store.recurrent.find((x) => x.id === id);
      return r ? { status: 200, body: { recurrent_point_transaction: recurrentView(r) } } : notFound('Recurrent point transaction', req.params.id);
    },
    'admin.recurrentPointTransactions.update': (req) => {
      const id = idParam(req);
      const r = ctx.store.recurrent.find((x) => x.id === id);
      if (!r) return notFound('Recurrent point transaction', req.params.id);
      const parsed = recurrentPointTransactionUpdateBody.safeParse(req.body);
      if (!parsed.success) return mokProblemsResponse(422, zodProblems(parsed.error, req.body, { schema: recurrentPointTransactionUpdateBody }));
      const next = { ...r, ...recurrentPatch(parsed.data.recurrent_point_transaction) };
      const bad = recurrentDatesProblem(next);
      if (bad) return bad;
      Object.assign(r, next, { updated_at: ctx.nowIso() });
      return { status: 200, body: { recurrent_point_transaction: recurrentView(r) } };
    },
    'admin.recurrentPointTransactions.delete': (req) => {
      const id = idParam(req);
      return id !== undefined && ctx.store.removeRecurrent(id) ? { status: 204 } : notFound('Recurrent point transaction', req.params.id);
    },
  } satisfies Record<string, Handler>;
}

// Zod models of the MOK Integration API's admin side, as its document shows them: contracts
// create_or_update and batch (validation results in the body, `new_contract?` / `success?` keys),
// point transactions (processed asynchronously) and recurrent ones (ISO 8601 periods).
import * as z from 'zod';
import { isoDate, isoDateTime, isoDuration, looseObject } from './common';

const str = z.string();
const nstr = z.string().nullable();

/** Rails-style validation errors: attribute → messages. `{}` when valid. */
export const validationErrors = z.record(z.string(), z.array(z.string()));

export const adminContract = looseObject({
  /** `null` when an item failed validation before it was saved. */
  id: z.number().int().nullable(),
  'new_contract?': z.boolean(),
  'success?': z.boolean(),
  access_identifier: nstr,
  web_app_name: nstr.optional(),
  active: z.boolean().nullable(),
  start_date: isoDate.nullable(),
  end_date: isoDate.nullable(),
  email: nstr,
  email_validation_status: nstr.optional(),
  mobile_phone_number: nstr,
  mobile_phone_number_validation_status: nstr.optional(),
  external_extra_data: z.record(z.string(), z.unknown()).nullable().optional(),
  errors: validationErrors,
});

/**
 * One contract to create or update. `application_code` is the plan code. Loose: the admin API
 * takes more contract attributes than the seed shows, and we must not drop them.
 */
export const adminContractInput = looseObject({
  application_code: str.min(1),
  access_identifier: str.min(1),
  client_contract: nstr.optional(),
  first_name: nstr.optional(),
  last_name: nstr.optional(),
  email: nstr.optional(),
  mobile_phone_number: nstr.optional(),
  national_id: nstr.optional(),
  start_date: isoDate.nullable().optional(),
  end_date: isoDate.nullable().optional(),
  active: z.boolean().optional(),
  external_extra_data: z.record(z.string(), z.unknown()).nullable().optional(),
});
/** Batch items are checked by the server one by one (partial failure is normal), so required keys may be missing here. */
export const adminContractBatchItem = adminContractInput.partial({ application_code: true, access_identifier: true });

export const adminContractBody = z.object({ contract: adminContractInput });
export const adminContractBatchBody = z.object({ contracts: z.array(adminContractBatchItem).min(1) });

export const TRANSACTION_TYPES = ['add', 'spend'] as const;
export const POINT_TRANSACTION_STATUSES = ['pending', 'processed', 'failed'] as const;

export const pointTransaction = looseObject({
  id: z.number().int(),
  access_identifier: nstr,
  transaction_type: str,
  /** Asynchronous: `pending` until processed. */
  status: str,
  points: z.number(),
  comment: nstr,
  expiration_date: isoDateTime.nullable(),
  created_at: isoDateTime,
  updated_at: isoDateTime,
  recurrent_point_transaction_id: z.number().int().nullable(),
});

export const pointTransactionInput = looseObject({
  access_identifier: str.min(1),
  transaction_type: z.enum(TRANSACTION_TYPES),
  points: z.number().positive(),
  comment: nstr.optional(),
  expiration_date: z.union([isoDate, isoDateTime]).nullable().optional(),
});
export const pointTransactionBody = z.object({ point_transaction: pointTransactionInput });

export const recurrentPointTransaction = looseObject({
  id: z.number().int(),
  /** Normalised identifier; `raw_access_identifier` is what was sent. */
  access_identifier: nstr,
  raw_access_identifier: nstr,
  comment: nstr,
  transaction_type: str,
  points: z.number(),
  recurrence_start_date: isoDateTime.nullable(),
  recurrence_end_date: isoDateTime.nullable(),
  last_recurrence_date: isoDateTime.nullable(),
  recurrence_period: isoDuration,
  point_expiration_period: isoDuration.nullable(),
  created_at: isoDateTime,
  updated_at: isoDateTime,
});

const dateOrDateTime = z.union([isoDate, isoDateTime]);
export const recurrentPointTransactionInput = looseObject({
  access_identifier: str.min(1),
  transaction_type: z.enum(TRANSACTION_TYPES),
  points: z.number().positive(),
  comment: nstr.optional(),
  recurrence_start_date: dateOrDateTime,
  recurrence_end_date: dateOrDateTime.nullable().optional(),
  recurrence_period: isoDuration,
  point_expiration_period: isoDuration.nullable().optional(),
});
export const recurrentPointTransactionBody = z.object({ recurrent_point_transaction: recurrentPointTransactionInput });
export const recurrentPointTransactionUpdateBody = z.object({ recurrent_point_transaction: recurrentPointTransactionInput.partial() });


export type AdminContract = z.infer<typeof adminContract>;
export type AdminContractInput = z.infer<typeof adminContractInput>;
export type AdminContractBatchItem = z.infer<typeof adminContractBatchItem>;
export type PointTransaction = z.infer<typeof pointTransaction>;
export type PointTransactionInput = z.infer<typeof pointTransactionInput>;
export type RecurrentPointTransaction = z.infer<typeof recurrentPointTransaction>;
export type RecurrentPointTransactionInput = z.infer<typeof recurrentPointTransactionInput>;

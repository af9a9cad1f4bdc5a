// Zod models of the customer API's billing accounts (the customer API schemas document):
// modality, billing address, payment method and invoice cycle.
import * as z from 'zod';
import { isoDateTime, looseObject } from '../common';
import { getPaymentMethod, paymentMethod } from './paymentMethods';
import { billingAddress } from './shared';

export const accountCreated = looseObject({ id: z.string(), external_id: z.string().nullable().optional() });

export const invoiceCycle = looseObject({
  name: z.string().optional(),
  day: z.number().int().optional(),
  /** "M" for monthly… */
  type: z.string().optional(),
  frequency: z.number().int().optional(),
});

export const accountInvoice = looseObject({ cycle: invoiceCycle.optional() });

export const getAccount = looseObject({
  id: z.string(),
  external_id: z.string().nullable().optional(),
  customer_id: z.string(),
  contract_reference: z.string().nullable().optional(),
  modality: z.enum(['PREPAID', 'RECURRING_PREPAID', 'POSTPAID']),
  billing_address: billingAddress.output.optional(),
  payment_method: getPaymentMethod,
  invoice: accountInvoice.optional(),
  created_at: isoDateTime,
  ended_at: isoDateTime.nullable().optional(),
  updated_at: isoDateTime,
});

export const postAccount = z.strictObject({
  modality: z.enum(['RECURRING_PREPAID', 'POSTPAID']),
  billing_address: billingAddress.input.optional(),
  payment_method: paymentMethod,
});

export const accountId = looseObject({ id: z.string().optional() });
export const accountIds = looseObject({ accounts: z.array(accountId).optional() });

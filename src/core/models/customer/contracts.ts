// Zod models of the customer API's contracts (the customer API schemas document): a customer's
// contracts and the sale requests behind each.
import * as z from 'zod';
import { isoDateTime, looseObject } from '../common';

export const contractRequest = looseObject({
  request_external_id: z.string().optional(),
  create_date: isoDateTime.optional(),
  contract_reference_id: z.string().optional(),
  /** e.g. SALE_MOBILE_ONLY. */
  type: z.string().optional(),
  origin_user: z.string().optional(),
});

export const customerContract = looseObject({
  id: z.string().optional(),
  account_external_id: z.string().optional(),
  start_date: isoDateTime.optional(),
  end_date: isoDateTime.optional(),
  requests: z.array(contractRequest).optional(),
});

export const customerContracts = looseObject({ contracts: z.array(customerContract) });

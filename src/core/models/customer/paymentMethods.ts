// Zod models of the customer API's payment methods (the customer API schemas document): what an
// account pays with, what a customer may choose, and tokenized credit cards.
import * as z from 'zod';
import { msg } from '../../l10n';
import { isoDateTime, looseObject } from '../common';

export const paymentType = z.enum(['BANK_TRANSFER', 'DIRECT_DEBIT', 'CREDIT_CARD']);
/** Answers add TECI. */
export const getPaymentType = z.enum(['BANK_TRANSFER', 'DIRECT_DEBIT', 'CREDIT_CARD', 'TECI']);
export const patchPaymentType = paymentType;
export const availablePaymentMethod = getPaymentType;

export const availablePaymentMethods = looseObject({ payment_methods: z.array(availablePaymentMethod).optional() });

/** MM/yyyy. */
const cardExpiry = z.string().regex(/^(0[1-9]|1[0-2])\/\d{4}$/, msg('expected a card expiry as MM/yyyy'));

const paymentDetails = z.union([
  z.strictObject({ iban: z.string().min(1).describe('Only for direct debit.') }),
  z.strictObject({ token_id: z.uuid().describe('Only for credit cards: the id of the tokenized card.') }),
]);

/** "iban is mandatory when type is DIRECT_DEBIT, token_id is mandatory when type is CREDIT_CARD". */
function paymentMethodOf(type: typeof paymentType) {
  return z
    .strictObject({ type, details: paymentDetails.nullable().optional() })
    .refine((m) => m.type !== 'DIRECT_DEBIT' || (m.details != null && 'iban' in m.details), { message: msg('a DIRECT_DEBIT payment method needs details.iban'), path: ['details'] })
    .refine((m) => m.type !== 'CREDIT_CARD' || (m.details != null && 'token_id' in m.details), { message: msg('a CREDIT_CARD payment method needs details.token_id'), path: ['details'] });
}

export const paymentMethod = paymentMethodOf(paymentType);
export const patchAccountPaymentMethod = paymentMethodOf(patchPaymentType);

export const getDirectDebitPaymentMethodDetails = looseObject({ iban: z.string() });
export const getCreditCardPaymentMethodDetails = looseObject({
  id: z.string(),
  /** Masked card number. */
  summary: z.string(),
  expiration_date: cardExpiry,
});
export const getTeciPaymentMethodDetails = looseObject({ 'token-teci': z.string() });

/**
 * One payment method of an account. The example's details differ from the details schemas
 * (`token_id` for a card, `token_teci` for TECI), so the details accept every documented key.
 */
const getPaymentMethodEntry = looseObject({
  type: getPaymentType,
  details: looseObject({
    iban: z.string().optional(),
    id: z.string().optional(),
    summary: z.string().optional(),
    expiration_date: cardExpiry.optional(),
    token_id: z.string().optional(),
    'token-teci': z.string().optional(),
  })
    .nullable()
    .optional(),
});

/** The field table describes one `{type, details}`; the example keys them by method: both parse. */
export const getPaymentMethod = z.union([
  getPaymentMethodEntry,
  looseObject({
    direct_debit: getPaymentMethodEntry.optional(),
    credit_card: getPaymentMethodEntry.optional(),
    bank_transfer: getPaymentMethodEntry.optional(),
    teci: getPaymentMethodEntry.optional(),
  }),
]);

export const customerTokenizedCreditCard = looseObject({
  id: z.string().optional(),
  created_at: isoDateTime.optional(),
  summary: z.string().optional(),
  expiration_date: cardExpiry.optional(),
});

export const customerTokenizedCreditCards = looseObject({ available_credit_cards: z.array(customerTokenizedCreditCard).optional() });

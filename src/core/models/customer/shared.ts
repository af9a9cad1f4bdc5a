// What the customer API's schemas (the customer API schemas document) share: codes, names,
// addresses, identity documents and its error body. A few schemas serve requests and answers
// alike: each gets a strict twin to check what is sent and a loose twin (unknown keys kept) to
// read what comes back.
import * as z from 'zod';
import { msg } from '../../l10n';
import { looseObject } from '../common';

/** A flat schema used both ways: strict to send, loose to read. */
export function twoWay<T extends z.ZodRawShape>(shape: T) {
  return { input: z.strictObject(shape), output: looseObject(shape) };
}

/** ISO 3166-1 alpha-2, upper case; "ZZ" for unknown countries. */
export const countryCode = z.string().regex(/^[A-Z]{2}$/, msg('expected an upper-case ISO 3166-1 alpha-2 code like "ES" ("ZZ" if unknown)'));

/** ISO 639-1, lower case. */
export const languageCode = z.enum(['es', 'ca', 'gl', 'eu', 'en', 'pt']);
/** CONSUMER for private customers; SELF_EMPLOYEE or SME for corporate ones. */
export const segment = z.enum(['CONSUMER', 'SELF_EMPLOYEE', 'SME']);
export const customerType = z.enum(['PRIVATE_CUSTOMER', 'CORPORATE_CUSTOMER', 'DIGITAL_CUSTOMER']);

/** ITU calling code, optionally preceded by "+". */
export const callingCode = z.string().regex(/^\+?\d{1,4}$/, msg('expected a calling code like "+34"'));

const addressShape = {
  address_lines: z.array(z.string()).describe('The full address, floor, door and other supplements included.'),
  postal_code: z.string(),
  locality: z.string().describe('City, town or similar.'),
  administrative_area: z.string().nullable().describe('State, province or similar.'),
  region_code: countryCode,
};
export const address = twoWay(addressShape);

export const billingAddress = twoWay({
  ...addressShape,
  administrative_area: z.string(),
  state_id: z.string().optional(),
});

export const mobilePhoneNumber = twoWay({ country_code: callingCode, number: z.string().min(1) });

export const personalIdentityDocument = twoWay({
  number: z.string().min(1).describe('Alphanumeric part of the document.'),
  type: z.enum(['NIF', 'NIE', 'PASSPORT']),
});

export const corporateIdentityDocument = twoWay({
  number: z.string().min(1).describe('Alphanumeric part of the document.'),
  type: z.literal('CIF'),
});

export const errorResponse = looseObject({
  errors: z
    .array(looseObject({ code: z.string().optional(), title: z.string().optional(), ref: z.string().optional(), details: z.string().optional() }))
    .optional(),
});

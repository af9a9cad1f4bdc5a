// Zod models of the customer API's contact information (the customer API schemas document):
// phone numbers, emails and postal addresses, as sent on create, on patch and as answered.
import * as z from 'zod';
import { msg } from '../../l10n';
import { looseObject } from '../common';
import { address, callingCode } from './shared';

export const phoneNumberType = z.enum(['MOBILE']);

/** Case-insensitive, without accent marks. */
const emailAddress = z.email().regex(/^[\x20-\x7E]+$/, msg('emails may not contain accent marks'));

/** With several entries exactly one is the default; a single entry is the default anyway. */
function oneDefault<T extends { is_default?: boolean | undefined }>(items: readonly T[]): boolean {
  return items.length <= 1 || items.filter((i) => i.is_default === true).length === 1;
}

export const patchPhoneNumber = z.strictObject({ country_code: callingCode, number: z.string().min(1), type: phoneNumberType });
export const phoneNumber = z.strictObject({ ...patchPhoneNumber.shape, is_default: z.boolean().optional() });
export const phoneNumberResponse = looseObject({
  country_code: z.string().optional(),
  number: z.string().optional(),
  type: z.enum(['MOBILE', 'LANDLINE']).optional(),
});

export const patchEmail = z.strictObject({ email: emailAddress });
export const email = z.strictObject({ email: emailAddress, is_default: z.boolean().optional() });
export const emailResponse = looseObject({ email: z.string().optional() });

export const patchPhoneNumberArray = z.array(patchPhoneNumber).min(1, msg('at least one phone number is required'));
export const contactInfoPhoneNumbers = z.array(phoneNumber).min(1, msg('at least one phone number is required')).refine(oneDefault, msg('with several phone numbers, exactly one is_default'));
export const patchEmailArray = z.array(patchEmail).min(1, msg('at least one email is required'));
export const contactInfoEmails = z.array(email).min(1, msg('at least one email is required')).refine(oneDefault, msg('with several emails, exactly one is_default'));

export const patchContactInfo = z.strictObject({ phone_numbers: patchPhoneNumberArray.optional(), emails: patchEmailArray.optional() });

export const contactInfo = z.strictObject({
  phone_numbers: contactInfoPhoneNumbers,
  emails: contactInfoEmails,
  postal_address: address.input,
});

export const contactInfoResponse = looseObject({
  phone_numbers: z.array(phoneNumberResponse),
  emails: z.array(emailResponse),
  addresses: z.array(address.output),
});

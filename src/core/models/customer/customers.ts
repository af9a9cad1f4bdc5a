// Zod models of the customer API's customers (the customer API schemas document): the three kinds
// (private, corporate, digital) as created, patched and answered, their ids and credentials.
import * as z from 'zod';
import { isoDateTime, looseObject } from '../common';
import { contactInfo, contactInfoResponse, patchContactInfo } from './contactInfo';
import {
  companyInfo,
  companyInfoResponse,
  digitalPersonalInfo,
  digitalPersonalInfoResponse,
  patchCompanyInfo,
  patchDigitalPersonalInfo,
  patchPersonalInfo,
  personalInfo,
  personalInfoResponse,
} from './people';
import { customerType, languageCode, segment } from './shared';

const lifecycle = {
  id: z.string(),
  created_at: isoDateTime,
  ended_at: isoDateTime.nullable().optional(),
  updated_at: isoDateTime,
  type: customerType,
  preferred_language: languageCode,
};

export const customerResponseCommonProperties = looseObject({
  ...lifecycle,
  external_id: z.string().nullable().optional(),
  segment,
  contact_info: contactInfoResponse,
});

export const privateCustomerResponse = looseObject({ ...customerResponseCommonProperties.shape, personal_info: personalInfoResponse.optional() });
export const corporateCustomerResponse = looseObject({ ...customerResponseCommonProperties.shape, company_info: companyInfoResponse.optional() });
export const digitalCustomerResponse = looseObject({ ...lifecycle, digital_personal_info: digitalPersonalInfoResponse });

/** One of the three kinds. */
export const customerResponse = z.union([privateCustomerResponse, corporateCustomerResponse, digitalCustomerResponse]);

const newCustomer = { type: customerType, preferred_language: languageCode };

export const newPrivateCustomer = z.strictObject({ ...newCustomer, segment, contact_info: contactInfo, personal_info: personalInfo });
export const newCorporateCustomer = z.strictObject({ ...newCustomer, segment, contact_info: contactInfo, company_info: companyInfo });
export const newDigitalCustomer = z.strictObject({ ...newCustomer, digital_personal_info: digitalPersonalInfo });

/** Common fields plus the personal, company or digital information of the customer's kind. */
export const patchCustomerRequest = z.strictObject({
  preferred_language: languageCode.optional(),
  contact_info: patchContactInfo.optional(),
  personal_info: patchPersonalInfo.optional(),
  company_info: patchCompanyInfo.optional(),
  digital_personal_info: patchDigitalPersonalInfo.optional(),
});

export const customerSearchResponse = looseObject({ customer: looseObject({ id: z.string().optional() }).optional() });
export const customerCreated = looseObject({ id: z.string().optional(), external_id: z.string().nullable().optional() });
export const customerId = looseObject({ id: z.string().optional() });

export const credential = z.strictObject({ username: z.string().min(1) });
export const credentialCreated = looseObject({ id: z.string().optional() });
export const credentialResponse = looseObject({ id: z.string(), username: z.string() });
export const credentials = looseObject({
  username: z.string().optional(),
  customer_id: z.string().optional(),
  credentials: z.array(credentialResponse),
});

// Zod models of who a customer is in the customer API (the customer API schemas document): the
// personal information of private customers, the company of corporate ones and its associated
// users, and the lighter personal information of digital customers.
import * as z from 'zod';
import { isoDate, looseObject } from '../common';
import { corporateIdentityDocument, countryCode, mobilePhoneNumber, personalIdentityDocument } from './shared';

export const personalInfoName = z.string().describe('First name, middle name included.');
export const personalInfoFirstSurname = z.string();
export const personalInfoSecondSurname = z.string().nullable().describe('The rest of the surnames.');
export const personalInfoBirthdate = isoDate;
export const companyInfoLegalName = z.string();
export const companyInfoFoundingDate = isoDate;
export const digitalPersonalInfoName = z.string();
export const digitalPersonalInfoFirstSurname = z.string();
export const digitalPersonalInfoSecondSurname = z.string().nullable();
export const digitalEmail = z.email();

const gender = z.enum(['MALE', 'FEMALE', 'UNSPECIFIED']);

export const personalInfo = z.strictObject({
  identity_document: personalIdentityDocument.input,
  name: personalInfoName,
  first_surname: personalInfoFirstSurname,
  second_surname: personalInfoSecondSurname.optional(),
  gender: gender.optional(),
  nationality: countryCode,
  birthdate: personalInfoBirthdate,
});

export const patchPersonalInfo = z.strictObject({
  name: personalInfoName.optional(),
  first_surname: personalInfoFirstSurname.optional(),
  second_surname: personalInfoSecondSurname.optional(),
  birthdate: personalInfoBirthdate.optional(),
});

export const personalInfoResponse = looseObject({
  identity_document: personalIdentityDocument.output.optional(),
  name: z.string().optional(),
  first_surname: z.string().nullable().optional(),
  second_surname: z.string().nullable().optional(),
  gender: gender.nullable().optional(),
  nationality: z.string().nullable().optional(),
  birthdate: isoDate.nullable().optional(),
});

const associatedUserShape = {
  role: z.enum(['AUTHORIZED_REPRESENTATIVE']).optional(),
  name: z.string(),
  first_surname: z.string(),
  second_surname: z.string().nullable().optional(),
  nationality: countryCode,
};
export const associatedUser = z.strictObject({ identity_document: personalIdentityDocument.input, ...associatedUserShape });
const associatedUserResponse = looseObject({ identity_document: personalIdentityDocument.output, ...associatedUserShape });
export const patchAssociatedUser = z.strictObject({ identity_document: personalIdentityDocument.input });

export const companyInfo = z.strictObject({
  identity_document: corporateIdentityDocument.input,
  legal_name: companyInfoLegalName,
  founding_date: companyInfoFoundingDate,
  associated_users: z.array(associatedUser),
});

export const companyInfoResponse = looseObject({
  identity_document: corporateIdentityDocument.output.optional(),
  legal_name: z.string().optional(),
  founding_date: isoDate.nullable().optional(),
  associated_users: z.array(associatedUserResponse).optional(),
});

export const patchCompanyInfo = z.strictObject({
  legal_name: companyInfoLegalName.optional(),
  founding_date: companyInfoFoundingDate.optional(),
  associated_users: z.array(patchAssociatedUser).optional(),
});

const digitalShape = {
  name: digitalPersonalInfoName.optional(),
  first_surname: digitalPersonalInfoFirstSurname.optional(),
  second_surname: digitalPersonalInfoSecondSurname.optional(),
};

export const digitalPersonalInfo = z.strictObject({ ...digitalShape, email: digitalEmail, mobile_phone_number: mobilePhoneNumber.input.optional() });
export const patchDigitalPersonalInfo = z.strictObject({ ...digitalShape, mobile_phone_number: mobilePhoneNumber.input.optional() });
export const digitalPersonalInfoResponse = looseObject({ ...digitalShape, email: z.string().optional(), mobile_phone_number: mobilePhoneNumber.output.optional() });

// The Documents API's OTP identifications (Documents API, Identification OTP; Identification OTP
// Admin), described once: the actor proves who they are with a code sent to them. Validating and
// asking for a code consume attempts, so those PUTs are never retried blindly.
import { createOtpIdentificationBody, otpChallenge, otpChallengeBody, otpIdentification, validateOtpBody } from '../../models/documents/identifications';
import { createdId } from '../../models/documents/shared';
import { EXAMPLE_IDENTIFICATION as params, cancelAndClose, exampleActor, forceDelete, identificationParams } from './identificationSteps';
import { ACCESS_TOKEN_RESPONSE_HEADERS, EXAMPLE_HEADERS, ORG, deviceAgentHeaders, documentsEndpoint, noBody } from './shared';

const OTP = `${ORG}/identifications/otp`;
const { cancel, close } = cancelAndClose('otp', OTP, 'OTP identification');

export const otpIdentificationsEndpoints = {
  'identifications.otp.create': documentsEndpoint({
    id: 'identifications.otp.create',
    method: 'POST',
    path: OTP,
    summary: 'Start an OTP identification: who, how long, which second factor, which channel',
    body: createOtpIdentificationBody,
    response: createdId,
    status: 201,
    example: {
      body: { actor: exampleActor('NIF'), expires_in: 'P7D', two_factor_type: 'DOCUMENT_NUMBER', channel: { type: 'SMS', external: 'true' } },
      response: { id: '7902cd2d-80f4-4766-a3e9-a1760e0df9bd' },
    },
  }),
  'identifications.otp.get': documentsEndpoint({
    id: 'identifications.otp.get',
    method: 'GET',
    path: `${OTP}/{identification_id}`,
    summary: 'An OTP identification: state, remaining challenges and attempts',
    params: identificationParams,
    response: otpIdentification,
    status: 200,
    example: {
      params,
      response: {
        actor: { name: 'James', language: 'ES', document_type: 'NIF' },
        creation_date: '2023-04-20T11:43:13Z',
        modification_date: '2023-04-20T11:43:13Z',
        expiration_date: '2023-04-20T11:43:13Z',
        remaining_challenges: 3,
        remaining_validation_attempts: 3,
        next_challenge_retry: '2023-04-20T11:43:13Z',
        two_factor_type: 'EMAIL',
        state: 'CREATED',
      },
    },
  }),
  'identifications.otp.validate': documentsEndpoint({
    id: 'identifications.otp.validate',
    method: 'PUT',
    path: `${OTP}/{identification_id}/validate`,
    summary: 'Validate the code the actor received (and the second factor)',
    params: identificationParams,
    headers: deviceAgentHeaders,
    body: validateOtpBody,
    response: noBody,
    responseHeaders: ACCESS_TOKEN_RESPONSE_HEADERS,
    status: 204,
    // Each attempt counts against remaining_validation_attempts.
    idempotent: false,
    example: { params, headers: { ...EXAMPLE_HEADERS.device, ...EXAMPLE_HEADERS.userAgent }, body: { code: 'k4khb9', two_factor: '12345678A' } },
  }),
  'identifications.otp.challenge': documentsEndpoint({
    id: 'identifications.otp.challenge',
    method: 'PUT',
    path: `${OTP}/{identification_id}/challenge`,
    summary: 'Send a new code to the actor',
    params: identificationParams,
    body: otpChallengeBody,
    response: otpChallenge,
    status: 200,
    // Each call sends a code and counts against remaining_challenges.
    idempotent: false,
    example: { params, body: { two_factor: '12345678A or actor@email.com' }, response: { two_factor_value: '12345678A' } },
  }),
  'identifications.otp.cancel': cancel,
  'identifications.otp.close': close,
  'identifications.otp.delete': forceDelete('otp', OTP, 'OTP identification'),
} as const;

// Zod models of the customer API's identification processes (the customer API schemas document):
// when a customer was identified, and the document they were identified with.
import * as z from 'zod';
import { isoDateTime, looseObject } from '../common';

export const identificationProcessSummaryResponse = looseObject({
  process_id: z.string(),
  process_date: isoDateTime,
});

export const documentResponse = looseObject({
  url_expiration_date: isoDateTime,
  public_url: z.string(),
  /** The table says pdf/jpeg/jpg/png; the example sends a media type ("application/pdf"). */
  media_type: z.string(),
  name: z.string(),
  type: z.string(),
  size_bytes: z.number().int().min(0),
});

export const listIdentificationProcessesResponse = looseObject({
  processes: z.array(identificationProcessSummaryResponse),
});

export const getIdentificationProcessResponse = looseObject({
  ...identificationProcessSummaryResponse.shape,
  document: documentResponse.optional(),
});

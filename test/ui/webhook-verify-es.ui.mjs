// The same verification with the workbench in Spanish: the panel's words come from the Spanish
// bundles. Screenshot: webhook-verify-es.png.
import { verifyFlow } from './_webhookVerify.mjs';

export const locale = 'es';

export default async function webhookVerifyEs(args) {
  await verifyFlow(args, { command: 'MOK: Verificar firma de webhook…', inputTitle: 'X-Signature recibida', expect: { headline: 'Firma no válida', fingerprint: 'huella del secreto' } });
  await args.ui.shot('webhook-verify-es');
}

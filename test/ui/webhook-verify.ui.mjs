// "Verify Webhook Signature…" on a re-serialised body: the result panel beside the editor shows
// the verdict, the hint in plain words, signatures with the secret's fingerprint and the byte
// view. Screenshot: webhook-verify.png.
import { verifyFlow } from './_webhookVerify.mjs';

export default async function webhookVerify(args) {
  await verifyFlow(args, { command: 'MOK: Verify Webhook Signature…', inputTitle: 'X-Signature received', expect: { headline: 'Invalid signature', fingerprint: 'secret fingerprint' } });
  await args.ui.shot('webhook-verify');
}

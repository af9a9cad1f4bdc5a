// The human text of `mok webhook verify`: verdict, expected/received, fingerprint, the doctor's
// hints and a summary of the byte view. Plain text (no colours), one fact per line.
import { byteViewLines } from '../core/webhooks/bytesWords';
import type { WebhookReport } from '../core/webhooks/verify';

export function reportText(r: WebhookReport): string {
  const lines: string[] = [];
  lines.push(r.valid ? 'VALID: the signature is the HMAC-SHA256 of these body bytes with this secret.' : 'INVALID: the signature does not match these body bytes and this secret.');
  lines.push('');
  lines.push(`  expected     ${r.expected}`);
  lines.push(`  received     ${printable(r.received)}`);
  lines.push(`  fingerprint  ${r.fingerprint}  (of the secret; compare it with the sender's to tell whether both hold the same secret)`);
  if (r.hints.length) {
    lines.push('', 'What happened:');
    for (const h of r.hints) lines.push(`  ${h.code}: ${h.message}`);
  }
  lines.push('', 'Body bytes:', ...byteViewLines(r.bytes).map((l) => `  ${l}`));
  return `${lines.join('\n')}\n`;
}

/** The received value with control characters made visible (it may be what is wrong with it). */
function printable(s: string): string {
  return JSON.stringify(s).slice(1, -1) || '(empty)';
}

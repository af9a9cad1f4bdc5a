// Deliberately broken webhooks, to test a receiver's rejection path (`mok webhook send --break`):
// each variant makes the same mistake the doctor names with the hint code of the same name, so
// running the doctor on what the receiver got, with the right secret, names the break.
import { randomBytes } from 'node:crypto';
import { WebhookError } from './errors';
import { HINT_CODES, type HintCode } from './hints';
import { relayoutJson } from './jsonLayout';
import { hmacSha256, signBody, toBytes, type WebhookSecret } from './signature';
import { isJsonText, lineEndingVariants, toggleTrailingNewline, withBom, withoutBom } from './variants';

/** Every hint code that names a mistake one can make on purpose: all but the malformations. */
export type BreakVariant = Exclude<HintCode, 'wrong-length' | 'not-hex'>;

export const BREAK_VARIANTS: readonly BreakVariant[] = HINT_CODES.filter((c): c is BreakVariant => c !== 'wrong-length' && c !== 'not-hex');

export function isBreakVariant(x: string): x is BreakVariant {
  return (BREAK_VARIANTS as readonly string[]).includes(x);
}

export interface BrokenWebhook {
  /** The bytes to send. */
  body: Buffer;
  /** The X-Signature to send. */
  signature: string;
  /** What was changed, in a few words (for logs; never contains the secret). */
  what: string;
}

/** `body` signed with `secret` and then broken as `variant` says. */
export function breakWebhook(variant: BreakVariant, body: string | Uint8Array, secret: WebhookSecret): BrokenWebhook {
  const bytes = toBytes(body);
  const signed = (b: Buffer, what: string): BrokenWebhook => ({ body: b, signature: signBody(secret, bytes), what });
  switch (variant) {
    case 'trailing-newline':
      return signed(toggleTrailingNewline(bytes).bytes, 'a trailing newline changed after signing');
    case 'crlf': {
      const converted = lineEndingVariants(bytes)[0];
      if (converted) return signed(converted.bytes, 'line endings changed after signing');
      // A compact body has no line breaks to change: sign it pretty-printed, send it with CRLFs.
      const pretty = Buffer.from(jsonLayouts(bytes, variant).indent2);
      return { body: lineEndingVariants(pretty)[0]!.bytes, signature: signBody(secret, pretty), what: 'signed pretty-printed with LF, sent with CRLF' };
    }
    case 'bom': {
      const original = withoutBom(bytes)?.bytes ?? bytes;
      return { body: withBom(original), signature: signBody(secret, original), what: 'a UTF-8 BOM added after signing' };
    }
    case 'reserialized-json': {
      // Signed compact as MOK sends it, delivered pretty-printed as a re-serialising proxy would.
      const layouts = jsonLayouts(bytes, variant);
      return { body: Buffer.from(layouts.indent2), signature: signBody(secret, layouts.compact), what: 'signed compact, sent pretty-printed' };
    }
    case 'secret-whitespace':
      return { body: bytes, signature: signBody(Buffer.concat([toBytes(secret), Buffer.from('\n')]), bytes), what: 'signed with a newline appended to the secret' };
    case 'prefixed-signature':
      return { body: bytes, signature: `sha256=${signBody(secret, bytes)}`, what: 'signature sent as "sha256=<hex>"' };
    case 'uppercase-hex':
      return { body: bytes, signature: signBody(secret, bytes).toUpperCase(), what: 'signature sent in upper-case hex' };
    case 'base64-signature':
      return { body: bytes, signature: hmacSha256(secret, bytes).toString('base64'), what: 'signature sent in base64' };
    case 'wrong-secret':
      return { body: bytes, signature: signBody(randomBytes(32), bytes), what: 'signed with a random secret' };
  }
}

function jsonLayouts(bytes: Buffer, variant: BreakVariant) {
  const core = withoutBom(bytes)?.bytes ?? bytes;
  const layouts = isJsonText(core) ? relayoutJson(core) : undefined;
  if (!layouts) throw new WebhookError('notJson', `the ${variant} break re-formats JSON, and the body is not JSON.`);
  return layouts;
}

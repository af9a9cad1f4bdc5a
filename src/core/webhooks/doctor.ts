// The signature doctor: exact verification first, then — only for an invalid signature — which
// transformation of the body, the secret or the signature's format reproduces it. A hint is given
// only when recomputing with that variant actually matches; `wrong-secret` when none does.
import { timingSafeEqual } from 'node:crypto';
import { english, type Localizer } from '../l10n';
import { WebhookError, checkBodySize } from './errors';
import { formHint, malformedHint, stepHint, wrongSecretHint, type Hint, type Step } from './hints';
import { keyedHash, type KeyedHash } from './keyedHash';
import { hmacSha256, signatureEquals, toBytes, type WebhookBody, type WebhookSecret } from './signature';
import { readReceivedSignature } from './signatureForm';
import { isJsonText, jsonVariants, lineEndingVariants, secretVariants, toggleTrailingNewline, withoutBom, type BodyVariant } from './variants';

export interface SignatureCheck {
  secret: WebhookSecret;
  /** The raw body bytes as received (a string is taken as its UTF-8 bytes). */
  body: WebhookBody;
  /** The X-Signature value as received. */
  signature: string;
}

export interface Diagnosis {
  valid: boolean;
  /** Lowercase hex HMAC-SHA256 of the body with the secret as given. */
  expected: string;
  received: string;
  /** Empty when valid; otherwise at least one hint, `wrong-secret` when nothing else explains it. */
  hints: Hint[];
}

interface Candidate {
  /** Undefined: the secret as given. */
  secret?: Buffer;
  bytes: Buffer;
  steps: Step[];
}

/** Throws WebhookError (`emptySecret`, `bodyTooLarge`) for input no signature can be checked with. */
export function checkSignatureInput(secret: Buffer, body: Buffer): void {
  if (secret.length === 0) throw new WebhookError('emptySecret', 'the webhook secret is empty: MOK never signs with an empty secret; check where the secret comes from.');
  checkBodySize(body.length);
}

/**
 * Bodies up to this size are hashed with the keyed hash the variant search reuses (less set-up per
 * call); larger ones with createHmac, which hashes them in place instead of copying them first.
 */
const KEYED_HASH_MAX = 64 * 1024;

export function diagnoseSignature(check: SignatureCheck, l10n: Localizer = english): Diagnosis {
  const secret = toBytes(check.secret);
  const body = toBytes(check.body);
  checkSignatureInput(secret, body);
  const hasher = body.length <= KEYED_HASH_MAX ? keyedHash(secret) : undefined;
  const digest = hasher ? Buffer.from(hasher(body), 'latin1') : hmacSha256(secret, body);
  const expected = digest.toString('hex');
  const received = check.signature;
  if (signatureEquals(expected, received)) return { valid: true, expected, received, hints: [] };

  const invalid = (hints: Hint[]): Diagnosis => ({ valid: false, expected, received, hints });
  const read = readReceivedSignature(received, expected);
  if (read.kind === 'malformed') return invalid([malformedHint(read.malformation, l10n)]);
  const form = read.form.map((f) => formHint(f, l10n));
  if (timingSafeEqual(read.digest, digest)) return invalid(form);
  const match = findVariant(secret, body, read.digest, hasher);
  return invalid(match ? [...form, ...match.steps.map((s) => stepHint(s, l10n))] : [wrongSecretHint(l10n)]);
}

/**
 * The first variant whose HMAC is `target`: one change at a time first, in order of how often each
 * happens, then pairs of changes. A match stops the work; when two variants give the same bytes,
 * the earlier (simpler) explanation is the one reported. Plain loops rather than a generator: the
 * doctor runs on every invalid signature and generators allocate on every step.
 */
function findVariant(secret: Buffer, body: Buffer, target: Buffer, hasher = keyedHash(secret)): Candidate | undefined {
  const search = new VariantSearch(secret, body, target, hasher);
  const newline = toggleTrailingNewline(body);
  if (search.matches(newline)) return newline;
  const secrets = secretVariants(secret);
  for (const s of secrets) {
    const c = { secret: s.secret, bytes: body, steps: [s.step] };
    if (search.matches(c)) return c;
  }
  const eols = lineEndingVariants(body);
  const bom = withoutBom(body);
  const singles = bom ? [...eols, bom] : eols;
  for (const v of singles) if (search.matches(v)) return v;
  const json = jsonVariants(body);
  for (const v of json) if (search.matches(v)) return v;

  // Two changes: line endings or BOM plus the trailing newline, BOM plus line endings, and the
  // trimmed secret with every body variant above (an added newline is the sender's slip alone).
  for (const v of singles) {
    const c = combine(v, toggleTrailingNewline(v.bytes));
    if (search.matches(c)) return c;
  }
  if (bom) {
    for (const v of lineEndingVariants(bom.bytes)) {
      const c = combine(bom, v);
      if (search.matches(c)) return c;
    }
  }
  for (const s of secrets) {
    if (s.step.code !== 'secret-whitespace' || s.step.change === 'added') continue;
    for (const v of [newline, ...singles, ...json]) {
      const c = { secret: s.secret, bytes: v.bytes, steps: [...v.steps, s.step] };
      if (search.matches(c)) return c;
    }
  }
  return undefined;
}

/** Hashes each distinct (secret, bytes) candidate once and compares it with the target. */
class VariantSearch {
  // Not a security comparison: the verdict is already "invalid"; this only looks for the cause.
  private readonly want: string;
  private readonly tried = new Map<Buffer, { hash: KeyedHash; seen: Buffer[] }>();

  constructor(
    private readonly secret: Buffer,
    private readonly body: Buffer,
    target: Buffer,
    hasher: KeyedHash,
  ) {
    this.want = target.toString('latin1');
    // The body with the secret as given was hashed for `expected` already.
    this.tried.set(secret, { hash: hasher, seen: [body] });
  }

  matches(c: Candidate): boolean {
    const key = c.secret ?? this.secret;
    let t = this.tried.get(key);
    if (!t) this.tried.set(key, (t = { hash: keyedHash(key), seen: [] }));
    for (const b of t.seen) if (b.length === c.bytes.length && b.equals(c.bytes)) return false;
    t.seen.push(c.bytes);
    if (t.hash(c.bytes) !== this.want) return false;
    // JSON forms come from a lenient tokenizer: call it re-serialised JSON only if it is JSON.
    return !c.steps.some((s) => s.code === 'reserialized-json') || isJsonText(this.body);
  }
}

function combine(first: BodyVariant, then: BodyVariant): BodyVariant {
  return { bytes: then.bytes, steps: [...first.steps, ...then.steps] };
}

// What the doctor can say about a signature that does not match, as stable hint codes and plain
// words. Every user-facing sentence of the webhook doctor is here and goes through a Localizer
// (core/l10n.ts), so the extension passes vscode.l10n and the CLI plain English.
import { english, type Localizer } from '../l10n';

export const HINT_CODES = [
  'trailing-newline',
  'crlf',
  'bom',
  'reserialized-json',
  'secret-whitespace',
  'prefixed-signature',
  'uppercase-hex',
  'base64-signature',
  'wrong-length',
  'not-hex',
  'wrong-secret',
] as const;

export type HintCode = (typeof HINT_CODES)[number];

export interface Hint {
  code: HintCode;
  message: string;
}

/** JSON layouts the doctor re-serialises to; `asIs` keeps the received layout. */
export type JsonLayout = 'compact' | 'indent2' | 'indent4' | 'tabs' | 'asIs';

/** One transformation that, applied to what the user has, reproduces what was signed. */
export type Step =
  | { code: 'trailing-newline'; change: 'removed' | 'added' }
  | { code: 'crlf'; change: 'crlfToLf' | 'lfToCrlf' }
  | { code: 'bom'; change: 'removed' }
  | { code: 'reserialized-json'; layout: JsonLayout; nonAscii: 'raw' | 'escaped' }
  | { code: 'secret-whitespace'; change: 'both' | 'leading' | 'trailing' | 'added' };

/** How the received signature differs in form from MOK's bare lowercase hex. */
export type FormStep = { code: 'prefixed-signature'; prefix: string } | { code: 'uppercase-hex' } | { code: 'base64-signature'; urlSafe: boolean };

export function stepHint(step: Step, l10n: Localizer = english): Hint {
  return { code: step.code, message: stepMessage(step, l10n) };
}

function stepMessage(step: Step, l10n: Localizer): string {
  switch (step.code) {
    case 'trailing-newline':
      return step.change === 'removed'
        ? l10n.t('The signature matches the body without its final line break: a newline was added after the body was signed (an editor saving the capture, echo, a logging step). Hash the raw request bytes exactly as received.')
        : l10n.t('The signature matches the body with a final line break added: the body you checked lost the newline it had when it was signed (trimmed, or copied from a log). Hash the raw request bytes exactly as received.');
    case 'crlf':
      return step.change === 'crlfToLf'
        ? l10n.t('The signature matches the body with its CRLF line endings turned into LF: the line endings were changed after signing (a Windows editor, git autocrlf, copy and paste). Hash the raw request bytes, not a copy of them.')
        : l10n.t('The signature matches the body with its LF line endings turned into CRLF: the line endings were changed after signing (an editor, git, copy and paste). Hash the raw request bytes, not a copy of them.');
    case 'bom':
      return l10n.t('The signature matches the body without the UTF-8 byte order mark (EF BB BF) at its start: a BOM was added after signing, usually by an editor saving the capture. Hash the bytes as received.');
    case 'reserialized-json':
      return l10n.t(
        'The signature matches the same JSON written {0}: your framework parsed and re-serialised the JSON before you hashed it. Hash the raw request bytes (e.g. express.raw(), request.raw_post), not the parsed object.',
        jsonFormWords(step.layout, step.nonAscii, l10n),
      );
    case 'secret-whitespace':
      return secretMessage(step.change, l10n);
  }
}

function secretMessage(change: Extract<Step, { code: 'secret-whitespace' }>['change'], l10n: Localizer): string {
  switch (change) {
    case 'both':
      return l10n.t('The signature matches with the whitespace at both ends of the secret removed: your copy of the secret has stray spaces or line breaks. Use the secret exactly as issued (trim it where you load it).');
    case 'leading':
      return l10n.t('The signature matches with the whitespace at the start of the secret removed: your copy of the secret begins with stray spaces or invisible characters. Use the secret exactly as issued.');
    case 'trailing':
      return l10n.t('The signature matches with the whitespace at the end of the secret removed: your copy of the secret ends with a space or a line break (a file written with echo, a pasted value). Use the secret exactly as issued (trim it where you load it).');
    case 'added':
      return l10n.t('The signature matches with a line break added to the end of the secret: the sender signed with a copy of the secret that ends with a newline (loaded from a file written with echo). Both sides must use the secret exactly as issued.');
  }
}

function jsonFormWords(layout: JsonLayout, nonAscii: 'raw' | 'escaped', l10n: Localizer): string {
  const escaped = nonAscii === 'escaped';
  switch (layout) {
    case 'compact':
      return escaped ? l10n.t('compactly (no spaces) with non-ASCII characters escaped as \\uXXXX') : l10n.t('compactly (no spaces) with non-ASCII characters as raw UTF-8');
    case 'indent2':
      return l10n.t('pretty-printed with 2 spaces');
    case 'indent4':
      return l10n.t('pretty-printed with 4 spaces');
    case 'tabs':
      return l10n.t('pretty-printed with tabs');
    case 'asIs':
      return escaped ? l10n.t('with non-ASCII characters escaped as \\uXXXX') : l10n.t('with \\uXXXX escapes written as raw UTF-8 characters');
  }
}

export function formHint(step: FormStep, l10n: Localizer = english): Hint {
  switch (step.code) {
    case 'prefixed-signature':
      return {
        code: step.code,
        message: l10n.t('The received signature starts with "{0}": MOK sends the bare hex digest in X-Signature. Strip the prefix (or stop adding it) before comparing.', step.prefix),
      };
    case 'uppercase-hex':
      return {
        code: step.code,
        message: l10n.t('The received signature is the right digest in upper-case hex; MOK sends lower-case, so something changed its case (a proxy, a tool, a copy). Compare the header as MOK sends it with the lower-case hex digest (hexdigest, digest("hex")).'),
      };
    case 'base64-signature':
      return {
        code: step.code,
        message: step.urlSafe
          ? l10n.t('The received signature is the digest in URL-safe base64; MOK sends it as lower-case hex. Encode the HMAC as hex (hexdigest, digest("hex")) when comparing.')
          : l10n.t('The received signature is the digest in base64; MOK sends it as lower-case hex. Encode the HMAC as hex (hexdigest, digest("hex")) when comparing.'),
      };
  }
}

export function wrongSecretHint(l10n: Localizer = english): Hint {
  return {
    code: 'wrong-secret',
    message: l10n.t(
      'No variant of the body (line breaks, BOM, JSON formatting), the secret (whitespace) or the signature format reproduces the signature: the body was most likely signed with a different secret. Compare the secret fingerprints of both environments; if they match, the body itself was changed.',
    ),
  };
}

/** Why a received signature cannot be a digest at all. */
export type Malformation =
  | { code: 'wrong-length'; length: number; kind: 'empty' | 'truncated' | 'sha1' | 'sha384' | 'sha512' | 'other' }
  | { code: 'not-hex'; position: number; char: string; kind: 'whitespace' | 'quote' | 'other' }
  | { code: 'not-hex'; kind: 'base64'; bytes: number };

export function malformedHint(m: Malformation, l10n: Localizer = english): Hint {
  return { code: m.code, message: malformedMessage(m, l10n) };
}

function malformedMessage(m: Malformation, l10n: Localizer): string {
  if (m.code === 'wrong-length') {
    switch (m.kind) {
      case 'empty':
        return l10n.t('The signature is empty: the X-Signature header is there but has no value. MOK sends 64 lower-case hex characters.');
      case 'truncated':
        return l10n.t('The signature has {0} hex characters where HMAC-SHA256 gives 64, and they are the start of the expected signature: it was cut off when it was copied. Copy the whole X-Signature value.', m.length);
      case 'sha1':
        return l10n.t('The signature has 40 hex characters, the length of an HMAC-SHA1 digest; MOK signs with HMAC-SHA256 (64 hex characters). Compute the HMAC with SHA-256.');
      case 'sha384':
        return l10n.t('The signature has 96 hex characters, the length of an HMAC-SHA384 digest; MOK signs with HMAC-SHA256 (64 hex characters). Compute the HMAC with SHA-256.');
      case 'sha512':
        return l10n.t('The signature has 128 hex characters, the length of an HMAC-SHA512 digest; MOK signs with HMAC-SHA256 (64 hex characters). Compute the HMAC with SHA-256.');
      case 'other':
        return l10n.t('The signature has {0} hex characters; an HMAC-SHA256 hex digest has 64. It was cut off or has extra characters: copy the whole X-Signature value.', m.length);
    }
  }
  switch (m.kind) {
    case 'base64':
      return l10n.t('The signature looks like base64 of a {0}-byte digest; HMAC-SHA256 gives 32 bytes, and MOK sends them as 64 lower-case hex characters.', m.bytes);
    case 'whitespace':
      return l10n.t('The signature contains {0} at character {1}, which is not a hex digit: copy the X-Signature value without spaces or line breaks.', whitespaceName(m.char, l10n), m.position);
    case 'quote':
      return l10n.t('The signature contains a quote at character {0}: copy the X-Signature value without quotes.', m.position);
    case 'other':
      return l10n.t('The signature contains "{0}" at character {1}, which is not a hex digit (0-9, a-f): MOK sends 64 lower-case hex characters.', m.char, m.position);
  }
}

function whitespaceName(char: string, l10n: Localizer): string {
  if (char === ' ') return l10n.t('a space');
  if (char === '\t') return l10n.t('a tab');
  if (char === '\n' || char === '\r') return l10n.t('a line break');
  return l10n.t('an invisible space (U+{0})', char.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0') ?? '?');
}

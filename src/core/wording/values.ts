// JSON values and types in words, shared by every validation voice (zod models, JSON Schema,
// lint): "must be a string, but is a number (123456789)" reads the same whoever found it.
import { english, type Localizer } from '../l10n';

/** A value as it would appear in JSON, shortened for messages. */
export function quote(v: unknown, max = 60): string {
  let s: string;
  try {
    s = JSON.stringify(v) ?? String(v);
  } catch {
    s = String(v);
  }
  return s.length > max ? `${s.slice(0, max - 3)}…` : s;
}

/** The JSON type a value has, in words: "a string", "an integer", "null"… */
export function valueTypeWords(v: unknown, l10n: Localizer = english): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return l10n.t('an array');
  switch (typeof v) {
    case 'number':
      return Number.isInteger(v) ? l10n.t('an integer') : l10n.t('a number');
    case 'object':
      return l10n.t('an object');
    case 'string':
      return l10n.t('a string');
    case 'boolean':
      return l10n.t('a boolean');
    default:
      return typeof v;
  }
}

/** A JSON Schema / zod type name in words: `integer` → "an integer (whole number)". */
export function typeNameWords(t: string, l10n: Localizer = english): string {
  switch (t) {
    case 'string':
      return l10n.t('a string');
    case 'number':
      return l10n.t('a number');
    case 'integer':
    case 'int':
      return l10n.t('an integer (whole number)');
    case 'boolean':
      return l10n.t('a boolean (true or false)');
    case 'object':
    case 'record':
      return l10n.t('an object');
    case 'array':
      return l10n.t('an array');
    case 'null':
      return 'null';
    default:
      return t;
  }
}

/** "a string or null". */
export function typeListWords(types: readonly string[], l10n: Localizer = english): string {
  const words = types.map((t) => typeNameWords(t, l10n));
  if (words.length <= 1) return words[0] ?? '';
  return l10n.t('{0} or {1}', words.slice(0, -1).join(', '), words[words.length - 1] ?? '');
}

/** "must be a string, but is a number (123456789)". */
export function wrongTypeMessage(expected: readonly string[], value: unknown, l10n: Localizer = english): string {
  return l10n.t('must be {0}, but is {1} ({2})', typeListWords(expected, l10n), valueTypeWords(value, l10n), quote(value));
}

/** `"a", "b" and 3 more` for lists of allowed values or keys. */
export function listWords(items: readonly unknown[], l10n: Localizer = english, max = 12): string {
  const shown = items.slice(0, max).map((i) => quote(i)).join(', ');
  return items.length > max ? l10n.t('{0} and {1} more', shown, items.length - max) : shown;
}

/**
 * A property name in prose: bare when it reads as an identifier (`CARD_LAST_DIGITS`), JSON-quoted
 * otherwise (`"first name"`), so "because PAYMENT_METHOD is "card", IBAN is required" stays readable.
 */
export function fieldName(key: string): string {
  return /^[A-Za-z_$][\w$.-]*$/.test(key) ? key : JSON.stringify(key);
}

// JSON syntax errors as problems, with the exact span and a sentence a person understands
// ("a comma is missing") instead of the parser's error code.
import { parse, printParseErrorCode, type ParseError, type ParseErrorCode } from 'jsonc-parser';
import { english, type Localizer } from '../l10n';
import type { Problem } from './problem';

export interface ParsedJson {
  /** The value (recovered as far as possible when there are syntax errors). */
  value: unknown;
  problems: Problem[];
}

/** Strict JSON (no comments, no trailing commas): what the APIs accept. */
export function parseJsonText(text: string, l10n: Localizer = english): ParsedJson {
  const errors: ParseError[] = [];
  let value: unknown = parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  // jsonc-parser assigns members, so a "__proto__" member becomes the object's prototype and
  // vanishes from the data (found by the fuzz suite). Valid JSON is read again the way every JSON
  // reader does, with own members only.
  if (!errors.length && text.includes('__proto__')) value = JSON.parse(text);
  // The parser's recovery reports follow-on errors at the same place (a trailing comma is also
  // "a value is expected"): one mistake, one problem.
  const seen = new Set<number>();
  const first = errors.filter((e) => !seen.has(e.offset) && seen.add(e.offset));
  return { value, problems: first.map((e) => syntaxProblem(e, l10n)) };
}

export function syntaxProblem(e: ParseError, l10n: Localizer = english): Problem {
  const name = printParseErrorCode(e.error);
  return {
    pointer: '',
    span: { offset: e.offset, length: Math.max(1, e.length) },
    message: syntaxMessage(e.error, l10n),
    code: `json/${name.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase()}`,
    severity: 'error',
    origin: 'syntax',
  };
}

export function syntaxMessage(code: ParseErrorCode, l10n: Localizer = english): string {
  switch (printParseErrorCode(code)) {
    case 'CommaExpected':
      return l10n.t('a comma is missing');
    case 'ColonExpected':
      return l10n.t('a colon is missing');
    case 'PropertyNameExpected':
      return l10n.t('a property name in double quotes is expected (trailing comma?)');
    case 'ValueExpected':
      return l10n.t('a value is expected');
    case 'CloseBraceExpected':
      return l10n.t('a closing brace is missing');
    case 'CloseBracketExpected':
      return l10n.t('a closing bracket is missing');
    case 'InvalidCommentToken':
      return l10n.t('comments are not allowed in JSON');
    case 'UnexpectedEndOfString':
      return l10n.t('a string is not closed');
    case 'UnexpectedEndOfComment':
      return l10n.t('a comment is not closed');
    case 'UnexpectedEndOfNumber':
      return l10n.t('a number is not complete');
    case 'InvalidUnicode':
      return l10n.t('an invalid \\u escape');
    case 'InvalidEscapeCharacter':
      return l10n.t('an invalid escape character');
    case 'InvalidCharacter':
      return l10n.t('a character that is not allowed here (control characters must be escaped)');
    case 'InvalidNumberFormat':
      return l10n.t('a number in a format JSON does not allow (leading zeros, NaN, Infinity?)');
    case 'InvalidSymbol':
      return l10n.t('unexpected text (strings need double quotes)');
    case 'EndOfFileExpected':
      return l10n.t('unexpected text after the end of the JSON value');
    default:
      return l10n.t('invalid JSON');
  }
}

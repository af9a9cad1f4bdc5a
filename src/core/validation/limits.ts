// How big a JSON file MOK DevTools checks. Beyond these limits a file gets one clear problem
// instead of a parse that blocks the editor or overflows the stack (the parsers recurse per
// nesting level). Measured before parsing, in one pass that skips strings.
import { english, type Localizer } from '../l10n';
import type { Problem } from '../problems/problem';

/** 8 MiB of text: a 1,000-product invoice is about 100 KB. */
export const MAX_JSON_CHARS = 8 * 1024 * 1024;
/** Nesting levels of objects and arrays (template data rarely passes 10). */
export const MAX_JSON_DEPTH = 128;

/** The deepest nesting of `{`/`[` in the text, stopping early once past `stopAt`. */
export function nestingDepth(text: string, stopAt = Number.POSITIVE_INFINITY): { depth: number; offset: number } {
  let depth = 0;
  let max = 0;
  let at = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
      continue;
    }
    if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      depth++;
      if (depth > max) {
        max = depth;
        at = i;
        if (max > stopAt) break;
      }
    } else if (c === 125 || c === 93) depth = Math.max(0, depth - 1);
  }
  return { depth: max, offset: at };
}

/** A `limit/size` or `limit/depth` problem when the text is beyond what is checked. */
export function limitProblem(text: string, l10n: Localizer = english, limits: { maxChars?: number; maxDepth?: number } = {}): Problem | undefined {
  const maxChars = limits.maxChars ?? MAX_JSON_CHARS;
  const maxDepth = limits.maxDepth ?? MAX_JSON_DEPTH;
  if (text.length > maxChars) {
    return {
      pointer: '',
      span: { offset: 0, length: 1 },
      code: 'limit/size',
      severity: 'error',
      origin: 'syntax',
      message: l10n.t('this file has {0} MB; MOK DevTools checks files up to {1} MB', (text.length / 2 ** 20).toFixed(1), Math.round(maxChars / 2 ** 20)),
    };
  }
  const nesting = nestingDepth(text, maxDepth);
  if (nesting.depth > maxDepth) {
    return {
      pointer: '',
      span: { offset: nesting.offset, length: 1 },
      code: 'limit/depth',
      severity: 'error',
      origin: 'syntax',
      message: l10n.t('this JSON nests more than {0} levels deep here; MOK DevTools checks up to {0} levels', maxDepth),
    };
  }
  return undefined;
}

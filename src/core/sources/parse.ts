// Reading a template source (the HBS file a version's `sources[].template_url` points at) with the
// `handlebars` package's own parser, so what we analyse and preview is the syntax tree Handlebars
// itself builds (whitespace control and standalone lines applied as `compile` applies them).
// Only the parser is loaded (no compiler, no runtime). A syntax error becomes one problem at the
// token the parser stopped on, worded for people instead of the parser's token names.
import { parse as parseHandlebars } from 'handlebars/dist/cjs/handlebars/compiler/base';
import parser from 'handlebars/dist/cjs/handlebars/compiler/parser';
import { english, type Localizer } from '../l10n';
import type { Problem } from '../problems/problem';

/** A place in a source: 1-based line and column (UTF-16 code units, as editors count). */
export interface SourcePlace {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export type ParsedSource = { ok: true; program: hbs.AST.Program; lines: LineIndex } | { ok: false; problem: Problem; lines: LineIndex };

interface ParserHash {
  loc?: { first_line: number; first_column: number; last_line: number; last_column: number };
  line?: number;
  token?: string;
  text?: string;
  expected?: string[];
}

class HandlebarsSyntaxError extends Error {
  constructor(
    message: string,
    readonly hash: ParserHash,
  ) {
    super(message);
  }
}

// The generated parser throws a bare Error whose only position is a caret drawn under an excerpt;
// its hook receives the token's location, which we keep.
parser.parseError = (message: string, hash: unknown): never => {
  throw new HandlebarsSyntaxError(message, typeof hash === 'object' && hash !== null ? (hash) : {});
};

/** Offsets of line starts, to turn Handlebars' line/column into text offsets and back. */
export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.starts.push(i + 1);
  }
  /** Offset of a 1-based line and column (clamped into the text). */
  offset(line: number, column: number): number {
    const start = this.starts[Math.min(Math.max(line, 1), this.starts.length) - 1] ?? 0;
    return Math.min(start + Math.max(column, 1) - 1, this.text.length);
  }
  /** 1-based line and column of an offset. */
  position(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (this.starts[lo] ?? 0) + 1 };
  }
  /** The span of a place, for problems. */
  span(place: SourcePlace): { offset: number; length: number } {
    const offset = this.offset(place.line, place.column);
    return { offset, length: Math.max(1, this.offset(place.endLine, place.endColumn) - offset) };
  }
}

/** The place of a node (Handlebars counts columns from 0). */
export function placeOf(node: hbs.AST.Node): SourcePlace {
  return { line: node.loc.start.line, column: node.loc.start.column + 1, endLine: node.loc.end.line, endColumn: node.loc.end.column + 1 };
}

const TOKEN_WORDS: Record<string, string> = {
  CLOSE: '}}',
  CLOSE_UNESCAPED: '}}}',
  CLOSE_RAW_BLOCK: '}}}}',
  OPEN: '{{',
  OPEN_BLOCK: '{{#',
  OPEN_ENDBLOCK: '{{/',
  OPEN_INVERSE: '{{^',
  INVERSE: '{{else}}',
  OPEN_SEXPR: '(',
  CLOSE_SEXPR: ')',
  EQUALS: '=',
};

function tokenWords(token: string | undefined, text: string | undefined): string {
  if (!token) return text ? JSON.stringify(text) : '?';
  if (token === 'INVALID') return text ? JSON.stringify(text) : 'an unexpected character';
  return JSON.stringify(TOKEN_WORDS[token] ?? text ?? token);
}

function expectedWords(expected: readonly string[] | undefined, l10n: Localizer): string {
  const names = (expected ?? []).map((e) => e.replace(/^'|'$/g, ''));
  if (names.includes('OPEN_ENDBLOCK')) return l10n.t('a closing {{/…}} for an open block');
  if (names.includes('EQUALS')) return '"="';
  if (names.includes('ID')) return l10n.t('a name, a string or a number');
  if (names.includes('CLOSE')) return '"}}"';
  return names.map((n) => TOKEN_WORDS[n] ?? n).join(', ');
}

/** Parses a source; a syntax error is one problem with its place (the rest of the source is not analysed). */
export function parseSource(text: string, l10n: Localizer = english): ParsedSource {
  const lines = new LineIndex(text);
  try {
    return { ok: true, program: parseHandlebars(text), lines };
  } catch (e) {
    if (e instanceof HandlebarsSyntaxError) {
      const loc = e.hash.loc;
      // The parser's location ends where the unexpected token starts; the end of the text has none.
      const end = lines.position(text.length);
      const eof = e.hash.token === 'EOF';
      const line = eof ? end.line : loc ? loc.last_line : (e.hash.line ?? 0) + 1;
      const column = eof ? end.column : loc ? loc.last_column + 1 : 1;
      if (e.hash.token === 'INVALID' && !text.slice(lines.offset(line, column)).includes('}}')) {
        const message = l10n.t('Handlebars syntax error: a {{ is never closed with }}');
        return { ok: false, lines, problem: { pointer: '', span: { offset: lines.offset(line, column), length: 1 }, message, code: 'source/syntax', severity: 'error', origin: 'syntax', data: { line, column } } };
      }
      const got = tokenWords(e.hash.token, e.hash.text);
      const expected = expectedWords(e.hash.expected, l10n);
      const message = eof
        ? l10n.t('Handlebars syntax error: the source ends where {0} is expected', expected || '}}')
        : expected
          ? l10n.t('Handlebars syntax error: unexpected {0} (expected {1})', got, expected)
          : l10n.t('Handlebars syntax error: unexpected {0}', got);
      return { ok: false, lines, problem: { pointer: '', span: { offset: lines.offset(line, column), length: 1 }, message, code: 'source/syntax', severity: 'error', origin: 'syntax', data: { line, column } } };
    }
    // Handlebars' own exceptions (a block closed by the wrong name, …) carry a line and a column.
    const ex = e as { message?: unknown; lineNumber?: unknown; column?: unknown };
    if (typeof ex.message === 'string') {
      const line = typeof ex.lineNumber === 'number' ? ex.lineNumber : 1;
      const column = typeof ex.column === 'number' ? ex.column + 1 : 1;
      const what = ex.message.replace(/ - \d+:\d+$/, '');
      const message = /doesn't match/.test(what) ? l10n.t('Handlebars syntax error: {0} (a block is closed with another name than it was opened with)', what) : l10n.t('Handlebars syntax error: {0}', what);
      return { ok: false, lines, problem: { pointer: '', span: { offset: lines.offset(line, column), length: 1 }, message, code: 'source/syntax', severity: 'error', origin: 'syntax', data: { line, column } } };
    }
    throw e;
  }
}

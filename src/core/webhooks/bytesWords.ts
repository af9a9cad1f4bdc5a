// The byte view in words, one row per fact (length against Content-Length, line endings, BOM,
// UTF-8, non-ASCII and invisible characters, JSON escaping), through a Localizer: the CLI prints
// the rows as lines, the editor's result panel as a table with the rows that explain a mismatch
// marked for attention.
import { english, type Localizer } from '../l10n';
import type { ByteView, CharList } from './bytes';

export type ByteRowKey = 'length' | 'eol' | 'bom' | 'utf8' | 'nonAscii' | 'invisible' | 'json';

export interface ByteRow {
  key: ByteRowKey;
  label: string;
  value: string;
  /** A fact that commonly explains a signature mismatch (a BOM, CRLF, Content-Length differing…). */
  attention: boolean;
}

/** `locale` formats numbers (1,234 in English, 1.234 in Spanish). */
export function byteViewRows(v: ByteView, l10n: Localizer = english, locale = 'en-US'): ByteRow[] {
  const num = (n: number) => n.toLocaleString(locale);
  const length = l10n.t('{0} bytes', num(v.length));
  const lengthValue =
    v.contentLength === undefined
      ? length
      : v.contentLength === v.length
        ? l10n.t('{0}, as Content-Length says', length)
        : l10n.t('{0}, but Content-Length says {1}: the body was changed after it was sent, or the capture is incomplete', length, num(v.contentLength));
  const finalNewline = v.finalNewline === 'none' ? l10n.t('none') : v.finalNewline.toUpperCase();
  return [
    { key: 'length', label: l10n.t('length'), value: lengthValue, attention: v.contentLength !== undefined && v.contentLength !== v.length },
    { key: 'eol', label: l10n.t('line endings'), value: l10n.t('{0}; final newline: {1}', eolText(v, l10n, num), finalNewline), attention: v.eol === 'crlf' || v.eol === 'mixed' || v.eol === 'cr' || v.finalNewline !== 'none' },
    { key: 'bom', label: l10n.t('byte order mark'), value: v.bom ? l10n.t('yes (EF BB BF at byte 0)') : l10n.t('no'), attention: v.bom },
    {
      key: 'utf8',
      label: 'UTF-8',
      value: v.invalidUtf8At === undefined ? l10n.t('valid') : l10n.t('not valid at byte {0} (re-encoded, e.g. as Latin-1?)', num(v.invalidUtf8At)),
      attention: v.invalidUtf8At !== undefined,
    },
    { key: 'nonAscii', label: l10n.t('non-ASCII characters'), value: listText(v.nonAscii, l10n, num), attention: false },
    { key: 'invisible', label: l10n.t('invisible characters'), value: listText(v.invisible, l10n, num), attention: v.invisible.count > 0 },
    { key: 'json', label: 'JSON', value: jsonText(v, l10n, num), attention: v.json.kind === 'json' && v.json.escapedNonAscii > 0 },
  ];
}

/** The rows as the CLI prints them: the length alone, then `label: value`. */
export function byteViewLines(v: ByteView, l10n: Localizer = english, locale = 'en-US'): string[] {
  return byteViewRows(v, l10n, locale).map((r) => (r.key === 'length' ? r.value : `${r.label}: ${r.value}`));
}

function eolText(v: ByteView, l10n: Localizer, num: (n: number) => string): string {
  const { lf, crlf, cr } = v.lineBreaks;
  switch (v.eol) {
    case 'none':
      return l10n.t('none');
    case 'lf':
      return `LF (${num(lf)})`;
    case 'crlf':
      return `CRLF (${num(crlf)})`;
    case 'cr':
      return l10n.t('CR only ({0})', num(cr));
    case 'mixed':
      return l10n.t('mixed (LF {0}, CRLF {1}, CR {2})', num(lf), num(crlf), num(cr));
  }
}

function listText(list: CharList, l10n: Localizer, num: (n: number) => string): string {
  if (list.count === 0) return l10n.t('none');
  const shown = list.first.slice(0, 5).map((c) => l10n.t('{0} at byte {1}', c.label, num(c.offset)));
  return `${num(list.count)}: ${shown.join(', ')}${list.count > shown.length ? ', …' : ''}`;
}

function jsonText(v: ByteView, l10n: Localizer, num: (n: number) => string): string {
  const j = v.json;
  switch (j.kind) {
    case 'none':
      return l10n.t('not JSON');
    case 'invalid':
      return l10n.t('not valid ({0})', j.error);
    case 'json':
      if (j.rawNonAscii === 0 && j.escapedNonAscii === 0) return l10n.t('valid, ASCII only');
      if (j.escapedNonAscii === 0) return l10n.t('valid, non-ASCII characters as raw UTF-8 ({0})', num(j.rawNonAscii));
      if (j.rawNonAscii === 0) return l10n.t('valid, non-ASCII characters escaped as \\uXXXX ({0})', num(j.escapedNonAscii));
      return l10n.t('valid, non-ASCII characters both raw ({0}) and escaped ({1})', num(j.rawNonAscii), num(j.escapedNonAscii));
  }
}

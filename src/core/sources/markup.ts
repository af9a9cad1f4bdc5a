// Turning the sentinels a marked render leaves (render.ts) into visible placeholders that fit
// where they landed in the HTML: in text, a `<mark>` element showing `{{CUSTOMER.NAME}}`; inside a
// tag (an attribute value), in a comment or in raw-text elements (style, script, title, textarea),
// the escaped `{{CUSTOMER.NAME}}` text alone, because an element there would break the markup.
// The context is tracked with a small HTML tokenizer (tags, quoted attribute values, comments,
// raw-text elements) — enough for templates, which are well-formed documents.
import { english, type Localizer } from '../l10n';
import { MARK_CLOSE, MARK_OPEN, type RenderNote } from './render';

const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript']);

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** The placeholder text of a note: `{{CUSTOMER.NAME}}`, `{{formatDate DATE}}`, `{{> footer}}`. */
export function placeholderText(note: RenderNote): string {
  return `{{${note.expression}}}`;
}

/** Why a note is marked, for the mark's tooltip. */
export function noteTitle(note: RenderNote, l10n: Localizer = english): string {
  switch (note.kind) {
    case 'missing':
      return l10n.t('{0} is missing in fields_values: the fill would FAIL (line {1})', note.variable, note.place.line);
    case 'helper':
      return l10n.t('{0} is a custom helper: the preview cannot run it (line {1})', note.variable, note.place.line);
    case 'partial':
      return l10n.t('partial {0}: the preview has no partials (line {1})', note.variable, note.place.line);
    case 'decorator':
      return l10n.t('decorators are not run by the preview (line {0})', note.place.line);
    case 'absent':
      return l10n.t('{0} is not in fields_values (line {1})', note.variable, note.place.line);
  }
}

type Context = 'text' | 'tag' | 'comment' | 'raw';

/** Replaces the sentinels of a marked render with placeholders that fit their HTML context. */
export function applyMarks(output: string, notes: readonly RenderNote[], l10n: Localizer = english): string {
  let out = '';
  let ctx: Context = 'text';
  let quote = '';
  let rawEnd = '';
  let tagName = '';
  let readingName = false;
  let i = 0;
  while (i < output.length) {
    const c = output[i] ?? '';
    if (c === MARK_OPEN) {
      const close = output.indexOf(MARK_CLOSE, i);
      const note = close > 0 ? notes[Number(output.slice(i + 1, close))] : undefined;
      if (note) {
        const text = escapeHtml(placeholderText(note));
        out += ctx === 'text' ? `<mark class="mok-${note.kind}" data-mok-note="${notes.indexOf(note)}" title="${escapeHtml(noteTitle(note, l10n))}">${text}</mark>` : text;
        i = close + 1;
        continue;
      }
    }
    out += c;
    i++;
    switch (ctx) {
      case 'text':
        if (c === '<') {
          if (output.startsWith('!--', i)) ctx = 'comment';
          else if (/[a-zA-Z/!?]/.test(output[i] ?? '')) {
            ctx = 'tag';
            tagName = '';
            readingName = output[i] !== '/';
          }
        }
        break;
      case 'tag':
        if (quote) {
          if (c === quote) quote = '';
        } else if (c === '"' || c === "'") quote = c;
        else if (c === '>') {
          ctx = RAW_TEXT.has(tagName.toLowerCase()) ? 'raw' : 'text';
          rawEnd = `</${tagName.toLowerCase()}`;
        } else if (readingName) {
          if (/[\s/]/.test(c)) readingName = false;
          else tagName += c;
        }
        break;
      case 'comment':
        if (c === '>' && output.slice(Math.max(0, i - 3), i) === '-->') ctx = 'text';
        break;
      case 'raw':
        if (c === '<' && output.slice(i - 1, i - 1 + rawEnd.length).toLowerCase() === rawEnd) {
          ctx = 'tag';
          tagName = '';
          readingName = false;
        }
        break;
    }
  }
  return out;
}

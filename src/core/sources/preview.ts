// What the live preview shows for one source and one set of fields_values: the rendered HTML
// with every missing variable (and every call the preview cannot run) marked in place, the list of
// those marks with their place in the source, and — when the source does not parse — the syntax
// error instead. Every value is HTML-escaped (triple-stash included); the page shows the result in
// a sandboxed frame without scripts (src/webview/panels/preview.ts).
import { english, type Localizer } from '../l10n';
import { applyMarks, noteTitle, placeholderText } from './markup';
import { parseSource } from './parse';
import { renderProgram, type RenderNoteKind } from './render';

export interface PreviewMark {
  /** Index of the mark in the HTML (`data-mok-note`). */
  index: number;
  kind: Exclude<RenderNoteKind, 'absent'>;
  /** `CUSTOMER.NAME`, `formatDate`. */
  variable: string;
  /** `{{CUSTOMER.NAME}}` */
  placeholder: string;
  line: number;
  column: number;
  title: string;
}

export interface PreviewRender {
  html: string;
  marks: PreviewMark[];
  /** Conditions, loops and contexts the data does not have (their {{else}} rendered). */
  absent: { variable: string; line: number; column: number }[];
  truncated: boolean;
  /** The source does not parse: nothing is rendered. */
  syntax?: { message: string; line: number; column: number };
}

/** Renders a source with fields_values for the preview (1 MiB of output at most). */
export function renderPreview(source: string, fieldsValues: unknown, l10n: Localizer = english): PreviewRender {
  const parsed = parseSource(source, l10n);
  if (!parsed.ok) {
    const d = parsed.problem.data ?? {};
    return { html: '', marks: [], absent: [], truncated: false, syntax: { message: parsed.problem.message, line: typeof d['line'] === 'number' ? d['line'] : 1, column: typeof d['column'] === 'number' ? d['column'] : 1 } };
  }
  const r = renderProgram(parsed.program, fieldsValues, { marks: true, escapeAll: true, maxOutput: 1024 * 1024 });
  const marks: PreviewMark[] = [];
  const absent: PreviewRender['absent'] = [];
  r.notes.forEach((n, index) => {
    if (n.kind === 'absent') absent.push({ variable: n.variable, line: n.place.line, column: n.place.column });
    else marks.push({ index, kind: n.kind, variable: n.variable, placeholder: placeholderText(n), line: n.place.line, column: n.place.column, title: noteTitle(n, l10n) });
  });
  return { html: applyMarks(r.output, r.notes, l10n), marks, absent, truncated: r.truncated };
}

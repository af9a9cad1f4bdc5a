// What the template preview panel shows and the messages it exchanges with the extension
// (src/vscode/preview/previewPanel.ts). The extension words everything; `html` is the template
// rendered with the fill file's data (every value escaped, missing variables marked) and is
// untrusted markup: the page sanitises it and shows it in a shadow root without scripts.
import type { HostMessage, WebviewMessage } from '../kit/protocol';

export interface PreviewMarkView {
  index: number;
  kind: 'missing' | 'helper' | 'partial' | 'decorator';
  placeholder: string;
  line: number;
  column: number;
  title: string;
}

/** One source rendered with one example's fields_values (the template folder preview). */
export interface PreviewCell {
  /** The example file (`examples/alta.json`). */
  example: string;
  html: string;
  summary: { text: string; state: 'completes' | 'fails' | 'unknown' };
  syntax?: { message: string; line: number; column: number };
}

/** Every language of a template folder (rows) with every example (columns), side by side. */
export interface PreviewGrid {
  examples: string[];
  rows: { language: string; cells: PreviewCell[] }[];
}

export interface PreviewState {
  lang: string;
  /** "factura_mensual v1.1 · ES" */
  heading: string;
  /** Where the data comes from and which version renders. */
  subheading: string;
  labels: { language: string; samples: string; marks: string; source: string; empty: string };
  languages: { code: string; current: boolean }[];
  /** Fill files of the same template major: the sample sets. */
  samples: { id: string; label: string; current: boolean }[];
  summary: { text: string; state: 'completes' | 'fails' | 'unknown' };
  marks: PreviewMarkView[];
  /** Notes under the summary (JSON being typed, output cut, other problems in the file). */
  notes: string[];
  html: string;
  /** Bumped whenever `html` changes (the page re-renders the document only then). */
  htmlVersion: number;
  syntax?: { message: string; line: number; column: number };
  /** A template folder: every language × every example instead of one document. */
  grid?: PreviewGrid;
}

export type PreviewFromWebview = WebviewMessage<{ type: 'language'; language: string } | { type: 'sample'; id: string } | { type: 'reveal'; index: number }>;
export type PreviewToWebview = HostMessage<PreviewState>;

/** The panel's own messages, checked (the page is untrusted). */
export function isPreviewMessage(m: unknown): m is Exclude<PreviewFromWebview, { type: 'ready' }> {
  if (typeof m !== 'object' || m === null || !('type' in m)) return false;
  if (m.type === 'language') return 'language' in m && typeof m.language === 'string' && /^[A-Z]{2,10}$/.test(m.language);
  if (m.type === 'sample') return 'id' in m && typeof m.id === 'string' && m.id.length < 4096;
  if (m.type === 'reveal') return 'index' in m && typeof m.index === 'number' && Number.isInteger(m.index) && m.index >= 0;
  return false;
}

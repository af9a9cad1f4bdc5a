// The sandbox's renderer: what happens to an accepted fill. The source of the fill's language is
// rendered with its fields_values by the same analysis the editor's prediction and `mok fill` use
// (core/sources/check.ts), so a prediction and the sandbox's outcome always agree: a source that
// does not parse, or a variable it prints that the data lacks, makes the fill FAILED with the API
// document's message ("Template variable 'customerName' missing in payload."); otherwise the
// filled document (a PDF) holds the rendered text.
import { checkSource, missingVariableFailure } from '../../core/sources/check';

export type Rendering = { ok: true; lines: string[] } | { ok: false; message: string };

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#x27': "'", '#39': "'", '#x3D': '=', '#x60': '`', nbsp: ' ' };

/** The text of rendered HTML, one line per block (what the sandbox's PDF shows). */
export function textLines(html: string): string[] {
  return html
    .replace(/<(style|script|title)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<\/?(p|div|h[1-6]|tr|li|br|section|table|thead|tbody|ul|ol|header|footer)\b[^>]*>/gi, '\n')
    .replace(/<\/t[dh]>/gi, '  ')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, (m, e: string) => ENTITIES[e] ?? m)
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** Renders a fill's data with the source of its language. */
export function renderFill(hbs: string, structure: unknown, fieldsValues: unknown): Rendering {
  const check = checkSource(hbs, { structure, fieldsValues });
  if (!check.ok) return { ok: false, message: `The template could not be rendered: ${check.problems[0]?.message ?? 'it does not parse'}.` };
  const missing = check.missing[0];
  if (missing) return { ok: false, message: missingVariableFailure(missing.variable) };
  return { ok: true, lines: textLines(check.render?.output ?? '') };
}

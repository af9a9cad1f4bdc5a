// Template structures in the editor: the structure check (draft 2020-12 meta-schema) and the lint
// rules as diagnostics, each with its rule id, on the structures opened from the Dynamic
// Templates view (read-only `*.structure.json` documents) and on `*.structure.json` files in the
// workspace, where quick fixes apply the obvious corrections.
import * as vscode from 'vscode';
import { escapePointerSegment, parentPointer, valueAt } from '../../core/json/pointer';
import { parseJsonText } from '../../core/problems/fromSyntax';
import type { Problem } from '../../core/problems/problem';
import { JSON_SCHEME } from '../common/jsonDocuments';
import { Disposable } from '../common/lifecycle';
import { setValueEdit } from '../editing/fixes';
import { JsonEditingPipeline, type ProblemFix } from '../editing/jsonEditor';
import type { ValidationEngine } from './engine';

export const STRUCTURE_SUFFIX = '.structure.json';

function structureFixes(doc: vscode.TextDocument, p: Problem): ProblemFix[] {
  if (doc.uri.scheme === JSON_SCHEME) return []; // read-only: a copy of what the API serves
  const suggestion = p.data?.suggestion;
  switch (p.code) {
    case 'required-not-declared':
    case 'if-const-outside-enum':
    case 'unknown-format':
    case 'meta-schema':
      return suggestion === undefined ? [] : [{ title: vscode.l10n.t('Change to {0}', JSON.stringify(suggestion)), edit: setValueEdit(doc, p.pointer, suggestion), preferred: true }];
    case 'if-without-required': {
      const key = typeof p.data?.key === 'string' ? p.data.key : undefined;
      const ifPointer = typeof p.data?.ifPointer === 'string' ? p.data.ifPointer : parentPointer(parentPointer(p.pointer));
      if (key === undefined) return [];
      const current = valueAt(parseJsonText(doc.getText()).value, `${ifPointer}/required`);
      const required = Array.isArray(current) ? [...(current as unknown[]), key] : [key];
      return [{ title: vscode.l10n.t('Add "required": [{0}] to the "if"', JSON.stringify(key)), edit: setValueEdit(doc, `${ifPointer}/${escapePointerSegment('required')}`, required), preferred: true }];
    }
    default:
      return [];
  }
}

export class StructureFiles extends Disposable {
  readonly pipeline: JsonEditingPipeline;

  constructor(validation: ValidationEngine) {
    super();
    this.pipeline = this._register(
      new JsonEditingPipeline({
        source: 'MOK lint',
        selector: [{ pattern: `**/*${STRUCTURE_SUFFIX}` }],
        owns: (doc) => doc.uri.path.endsWith(STRUCTURE_SUFFIX),
        syntaxFromJsonService: true,
        check: (_doc, text) => validation.engine.lintStructureText(text, { l10n: vscode.l10n, validator: validation.validator }).problems,
        fixes: (doc, problem) => structureFixes(doc, problem),
      }),
    );
  }
}

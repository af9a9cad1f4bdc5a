// Template structures in the editor: the structure check (draft 2020-12 meta-schema) and the lint
// rules as diagnostics, each with its rule id, on the structures opened from the Dynamic
// Templates view (read-only `*.structure.json` documents) and on `*.structure.json` files in the
// workspace, where quick fixes (core/lint/fixes.ts) apply the obvious corrections.
import * as vscode from 'vscode';
import { lintFixPlans } from '../../core/lint/fixes';
import { parseJsonText } from '../../core/problems/fromSyntax';
import type { Problem } from '../../core/problems/problem';
import { JSON_SCHEME } from '../common/jsonDocuments';
import { Disposable } from '../common/lifecycle';
import { changeEdit } from '../editing/fixes';
import { JsonEditingPipeline, type ProblemFix } from '../editing/jsonEditor';
import type { ValidationEngine } from './engine';

export const STRUCTURE_SUFFIX = '.structure.json';

function structureFixes(doc: vscode.TextDocument, p: Problem): ProblemFix[] {
  if (doc.uri.scheme === JSON_SCHEME) return []; // read-only: a copy of what the API serves
  const out: ProblemFix[] = [];
  for (const plan of lintFixPlans(p, parseJsonText(doc.getText()).value, vscode.l10n)) {
    const edit = plan.change ? changeEdit(doc, plan.change) : undefined;
    if (edit) out.push({ title: plan.title, edit, preferred: plan.preferred ?? false });
  }
  return out;
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

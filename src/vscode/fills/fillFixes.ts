// Quick fixes for fill files: the plans of core/fill/fixes.ts as code actions — JSON changes as
// WorkspaceEdits, "Choose the template…" and "Show rule in structure" as commands.
import * as vscode from 'vscode';
import { fillFixPlans } from '../../core/fill/fixes';
import { parseJsonText } from '../../core/problems/fromSyntax';
import type { Problem } from '../../core/problems/problem';
import { changeEdit } from '../editing/fixes';
import type { ProblemFix } from '../editing/jsonEditor';
import type { FillFiles } from './fillFiles';

export function fillFixes(files: FillFiles, doc: vscode.TextDocument, p: Problem): ProblemFix[] {
  const bound = files.boundTo(doc);
  const plans = fillFixPlans(p, {
    value: parseJsonText(doc.getText()).value,
    structure: bound?.schema,
    ...(bound?.template ? { defaultLanguage: bound.template.detail.default_language, latestVersion: bound.template.latest.version } : {}),
    l10n: vscode.l10n,
  });
  const out: ProblemFix[] = [];
  for (const plan of plans) {
    if (plan.change) {
      const edit = changeEdit(doc, plan.change);
      if (edit) out.push({ title: plan.title, edit, preferred: plan.preferred ?? false });
    } else if (plan.command === 'showRule') {
      out.push({ title: plan.title, command: { title: plan.title, command: 'mok.fills.showRule', arguments: [doc.uri, p.schemaPath, p.data?.key] } });
    } else if (plan.command === 'changeTemplate') {
      out.push({ title: plan.title, command: { title: plan.title, command: 'mok.fills.changeTemplate', arguments: [doc.uri] }, preferred: plan.preferred ?? false });
    }
  }
  return out;
}

// Problems → VS Code diagnostics on the exact token: a span when the finder had one (syntax), else
// the pointer located in the text (core/validation/locate.ts) — the key of an unknown member, the
// parent's key for a missing one, the value for everything else. Each diagnostic keeps its Problem
// so code actions read the facts (suggestion, expected type…) instead of parsing messages.
import * as vscode from 'vscode';
import type { Problem } from '../../core/problems/problem';
import { createLocator, type Locator, type TextLocation } from '../../core/validation/locate';

const problemOf = new WeakMap<vscode.Diagnostic, Problem>();

/** The Problem a diagnostic was made from (undefined for diagnostics of other extensions). */
export function problemOfDiagnostic(d: vscode.Diagnostic): Problem | undefined {
  return problemOf.get(d);
}

function severity(p: Problem): vscode.DiagnosticSeverity {
  switch (p.severity) {
    case 'error':
      return vscode.DiagnosticSeverity.Error;
    case 'warning':
      return vscode.DiagnosticSeverity.Warning;
    default:
      return vscode.DiagnosticSeverity.Information;
  }
}

export function rangeOf(doc: vscode.TextDocument, loc: Pick<TextLocation, 'offset' | 'length'>): vscode.Range {
  return new vscode.Range(doc.positionAt(loc.offset), doc.positionAt(loc.offset + Math.max(loc.length, 0)));
}

/** Where a problem goes in this text. */
export function problemRange(doc: vscode.TextDocument, p: Problem, locator: Locator): vscode.Range {
  if (p.span) return rangeOf(doc, { offset: p.span.offset, length: Math.max(1, p.span.length) });
  const loc = locator.locate(p.pointer, p.target === 'key' ? 'key' : 'value');
  return rangeOf(doc, loc);
}

export function toDiagnostics(doc: vscode.TextDocument, problems: readonly Problem[], source: string, text = doc.getText()): vscode.Diagnostic[] {
  const locator = createLocator(text);
  return problems.map((p) => {
    const d = new vscode.Diagnostic(problemRange(doc, p, locator), p.message, severity(p));
    d.source = source;
    d.code = p.code;
    if (p.related?.length) {
      d.relatedInformation = p.related.map((r) => new vscode.DiagnosticRelatedInformation(new vscode.Location(doc.uri, rangeOf(doc, locator.locate(r.pointer))), r.message));
    }
    if (p.code === 'field/deprecated') d.tags = [vscode.DiagnosticTag.Deprecated];
    problemOf.set(d, p);
    return d;
  });
}

// Quick fixes for fill files, from the facts each problem carries and the template's structure:
// rename an unknown key to the declared one, insert a missing required key with a valid example
// value (or, for a rule that fired only because a key is missing, add that key with a value that
// keeps the rule off), fix an enum value's case or typo, convert a value to the declared type,
// re-bind or un-pin the template — and, for every schema finding, "Show rule in structure".
import * as vscode from 'vscode';
import { isJsonObject } from '../../core/json/canonical';
import { escapePointerSegment, lastSegment, parentPointer, valueAt } from '../../core/json/pointer';
import { parseJsonText } from '../../core/problems/fromSyntax';
import type { Problem } from '../../core/problems/problem';
import { fieldName } from '../../core/wording/values';
import { removeEdit, renameKeyEdit, setValueEdit } from '../editing/fixes';
import type { ProblemFix } from '../editing/jsonEditor';
import type { FillFiles } from './fillFiles';

const FIELDS = '/fields_values';
const MAX_VALUE_CHOICES = 7;

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

function shown(v: unknown): string {
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 40 ? `${s.slice(0, 37)}…` : s;
}

/** Values the problem lists as allowed: the suggestion first (preferred), then the others. */
function valueChoices(doc: vscode.TextDocument, p: Problem, preferFirst: boolean): ProblemFix[] {
  const suggestion = p.data?.suggestion;
  const allowed: readonly unknown[] = Array.isArray(p.data?.allowed) ? p.data.allowed : [];
  const ordered = suggestion !== undefined ? [suggestion, ...allowed.filter((a) => JSON.stringify(a) !== JSON.stringify(suggestion))] : allowed;
  return ordered.slice(0, MAX_VALUE_CHOICES).map((v, i) => ({
    title: vscode.l10n.t('Change to {0}', shown(v)),
    edit: setValueEdit(doc, p.pointer, v),
    preferred: i === 0 && (suggestion !== undefined || preferFirst),
  }));
}

/** "35" → 35, 35 → "35", "true" → true: the declared type, when the value converts cleanly. */
function conversion(doc: vscode.TextDocument, p: Problem, current: unknown): ProblemFix | undefined {
  const types = Array.isArray(p.data?.expectedTypes) ? p.data.expectedTypes : [];
  let value: unknown;
  if ((types.includes('number') || types.includes('integer')) && typeof current === 'string' && /^-?\d+(\.\d+)?$/.test(current.trim())) {
    value = Number(current.trim());
    if (types.includes('integer') && !types.includes('number') && !Number.isInteger(value)) return undefined;
  } else if (types.includes('string') && (typeof current === 'number' || typeof current === 'boolean')) value = String(current);
  else if (types.includes('boolean') && (current === 'true' || current === 'false')) value = current === 'true';
  else return undefined;
  return { title: vscode.l10n.t('Convert to {0}', shown(value)), edit: setValueEdit(doc, p.pointer, value), preferred: true };
}

function missingKeyFixes(files: FillFiles, doc: vscode.TextDocument, p: Problem, value: unknown): ProblemFix[] {
  const out: ProblemFix[] = [];
  const key = str(p.data?.key) ?? lastSegment(p.pointer);
  const objectPointer = parentPointer(p.pointer);
  const present = str(p.data?.present);
  const structure = files.lastCheck(doc)?.schema;
  const { engine } = files.validation;
  const obj = valueAt(value, objectPointer);
  // The data spells it differently: renaming is the fix.
  if (present !== undefined && isJsonObject(obj) && !(key in obj)) {
    const edit = renameKeyEdit(doc, `${objectPointer}/${escapePointerSegment(present)}`, key);
    if (edit) out.push({ title: vscode.l10n.t('Rename {0} to {1}', fieldName(present), fieldName(key)), edit, preferred: true });
  }
  // A rule that fired only because a key is missing: give that key a value that keeps it off.
  const vacuous = str(p.data?.vacuousKey);
  const ifPointer = str(p.data?.ifPointer);
  if (vacuous !== undefined && ifPointer !== undefined && structure !== undefined && p.pointer.startsWith(FIELDS)) {
    const avoid = engine.valueAvoidingCondition(structure, ifPointer, objectPointer.slice(FIELDS.length), vacuous);
    if (avoid !== undefined) {
      out.push({ title: vscode.l10n.t('Add {0}: {1} (the rule then does not apply)', fieldName(vacuous), shown(avoid)), edit: setValueEdit(doc, `${objectPointer}/${escapePointerSegment(vacuous)}`, avoid), preferred: !out.length });
    }
  }
  // The template requires `dni` but declares `DNI`: the value of DNI under the required spelling.
  const declaredAs = str(p.data?.declaredAs);
  if (declaredAs !== undefined && isJsonObject(obj) && obj[declaredAs] !== undefined) {
    out.push({ title: vscode.l10n.t('Add {0} with the value of {1}', fieldName(key), fieldName(declaredAs)), edit: setValueEdit(doc, p.pointer, obj[declaredAs]), preferred: !out.length });
  }
  let example: unknown;
  if (p.pointer.startsWith(FIELDS) && structure !== undefined) example = engine.exampleAt(structure, p.pointer.slice(FIELDS.length));
  else if (p.pointer === '/fields_values') example = {};
  else if (p.pointer === '/document') example = { name: 'documento_1', tags: [] };
  else if (p.pointer === '/language') example = files.lastCheck(doc)?.template?.detail.default_language ?? 'ES';
  else if (p.pointer === '/document/name') example = 'documento_1';
  if (example !== undefined) out.push({ title: vscode.l10n.t('Add {0} with an example value: {1}', fieldName(key), shown(example)), edit: setValueEdit(doc, p.pointer, example), preferred: !out.length });
  return out;
}

function unknownKeyFixes(doc: vscode.TextDocument, p: Problem, value: unknown): ProblemFix[] {
  const out: ProblemFix[] = [];
  const key = str(p.data?.key) ?? lastSegment(p.pointer);
  const suggestion = str(p.data?.suggestion);
  const obj = valueAt(value, parentPointer(p.pointer));
  if (suggestion !== undefined && !(isJsonObject(obj) && suggestion in obj)) {
    const edit = renameKeyEdit(doc, p.pointer, suggestion);
    if (edit) out.push({ title: vscode.l10n.t('Rename {0} to {1}', fieldName(key), fieldName(suggestion)), edit, preferred: true });
  }
  out.push({ title: vscode.l10n.t('Remove {0}', fieldName(key)), edit: removeEdit(doc, p.pointer), preferred: !out.length && suggestion === undefined });
  return out;
}

function bindingFixes(files: FillFiles, doc: vscode.TextDocument, p: Problem): ProblemFix[] {
  const choose: ProblemFix = { title: vscode.l10n.t('Choose the template…'), command: { title: vscode.l10n.t('Choose the template…'), command: 'mok.fills.changeTemplate', arguments: [doc.uri] } };
  switch (p.code) {
    case 'fill/minor-not-latest': {
      const latest = files.lastCheck(doc)?.template?.latest.version;
      return [
        { title: vscode.l10n.t('Check against the latest minor (remove the pin)'), edit: removeEdit(doc, '/template/minor'), preferred: true },
        ...(typeof p.data?.latest === 'number' && latest ? [{ title: vscode.l10n.t('Pin {0}', latest), edit: setValueEdit(doc, '/template/minor', p.data.latest) }] : []),
      ];
    }
    case 'fill/template-not-found':
      return [...(str(p.data?.suggestion) !== undefined ? [{ title: vscode.l10n.t('Change to {0}', shown(p.data?.suggestion)), edit: setValueEdit(doc, p.pointer, p.data?.suggestion), preferred: true }] : []), choose];
    case 'fill/template-missing':
    case 'fill/major-not-found':
    case 'fill/minor-not-found':
    case 'fill/template-unavailable':
      return [{ ...choose, preferred: p.code === 'fill/template-missing' }];
    default:
      return [];
  }
}

export function fillFixes(files: FillFiles, doc: vscode.TextDocument, p: Problem): ProblemFix[] {
  const value = parseJsonText(doc.getText()).value;
  const out: ProblemFix[] = [];
  switch (p.code) {
    case 'schema/required':
    case 'schema/dependentRequired':
    case 'field/missing':
      out.push(...missingKeyFixes(files, doc, p, value));
      break;
    case 'schema/additionalProperties':
    case 'schema/unevaluatedProperties':
    case 'field/unknown':
      out.push(...unknownKeyFixes(doc, p, value));
      break;
    case 'schema/enum':
    case 'schema/const':
      out.push(...valueChoices(doc, p, false));
      break;
    case 'field/value':
    case 'fill/language-unavailable':
      // Request members: the first allowed value is the documented default (fill_priority "low").
      out.push(...valueChoices(doc, p, true));
      break;
    case 'fill/tag-case':
    case 'fill/tag-whitespace':
      if (p.data?.suggestion !== undefined) out.push({ title: vscode.l10n.t('Change to {0}', shown(p.data.suggestion)), edit: setValueEdit(doc, p.pointer, p.data.suggestion), preferred: true });
      break;
    case 'schema/type':
    case 'field/type': {
      const fix = conversion(doc, p, valueAt(value, p.pointer));
      if (fix) out.push(fix);
      break;
    }
    case 'schema/format':
    case 'schema/pattern':
      if (p.data?.example !== undefined) out.push({ title: vscode.l10n.t('Replace with an example: {0}', shown(p.data.example)), edit: setValueEdit(doc, p.pointer, p.data.example) });
      break;
    default:
      out.push(...bindingFixes(files, doc, p));
  }
  if (p.origin === 'schema' && p.schemaPath !== undefined) {
    out.push({ title: vscode.l10n.t('Show rule in structure'), command: { title: vscode.l10n.t('Show rule in structure'), command: 'mok.fills.showRule', arguments: [doc.uri, p.schemaPath, p.data?.key] } });
  }
  return out;
}

// Errors as people read them: a few words for a tree row's description ("credentials rejected
// (401)"), the details for a tooltip, and one way to show a failure with "Show Log".
import * as vscode from 'vscode';
import { ApiError, InputError } from '../../core/errors';
import { formatProblem } from '../../core/problems/problem';

export function errorSummary(e: unknown): string {
  if (ApiError.is(e)) {
    switch (e.reason) {
      case 'unauthorized':
        return vscode.l10n.t('credentials rejected (401)');
      case 'forbidden':
        return vscode.l10n.t('not allowed (403)');
      case 'network':
        return vscode.l10n.t('cannot reach the API');
      case 'tls':
        return vscode.l10n.t('certificate not trusted (TLS)');
      case 'proxy':
        return vscode.l10n.t('proxy problem');
      case 'timeout':
        return vscode.l10n.t('timed out');
      case 'cancelled':
        return vscode.l10n.t('cancelled');
      case 'invalidResponse':
        return vscode.l10n.t('unexpected answer');
      case 'rateLimited':
        return vscode.l10n.t('rate limited (429)');
      default:
        return e.status !== undefined ? `HTTP ${e.status}` : e.reason;
    }
  }
  if (InputError.is(e)) return e.message;
  return e instanceof Error ? e.message : String(e);
}

export function errorDetail(e: unknown): string {
  if (ApiError.is(e)) {
    const lines = [e.message];
    for (const p of e.problems) lines.push(`- ${formatProblem(p)}`);
    if (e.requestId) lines.push('', `request id \`${e.requestId}\``);
    return lines.join('\n');
  }
  return e instanceof Error ? e.message : String(e);
}

/** The API's problems, one per line, or the short summary when it gave none. */
export function problemLines(e: unknown): string[] {
  return ApiError.is(e) && e.problems.length ? e.problems.map(formatProblem) : [errorSummary(e)];
}

/** An error notification with "Show Log" (the log has the request id and the details). */
export async function showError(message: string, showLog: () => void): Promise<void> {
  const label = vscode.l10n.t('Show Log');
  const pick = await vscode.window.showErrorMessage(message, label);
  if (pick === label) showLog();
}

// Errors as people read them: where and why in a few words for a tree row's description
// ("127.0.0.1:9: connection refused"), the details for a tooltip, and one way to show a failure
// with "Show Log".
import * as vscode from 'vscode';
import { ApiError, InputError } from '../../core/errors';
import { formatProblem } from '../../core/problems/problem';

/** A network failure's system code in words. */
function networkReason(code: string | undefined): string {
  switch (code) {
    case 'ECONNREFUSED':
      return vscode.l10n.t('connection refused');
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return vscode.l10n.t('unknown host');
    case 'ECONNRESET':
    case 'UND_ERR_SOCKET':
      return vscode.l10n.t('connection closed');
    case 'ETIMEDOUT':
    case 'UND_ERR_CONNECT_TIMEOUT':
      return vscode.l10n.t('connection timed out');
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return vscode.l10n.t('network unreachable');
    default:
      if (code && /CERT|SSL|TLS/.test(code)) return vscode.l10n.t('certificate problem ({0})', code);
      return code ?? vscode.l10n.t('no connection');
  }
}

/** Where and why, in a few words: "127.0.0.1:9: connection refused", "api.example.com: credentials rejected (401)". */
export function errorSummary(e: unknown): string {
  if (ApiError.is(e)) {
    const at = (words: string) => (e.host ? `${e.host}: ${words}` : words);
    switch (e.reason) {
      case 'unauthorized':
        return at(vscode.l10n.t('credentials rejected (401)'));
      case 'forbidden':
        return at(vscode.l10n.t('not allowed (403)'));
      case 'network':
        return at(networkReason(e.code));
      case 'tls':
        return at(vscode.l10n.t('certificate not trusted (TLS)'));
      case 'proxy':
        return at(vscode.l10n.t('proxy problem'));
      case 'timeout':
        return at(vscode.l10n.t('no answer in time'));
      case 'cancelled':
        return vscode.l10n.t('cancelled');
      case 'invalidResponse':
        return at(vscode.l10n.t('unexpected answer'));
      case 'rateLimited':
        return at(vscode.l10n.t('rate limited (429)'));
      case 'notFound':
        return at(vscode.l10n.t('not found (404)'));
      case 'server':
        return at(vscode.l10n.t('server error ({0})', e.status ?? 500));
      default:
        return at(e.status !== undefined ? `HTTP ${e.status}` : e.reason);
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

// Words the webhook features share: number formatting in the display language and the message
// for each reason a webhook could not be checked or sent (typed errors → sentences; the English
// detail of the error goes to the log, never a secret).
import * as vscode from 'vscode';
import { WebhookError } from '../../core/webhooks/errors';

/** A locale for numbers in the display language (1,234 / 1.234). */
export function numberLocale(): string {
  return vscode.env.language.startsWith('es') ? 'es-ES' : 'en-US';
}

export function webhookErrorMessage(e: unknown): string {
  if (!WebhookError.is(e)) return e instanceof Error ? e.message : String(e);
  switch (e.reason) {
    case 'notHttp':
      return vscode.l10n.t('This looks like a raw HTTP request but cannot be read as one: a request line ("POST /hooks HTTP/1.1"), header lines, an empty line, then the body. The log has details.');
    case 'missingSignature':
      return vscode.l10n.t('The request has no X-Signature header; MOK signs every webhook in X-Signature.');
    case 'bodyTooLarge':
      return vscode.l10n.t('The body is larger than 10 MiB; a MOK webhook is one service request (a few KB). Is it the right file?');
    case 'binaryBody':
      return vscode.l10n.t('The body is binary (NUL bytes or a compressed stream); a MOK webhook body is JSON text.');
    case 'emptySecret':
      return vscode.l10n.t('The webhook secret is empty: MOK never signs with an empty secret.');
    case 'notJson':
      return vscode.l10n.t('This deliberate break re-formats JSON, and the body is not JSON.');
    case 'unreachable':
      return vscode.l10n.t('The receiver could not be reached: {0}', e.message);
    case 'timeout':
      return vscode.l10n.t('The receiver did not answer in time.');
    case 'cancelled':
      return vscode.l10n.t('Cancelled.');
  }
}

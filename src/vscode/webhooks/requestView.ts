// A captured request as the result panel shows it: request line, headers as received (secrets in
// Authorization masked), and the body as text — or a note when it is not UTF-8 text or too long
// to show whole.
import * as vscode from 'vscode';
import type { RequestView } from '../../webview/protocols/webhookResult';

const SHOWN_BODY_CHARS = 200_000;

/** Authorization values show the scheme and, for Basic, the user — never the password or token. */
export function maskAuthorization(value: string): string {
  const m = /^(\S+)\s+(\S+)/.exec(value);
  if (!m) return '••••';
  const scheme = m[1] ?? '';
  if (scheme.toLowerCase() === 'basic') {
    const decoded = Buffer.from(m[2] ?? '', 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    return colon >= 0 ? `${scheme} ${decoded.slice(0, colon)}:••••` : `${scheme} ••••`;
  }
  const token = m[2] ?? '';
  return `${scheme} ${token.length > 8 ? `${token.slice(0, 4)}…` : ''}••••`;
}

/** `maskAuth: false` for headers already stored without their secret (inbox events). */
export function requestView(method: string, target: string, headers: ReadonlyArray<{ name: string; value: string }>, body: Buffer, maskAuth = true): RequestView {
  const text = body.toString('utf8');
  const valid = Buffer.from(text, 'utf8').equals(body);
  const cut = text.length > SHOWN_BODY_CHARS;
  return {
    title: vscode.l10n.t('Request'),
    requestLine: `${method} ${target}`,
    headers: headers.map((h) => ({ name: h.name, value: maskAuth && h.name.toLowerCase() === 'authorization' ? maskAuthorization(h.value) : h.value })),
    bodyTitle: vscode.l10n.t('Body'),
    body: valid ? (cut ? text.slice(0, SHOWN_BODY_CHARS) : text) : body.toString('base64'),
    bodyNote: !valid ? vscode.l10n.t('The body is not valid UTF-8: shown as base64.') : cut ? vscode.l10n.t('Only the first {0} characters are shown.', SHOWN_BODY_CHARS) : undefined,
  };
}

// "Copy as curl": a request as a shell command anyone can paste, with the credentials replaced by
// environment-variable placeholders (never the values), multipart parts as -F and JSON as
// --data-raw, every argument single-quoted for POSIX shells.
import type { SentRequest } from '../client/apiClient';

/** Placeholders for the credential headers the client adds. */
const PLACEHOLDERS: Readonly<Record<string, string>> = {
  authorization: 'Authorization: Bearer $MOK_TOKEN',
  'x-admin-user-email': 'X-Admin-User-Email: $MOK_ADMIN_EMAIL',
  'x-admin-user-token': 'X-Admin-User-Token: $MOK_ADMIN_TOKEN',
};

export function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

/** Placeholder headers are double-quoted so the shell expands the variable. */
function quoteHeader(h: string): string {
  return h.includes('$MOK_') ? `"${h.replace(/(["\\`])/g, '\\$1')}"` : shellQuote(h);
}

export function toCurl(sent: SentRequest): string {
  const lines = [`curl -X ${sent.method} ${shellQuote(sent.url)}`];
  for (const a of sent.auth) {
    const placeholder = PLACEHOLDERS[a.toLowerCase()];
    if (placeholder && !lines.some((l) => l.includes(placeholder))) lines.push(`  -H ${quoteHeader(placeholder)}`);
  }
  const multipart = /^multipart\//i.test(sent.headers['content-type'] ?? '');
  for (const [k, v] of Object.entries(sent.headers)) {
    if (multipart && k.toLowerCase() === 'content-type') continue; // curl sets it with its boundary
    lines.push(`  -H ${shellQuote(`${k}: ${v}`)}`);
  }
  if (multipart && sent.parts) {
    for (const p of sent.parts) lines.push(`  -F ${shellQuote(p.filename !== undefined ? `${p.name}=@${p.filename}` : `${p.name}=${p.value ?? ''}`)}`);
  } else if (sent.bodyText !== undefined) {
    lines.push(`  --data-raw ${shellQuote(sent.bodyText)}`);
  }
  return lines.join(' \\\n');
}

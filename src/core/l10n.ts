// How vscode-free code words user-facing text. Core modules format messages through a Localizer:
// the extension passes `vscode.l10n` (so the Spanish bundle applies), the CLI and the sandbox the
// English one below. scripts/l10n.mjs extracts every literal passed to `l10n.t` in src/core and
// src/vscode into l10n/bundle.l10n.json and checks the Spanish bundle translates each of them.

export interface Localizer {
  t(message: string, ...args: (string | number | boolean)[]): string;
}

/** `{0}`-style placeholders filled in, no translation. */
export const english: Localizer = {
  t: (message, ...args) => message.replace(/\{(\d+)\}/g, (m, i: string) => (Number(i) < args.length ? String(args[Number(i)]) : m)),
};

/**
 * Marks a message written inside a zod model (`.regex(re, msg(text))`) as translatable:
 * it returns its argument, and scripts/l10n.mjs extracts it like `l10n.t`. The problem adapters
 * pass such messages through the Localizer when they show them.
 */
export function msg(message: string): string {
  return message;
}

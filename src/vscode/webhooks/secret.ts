// The webhook secret the webhook features sign and verify with: the active environment's
// (SecretStorage, key `webhookSecret`; the Sandbox's documented one by default), or one typed for
// this check and stored only when the user says so. A typed secret is used exactly as typed —
// stray whitespace is one of the mistakes the doctor reports — and is never logged.
import * as vscode from 'vscode';
import type { EnvironmentManager } from '../environments/manager';
import type { CredentialStore } from '../environments/secrets';

export interface SecretInUse {
  value: string;
  /** `environment`: stored for the active environment; `typed`: typed now (maybe stored too). */
  from: 'environment' | 'typed';
  /** Whether it is now in SecretStorage. */
  stored: boolean;
  environment: string;
}

export interface SecretDeps {
  envs: EnvironmentManager;
  credentials: CredentialStore;
}

/** The environment's secret; without one, asks (`always` asks even when one is stored). */
export async function webhookSecret(deps: SecretDeps, mode: 'stored' | 'always' = 'stored'): Promise<SecretInUse | undefined> {
  const environment = deps.envs.active().environment.name;
  if (mode === 'stored') {
    const value = (await deps.envs.credentials()).webhookSecret;
    if (value) return { value, from: 'environment', stored: true, environment };
  }
  return askSecret(deps, environment);
}

async function askSecret(deps: SecretDeps, environment: string): Promise<SecretInUse | undefined> {
  const value = await vscode.window.showInputBox({
    title: vscode.l10n.t('Webhook secret ({0})', environment),
    prompt: vscode.l10n.t('Used exactly as typed: spaces and line breaks count. Stored only if you choose so next.'),
    password: true,
    ignoreFocusOut: true,
    validateInput: (v) => (v.length === 0 ? vscode.l10n.t('Type the webhook secret') : /^\s*$/.test(v) ? vscode.l10n.t('The secret cannot be only whitespace') : undefined),
  });
  if (!value) return undefined;
  const once = { label: vscode.l10n.t('Use it for this check only'), store: false };
  const keep = { label: vscode.l10n.t('Store it for "{0}"', environment), description: vscode.l10n.t('in the OS secret store'), store: true };
  const pick = await vscode.window.showQuickPick([once, keep], { title: vscode.l10n.t('Keep this webhook secret?'), ignoreFocusOut: true });
  if (!pick) return undefined;
  if (pick.store) await deps.credentials.set(environment, 'webhookSecret', value);
  return { value, from: 'typed', stored: pick.store, environment };
}

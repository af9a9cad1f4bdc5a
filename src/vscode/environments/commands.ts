// Commands to switch environments, enter or clear credentials (into SecretStorage) and reset the
// built-in sandbox; adding, editing and removing environments is in edit.ts.
import * as vscode from 'vscode';
import type { Credentials } from '../../core/environment';
import type { EnvironmentManager } from './manager';
import type { Prompts } from '../common/prompts';
import { featuresBundle } from '../common/bundles';
import { lazyCommands } from '../common/lazyCommands';
import type { CredentialStore } from './secrets';

type Field = { key: keyof Credentials; label: string; secret: boolean; placeholder: string };

type Area = 'mok' | 'admin' | 'documents' | 'webhook' | 'webhookAuth';

// Built on use so vscode.l10n has loaded the bundle of the display language.
const areas = (): Record<Area, { title: string; fields: Field[] }> => ({
  mok: {
    title: vscode.l10n.t('Provider Network API (OAuth2)'),
    fields: [
      { key: 'clientId', label: 'OAuth client_id', secret: false, placeholder: '109fb51a-ba5a-49d7-92e6-89fc67a63e9f' },
      { key: 'clientSecret', label: 'OAuth client_secret', secret: true, placeholder: '' },
    ],
  },
  admin: {
    title: vscode.l10n.t('Admin API'),
    fields: [
      { key: 'adminEmail', label: 'X-Admin-User-Email', secret: false, placeholder: 'you@company.com' },
      { key: 'adminToken', label: 'X-Admin-User-Token', secret: true, placeholder: '' },
    ],
  },
  documents: {
    title: vscode.l10n.t('Documents API'),
    fields: [
      { key: 'documentsToken', label: vscode.l10n.t('Bearer token (JWT)'), secret: true, placeholder: 'eyJ…' },
      { key: 'documentsOwner', label: vscode.l10n.t('x-auth-owner (optional)'), secret: false, placeholder: '' },
    ],
  },
  webhook: { title: vscode.l10n.t('Webhook secret'), fields: [{ key: 'webhookSecret', label: 'webhook_secret', secret: true, placeholder: '' }] },
  // What deliveries carry besides the signature (Basic, or a Bearer token): the inbox checks it.
  webhookAuth: {
    title: vscode.l10n.t('Webhook delivery auth (Basic or Bearer)'),
    fields: [
      { key: 'webhookAuthUsername', label: vscode.l10n.t('username (Basic, or for the auth URL)'), secret: false, placeholder: '' },
      { key: 'webhookAuthPassword', label: vscode.l10n.t('password'), secret: true, placeholder: '' },
      { key: 'webhookAuthToken', label: vscode.l10n.t('static Bearer token (optional)'), secret: true, placeholder: '' },
    ],
  },
});

export function registerEnvironmentCommands(envs: EnvironmentManager, store: CredentialStore, prompts: Prompts): vscode.Disposable[] {
  return [
    // Adding, editing and removing environments (./edit.ts) load with dist/features.js on first use.
    lazyCommands(['mok.env.add', 'mok.env.edit', 'mok.env.remove'], () => featuresBundle().registerEnvironmentEditing(envs, store, prompts)),
    vscode.commands.registerCommand('mok.sandbox.reset', async () => {
      if (!envs.active().builtIn) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Only the built-in Sandbox can be reset; switch to it first.'));
        return false;
      }
      const ok = await prompts.confirm(vscode.l10n.t('Reset the sandbox to its seed data?'), {
        detail: vscode.l10n.t('Every change made in it is lost: created and updated service requests, contracts, templates and fills.'),
        action: vscode.l10n.t('Reset'),
      });
      if (!ok) return false;
      try {
        await envs.resetSandbox();
      } catch (e) {
        void vscode.window.showErrorMessage(vscode.l10n.t('The sandbox was not reset: {0}', e instanceof Error ? e.message : String(e)));
        return false;
      }
      vscode.window.setStatusBarMessage(vscode.l10n.t('Sandbox reset to its seed data'), 4000);
      return true;
    }),
    vscode.commands.registerCommand('mok.env.switch', async () => {
      const active = envs.active().environment.name;
      const items = envs.list().map((e) => ({
        label: `${e.environment.kind === 'live' ? '$(warning) ' : e.environment.kind === 'sandbox' ? '$(beaker) ' : '$(cloud) '}${e.environment.name}`,
        description: e.environment.name === active ? vscode.l10n.t('active') : e.environment.kind,
        detail: e.builtIn ? vscode.l10n.t('Built-in in-memory sandbox, no credentials needed') : e.environment.mokBaseUrl,
        name: e.environment.name,
      }));
      const add = { label: `$(add) ${vscode.l10n.t('Add environment…')}`, description: '', detail: undefined, name: '' };
      const pick = await vscode.window.showQuickPick([...items, add], { title: vscode.l10n.t('Switch MOK environment'), placeHolder: vscode.l10n.t('Views refresh against the environment you pick') });
      if (!pick) return;
      if (pick === add) return vscode.commands.executeCommand('mok.env.add');
      await envs.switchTo(pick.name);
    }),
    vscode.commands.registerCommand('mok.env.setCredentials', async (areaArg?: unknown) => {
      const env = envs.active().environment.name;
      const AREAS = areas();
      const area =
        typeof areaArg === 'string' && areaArg in AREAS
          ? (areaArg as Area)
          : (
              await vscode.window.showQuickPick(
                Object.entries(AREAS).map(([k, v]) => ({ label: v.title, area: k as Area })),
                { title: vscode.l10n.t('Set credentials for "{0}"', env) },
              )
            )?.area;
      if (!area) return;
      for (const f of AREAS[area].fields) {
        const value = await vscode.window.showInputBox({
          title: `${AREAS[area].title} — ${f.label} (${env})`,
          password: f.secret,
          ignoreFocusOut: true,
          placeHolder: f.placeholder,
          prompt: f.secret ? vscode.l10n.t('Stored in the OS secret store, never in settings or logs. Leave empty to remove.') : vscode.l10n.t('Leave empty to remove.'),
        });
        if (value === undefined) return; // Escape: keep what is stored
        // Secrets pasted with a trailing newline/space are the classic cause of 401s.
        await store.set(env, f.key, value.trim() || undefined);
      }
      envs.logger.info(`Credentials updated for "${env}": ${AREAS[area].fields.map((f) => f.key).join(', ')} (values are in the secret store only)`);
      void vscode.window.showInformationMessage(vscode.l10n.t('{0} credentials saved for "{1}".', AREAS[area].title, env));
    }),
    vscode.commands.registerCommand('mok.env.clearCredentials', async () => {
      const env = envs.active().environment.name;
      const ok = await vscode.window.showWarningMessage(vscode.l10n.t('Remove every stored credential of "{0}"?', env), { modal: true }, vscode.l10n.t('Remove'));
      if (!ok) return;
      await store.clear(env);
      envs.logger.info(`Stored credentials removed for "${env}"`);
    }),
  ];
}

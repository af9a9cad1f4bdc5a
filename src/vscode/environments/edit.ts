// Adding, editing and removing environments (`mok.environments`): every field an environment needs
// (name, kind, MOK API URL, Documents API URL, org), asked one step at a time; a new live
// environment becomes active only when the user says so; removing one also removes its stored
// credentials. Entries are written back where they are defined (user or workspace settings).
import * as vscode from 'vscode';
import { credentialKeys, environmentSchema, type Environment } from '../../core/environment';
import type { Prompts } from '../common/prompts';
import type { EnvironmentManager } from './manager';
import type { CredentialStore } from './secrets';
import { SANDBOX_NAME } from './settings';

const DEFAULT_DOCUMENTS_URL = 'https://documents.masstack.com';
const DEFAULT_ORG = 'masmovil';

function urlProblem(v: string): string | undefined {
  try {
    const u = new URL(v.trim());
    return u.protocol === 'https:' || u.protocol === 'http:' ? undefined : vscode.l10n.t('Use an http(s) URL');
  } catch {
    return vscode.l10n.t('Not a URL, e.g. https://api.example.com');
  }
}

/** Asks every field, starting from `current` when editing. Undefined when the user escapes. */
async function askEnvironment(prompts: Prompts, envs: EnvironmentManager, current?: Environment): Promise<Environment | undefined> {
  const step = (n: number, what: string) =>
    current ? vscode.l10n.t('Edit environment "{0}" ({1}/5): {2}', current.name, n, what) : vscode.l10n.t('Add environment ({0}/5): {1}', n, what);
  const taken = (name: string) => name === SANDBOX_NAME || envs.list().some((e) => e.environment.name === name && name !== current?.name);
  const name = await prompts.input({
    title: step(1, vscode.l10n.t('name')),
    prompt: vscode.l10n.t('A short name, e.g. "Staging"'),
    value: current?.name,
    validateInput: (v) => (!v.trim() ? vscode.l10n.t('Give it a name') : taken(v.trim()) ? vscode.l10n.t('That name is taken') : undefined),
  });
  if (!name?.trim()) return undefined;
  type KindItem = vscode.QuickPickItem & { envKind: 'test' | 'live' };
  const kinds: KindItem[] = [
    { label: 'test', description: vscode.l10n.t('a test/staging deployment'), envKind: 'test' },
    { label: 'live', description: vscode.l10n.t('production: marked in the status bar, asks before sending'), envKind: 'live' },
  ];
  const kind = await prompts.pick(kinds, { title: step(2, vscode.l10n.t('kind')), active: kinds.find((k) => k.envKind === current?.kind) });
  if (!kind) return undefined;
  const mokBaseUrl = await prompts.input({ title: step(3, vscode.l10n.t('MOK API base URL')), placeHolder: 'https://api.example.com', value: current?.mokBaseUrl, validateInput: urlProblem });
  if (!mokBaseUrl) return undefined;
  const documentsBaseUrl = await prompts.input({
    title: step(4, vscode.l10n.t('Documents API base URL')),
    prompt: vscode.l10n.t('Where the dynamic templates live; the paths add /v1/orgs/<org>.'),
    value: current?.documentsBaseUrl ?? DEFAULT_DOCUMENTS_URL,
    validateInput: urlProblem,
  });
  if (!documentsBaseUrl) return undefined;
  const org = await prompts.input({
    title: step(5, vscode.l10n.t('Documents API org')),
    prompt: vscode.l10n.t('The tenant of the Documents API, e.g. masmovil or yoigo.'),
    value: current?.org ?? DEFAULT_ORG,
    validateInput: (v) => (/^[a-z0-9_-]+$/.test(v.trim()) ? undefined : vscode.l10n.t('Lowercase letters, digits, "-" or "_"')),
  });
  if (!org) return undefined;
  return environmentSchema.parse({ ...current, name: name.trim(), kind: kind.envKind, mokBaseUrl: mokBaseUrl.trim(), documentsBaseUrl: documentsBaseUrl.trim(), org: org.trim() });
}

/** Where `mok.environments` holding `name` is defined, with its entries. */
function locate(name: string): { target: vscode.ConfigurationTarget; entries: unknown[] } | undefined {
  const info = vscode.workspace.getConfiguration('mok').inspect<unknown[]>('environments');
  const has = (list: unknown[] | undefined) => list?.some((e) => e && typeof e === 'object' && 'name' in e && e.name === name);
  if (has(info?.workspaceValue)) return { target: vscode.ConfigurationTarget.Workspace, entries: info?.workspaceValue ?? [] };
  if (has(info?.globalValue)) return { target: vscode.ConfigurationTarget.Global, entries: info?.globalValue ?? [] };
  return undefined;
}

function nameOf(e: unknown): unknown {
  return e && typeof e === 'object' && 'name' in e ? e.name : undefined;
}

/** A user environment by argument or by asking. */
async function pickEnvironment(prompts: Prompts, envs: EnvironmentManager, title: string, arg: unknown): Promise<Environment | undefined> {
  const mine = envs.list().filter((e) => !e.builtIn);
  if (typeof arg === 'string') return mine.find((e) => e.environment.name === arg)?.environment;
  if (!mine.length) {
    void vscode.window.showInformationMessage(vscode.l10n.t('There are no environments of yours yet: add one with "MOK: Add Environment…".'));
    return undefined;
  }
  const items = mine.map((e) => ({ label: e.environment.name, description: e.environment.kind, detail: e.environment.mokBaseUrl, env: e.environment }));
  return (await prompts.pick(items, { title }))?.env;
}

export function registerEnvironmentEditing(envs: EnvironmentManager, store: CredentialStore, prompts: Prompts): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('mok.env.add', async () => {
      const env = await askEnvironment(prompts, envs);
      if (!env) return undefined;
      const config = vscode.workspace.getConfiguration('mok');
      await config.update('environments', [...(config.inspect<unknown[]>('environments')?.globalValue ?? []), env], vscode.ConfigurationTarget.Global);
      // A live environment reaches real providers and customers: it becomes active only on a yes.
      const activate =
        env.kind !== 'live' ||
        (await prompts.confirm(vscode.l10n.t('Switch to the live environment "{0}" now?', env.name), {
          detail: vscode.l10n.t('The views will load its real data; sending asks again each time.'),
          action: vscode.l10n.t('Switch to Live'),
        }));
      if (activate) await envs.switchTo(env.name);
      const setCredentials = vscode.l10n.t('Set credentials…');
      const message = activate
        ? vscode.l10n.t('Environment "{0}" added. Its credentials are stored only in the OS secret store.', env.name)
        : vscode.l10n.t('Environment "{0}" added; "{1}" stays active.', env.name, envs.active().environment.name);
      void Promise.resolve(vscode.window.showInformationMessage(message, setCredentials))
        .then((pick) => (pick && activate ? vscode.commands.executeCommand('mok.env.setCredentials') : undefined))
        .catch(() => undefined);
      return env;
    }),
    vscode.commands.registerCommand('mok.env.edit', async (arg?: unknown) => {
      const current = await pickEnvironment(prompts, envs, vscode.l10n.t('Edit which environment?'), arg);
      if (!current) return undefined;
      const where = locate(current.name);
      const next = await askEnvironment(prompts, envs, current);
      if (!next || !where) return undefined;
      const wasActive = envs.active().environment.name === current.name;
      if (next.name !== current.name) {
        const creds = await store.get(current.name);
        for (const k of credentialKeys) if (creds[k]) await store.set(next.name, k, creds[k]);
        await store.clear(current.name);
      }
      const entries = where.entries.map((e) => (nameOf(e) === current.name ? { ...(e as object), ...next } : e));
      await vscode.workspace.getConfiguration('mok').update('environments', entries, where.target);
      if (wasActive && next.name !== current.name) await envs.switchTo(next.name);
      envs.logger.info(`Environment "${current.name}" edited${next.name !== current.name ? ` (now "${next.name}")` : ''}`);
      return next;
    }),
    vscode.commands.registerCommand('mok.env.remove', async (arg?: unknown) => {
      const env = await pickEnvironment(prompts, envs, vscode.l10n.t('Remove which environment?'), arg);
      if (!env) return false;
      const ok = await prompts.confirm(vscode.l10n.t('Remove the environment "{0}"?', env.name), {
        detail: vscode.l10n.t('Its stored credentials are removed too.'),
        action: vscode.l10n.t('Remove'),
      });
      if (!ok) return false;
      if (envs.active().environment.name === env.name) await envs.switchTo(SANDBOX_NAME);
      const where = locate(env.name);
      if (where) await vscode.workspace.getConfiguration('mok').update('environments', where.entries.filter((e) => nameOf(e) !== env.name), where.target);
      await store.clear(env.name);
      envs.logger.info(`Environment "${env.name}" removed with its stored credentials`);
      return true;
    }),
  ];
}

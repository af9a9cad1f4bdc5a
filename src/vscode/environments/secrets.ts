// Credentials per environment in VS Code SecretStorage only (never settings or globalState).
// Keys are typed; changes from other windows arrive through onDidChange.
import * as vscode from 'vscode';
import { credentialKeys, type Credentials } from '../../core/environment';
import { Disposable } from '../common/lifecycle';

type CredentialKey = (typeof credentialKeys)[number];
const PREFIX = 'mok.credentials/';

export class CredentialStore extends Disposable {
  private readonly cache = new Map<string, Credentials>();
  private readonly emitter = this._register(new vscode.EventEmitter<string>());
  /** Fires with the environment name whose credentials changed. */
  readonly onDidChange = this.emitter.event;

  constructor(private readonly secrets: vscode.SecretStorage) {
    super();
    this._register(
      secrets.onDidChange((e) => {
        if (!e.key.startsWith(PREFIX)) return;
        const env = e.key.slice(PREFIX.length).split('/')[0] ?? '';
        this.cache.delete(env);
        this.emitter.fire(env);
      }),
    );
  }

  async get(env: string): Promise<Credentials> {
    const hit = this.cache.get(env);
    if (hit) return hit;
    const out: Credentials = {};
    await Promise.all(
      credentialKeys.map(async (k) => {
        const v = await this.secrets.get(key(env, k));
        if (v) out[k] = v;
      }),
    );
    this.cache.set(env, out);
    return out;
  }

  async set(env: string, k: CredentialKey, value: string | undefined): Promise<void> {
    this.cache.delete(env);
    if (value) await this.secrets.store(key(env, k), value);
    else await this.secrets.delete(key(env, k));
  }

  async clear(env: string): Promise<void> {
    this.cache.delete(env);
    await Promise.all(credentialKeys.map((k) => this.secrets.delete(key(env, k))));
  }
}

function key(env: string, k: CredentialKey): string {
  return `${PREFIX}${env}/${k}`;
}

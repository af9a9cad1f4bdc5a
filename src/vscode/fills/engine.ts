// The validation engine (dist/engine.js: ajv, the fill-file check, lint, examples), required the
// first time a fill file or a template structure needs it, plus what the editor keeps around it:
// one validator per `mok.validation.formats` mode and a template source per environment (cached,
// forgotten when the environment changes).
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Engine } from '../../core/engine';
import type { TemplateSource } from '../../core/fill/templates';
import type { FormatMode, SchemaValidator } from '../../core/validation/ajv';
import { Disposable } from '../common/lifecycle';
import type { ViewContext } from '../common/viewContext';

export class ValidationEngine extends Disposable {
  private loaded: Engine | undefined;
  private readonly validators = new Map<FormatMode, SchemaValidator>();
  private sourceValue: (TemplateSource & { clear(): void }) | undefined;
  private readonly emitter = this._register(new vscode.EventEmitter<void>());
  /** What fill files are checked against changed (environment, credentials, settings, a refresh). */
  readonly onDidChange = this.emitter.event;

  constructor(private readonly ctx: ViewContext) {
    super();
    this._register(ctx.envs.onDidChange(() => this.reset()));
  }

  get engine(): Engine {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    this.loaded ??= (require(path.join(this.ctx.extension.extensionPath, 'dist', 'engine.js')) as { engine: Engine }).engine;
    return this.loaded;
  }

  /** The validator for the current `mok.validation.formats` setting. */
  get validator(): SchemaValidator {
    const mode = this.ctx.envs.settings.validationFormats;
    let v = this.validators.get(mode);
    if (!v) {
      v = new this.engine.SchemaValidator({ formats: mode });
      this.validators.set(mode, v);
    }
    return v;
  }

  /** Templates of the active environment, through its API client (cached per template major). */
  get source(): TemplateSource & { clear(): void } {
    if (!this.sourceValue) {
      const envs = this.ctx.envs;
      const env = envs.active().environment;
      const lazy: TemplateSource = {
        label: env.name,
        defaultOrg: env.org,
        versions: async (id, major, org, signal) => this.engine.apiTemplateSource(await envs.client(), env.name).versions(id, major, org, signal),
        majors: async (id, org, signal) => this.engine.apiTemplateSource(await envs.client(), env.name).majors(id, org, signal),
        externalIds: async (org, signal) => this.engine.apiTemplateSource(await envs.client(), env.name).externalIds(org, signal),
      };
      this.sourceValue = this.engine.cachedTemplateSource(lazy, 5 * 60_000);
    }
    return this.sourceValue;
  }

  /** Forgets cached templates (the templates view was refreshed, the environment changed). */
  reset(): void {
    this.sourceValue?.clear();
    this.sourceValue = undefined;
    this.emitter.fire();
  }
}

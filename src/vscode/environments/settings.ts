// One reader for the `mok.*` configuration: zod-checked, typed, with every problem reported by
// name instead of silently falling back.
import * as vscode from 'vscode';
import * as z from 'zod';
import { SANDBOX_DEFAULT_SEED_SIZE, environmentSchema, type Environment } from '../../core/environment';

export const SANDBOX_NAME = 'Sandbox';

const settingsSchema = z.object({
  activeEnvironment: z.string().default(SANDBOX_NAME),
  environments: z.array(z.unknown()).default([]),
  sandboxUrl: z.string().default(''),
  sandboxSeedSize: z.number().int().min(0).max(200_000).default(SANDBOX_DEFAULT_SEED_SIZE),
  pageSize: z.number().int().min(1).max(200).default(25),
  groupByStatus: z.boolean().default(false),
  timeoutMs: z.number().int().min(1000).max(600_000).default(30_000),
  validationFormats: z.enum(['assert', 'annotate']).default('assert'),
  fillOrigin: z.string().regex(/^[\x21-\x7e]{1,200}$/, 'a header value: printable ASCII without spaces, at most 200 characters').default('mok-devtools'),
});

export interface Settings {
  activeEnvironment: string;
  /** Valid user environments (the built-in Sandbox is not in this list). */
  environments: Environment[];
  /** Problems found in `mok.environments`, each naming the entry and field. */
  problems: string[];
  /** Use an already running sandbox instead of starting one in-process (the demo does this). */
  sandboxUrl: string;
  sandboxSeedSize: number;
  pageSize: number;
  groupByStatus: boolean;
  timeoutMs: number;
  /** `format` in template structures: asserted (as the fill endpoint does) or only an annotation. */
  validationFormats: 'assert' | 'annotate';
  /** The `fill-process-origin` header of fills sent from the editor. */
  fillOrigin: string;
}

export function readSettings(): Settings {
  const c = vscode.workspace.getConfiguration('mok');
  const raw = {
    activeEnvironment: c.get('activeEnvironment'),
    environments: c.get('environments'),
    sandboxUrl: c.get('sandbox.url'),
    sandboxSeedSize: c.get('sandbox.seedSize'),
    pageSize: c.get('serviceRequests.pageSize'),
    groupByStatus: c.get('serviceRequests.groupByStatus'),
    timeoutMs: c.get('http.timeoutMs'),
    validationFormats: c.get('validation.formats'),
    fillOrigin: c.get('fills.origin'),
  };
  const problems: string[] = [];
  const parsed = settingsSchema.safeParse(raw);
  const base = parsed.success ? parsed.data : settingsSchema.parse({});
  if (!parsed.success) for (const i of parsed.error.issues) problems.push(`mok.${i.path.join('.')}: ${i.message}`);
  const environments: Environment[] = [];
  base.environments.forEach((e, index) => {
    const r = environmentSchema.safeParse(e);
    if (!r.success) {
      const name = e && typeof e === 'object' && 'name' in e && typeof e.name === 'string' ? `"${e.name}"` : `#${index + 1}`;
      for (const i of r.error.issues) problems.push(`mok.environments ${name}${i.path.length ? ` ${i.path.join('.')}` : ''}: ${i.message}`);
      return;
    }
    if (r.data.name === SANDBOX_NAME || environments.some((x) => x.name === r.data.name)) {
      problems.push(`mok.environments: the name "${r.data.name}" is used twice (or is the built-in Sandbox); rename one.`);
      return;
    }
    environments.push(r.data);
  });
  return { ...base, environments, problems };
}

// One reader for the `mok.*` configuration: zod-checked, typed, with every problem reported by
// name (in words, in the display language) instead of silently falling back.
import * as vscode from 'vscode';
import * as z from 'zod';
import { SANDBOX_DEFAULT_SEED_SIZE, environmentSchema, type Environment } from '../../core/environment';
import { fieldPathOf } from '../../core/json/pointer';
import { zodProblems } from '../../core/problems/fromZod';

export const SANDBOX_NAME = 'Sandbox';

const settingsSchema = z.object({
  activeEnvironment: z.string().default(SANDBOX_NAME),
  environments: z.array(z.unknown()).default([]),
  sandboxUrl: z.string().default(''),
  sandboxSeedSize: z.number().int().min(0).max(200_000).default(SANDBOX_DEFAULT_SEED_SIZE),
  pageSize: z.number().int().min(1).max(200).default(25),
  groupByStatus: z.boolean().default(false),
  sort: z.enum(['newest', 'oldest']).default('newest'),
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
  /** Service Requests view order. */
  sort: 'newest' | 'oldest';
  timeoutMs: number;
  /** `format` in template structures: asserted (as the fill endpoint does) or only an annotation. */
  validationFormats: 'assert' | 'annotate';
  /** The `fill-process-origin` header of fills sent from the editor. */
  fillOrigin: string;
}

const SETTING_KEYS = {
  activeEnvironment: 'activeEnvironment',
  environments: 'environments',
  sandboxUrl: 'sandbox.url',
  sandboxSeedSize: 'sandbox.seedSize',
  pageSize: 'serviceRequests.pageSize',
  groupByStatus: 'serviceRequests.groupByStatus',
  sort: 'serviceRequests.sort',
  timeoutMs: 'http.timeoutMs',
  validationFormats: 'validation.formats',
  fillOrigin: 'fills.origin',
} as const;

/**
 * Reads `keys` (field → setting under `mok.`) and parses them with `schema`: a bad value falls
 * back to its default alone and is reported by its setting name, in words.
 */
function readKeys<S extends z.ZodObject>(schema: S, keys: Readonly<Record<string, string>>): { data: z.infer<S>; problems: string[] } {
  const c = vscode.workspace.getConfiguration('mok');
  const raw = Object.fromEntries(Object.entries(keys).map(([field, key]) => [field, c.get(key)]));
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { data: parsed.data, problems: [] };
  const problems: string[] = [];
  const bad = new Set<string>();
  for (const p of zodProblems(parsed.error, raw, { l10n: vscode.l10n })) {
    const [field = '', ...rest] = fieldPathOf(p.pointer).split('.');
    bad.add(field);
    problems.push(`mok.${[keys[field] ?? field, ...rest].join('.')}: ${p.message}`);
  }
  const kept = schema.safeParse(Object.fromEntries(Object.entries(raw).filter(([k]) => !bad.has(k))));
  return { data: kept.success ? kept.data : schema.parse({}), problems };
}

export function readSettings(): Settings {
  const { data: base, problems } = readKeys(settingsSchema, SETTING_KEYS);
  const environments: Environment[] = [];
  base.environments.forEach((e, index) => {
    const r = environmentSchema.safeParse(e);
    if (!r.success) {
      const name = e && typeof e === 'object' && 'name' in e && typeof e.name === 'string' ? `"${e.name}"` : `#${index + 1}`;
      for (const p of zodProblems(r.error, e, { l10n: vscode.l10n })) problems.push(`mok.environments ${name}${p.pointer ? ` ${fieldPathOf(p.pointer)}` : ''}: ${p.message}`);
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

const webhookSettingsSchema = z.object({
  port: z.number().int().min(0).max(65535).default(4020),
  maxMegabytes: z.number().int().min(1).max(4096).default(64),
  maxAgeDays: z.number().min(0.01).max(3650).default(7),
  forwardUrl: z.union([z.literal(''), z.url({ message: 'must be an http(s) URL' })]).default(''),
  allowedHosts: z.array(z.string().min(1)).default([]),
  deliverToInbox: z.boolean().default(true),
  partnerWebhooks: z.boolean().default(false),
  webhookAuth: z.enum(['none', 'basic', 'bearer', 'fetchedBearer']).default('none'),
  webhookAuthKeys: z.object({ username: z.string().min(1).optional(), password: z.string().min(1).optional(), token: z.string().min(1).optional() }).default({}),
});

/**
 * The webhook inbox's settings (`mok.webhooks.inbox.*`) and how the in-process sandbox delivers
 * webhooks (`mok.sandbox.*`). Read apart from `Settings`: changing them must not reload the views.
 */
export type WebhookSettings = z.infer<typeof webhookSettingsSchema> & { problems: string[] };

const WEBHOOK_SETTING_KEYS = {
  port: 'webhooks.inbox.port',
  maxMegabytes: 'webhooks.inbox.maxMegabytes',
  maxAgeDays: 'webhooks.inbox.maxAgeDays',
  forwardUrl: 'webhooks.inbox.forwardUrl',
  allowedHosts: 'webhooks.inbox.allowedHosts',
  deliverToInbox: 'sandbox.deliverToInbox',
  partnerWebhooks: 'sandbox.partnerWebhooks',
  webhookAuth: 'sandbox.webhookAuth',
  webhookAuthKeys: 'sandbox.webhookAuthKeys',
} as const;

export function readWebhookSettings(): WebhookSettings {
  const { data, problems } = readKeys(webhookSettingsSchema, WEBHOOK_SETTING_KEYS);
  return { ...data, problems };
}

// Finding the template version a fill file (or `--template ID@MAJOR[.MINOR]`) names: the minor
// validated against (pinned, or the latest — what the fill endpoint uses), and when something is
// missing, which one and what exists instead ("factura_mensual has no major 3; majors: 1 (latest
// 1.1), 2 (latest 2.0)"). Reads through a TemplateSource so the CLI and the extension share the
// logic over their own API client; answers are cached per template major.
import type { ApiClient } from '../client/apiClient';
import { ApiError, InputError } from '../errors';
import { english, type Localizer } from '../l10n';
import type { TemplateSummary, TemplateVersionDetail } from '../models/documents';
import { parseTemplateVersion } from '../models/documents';
import type { Problem } from '../problems/problem';
import { closest } from '../wording/suggest';
import { quote } from '../wording/values';
import { templateRefWords, type TemplateRef } from './fillFile';

export interface TemplateSource {
  /** Where templates come from, for messages ("Sandbox", "https://…"). */
  readonly label: string;
  /** The org used when a reference names none. */
  readonly defaultOrg: string;
  /** Minors of a major, newest first. Throws ApiError `notFound` when the template or the major does not exist. */
  versions(externalId: string, major: number, org: string, signal?: AbortSignal): Promise<TemplateVersionDetail[]>;
  /** The latest minor of each major of a template ([] when there is no such template). */
  majors(externalId: string, org: string, signal?: AbortSignal): Promise<TemplateSummary[]>;
  /** External ids of (the first page of) the org's templates, for "did you mean". */
  externalIds(org: string, signal?: AbortSignal): Promise<string[]>;
}

export interface ResolvedTemplate {
  /** The version validated against. */
  detail: TemplateVersionDetail;
  /** The latest minor of the major: what the fill endpoint would use. */
  latest: TemplateVersionDetail;
  /** Minors of the major, newest first. */
  minors: TemplateVersionDetail[];
  org: string;
}

export type Resolution = { ok: true; template: ResolvedTemplate; problems: Problem[] } | { ok: false; problems: Problem[]; reason: 'missing' | 'unavailable' };

/**
 * Path params naming another org than the client's environment: the client fills `{org}` from the
 * environment unless the params carry one (ApiClient.url), which the typed params do not declare.
 */
function inOrg<P>(params: P, org: string): P {
  // Typed as the endpoint's params (which do not list `org`, undefined for the list operation).
  return Object.assign({}, params, { org });
}

/** The TemplateSource of an API client (the Documents API, or the sandbox). */
export function apiTemplateSource(client: ApiClient, label: string): TemplateSource {
  return {
    label,
    defaultOrg: client.environment.org,
    versions: async (id, major, org, signal) => (await client.call('templates.versions', { params: inOrg({ id, major }, org) }, { signal })).templates,
    majors: async (id, org, signal) => (await client.call('templates.list', { params: inOrg(undefined, org), query: { external_id: id, page_size: 50 } }, { signal })).templates.filter((t) => t.external_id === id),
    externalIds: async (org, signal) => [...new Set((await client.call('templates.list', { params: inOrg(undefined, org), query: { page: 0, page_size: 50 } }, { signal })).templates.map((t) => t.external_id))],
  };
}

/** Caches a source's answers (per org/template/major) for `ttlMs`; `clear()` forgets them. */
export function cachedTemplateSource(source: TemplateSource, ttlMs = 60_000, now: () => number = Date.now): TemplateSource & { clear(): void } {
  const cache = new Map<string, { at: number; value: Promise<unknown> }>();
  const memo = <T>(key: string, load: () => Promise<T>): Promise<T> => {
    const hit = cache.get(key);
    if (hit && now() - hit.at < ttlMs) return hit.value as Promise<T>;
    const value = load();
    cache.set(key, { at: now(), value });
    // A failure is not remembered: the next keystroke tries again.
    value.catch(() => cache.delete(key));
    return value;
  };
  return {
    label: source.label,
    defaultOrg: source.defaultOrg,
    versions: (id, major, org, signal) => memo(`v\u0000${org}\u0000${id}\u0000${major}`, () => source.versions(id, major, org, signal)),
    majors: (id, org, signal) => memo(`m\u0000${org}\u0000${id}`, () => source.majors(id, org, signal)),
    externalIds: (org, signal) => memo(`i\u0000${org}`, () => source.externalIds(org, signal)),
    clear: () => cache.clear(),
  };
}

function problem(pointer: string, code: string, severity: Problem['severity'], message: string, data: Record<string, unknown> = {}): Problem {
  return { pointer, message, code, severity, origin: 'schema', data };
}

function minorOf(d: TemplateVersionDetail): number {
  return parseTemplateVersion(d.version)?.minor ?? -1;
}

async function whyMissing(source: TemplateSource, ref: TemplateRef, org: string, l10n: Localizer, at: (member: string) => string, signal?: AbortSignal): Promise<Problem> {
  const majors = await source.majors(ref.externalId, org, signal).catch(() => [] as TemplateSummary[]);
  if (!majors.length) {
    const ids = await source.externalIds(org, signal).catch(() => [] as string[]);
    const near = closest(ref.externalId, ids);
    const message =
      near !== undefined
        ? l10n.t('there is no dynamic template {0} in org {1} (did you mean {2}?)', quote(ref.externalId), quote(org), quote(near))
        : l10n.t('there is no dynamic template {0} in org {1}', quote(ref.externalId), quote(org));
    return problem(at('external_id'), 'fill/template-not-found', 'error', message, near !== undefined ? { suggestion: near } : {});
  }
  const list = majors
    .map((m) => ({ major: parseTemplateVersion(m.version)?.major ?? 0, version: m.version }))
    .sort((a, b) => a.major - b.major)
    .map((m) => l10n.t('{0} (latest {1})', m.major, m.version))
    .join(', ');
  return problem(at('major'), 'fill/major-not-found', 'error', l10n.t('{0} has no major version {1}; its majors: {2}', ref.externalId, ref.major, list));
}

/**
 * The version a reference names. Problems point into a fill file's `template` member
 * (`pointerBase`, default `/template`); a CLI flag passes '' and prints them.
 */
export async function resolveTemplate(source: TemplateSource, ref: TemplateRef, options: { l10n?: Localizer; signal?: AbortSignal; pointerBase?: string } = {}): Promise<Resolution> {
  const l10n = options.l10n ?? english;
  const base = options.pointerBase ?? '/template';
  const at = (member: string) => (base ? `${base}/${member}` : '');
  const org = ref.org ?? source.defaultOrg;
  let minors: TemplateVersionDetail[];
  try {
    minors = [...(await source.versions(ref.externalId, ref.major, org, options.signal))].sort((a, b) => minorOf(b) - minorOf(a));
  } catch (e) {
    if (ApiError.is(e, 'notFound')) return { ok: false, reason: 'missing', problems: [await whyMissing(source, ref, org, l10n, at, options.signal)] };
    if (ApiError.is(e, 'cancelled') || !(ApiError.is(e) || InputError.is(e))) throw e;
    const why = e.message;
    return { ok: false, reason: 'unavailable', problems: [problem(base, 'fill/template-unavailable', 'warning', l10n.t('could not load {0} from {1}: {2}; fields_values is not checked', templateRefWords(ref), source.label, why))] };
  }
  const latest = minors[0];
  if (!latest) return { ok: false, reason: 'missing', problems: [await whyMissing(source, ref, org, l10n, at, options.signal)] };
  if (ref.minor === undefined) return { ok: true, template: { detail: latest, latest, minors, org }, problems: [] };
  const pinned = minors.find((m) => minorOf(m) === ref.minor);
  if (!pinned) {
    const list = minors.map((m) => m.version).join(', ');
    return { ok: false, reason: 'missing', problems: [problem(at('minor'), 'fill/minor-not-found', 'error', l10n.t('{0} major {1} has no minor {2}; its minors: {3}', ref.externalId, ref.major, ref.minor, list), { latest: minorOf(latest) })] };
  }
  const problems =
    pinned === latest
      ? []
      : [
          problem(
            at('minor'),
            'fill/minor-not-latest',
            'warning',
            l10n.t('the fill endpoint takes the major only and fills with its latest minor, {0}; this file is checked against the pinned {1}', latest.version, pinned.version),
            { latest: minorOf(latest) },
          ),
        ];
  return { ok: true, template: { detail: pinned, latest, minors, org }, problems };
}

// A TemplateSource over in-memory template versions (the sandbox's seed), for core tests that
// need template resolution without HTTP; it counts calls so caching can be checked.
import { ApiError } from '../../src/core/errors';
import type { TemplateSource } from '../../src/core/fill/templates';
import type { TemplateVersionDetail } from '../../src/core/models/documents';
import { seedTemplates } from '../../src/sandbox/documents/seed';

export function seedVersions(org = 'masmovil'): TemplateVersionDetail[] {
  return (seedTemplates()[org] ?? []).flatMap((t) =>
    t.versions.map((v) => ({
      external_id: t.externalId,
      description: v.description,
      version: v.version,
      default_language: v.defaultLanguage,
      languages: Object.keys(v.sources),
      tags: [...v.tags],
      creation_date: v.creationDate,
      structure: structuredClone(v.structure),
      sources: [],
    })),
  );
}

export function fakeTemplateSource(versions: TemplateVersionDetail[] = seedVersions(), options: { fail?: ApiError } = {}): TemplateSource & { calls: number } {
  const majorOf = (v: TemplateVersionDetail) => Number(v.version.split('.')[0]);
  const minorOf = (v: TemplateVersionDetail) => Number(v.version.split('.')[1]);
  const source = {
    label: 'Sandbox',
    defaultOrg: 'masmovil',
    calls: 0,
    versions: (id: string, major: number) => {
      source.calls++;
      if (options.fail) return Promise.reject(options.fail);
      const found = versions.filter((v) => v.external_id === id && majorOf(v) === major).sort((a, b) => minorOf(b) - minorOf(a));
      if (!found.length) return Promise.reject(new ApiError({ reason: 'notFound', message: 'Not found', status: 404 }));
      return Promise.resolve(found);
    },
    majors: (id: string) => {
      const mine = versions.filter((v) => v.external_id === id);
      const latest = new Map<number, TemplateVersionDetail>();
      for (const v of mine) if (!latest.has(majorOf(v)) || minorOf(latest.get(majorOf(v))!) < minorOf(v)) latest.set(majorOf(v), v);
      return Promise.resolve([...latest.values()]);
    },
    externalIds: () => Promise.resolve([...new Set(versions.map((v) => v.external_id))]),
  };
  return source;
}

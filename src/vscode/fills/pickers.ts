// Choosing a template version in two quick picks: the template (from the active environment's
// list), then "latest minor of major N" (what the fill endpoint uses) or one pinned minor.
import * as vscode from 'vscode';
import { ApiError } from '../../core/errors';
import type { TemplateSummary, TemplateVersionDetail } from '../../core/models/documents';
import { parseTemplateVersion } from '../../core/models/values';
import { errorSummary, showError } from '../common/errors';
import { withCancellableProgress } from '../common/progress';
import type { ViewContext } from '../common/viewContext';

export interface PickedVersion {
  externalId: string;
  major: number;
  /** Set when the user pinned a minor. */
  minor?: number;
  detail: TemplateVersionDetail;
  latest: TemplateVersionDetail;
}

interface VersionItem extends vscode.QuickPickItem {
  pick: PickedVersion;
}

async function load<T>(ctx: ViewContext, title: string, task: (signal: AbortSignal) => Promise<T>): Promise<T | undefined> {
  try {
    return await withCancellableProgress(title, task);
  } catch (e) {
    if (ApiError.is(e, 'cancelled')) return undefined;
    ctx.log.warn(`${title} ${ApiError.is(e) ? e.describe() : errorSummary(e)}`);
    void showError(vscode.l10n.t('Could not load dynamic templates: {0}', errorSummary(e)), () => ctx.log.show());
    return undefined;
  }
}

export async function pickTemplateVersion(ctx: ViewContext, title: string): Promise<PickedVersion | undefined> {
  const env = ctx.envs.active().environment;
  const client = await ctx.envs.client();
  const list = await load(ctx, vscode.l10n.t('Loading dynamic templates of {0}…', env.name), async (signal) => (await client.call('templates.list', { query: { page: 0, page_size: 50 } }, { signal })).templates);
  if (!list) return undefined;
  const groups = new Map<string, TemplateSummary[]>();
  for (const t of list) groups.set(t.external_id, [...(groups.get(t.external_id) ?? []), t]);
  const template = await vscode.window.showQuickPick(
    [...groups].map(([id, majors]) => ({ label: id, description: majors.map((m) => `v${m.version}`).join(', '), detail: majors[0]?.description, id })),
    { title: `${title} (1/2)`, placeHolder: vscode.l10n.t('Template of org {0}', env.org), matchOnDescription: true },
  );
  if (!template) return undefined;
  const majors = (groups.get(template.id) ?? []).map((m) => parseTemplateVersion(m.version)?.major ?? 0).sort((a, b) => b - a);
  const versions = await load(ctx, vscode.l10n.t('Loading versions of {0}…', template.id), (signal) => Promise.all(majors.map(async (major) => (await client.call('templates.versions', { params: { id: template.id, major } }, { signal })).templates)));
  if (!versions) return undefined;
  const items: (VersionItem | vscode.QuickPickItem)[] = [];
  versions.forEach((minors, i) => {
    const major = majors[i] ?? 0;
    const latest = minors[0];
    if (!latest) return;
    items.push({ label: vscode.l10n.t('Major {0}', major), kind: vscode.QuickPickItemKind.Separator });
    items.push({ label: vscode.l10n.t('v{0} · latest minor ({1})', major, latest.version), description: latest.languages.join(', '), detail: vscode.l10n.t('What the fill endpoint uses'), pick: { externalId: template.id, major, detail: latest, latest } });
    for (const m of minors) {
      const minor = parseTemplateVersion(m.version)?.minor ?? 0;
      items.push({ label: vscode.l10n.t('v{0} · pinned', m.version), description: m.languages.join(', '), pick: { externalId: template.id, major, minor, detail: m, latest } });
    }
  });
  const chosen = await vscode.window.showQuickPick(items, { title: `${title} (2/2)`, placeHolder: template.id });
  return chosen && 'pick' in chosen ? (chosen).pick : undefined;
}

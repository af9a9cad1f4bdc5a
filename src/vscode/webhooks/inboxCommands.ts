// The Webhook Inbox's commands: start and stop listening (the personal-data notice the first
// time), clear all, export, open an event, replay it to a URL, compare two deliveries in a diff
// editor, filters, the forward URL, copy the address, the links between an event and its service
// request (both ways), and "Simulate MOK Event…" for the Sandbox.
import * as vscode from 'vscode';
import { ApiError } from '../../core/errors';
import { isHttpUrl } from '../../core/http/url';
import { ServerError } from '../../core/server/rawServer';
import { StoreError } from '../../core/storage/jsonlStore';
import { WebhookError } from '../../core/webhooks/errors';
import { bodyBytes, inboxEventJson, type InboxEvent } from '../../core/webhooks/inboxRecord';
import type { ResultAction } from '../../webview/protocols/webhookResult';
import { errorSummary, showError } from '../common/errors';
import { withCancellableProgress } from '../common/progress';
import type { ViewContext } from '../common/viewContext';
import { SANDBOX_NAME } from '../environments/settings';
import { ServiceRequestNode, statusLabel } from '../serviceRequests/nodes';
import type { ServiceRequestsProvider } from '../serviceRequests/view';
import { showInboxEvent } from './inboxEventPanel';
import type { WebhookInboxService } from './inboxService';
import type { WebhookInboxProvider} from './inboxView';
import { INBOX_VIEW_ID, InboxEventNode, eventTitle, verdictWords, type InboxFilters } from './inboxView';
import type { WebhookResultPanel } from './resultPanel';
import { webhookErrorMessage } from './words';

const NOTICE_KEY = 'mok.webhooks.inbox.noticeShown';
const REPLAY_URL_KEY = 'mok.webhooks.inbox.lastReplayUrl';

export interface ReplayOutcome {
  status: number;
  durationMs: number;
  bodyText: string;
}

function startFailure(e: unknown, port: number): string {
  if (ServerError.is(e, 'addressInUse')) return vscode.l10n.t('Port {0} is already in use (another inbox or program). Set mok.webhooks.inbox.port to another port (e.g. {1}), or to 0 for any free port.', port, port + 1);
  if (ServerError.is(e, 'permissionDenied')) return vscode.l10n.t('Not allowed to listen on port {0} (ports below 1024 need privileges). Set mok.webhooks.inbox.port to another port.', port);
  if (StoreError.is(e)) return vscode.l10n.t('The inbox cannot keep its history: {0}', e.message);
  return e instanceof Error ? e.message : String(e);
}

export function registerInboxCommands(ctx: ViewContext, inbox: WebhookInboxService, provider: WebhookInboxProvider, panel: WebhookResultPanel): vscode.Disposable[] {
  const eventOf = (arg: unknown): InboxEvent | undefined => (InboxEventNode.is(arg) ? arg.event : provider.view.selection.find((n): n is InboxEventNode => InboxEventNode.is(n))?.event);
  const find = async (id: string) => (await inbox.events()).find((e) => e.id === id);

  async function start(): Promise<boolean> {
    try {
      await withCancellableProgress(vscode.l10n.t('Starting the webhook inbox…'), () => inbox.start());
    } catch (e) {
      ctx.log.warn(`Webhook inbox: ${e instanceof Error ? e.message : String(e)}`);
      const settings = vscode.l10n.t('Open Settings');
      const pick = await vscode.window.showErrorMessage(startFailure(e, inbox.settings.port), settings);
      if (pick === settings) await vscode.commands.executeCommand('workbench.action.openSettings', 'mok.webhooks.inbox');
      return false;
    }
    if (!ctx.extension.globalState.get<boolean>(NOTICE_KEY)) {
      await ctx.extension.globalState.update(NOTICE_KEY, true);
      void vscode.window.showInformationMessage(
        vscode.l10n.t('The webhook inbox listens on {0}. Webhook bodies carry personal data (names, phones, addresses): they stay on this machine for {1} days; Clear All removes them.', inbox.externalUrl ?? '', inbox.settings.maxAgeDays),
      );
    }
    return true;
  }

  async function replay(event: InboxEvent, given?: string): Promise<ReplayOutcome | undefined> {
    const url =
      given ??
      (await vscode.window.showInputBox({
        title: vscode.l10n.t('Replay {0} to…', event.id),
        prompt: vscode.l10n.t('The same method, body bytes and headers (X-Signature included) are sent again.'),
        ignoreFocusOut: true,
        value: ctx.extension.globalState.get<string>(REPLAY_URL_KEY) ?? (inbox.settings.forwardUrl || 'http://localhost:3000/webhooks/mok'),
        validateInput: (v) => (isHttpUrl(v) ? undefined : vscode.l10n.t('An http(s) URL, e.g. http://localhost:3000/webhooks/mok')),
      }));
    if (!url) return undefined;
    await ctx.extension.globalState.update(REPLAY_URL_KEY, url);
    try {
      const { replayEvent } = inbox.runtime();
      const res = await withCancellableProgress(vscode.l10n.t('Replaying {0} to {1}…', event.id, url), (signal) => replayEvent(event, url, { auth: inbox.authExpectation(), signal, timeoutMs: ctx.envs.settings.timeoutMs }));
      ctx.log.info(`Webhook inbox: replayed ${event.id} to ${url}: ${res.status} in ${res.durationMs} ms`);
      const text = [`${event.method} ${url}`, `# ${vscode.l10n.t('Replay of {0} ({1} body bytes)', event.id, event.bodyBytes)}`, '', `HTTP ${res.status} (${res.durationMs} ms)`, ...Object.entries(res.headers).map(([k, v]) => `${k}: ${v}`), '', res.bodyText].join('\n');
      await ctx.json.open(`replay-${event.id}`, undefined, { text: `${text}\n`, language: 'plaintext' });
      return { status: res.status, durationMs: res.durationMs, bodyText: res.bodyText };
    } catch (e) {
      if (WebhookError.is(e, 'cancelled')) return undefined;
      if (!WebhookError.is(e)) throw e;
      void showError(vscode.l10n.t('{0} was not replayed: {1}', event.id, webhookErrorMessage(e)), () => ctx.log.show());
      return undefined;
    }
  }

  /** Two deliveries as raw requests side by side: headers and bytes, as they arrived. */
  async function compare(first: InboxEvent, other?: InboxEvent): Promise<{ left: vscode.Uri; right: vscode.Uri } | undefined> {
    let second = other;
    if (!second) {
      const candidates = (await inbox.events()).filter((e) => e.id !== first.id).reverse();
      const pick = await vscode.window.showQuickPick(
        candidates.map((e) => ({ label: eventTitle(e), description: [e.serviceRequestId !== undefined ? `#${e.serviceRequestId}` : '', e.status ?? '', verdictWords(e.valid === null ? 'unchecked' : e.valid ? 'valid' : 'invalid'), e.receivedAt].filter(Boolean).join(' · '), detail: e.id, event: e })),
        { title: vscode.l10n.t('Compare {0} with…', first.id), matchOnDescription: true, matchOnDetail: true },
      );
      second = pick?.event;
    }
    if (!second) return undefined;
    const raw = (e: InboxEvent) => `${e.method} ${e.path}\n${e.headers.map(([k, v]) => `${k}: ${v}`).join('\n')}\n\n${e.bodyEncoding === 'utf8' ? bodyBytes(e).toString('utf8') : e.body}\n`;
    const left = ctx.json.put(second.id, raw(second), '.http');
    const right = ctx.json.put(first.id, raw(first), '.http');
    await vscode.commands.executeCommand('vscode.diff', left, right, vscode.l10n.t('{0} ↔ {1}', second.id, first.id));
    return { left, right };
  }

  async function revealServiceRequest(event: InboxEvent): Promise<boolean> {
    const id = event.serviceRequestId;
    if (id === undefined) return false;
    try {
      const client = await ctx.envs.client();
      const res = await withCancellableProgress(vscode.l10n.t('Loading service request {0}…', id), (signal) => client.call('serviceRequests.get', { params: { id } }, { signal }));
      await vscode.commands.executeCommand('mok.views.serviceRequests.focus');
      const sr = ctx.providers.get('mok.views.serviceRequests') as ServiceRequestsProvider | undefined;
      await sr?.reveal(res.service_request);
      return true;
    } catch (e) {
      if (ApiError.is(e, 'cancelled')) return false;
      void showError(vscode.l10n.t('Service request {0} could not be shown in "{1}": {2}', id, ctx.envs.active().environment.name, errorSummary(e)), () => ctx.log.show());
      return false;
    }
  }

  const act = (a: ResultAction, event: InboxEvent): unknown => {
    switch (a) {
      case 'replay':
        return replay(event);
      case 'compare':
        return compare(event);
      case 'revealServiceRequest':
        return revealServiceRequest(event);
      case 'recheck':
      case 'otherSecret':
        return open(event);
    }
  };
  const open = (event: InboxEvent) =>
    showInboxEvent(event, {
      panel,
      secret: async () => ({ value: (await ctx.envs.credentials()).webhookSecret, environment: ctx.envs.active().environment.name }),
      action: act,
    });

  return [
    vscode.commands.registerCommand('mok.webhooks.inbox.start', () => start()),
    vscode.commands.registerCommand('mok.webhooks.inbox.stop', () => inbox.stop()),
    vscode.commands.registerCommand('mok.webhooks.inbox.clear', async (confirmed?: unknown) => {
      const clear = vscode.l10n.t('Clear All');
      if (confirmed !== true) {
        const ok = await vscode.window.showWarningMessage(vscode.l10n.t('Remove every captured webhook of this workspace from this machine?'), { modal: true }, clear);
        if (ok !== clear) return false;
      }
      await inbox.clear();
      return true;
    }),
    vscode.commands.registerCommand('mok.webhooks.inbox.export', async (target?: unknown) => {
      const uri = target instanceof vscode.Uri ? target : await vscode.window.showSaveDialog({ title: vscode.l10n.t('Export the webhook inbox (it holds personal data)'), filters: { JSON: ['json'] }, saveLabel: vscode.l10n.t('Export') });
      if (!uri) return undefined;
      const events = (await inbox.events()).filter((e) => provider.matches(e)).map(inboxEventJson);
      await vscode.workspace.fs.writeFile(uri, Buffer.from(`${JSON.stringify(events, null, 2)}\n`, 'utf8'));
      vscode.window.setStatusBarMessage(vscode.l10n.t('{0} events exported', events.length), 4000);
      return uri;
    }),
    vscode.commands.registerCommand('mok.webhooks.inbox.open', async (arg?: unknown) => {
      const event = typeof arg === 'string' ? await find(arg) : eventOf(arg);
      return event ? open(event) : undefined;
    }),
    vscode.commands.registerCommand('mok.webhooks.inbox.replay', async (arg?: unknown, url?: unknown) => {
      const event = typeof arg === 'string' ? await find(arg) : eventOf(arg);
      return event ? replay(event, typeof url === 'string' ? url : undefined) : undefined;
    }),
    vscode.commands.registerCommand('mok.webhooks.inbox.compare', async (arg?: unknown, second?: unknown) => {
      // From the context menu with two rows selected, VS Code passes (clicked node, [selected nodes]).
      const selected = Array.isArray(second) ? second.filter((n): n is InboxEventNode => InboxEventNode.is(n)) : [];
      const first = typeof arg === 'string' ? await find(arg) : eventOf(arg);
      if (!first) return undefined;
      const other = typeof second === 'string' ? await find(second) : selected.find((n) => n.event.id !== first.id)?.event;
      return compare(first, other);
    }),
    vscode.commands.registerCommand('mok.webhooks.inbox.filter', async (arg?: unknown) => {
      if (arg && typeof arg === 'object' && !InboxEventNode.is(arg)) return provider.setFilters({ ...provider.filters, ...(arg as InboxFilters) });
      const next = await askFilter(provider.filters);
      if (next) provider.setFilters(next);
      return undefined;
    }),
    vscode.commands.registerCommand('mok.webhooks.inbox.clearFilters', () => provider.setFilters({})),
    vscode.commands.registerCommand('mok.webhooks.inbox.setForward', async () => {
      const url = await vscode.window.showInputBox({
        title: vscode.l10n.t('Forward each webhook to your local server'),
        prompt: vscode.l10n.t('Every captured request is sent on to this URL, byte for byte; its answer is kept with the event. Empty: stop forwarding.'),
        ignoreFocusOut: true,
        value: inbox.settings.forwardUrl || 'http://localhost:3000/webhooks/mok',
        validateInput: (v) => (!v || isHttpUrl(v) ? undefined : vscode.l10n.t('An http(s) URL, e.g. http://localhost:3000/webhooks/mok')),
      });
      if (url === undefined) return;
      await vscode.workspace.getConfiguration('mok').update('webhooks.inbox.forwardUrl', url, vscode.ConfigurationTarget.Workspace);
    }),
    vscode.commands.registerCommand('mok.webhooks.inbox.copyUrl', async () => {
      const url = inbox.externalUrl;
      if (!url) return undefined;
      await vscode.env.clipboard.writeText(url);
      vscode.window.setStatusBarMessage(vscode.l10n.t('Copied {0}', url), 3000);
      return url;
    }),
    vscode.commands.registerCommand('mok.webhooks.inbox.showFor', async (node?: unknown) => {
      const sr = ServiceRequestNode.is(node) ? node.sr : undefined;
      if (!sr) return;
      provider.setFilters({ serviceRequest: sr.id });
      await vscode.commands.executeCommand(`${INBOX_VIEW_ID}.focus`);
    }),
    vscode.commands.registerCommand('mok.webhooks.inbox.revealServiceRequest', async (arg?: unknown) => {
      const event = eventOf(arg);
      return event ? revealServiceRequest(event) : false;
    }),
    vscode.commands.registerCommand('mok.sandbox.simulateEvent', (args?: unknown) => simulate(ctx, inbox, start, args)),
  ];
}

async function askFilter(current: InboxFilters): Promise<InboxFilters | undefined> {
  type Item = vscode.QuickPickItem & { set: InboxFilters };
  const items: Item[] = [
    { label: 'service_request.created', set: { event: 'service_request.created' } },
    { label: 'service_request.updated', set: { event: 'service_request.updated' } },
    { label: vscode.l10n.t('other requests'), set: { event: 'other' } },
    { label: verdictWords('valid'), set: { verdict: 'valid' } },
    { label: verdictWords('invalid'), set: { verdict: 'invalid' } },
    { label: verdictWords('unchecked'), set: { verdict: 'unchecked' } },
    { label: vscode.l10n.t('$(search) A service request…'), set: {} },
  ];
  const pick = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Filter the webhook inbox'), placeHolder: vscode.l10n.t('By event, by verdict, or by service request') });
  if (!pick) return undefined;
  if (Object.keys(pick.set).length) return { ...current, ...pick.set };
  const id = await vscode.window.showInputBox({ title: vscode.l10n.t('Service request id'), value: current.serviceRequest?.toString() ?? '', validateInput: (v) => (/^\d*$/.test(v.trim()) ? undefined : vscode.l10n.t('Enter a number')) });
  if (id === undefined) return undefined;
  return { ...current, serviceRequest: id.trim() ? Number(id.trim()) : undefined };
}

interface SimulateArgs {
  event?: 'created' | 'updated';
  serviceRequestId?: number;
  status?: string;
}

/** "Simulate MOK Event…": a change made by MOK's platforms in the Sandbox, which sends its webhook. */
async function simulate(ctx: ViewContext, inbox: WebhookInboxService, start: () => Promise<boolean>, raw: unknown): Promise<unknown> {
  if (ctx.envs.active().environment.name !== SANDBOX_NAME) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Simulate MOK Event works with the Sandbox environment: real MOK sends its own events.'));
    return undefined;
  }
  const args: SimulateArgs = raw && typeof raw === 'object' ? (raw) : {};
  const event =
    args.event ??
    (
      await vscode.window.showQuickPick(
        [
          { label: vscode.l10n.t('A service request created by MOK'), description: 'service_request.created', event: 'created' as const },
          { label: vscode.l10n.t('A service request updated by MOK'), description: vscode.l10n.t('service_request.updated — moved to its next status'), event: 'updated' as const },
        ],
        { title: vscode.l10n.t('Simulate MOK Event') },
      )
    )?.event;
  if (!event) return undefined;
  if (!inbox.isListening && inbox.settings.deliverToInbox && !ctx.envs.settings.sandboxUrl && raw === undefined) {
    const startIt = vscode.l10n.t('Start Webhook Inbox');
    const pick = await vscode.window.showInformationMessage(vscode.l10n.t('The webhook inbox is not listening, so the event\'s webhook would go nowhere. Start it first?'), startIt, vscode.l10n.t('Send Anyway'));
    if (pick === undefined) return undefined;
    if (pick === startIt && !(await start())) return undefined;
  }
  try {
    const { triggerPlatformEvent } = inbox.runtime();
    const url = await ctx.envs.sandboxUrl();
    const r = await triggerPlatformEvent(url, { event, service_request_id: args.serviceRequestId, status: args.status });
    vscode.window.setStatusBarMessage(vscode.l10n.t('MOK: {0} {1} ({2})', r.event, r.service_request.public_id ?? `#${r.service_request.id}`, statusLabel(r.service_request.current_status)), 5000);
    return r;
  } catch (e) {
    if (!ApiError.is(e)) throw e;
    void showError(vscode.l10n.t('The Sandbox did not make the event: {0}', e.message), () => ctx.log.show());
    return undefined;
  }
}


// The messages every webview built on the kit exchanges with its extension-side host
// (src/vscode/common/webview.ts), whatever else a panel adds. Shared by both sides, so it uses
// neither the DOM nor vscode nor node. A state carries a version: the webview renders a state only
// when it is newer than what it shows, and tells the host which version it has when it (re)loads,
// so an update made while the panel was hidden is sent once, when it shows again.

/** What the page's `data-state` attribute holds, and what the webview persists with setState. */
export interface StateEnvelope<S> {
  version: number;
  state: S;
}

/** Host → webview: a newer state to render (the page is never reloaded for an update). */
export interface UpdateMessage<S> {
  type: 'update';
  version: number;
  state: S;
}

/** Webview → host: the page has loaded and renders `version`. */
export interface ReadyMessage {
  type: 'ready';
  version: number;
}

export type HostMessage<S, M extends { type: string } = never> = UpdateMessage<S> | M;
export type WebviewMessage<M extends { type: string } = never> = ReadyMessage | M;

export const STATE_ATTRIBUTE = 'data-state';

export function isReadyMessage(m: unknown): m is ReadyMessage {
  return typeof m === 'object' && m !== null && 'type' in m && m.type === 'ready' && 'version' in m && typeof m.version === 'number';
}

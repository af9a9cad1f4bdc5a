// The webview half of the kit: reads the initial state from the page's data-state attribute
// (escaped JSON, never an inline script), keeps the newest state across hide/show with the
// webview's own setState, renders a state only when it is newer, posts typed messages to the host
// and hands the host's other messages to the panel.
import { STATE_ATTRIBUTE, type HostMessage, type StateEnvelope, type WebviewMessage } from './protocol';

interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

export interface WebviewClient<S, Out extends { type: string }> {
  /** The state shown now. */
  readonly state: S;
  post(message: WebviewMessage<Out>): void;
}

export interface ConnectOptions<S, In extends { type: string }> {
  render(state: S): void;
  /** Host messages other than `update`. */
  onMessage?(message: In): void;
  /** Checks a host message's own types (the page trusts nothing it did not check). */
  isMessage?(message: unknown): message is In;
}

function isEnvelope<S>(x: unknown): x is StateEnvelope<S> {
  return typeof x === 'object' && x !== null && 'version' in x && typeof x.version === 'number' && 'state' in x;
}

export function connect<S, In extends { type: string } = never, Out extends { type: string } = never>(options: ConnectOptions<S, In>): WebviewClient<S, Out> {
  const api = acquireVsCodeApi();
  const attribute = document.body.getAttribute(STATE_ATTRIBUTE);
  const initial: unknown = attribute ? JSON.parse(attribute) : undefined;
  const saved = api.getState();
  let current: StateEnvelope<S> | undefined = [initial, saved].filter(isEnvelope<S>).sort((a, b) => b.version - a.version)[0];
  const show = (e: StateEnvelope<S>) => {
    current = e;
    api.setState(e);
    options.render(e.state);
  };
  if (current) show(current);
  window.addEventListener('message', (event: MessageEvent<unknown>) => {
    const m = event.data as HostMessage<S, In> | undefined;
    if (!m || typeof m !== 'object' || typeof m.type !== 'string') return;
    if (m.type === 'update' && 'version' in m && 'state' in m) {
      if (!current || m.version > current.version) show({ version: m.version, state: m.state });
      return;
    }
    if (options.isMessage?.(m)) options.onMessage?.(m);
  });
  const client: WebviewClient<S, Out> = {
    get state(): S {
      if (!current) throw new Error('no state yet');
      return current.state;
    },
    post: (message) => api.postMessage(message),
  };
  client.post({ type: 'ready', version: current?.version ?? -1 });
  return client;
}

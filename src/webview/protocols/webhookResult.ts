// What the webhook result panel shows and the messages it exchanges with the extension. The
// extension words everything (English or Spanish) before sending: the page only lays it out.
import type { HostMessage, WebviewMessage } from '../kit/protocol';

export interface LabelledValue {
  label: string;
  value: string;
  /** Shown as code (signatures, fingerprints, header values). */
  code?: boolean;
  /** The page offers to copy it (the host copies: the page has no clipboard access). */
  copy?: CopyField;
  attention?: boolean;
}

export type CopyField = 'expected' | 'received' | 'fingerprint' | 'body' | 'url';

export interface ResultSection {
  title: string;
  rows: LabelledValue[];
}

/** A captured request (inbox events): request line, headers as received, the body. */
export interface RequestView {
  title: string;
  requestLine: string;
  headers: Array<{ name: string; value: string }>;
  bodyTitle: string;
  body: string;
  /** Set when the body is not shown as text (binary, cut for size). */
  bodyNote?: string;
}

export type ResultAction = 'recheck' | 'otherSecret' | 'replay' | 'revealServiceRequest' | 'compare';

export interface WebhookResultState {
  lang: string;
  verdict: { state: 'valid' | 'invalid' | 'unchecked'; headline: string; detail: string };
  /** Where the checked bytes come from, and what to know about them (line endings, BOM…). */
  source: { title: string; lines: string[]; notes: string[] };
  signature: ResultSection;
  hints: { title: string; empty: string; items: Array<{ code: string; message: string }> };
  bytes: ResultSection;
  /** Sections an inbox event adds: delivery auth, forwarding. */
  extra: ResultSection[];
  request?: RequestView;
  actions: Array<{ id: ResultAction; label: string }>;
  copyLabel: string;
}

export type WebhookResultFromWebview = WebviewMessage<{ type: 'copy'; field: CopyField } | { type: 'action'; action: ResultAction }>;
export type WebhookResultToWebview = HostMessage<WebhookResultState>;

const COPY_FIELDS: readonly string[] = ['expected', 'received', 'fingerprint', 'body', 'url'] satisfies CopyField[];
const ACTIONS: readonly string[] = ['recheck', 'otherSecret', 'replay', 'revealServiceRequest', 'compare'] satisfies ResultAction[];

/** The panel's own messages, checked: whatever the page sends is untrusted until it passes. */
export function isWebhookResultMessage(m: unknown): m is Exclude<WebhookResultFromWebview, { type: 'ready' }> {
  if (typeof m !== 'object' || m === null || !('type' in m)) return false;
  if (m.type === 'copy') return 'field' in m && typeof m.field === 'string' && COPY_FIELDS.includes(m.field);
  if (m.type === 'action') return 'action' in m && typeof m.action === 'string' && ACTIONS.includes(m.action);
  return false;
}

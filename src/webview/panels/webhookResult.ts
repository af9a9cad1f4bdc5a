// The webhook result page (verify command, inbox events): verdict, where the bytes came from,
// signatures and fingerprint with copy buttons, the doctor's hints, the byte view and, for a
// captured request, its headers and body. Everything arrives already worded by the extension.
import { connect } from '../kit/client';
import { h, replaceChildren } from '../kit/dom';
import type { LabelledValue, ResultSection, WebhookResultFromWebview, WebhookResultState } from '../protocols/webhookResult';

type Out = Exclude<WebhookResultFromWebview, { type: 'ready' }>;

const root = document.getElementById('root') ?? document.body;

const client = connect<WebhookResultState, never, Out>({ render });

function render(s: WebhookResultState): void {
  document.documentElement.lang = s.lang;
  const icon = s.verdict.state === 'valid' ? '✓' : s.verdict.state === 'invalid' ? '✗' : '?';
  replaceChildren(
    root,
    h('header', { class: `verdict ${s.verdict.state}`, role: 'status' }, h('span', { class: 'verdict-icon', 'aria-hidden': 'true' }, icon), h('div', {}, h('h1', {}, s.verdict.headline), h('p', {}, s.verdict.detail))),
    s.actions.length > 0 && h('nav', { class: 'actions' }, ...s.actions.map((a) => h('button', { onClick: () => client.post({ type: 'action', action: a.id }) }, a.label))),
    h('section', {}, h('h2', {}, s.source.title), ...s.source.lines.map((l) => h('p', {}, l)), s.source.notes.length > 0 && h('ul', { class: 'notes' }, ...s.source.notes.map((n) => h('li', {}, n)))),
    table(s.signature, s.copyLabel),
    h(
      'section',
      {},
      h('h2', {}, s.hints.title),
      s.hints.items.length === 0 ? h('p', { class: 'muted' }, s.hints.empty) : h('ul', { class: 'hints' }, ...s.hints.items.map((i) => h('li', {}, h('code', { class: 'hint-code' }, i.code), ' ', i.message))),
    ),
    table(s.bytes, s.copyLabel),
    ...s.extra.map((x) => table(x, s.copyLabel)),
    s.request &&
      h(
        'section',
        {},
        h('h2', {}, s.request.title),
        h('pre', { class: 'request' }, h('span', { class: 'request-line' }, s.request.requestLine), '\n', ...s.request.headers.flatMap((x) => [h('span', { class: 'header-name' }, x.name), `: ${x.value}\n`])),
        h('h3', {}, s.request.bodyTitle, ' ', h('button', { class: 'copy', onClick: () => client.post({ type: 'copy', field: 'body' }) }, s.copyLabel)),
        s.request.bodyNote && h('p', { class: 'muted' }, s.request.bodyNote),
        h('pre', { class: 'body' }, s.request.body),
      ),
  );
}

function table(section: ResultSection, copyLabel: string): HTMLElement {
  return h('section', {}, h('h2', {}, section.title), h('table', {}, h('tbody', {}, ...section.rows.map((r) => row(r, copyLabel)))));
}

function row(r: LabelledValue, copyLabel: string): HTMLElement {
  const field = r.copy;
  return h(
    'tr',
    { class: r.attention ? 'attention' : undefined },
    h('th', { scope: 'row' }, r.label),
    h('td', {}, r.code ? h('code', {}, r.value) : r.value, field && h('button', { class: 'copy', title: copyLabel, onClick: () => client.post({ type: 'copy', field }) }, copyLabel)),
  );
}

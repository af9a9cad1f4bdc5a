// The template preview page: a header (template version, language switch, sample sets), the
// verdict (every printed variable has a value, or which are missing), the list of marks, and the
// rendered document in a shadow root. The document's HTML is untrusted: it is parsed inertly with
// DOMParser, stripped of everything that runs or loads (scripts, frames, objects, links, meta,
// base, forms, event handlers, URLs), and its own styles are applied through the CSSOM — the page's
// CSP allows no inline style and no script but the kit's. Missing variables arrive as
// <mark class="mok-missing"> elements; clicking one shows its place in the template source. For a
// template folder (`grid`) every language is rendered with every example, side by side.
import { connect } from '../kit/client';
import { h, replaceChildren } from '../kit/dom';
import type { PreviewFromWebview, PreviewGrid, PreviewState } from '../protocols/preview';

type Out = Exclude<PreviewFromWebview, { type: 'ready' }>;

const DROP = 'script, iframe, frame, frameset, object, embed, applet, link, meta, base, form, noscript, template, portal, style';
const URL_ATTRIBUTES = new Set(['href', 'src', 'srcset', 'action', 'formaction', 'xlink:href', 'poster', 'background', 'data', 'ping', 'manifest', 'cite', 'longdesc', 'usemap']);

const DOCUMENT_CSS = `
:host { display: block; }
.mok-page { background: #fff; color: #1f1f1f; max-width: 210mm; margin: 0 auto 24px; padding: 14mm 16mm; box-shadow: 0 1px 6px rgba(0,0,0,.35); font-family: Arial, Helvetica, sans-serif; }
mark[class^="mok-"] { font-family: Menlo, Consolas, monospace; font-size: .92em; padding: 0 3px; border-radius: 3px; cursor: pointer; }
mark.mok-missing { background: #ffd7d5; color: #8b0000; outline: 1px dashed #c50f1f; }
mark.mok-helper, mark.mok-partial, mark.mok-decorator { background: #fff1b8; color: #5c4400; outline: 1px dashed #a67c00; }
mark.mok-flash { outline: 3px solid #0078d4; }
`;

const root = document.getElementById('root') ?? document.body;
const docHost = h('div', { class: 'document', role: 'document' });
const shadow = docHost.attachShadow({ mode: 'open' });
let shownHtml = -1;

const client = connect<PreviewState, never, Out>({ render });

function render(s: PreviewState): void {
  document.documentElement.lang = s.lang;
  replaceChildren(
    root,
    h('header', {}, h('h1', {}, s.heading), h('p', { class: 'muted' }, s.subheading)),
    h(
      'nav',
      { class: 'toolbar' },
      h('span', { class: 'muted' }, s.labels.language),
      ...s.languages.map((l) => h('button', { class: l.current ? 'current' : 'secondary', 'aria-pressed': String(l.current), onClick: () => client.post({ type: 'language', language: l.code }) }, l.code)),
      s.samples.length > 1 && h('span', { class: 'muted spaced' }, s.labels.samples),
      s.samples.length > 1 && sampleSelect(s),
    ),
    h('section', { class: `summary ${s.summary.state}`, role: 'status' }, s.summary.text),
    s.syntax && h('p', { class: 'syntax' }, `${s.syntax.line}:${s.syntax.column} ${s.syntax.message}`),
    s.marks.length > 0 &&
      h(
        'section',
        { class: 'marks' },
        h('h2', {}, s.labels.marks),
        h('ul', {}, ...s.marks.map((m) => h('li', { class: m.kind }, h('a', { class: 'mark-link', title: m.title, onClick: () => reveal(m.index) }, h('code', {}, m.placeholder)), ' ', h('span', { class: 'muted' }, `${s.labels.source} ${m.line}:${m.column}`)))),
      ),
    ...s.notes.map((n) => h('p', { class: 'note muted' }, n)),
    s.grid ? gridHost : docHost,
  );
  if (s.htmlVersion !== shownHtml) {
    shownHtml = s.htmlVersion;
    if (s.grid) showGrid(s.grid, s.labels.empty);
    else showDocument(shadow, s.html, s.labels.empty, true);
  }
}

const gridHost = h('div', { class: 'grid' });

/** Every language (rows) with every example (columns), each cell its own sanitised document. */
function showGrid(grid: PreviewGrid, empty: string): void {
  const head = h('tr', {}, h('th', {}, ''), ...grid.examples.map((e) => h('th', { scope: 'col' }, e)));
  const rows = grid.rows.map((r) =>
    h(
      'tr',
      {},
      h('th', { scope: 'row' }, r.language),
      ...r.cells.map((c) => {
        const doc = h('div', { class: 'cell-document', role: 'document' });
        showDocument(doc.attachShadow({ mode: 'open' }), c.html, empty, false);
        return h('td', {}, h('p', { class: `summary ${c.summary.state}`, role: 'status' }, c.summary.text), c.syntax && h('p', { class: 'syntax' }, `${c.syntax.line}:${c.syntax.column} ${c.syntax.message}`), doc);
      }),
    ),
  );
  replaceChildren(gridHost, h('table', {}, h('thead', {}, head), h('tbody', {}, ...rows)));
}

function sampleSelect(s: PreviewState): HTMLSelectElement {
  const select = h('select', { 'aria-label': s.labels.samples }, ...s.samples.map((x) => h('option', { data: { id: x.id } }, x.label)));
  select.selectedIndex = Math.max(0, s.samples.findIndex((x) => x.current));
  select.addEventListener('change', () => {
    const id = s.samples[select.selectedIndex]?.id;
    if (id !== undefined) client.post({ type: 'sample', id });
  });
  return select;
}

function reveal(index: number): void {
  const mark = shadow.querySelector(`mark[data-mok-note="${index}"]`);
  if (mark) {
    mark.scrollIntoView({ block: 'center' });
    mark.classList.add('mok-flash');
    setTimeout(() => mark.classList.remove('mok-flash'), 1200);
  }
  client.post({ type: 'reveal', index });
}

/** Template CSS aimed at the page's container instead of the document's html/body. */
function scopeCss(css: string): string {
  return css.replace(/@import[^;]*;/g, '').replace(/(^|[\s,{}>+~(])(html|body|:root)(?=[\s,.:#[{>+~)]|$)/g, '$1.mok-page');
}

function sheet(css: string): CSSStyleSheet | undefined {
  try {
    const s = new CSSStyleSheet();
    s.replaceSync(css);
    return s;
  } catch {
    return undefined;
  }
}

function showDocument(target: ShadowRoot, html: string, empty: string, clickable: boolean): void {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  const css = [...parsed.querySelectorAll('style')].map((x) => x.textContent ?? '').join('\n');
  for (const el of [...parsed.querySelectorAll(DROP)]) el.remove();
  const styled: [Element, string][] = [];
  for (const el of [...parsed.body.querySelectorAll('*')]) {
    for (const a of [...el.attributes]) {
      const name = a.name.toLowerCase();
      if (name.startsWith('on') || URL_ATTRIBUTES.has(name)) el.removeAttribute(a.name);
      else if (name === 'style') {
        styled.push([el, a.value]);
        el.removeAttribute(a.name);
      }
    }
  }
  const page = h('div', { class: 'mok-page' });
  page.append(...[...parsed.body.childNodes].map((n) => document.importNode(n, true)));
  if (!page.childNodes.length) page.append(h('p', {}, empty));
  // The same elements, now in this document: their style attributes go in through the CSSOM.
  const imported = [...page.querySelectorAll('*')];
  const original = [...parsed.body.querySelectorAll('*')];
  for (const [el, value] of styled) {
    const i = original.indexOf(el);
    const target = imported[i];
    if (target instanceof HTMLElement) target.style.cssText = value;
  }
  target.adoptedStyleSheets = [sheet(DOCUMENT_CSS), sheet(scopeCss(css))].filter((x): x is CSSStyleSheet => x !== undefined);
  target.replaceChildren(page);
  if (!clickable) return;
  page.addEventListener('click', (e) => {
    const mark = e.target instanceof Element ? e.target.closest('mark[data-mok-note]') : null;
    const index = mark ? Number(mark.getAttribute('data-mok-note')) : NaN;
    if (Number.isInteger(index)) client.post({ type: 'reveal', index });
    e.preventDefault();
  });
}

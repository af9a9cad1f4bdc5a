// A tiny element builder for webview pages: text always goes in as text nodes (never innerHTML),
// so what an API or a webhook sent can never become markup, and no style attribute is written
// (the CSP allows styles only from media/).
export type Child = Node | string | number | false | null | undefined;

export interface Attributes {
  class?: string;
  title?: string;
  role?: string;
  scope?: string;
  /** data-* attributes, without the prefix. */
  data?: Record<string, string>;
  [attribute: `aria-${string}`]: string | undefined;
  onClick?: (event: MouseEvent) => void;
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  const { onClick, data, ...plain } = attributes;
  if (onClick) (el as HTMLElement).addEventListener('click', onClick);
  for (const [k, v] of Object.entries(data ?? {})) el.dataset[k] = v;
  for (const [name, value] of Object.entries(plain)) {
    if (value === undefined) continue;
    if (name === 'class') el.className = String(value);
    else el.setAttribute(name, String(value));
  }
  append(el, children);
  return el;
}

export function append(el: Element, children: Child[]): void {
  for (const c of children) {
    if (c === false || c === null || c === undefined) continue;
    el.append(typeof c === 'number' ? String(c) : c);
  }
}

/** Replaces the content of `root` (renders are whole: states are small). */
export function replaceChildren(root: Element, ...children: Child[]): void {
  root.replaceChildren();
  append(root, children);
}

// The only way the dashboard creates DOM: elements with attributes and TEXT children.
// Strings always become text nodes, so anything that came from a document (titles, notes,
// actor names, article text) is shown literally and never parsed as HTML. No innerHTML anywhere.

export type Child = Node | string | number | null | undefined | false | Child[];
type Handler = (ev: any) => void;
export type Props = Record<string, string | number | boolean | null | undefined | Handler>;

function append(parent: Node, child: Child): void {
  if (child === null || child === undefined || child === false) return;
  if (Array.isArray(child)) child.forEach((c) => append(parent, c));
  else parent.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
}

function applyProps(node: Element, props: Props | undefined): void {
  for (const [k, v] of Object.entries(props ?? {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') node.addEventListener(k.slice(2), v);
    else if (typeof v !== 'function') node.setAttribute(k, v === true ? '' : String(v));
  }
}

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props?: Props, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  applyProps(node, props);
  append(node, children);
  return node;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
export function svg<K extends keyof SVGElementTagNameMap>(tag: K, props?: Props, ...children: Child[]): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, tag) as SVGElementTagNameMap[K];
  applyProps(node, props);
  append(node, children);
  return node;
}

/** Replaces a node's children. */
export function render(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, children);
}

/** Only http(s) URLs become links: a "javascript:" URL from a document stays plain text. */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

export function link(url: string | null | undefined, label?: string): Child {
  const href = safeHref(url);
  if (!href) return url ?? '';
  return el('a', { href, target: '_blank', rel: 'noopener noreferrer' }, label ?? url ?? '');
}

export const fmtInt = (n: number | null | undefined): string => (n == null ? '—' : n.toLocaleString('en-US'));

/** DOM helpers of the web front. Text from the API only ever becomes text nodes. */

export const language = document.documentElement.lang === 'en' ? 'en' : 'de';
/** Texts, page addresses and code labels of this language, handed over by the page shell. */
const site = JSON.parse(document.getElementById('site-data')?.textContent ?? '{}');
const texts = site.texts ?? {};

/** The address of a site page in this language; a format's page takes its slug. */
export function sitePath(page, slug) {
  return `${site.paths?.[page] ?? `/${language}/`}${slug ? encodeURIComponent(slug) : ''}`;
}

/** The label of a federal state's code, or the code. */
export const federalStateLabel = (code) => site.federalStates?.[code] ?? code;

/**
 * Codes of participation opportunities (topic, district, attendance, accessibility, status,
 * registration, language) with their labels, in the order the server's code lists give.
 */
export const opportunityCodes = (kind) => site.opportunityCodes?.[kind] ?? {};
export const opportunityLabel = (kind, code) => opportunityCodes(kind)[code] ?? code;

/** A text of the page's language with {placeholders} filled in. */
export function t(key, values = {}) {
  return String(texts[key] ?? key).replace(/\{(\w+)\}/g, (_, name) => String(values[name] ?? ''));
}

/** Creates an element: h('a', { href, class }, 'text', child, …); `on…` attributes become listeners. */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') element.addEventListener(name.slice(2), value);
    else if (name === 'class') element.className = value;
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }
  return element;
}

/** Nodes of markdown.js as elements. */
export function fromMarkdown(blocks) {
  const inline = (nodes) =>
    nodes.map((node) =>
      typeof node === 'string' ? node : node.type === 'a' ? h('a', { href: node.href }, inline(node.children)) : h(node.type, {}, inline(node.children)),
    );
  return blocks.map((block) =>
    block.items ? h(block.type, {}, block.items.map((item) => h('li', {}, inline(item)))) : h(block.type, {}, inline(block.children)),
  );
}

/** Replaces the page area's content, keeping its heading for screen readers that are already on it. */
export function pageArea() {
  return document.getElementById('page');
}

export function showError(container, error) {
  container.querySelector('.loading')?.remove();
  container.append(h('p', { class: 'field-error', role: 'alert' }, t('loadFailed')));
  console.error(error);
}

export function formatBytes(kilobytes) {
  const size = Number(kilobytes) || 0;
  return size >= 1024 ? `${(size / 1024).toLocaleString(language, { maximumFractionDigits: 1 })} MB` : `${Math.max(1, Math.round(size)).toLocaleString(language)} KB`;
}

/** Appends children as h() does: nested lists flattened, empty entries skipped. */
export function appendAll(parent, ...children) {
  parent.append(...h('div', {}, ...children).childNodes);
}

/**
 * A small Markdown reader for the CMS's rich-text fields: paragraphs, headings, lists, bold,
 * italic and links. It returns a tree, never HTML, so text from the API cannot inject markup.
 * Pure: no DOM, unit-tested in tests/unit/site-markdown.test.ts.
 */

const SAFE_LINK = /^(https?:\/\/|mailto:|\/(?!\/)|#)/i;

/** Inline text → nodes: strings, { type: 'strong' | 'em', children }, { type: 'a', href, children }. */
export function parseInline(text) {
  const nodes = [];
  const pattern = /\*\*(.+?)\*\*|__(.+?)__|\*(?!\s)(.+?)\*|\[([^\]]+)\]\(([^)\s]+)\)/g;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) nodes.push(text.slice(last, match.index));
    const [whole, strong1, strong2, em, linkText, href] = match;
    if (strong1 !== undefined || strong2 !== undefined) nodes.push({ type: 'strong', children: parseInline(strong1 ?? strong2) });
    else if (em !== undefined) nodes.push({ type: 'em', children: parseInline(em) });
    else if (SAFE_LINK.test(href)) nodes.push({ type: 'a', href, children: parseInline(linkText) });
    else nodes.push(whole);
    last = match.index + whole.length;
  }
  if (last < text.length) nodes.push(text.slice(last));
  return nodes;
}

/**
 * Markdown → blocks: { type: 'p' | 'h3' | 'h4', children } or { type: 'ul' | 'ol', items: [children] }.
 * Headings start at h3: the page's own h1 and h2 frame them.
 */
export function parseMarkdown(source) {
  const blocks = [];
  let paragraph = [];
  let list = null;
  const flushParagraph = () => {
    if (paragraph.length) blocks.push({ type: 'p', children: parseInline(paragraph.join(' ')) });
    paragraph = [];
  };
  const flushList = () => {
    if (list) blocks.push(list);
    list = null;
  };
  for (const raw of String(source ?? '').replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim();
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    const bullet = /^[-*+]\s+(.*)$/.exec(line);
    const numbered = /^\d+[.)]\s+(.*)$/.exec(line);
    if (!line) {
      flushParagraph();
      flushList();
    } else if (heading) {
      flushParagraph();
      flushList();
      blocks.push({ type: heading[1].length <= 2 ? 'h3' : 'h4', children: parseInline(heading[2]) });
    } else if (bullet || numbered) {
      flushParagraph();
      const type = bullet ? 'ul' : 'ol';
      if (list && list.type !== type) flushList();
      list ??= { type, items: [] };
      list.items.push(parseInline((bullet ?? numbered)[1]));
    } else if (list && /^\s{2,}/.test(raw)) {
      // A continuation line of the last list item.
      const items = list.items;
      items[items.length - 1] = [...items[items.length - 1], ' ', ...parseInline(line)];
    } else {
      flushList();
      paragraph.push(line);
    }
  }
  flushParagraph();
  flushList();
  return blocks;
}

import { Marked } from 'marked';
import { escapeHtml } from './html';
import { PLACEHOLDER, fillHtml, fillText, footerHtml, mailDocument, oneLine } from './mail-html';
import type { RenderedMail } from './mail-template';

const SAFE_LINK = /^(https?:|mailto:)/i;

// Editors write Markdown; raw HTML in it is shown as text, and only web and mail links become links.
const markdown = new Marked({
  gfm: true,
  breaks: true,
  renderer: {
    html(token) {
      return escapeHtml(token.text);
    },
    link(token) {
      const text = this.parser.parseInline(token.tokens);
      return SAFE_LINK.test(token.href) ? `<a href="${escapeHtml(token.href)}">${text}</a>` : text;
    },
    image(token) {
      return escapeHtml(token.text);
    },
  },
});

// A mailing's body is the same for every recipient until the placeholders: parse it once.
const parsed = new Map<string, string>();
function toHtml(body: string): string {
  let html = parsed.get(body);
  if (html === undefined) {
    html = markdown.parse(body, { async: false }) as string;
    if (parsed.size > 50) parsed.clear();
    parsed.set(body, html);
  }
  return html;
}

/** Placeholders a mailing may use, filled per recipient. */
export const MAILING_PLACEHOLDERS = ['firstName', 'lastName', 'unsubscribeUrl'] as const;

export function unknownMailingPlaceholders(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map(([, name]) => name).filter((name) => !(MAILING_PLACEHOLDERS as readonly string[]).includes(name));
}

/**
 * A mailing for one recipient: the Markdown as plain text, and as accessible HTML, with the
 * recipient's values (escaped in HTML) and the unsubscribe footer.
 */
export function renderMarkdownMail(subject: string, body: string, values: Record<string, string>, language: string, footer: string): RenderedMail {
  const filledSubject = oneLine(fillText(subject, values));
  const text = `${fillText(body.trim(), values)}\n\n-- \n${fillText(footer.trim(), values)}`;
  // Placeholders are filled after rendering so no value can become Markdown or HTML.
  const html = mailDocument(language, filledSubject, [fillHtml(toHtml(body.trim()), values), '<hr>', footerHtml(footer, values)]);
  return { subject: filledSubject, text, html };
}

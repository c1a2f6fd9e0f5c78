import { Marked } from 'marked';
import { escapeHtml } from './html';
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

const PLACEHOLDER = /\{\{\s*([A-Za-z]+)\s*\}\}/g;

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
  const fillText = (text: string) => text.replace(PLACEHOLDER, (whole, name: string) => values[name] ?? whole);
  const filledSubject = fillText(subject).replace(/[\r\n]+/g, ' ').trim();
  const text = `${fillText(body.trim())}\n\n-- \n${fillText(footer.trim())}`;
  // Placeholders are filled after rendering so no value can become Markdown or HTML.
  const fillHtml = (html: string) =>
    html.replace(PLACEHOLDER, (whole, name: string) => {
      if (!(name in values)) return whole;
      const value = escapeHtml(values[name]);
      return name.endsWith('Url') ? `<a href="${value}">${value}</a>` : value;
    });
  const bodyHtml = fillHtml(toHtml(body.trim()));
  const footerHtml = `<p style="font-size: 14px; color: #454545;">${fillHtml(escapeHtml(footer.trim()).replace(/\n/g, '<br>\n'))}</p>`;
  const html = [
    '<!doctype html>',
    `<html lang="${escapeHtml(language)}">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(filledSubject)}</title></head>`,
    '<body style="font-family: Arial, Helvetica, sans-serif; font-size: 16px; line-height: 1.5; color: #1a1a1a; max-width: 40em; margin: 0 auto; padding: 1em;">',
    bodyHtml,
    '<hr>',
    footerHtml,
    '</body></html>',
  ].join('\n');
  return { subject: filledSubject, text, html };
}

import { escapeHtml } from './html';

/**
 * What every mail the plugin renders shares: `{{name}}` placeholders, filled as text or into
 * HTML (escaped, URLs as links), the document around the body and the footer. Pure: no Strapi.
 */

export const PLACEHOLDER = /\{\{\s*([A-Za-z]+)\s*\}\}/g;

/** Placeholders with a value are filled; unknown ones stay as they are. */
export function fillText(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => (name in values ? values[name] : whole));
}

/**
 * Fills placeholders in HTML that is already safe (escaped text or rendered Markdown): each value
 * escaped, so none can add markup, and values of `…Url` placeholders as links.
 */
export function fillHtml(html: string, values: Readonly<Record<string, string>>): string {
  return html.replace(PLACEHOLDER, (whole, name: string) => {
    if (!(name in values)) return whole;
    const value = escapeHtml(values[name]);
    return name.endsWith('Url') ? `<a href="${value}">${value}</a>` : value;
  });
}

/** A subject on one line, whatever the template or a value held. */
export function oneLine(subject: string): string {
  return subject.replace(/[\r\n]+/g, ' ').trim();
}

/** The footer as a small paragraph: its text escaped, line breaks kept, then its placeholders filled. */
export function footerHtml(footer: string, values: Readonly<Record<string, string>>): string {
  return `<p style="font-size: 14px; color: #454545;">${fillHtml(escapeHtml(footer.trim()).replace(/\n/g, '<br>\n'), values)}</p>`;
}

/** The HTML document of a mail: language, title, readable defaults, and the body's parts. */
export function mailDocument(language: string, subject: string, body: readonly string[]): string {
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(language)}">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(subject)}</title></head>`,
    '<body style="font-family: Arial, Helvetica, sans-serif; font-size: 16px; line-height: 1.5; color: #1a1a1a; max-width: 40em; margin: 0 auto; padding: 1em;">',
    ...body,
    '</body></html>',
  ].join('\n');
}

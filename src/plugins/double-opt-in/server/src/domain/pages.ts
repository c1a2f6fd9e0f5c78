import { escapeHtml } from './html';
import { PAGE_TEXTS, type Language } from './messages';

export interface PageField {
  label: string;
  value: string;
}

/** What a page shows; every text is escaped on output. */
export interface Page {
  title: string;
  lead?: string;
  /** A form whose button POSTs; hidden fields carry the token. */
  form?: { action: string; hidden?: Record<string, string>; button: string; emailField?: { label: string; name: string } };
  fields?: PageField[];
  list?: { heading: string; items: string[] };
  links?: Array<{ href: string; label: string }>;
  note?: string;
  /** Status code hint for the controller. */
  status?: number;
}

const STYLE = `
:root { color-scheme: light; }
body { font-family: system-ui, -apple-system, "Segoe UI", Arial, sans-serif; font-size: 1.0625rem; line-height: 1.55; color: #1b1b1b; background: #f6f6f4; margin: 0; }
main { max-width: 38rem; margin: 2.5rem auto; padding: 2rem; background: #fff; border: 1px solid #d0d0cc; border-radius: 6px; }
h1 { font-size: 1.6rem; line-height: 1.25; margin-top: 0; }
.site { font-size: .95rem; color: #454545; margin: 0 0 1rem; }
button { font: inherit; font-weight: 600; color: #fff; background: #00528a; border: 2px solid #00528a; border-radius: 4px; padding: .65rem 1.2rem; cursor: pointer; }
button:hover { background: #003e69; }
:focus-visible { outline: 3px solid #b35900; outline-offset: 3px; }
label { display: block; font-weight: 600; margin-bottom: .3rem; }
input[type=email] { font: inherit; width: 100%; box-sizing: border-box; padding: .55rem; border: 2px solid #5c5c5c; border-radius: 4px; margin-bottom: 1rem; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .3rem 1rem; }
dt { font-weight: 600; }
dd { margin: 0; overflow-wrap: anywhere; }
a { color: #00528a; }
.note { font-size: .95rem; color: #454545; }
`;

export function renderPage(page: Page, language: Language): string {
  const text = PAGE_TEXTS[language];
  const parts: string[] = [];
  parts.push(`<p class="site">${escapeHtml(text.siteName)}</p>`, `<h1>${escapeHtml(page.title)}</h1>`);
  if (page.lead) parts.push(`<p>${escapeHtml(page.lead)}</p>`);
  if (page.fields?.length) {
    parts.push('<dl>', ...page.fields.map((field) => `<dt>${escapeHtml(field.label)}</dt><dd>${escapeHtml(field.value)}</dd>`), '</dl>');
  }
  if (page.list) {
    parts.push(`<h2>${escapeHtml(page.list.heading)}</h2>`, '<ul>', ...page.list.items.map((item) => `<li>${escapeHtml(item)}</li>`), '</ul>');
  }
  if (page.form) {
    const hidden = Object.entries(page.form.hidden ?? {}).map(
      ([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`,
    );
    const email = page.form.emailField
      ? [
          `<label for="email">${escapeHtml(page.form.emailField.label)}</label>`,
          `<input type="email" id="email" name="${escapeHtml(page.form.emailField.name)}" autocomplete="email" required>`,
        ]
      : [];
    parts.push(`<form method="post" action="${escapeHtml(page.form.action)}">`, ...hidden, ...email, `<button type="submit">${escapeHtml(page.form.button)}</button>`, '</form>');
  }
  if (page.links?.length) {
    parts.push('<ul>', ...page.links.map((link) => `<li><a href="${escapeHtml(link.href)}">${escapeHtml(link.label)}</a></li>`), '</ul>');
  }
  if (page.note) parts.push(`<p class="note">${escapeHtml(page.note)}</p>`);

  return [
    '<!doctype html>',
    `<html lang="${language}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="robots" content="noindex">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeHtml(page.title)} – ${escapeHtml(text.siteName)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<main>',
    ...parts,
    '</main>',
    '</body>',
    '</html>',
  ].join('\n');
}

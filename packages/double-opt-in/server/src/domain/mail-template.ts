import { escapeHtml } from './html';

/** The mails the plugin sends on its own, and the placeholders each may use. */
export const MAIL_KINDS = {
  confirmation: { placeholders: ['firstName', 'lastName', 'confirmUrl', 'expiresInHours'], required: ['confirmUrl'] },
  already_subscribed: { placeholders: ['firstName', 'lastName', 'unsubscribeUrl', 'dataRequestUrl'], required: [] },
  data_access: { placeholders: ['firstName', 'lastName', 'dataUrl', 'expiresInHours'], required: ['dataUrl'] },
} as const satisfies Record<string, { placeholders: readonly string[]; required: readonly string[] }>;

export type MailKind = keyof typeof MAIL_KINDS;

export interface MailTemplate {
  subject: string;
  /** Plain text; a blank line separates paragraphs; `{{name}}` inserts a value. */
  body: string;
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

const PLACEHOLDER = /\{\{\s*([A-Za-z]+)\s*\}\}/g;

/** Placeholders a template uses that its kind does not know, and required ones it lacks. */
export function checkTemplate(kind: MailKind, template: Partial<MailTemplate>): string[] {
  const known: readonly string[] = MAIL_KINDS[kind].placeholders;
  const problems: string[] = [];
  for (const [field, value] of Object.entries(template) as Array<[keyof MailTemplate, string | undefined]>) {
    for (const [, name] of (value ?? '').matchAll(PLACEHOLDER)) {
      if (!known.includes(name)) problems.push(`${field} uses {{${name}}}, which ${kind} mails do not know; known: ${known.join(', ')}`);
    }
  }
  if (template.body !== undefined) {
    for (const name of MAIL_KINDS[kind].required) {
      if (!template.body.includes(`{{${name}}}`) && !new RegExp(`\\{\\{\\s*${name}\\s*\\}\\}`).test(template.body)) {
        problems.push(`body must contain {{${name}}}`);
      }
    }
  }
  if (template.subject !== undefined && /[\r\n]/.test(template.subject)) problems.push('subject must be a single line');
  return problems;
}

function fill(template: string, values: Record<string, string>, transform: (value: string, name: string) => string): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => (name in values ? transform(values[name], name) : whole));
}

const isUrl = (name: string) => name.endsWith('Url');

/**
 * Renders subject, text and HTML. Values are inserted as text: escaped in HTML, never able to
 * add markup; URLs become links. The subject is forced onto one line.
 */
export function renderMail(template: MailTemplate, values: Record<string, string>, language: string, footer?: MailTemplate['body']): RenderedMail {
  const subject = fill(template.subject, values, (value) => value).replace(/[\r\n]+/g, ' ').trim();
  const body = footer ? `${template.body.trim()}\n\n-- \n${footer.trim()}` : template.body.trim();
  const text = fill(body, values, (value) => value);

  const paragraphs = body.split(/\n\s*\n/).map((paragraph) => {
    const escaped = escapeHtml(paragraph.trim());
    const filled = escaped.replace(PLACEHOLDER, (whole, name: string) => {
      if (!(name in values)) return whole;
      const value = escapeHtml(values[name]);
      return isUrl(name) ? `<a href="${value}">${value}</a>` : value;
    });
    return `<p>${filled.replace(/\n/g, '<br>\n')}</p>`;
  });
  const html = [
    '<!doctype html>',
    `<html lang="${escapeHtml(language)}">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(subject)}</title></head>`,
    '<body style="font-family: Arial, Helvetica, sans-serif; font-size: 16px; line-height: 1.5; color: #1a1a1a; max-width: 40em; margin: 0 auto; padding: 1em;">',
    ...paragraphs,
    '</body></html>',
  ].join('\n');
  return { subject, text, html };
}

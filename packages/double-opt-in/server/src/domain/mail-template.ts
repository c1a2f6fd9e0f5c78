import { escapeHtml } from './html';
import { PLACEHOLDER, fillHtml, fillText, mailDocument, oneLine } from './mail-html';

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

/**
 * Renders subject, text and HTML. Values are inserted as text: escaped in HTML, never able to
 * add markup; URLs become links. The subject is forced onto one line.
 */
export function renderMail(template: MailTemplate, values: Record<string, string>, language: string, footer?: MailTemplate['body']): RenderedMail {
  const subject = oneLine(fillText(template.subject, values));
  const body = footer ? `${template.body.trim()}\n\n-- \n${footer.trim()}` : template.body.trim();
  const text = fillText(body, values);
  const paragraphs = body.split(/\n\s*\n/).map((paragraph) => `<p>${fillHtml(escapeHtml(paragraph.trim()), values).replace(/\n/g, '<br>\n')}</p>`);
  return { subject, text, html: mailDocument(language, subject, paragraphs) };
}

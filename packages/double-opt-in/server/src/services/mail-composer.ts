import type { Core } from '@strapi/strapi';
import { randomUUID } from 'crypto';
import { storedMail } from '../delivery/mail-renderer';
import { MAIL_KINDS, renderMail, type MailKind, type MailTemplate } from '../domain/mail-template';
import { createUnsubscribeToken } from '../domain/tokens';
import { getService } from '../get-service';
import { createTemplateRepository } from '../repositories/template-repository';
import type { OutboxDraft } from '../repositories/outbox-repository';

export interface Recipient {
  id: number;
  email: string;
  emailNormalized: string;
  firstName: string;
  lastName: string;
  language: string | null;
}

/**
 * Turns a mail kind and a recipient into an outbox row: template, values, headers, Message-ID.
 * Its mails are rendered when written (the confirmation link's token exists only then), so the
 * outbox sends them as stored: `renderer` for the kinds of `MAIL_KINDS`, wired at bootstrap.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const templates = createTemplateRepository(strapi);
  const settings = () => getService(strapi, 'settings');
  // Templates change rarely and are read on every sign-up: kept for a short while, dropped at
  // once when edited on this instance, and after TEMPLATE_TTL_MS when edited on another.
  const TEMPLATE_TTL_MS = 30_000;
  const cache = new Map<string, { template: MailTemplate | null; until: number }>();

  /** The editors' template of the locale, else the catalogue's default text. */
  async function templateFor(kind: MailKind, language: string): Promise<MailTemplate> {
    const key = `${kind}:${language}`;
    const cached = cache.get(key);
    if (cached && cached.until > Date.now()) return cached.template ?? settings().catalogue(language).mails[kind];
    const template = await templates.find(kind, language);
    cache.set(key, { template, until: Date.now() + TEMPLATE_TTL_MS });
    return template ?? settings().catalogue(language).mails[kind];
  }

  return {
    renderer: storedMail,

    forgetTemplates(): void {
      cache.clear();
    },

    unsubscribeUrl(recipient: Recipient): string {
      return settings().urls.unsubscribe(createUnsubscribeToken(settings().secret(), recipient.id, recipient.emailNormalized));
    },

    /**
     * Headers of every mail after the confirmation: RFC 2369 List-Unsubscribe with the personal
     * link, and RFC 8058 one-click so mailbox providers can unsubscribe with a single POST.
     */
    listHeaders(recipient: Recipient): Record<string, string> {
      return {
        'List-Unsubscribe': `<${this.unsubscribeUrl(recipient)}>`,
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      };
    },

    newMessageId(): string {
      return `<${randomUUID()}@${settings().messageDomain()}>`;
    },

    async compose(kind: MailKind, recipient: Recipient, values: Record<string, string>): Promise<OutboxDraft> {
      const language = settings().locale(recipient.language);
      const template = await templateFor(kind, language);
      const known = MAIL_KINDS[kind].placeholders as readonly string[];
      const all: Record<string, string> = {
        firstName: recipient.firstName,
        lastName: recipient.lastName,
        unsubscribeUrl: this.unsubscribeUrl(recipient),
        dataRequestUrl: settings().urls.dataRequest(language),
        ...values,
      };
      const usable = Object.fromEntries(Object.entries(all).filter(([name]) => known.includes(name)));
      const confirmation = kind === 'confirmation';
      // The confirmation mail carries nothing but the request to confirm: no footer, no list headers.
      const footer = confirmation ? undefined : settings().catalogue(language).unsubscribeFooter;
      const rendered = renderMail(template, confirmation ? usable : { ...usable, unsubscribeUrl: all.unsubscribeUrl }, language, footer);
      return {
        kind,
        recipient: recipient.email,
        subject: rendered.subject,
        textBody: rendered.text,
        htmlBody: rendered.html,
        headers: confirmation ? {} : this.listHeaders(recipient),
        messageId: this.newMessageId(),
        subscriberId: recipient.id,
      };
    },
  };
};

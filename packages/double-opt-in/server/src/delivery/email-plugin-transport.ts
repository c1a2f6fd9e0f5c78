import type { Core } from '@strapi/strapi';
import type { MailTransport } from './mail-transport';

/**
 * SMTP through Strapi's email plugin (with `@strapi/provider-email-nodemailer`, pooled). The
 * promise is the plugin's own, so the worker's journal entry follows the SMTP answer directly.
 */
export function emailPluginTransport(strapi: Core.Strapi, options: { from?: string; replyTo?: string }): MailTransport {
  const sender = {
    ...(options.from ? { from: options.from } : {}),
    ...(options.replyTo ? { replyTo: options.replyTo } : {}),
  };
  return {
    delivers: true,
    send(message) {
      return strapi.plugin('email').service('email').send({
        to: message.to,
        ...sender,
        subject: message.subject,
        text: message.text,
        html: message.html,
        headers: message.headers,
        messageId: message.messageId,
      }) as Promise<{ messageId?: string }>;
    },
  };
}

import type { Core } from '@strapi/strapi';
import type { MailTransport } from './mail-transport';

/** Without SMTP: the mail stays in the outbox (`logged`) and goes to the log with its links. */
export function logTransport(strapi: Core.Strapi): MailTransport {
  return {
    delivers: false,
    async send(message) {
      strapi.log.info(`[double-opt-in] mail kept, not sent (no SMTP configured) to ${message.to}: ${message.subject}\n${message.text}`);
      return {};
    },
  };
}

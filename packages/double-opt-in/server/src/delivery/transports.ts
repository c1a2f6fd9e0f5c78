import type { Core } from '@strapi/strapi';
import type { DoubleOptInConfig } from '../config';
import { emailPluginTransport } from './email-plugin-transport';
import { logTransport } from './log-transport';
import type { MailTransport } from './mail-transport';

/** The transport the config names (`mail.transport`): the email plugin's SMTP, or the log. */
export function mailTransportFor(strapi: Core.Strapi, mail: DoubleOptInConfig['mail']): MailTransport {
  return mail.transport === 'log' ? logTransport(strapi) : emailPluginTransport(strapi, mail);
}

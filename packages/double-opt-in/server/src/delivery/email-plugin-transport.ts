import type { Core } from '@strapi/strapi';
import { createMimeComposer } from '../domain/mime-message';
import type { MailTransport, OutgoingMail } from './mail-transport';

interface EmailPluginConfig {
  provider?: string;
  settings?: { defaultFrom?: string; defaultReplyTo?: string };
}

// Providers known to hand `raw` and `envelope` to nodemailer unchanged. Any other provider (an
// HTTP API such as SendGrid's) gets the mail's fields, as it would from any Strapi plugin.
const RAW_MIME_PROVIDERS = new Set(['nodemailer', '@strapi/provider-email-nodemailer']);

/**
 * SMTP through Strapi's email plugin (with `@strapi/provider-email-nodemailer`, pooled). The
 * promise is the plugin's own, so the worker's journal entry follows the SMTP answer directly.
 *
 * With the nodemailer provider the mail goes as one composed MIME message (see mime-message.ts),
 * which halves the CPU time per mail; a mail that cannot be written that way goes as fields.
 */
export function emailPluginTransport(strapi: Core.Strapi, options: { from?: string; replyTo?: string }): MailTransport {
  const emailConfig = (strapi.config.get('plugin::email') ?? {}) as EmailPluginConfig;
  const from = options.from ?? emailConfig.settings?.defaultFrom;
  const replyTo = options.replyTo ?? emailConfig.settings?.defaultReplyTo;
  // One composer per transport: the lines all recipients of a mailing share are encoded once.
  const composeMime = createMimeComposer();
  const rawMime = RAW_MIME_PROVIDERS.has((emailConfig.provider ?? '').toLowerCase()) && Boolean(from);
  const sender = {
    ...(options.from ? { from: options.from } : {}),
    ...(options.replyTo ? { replyTo: options.replyTo } : {}),
  };
  // Looked up at the first send, not here: the transport is wired before the email plugin may be asked.
  let emailService: { send(options: Record<string, unknown>): Promise<unknown> } | null = null;
  const email = () => (emailService ??= strapi.plugin('email').service('email') as { send(options: Record<string, unknown>): Promise<unknown> });

  const asFields = (message: OutgoingMail) =>
    email().send({
      to: message.to,
      ...sender,
      subject: message.subject,
      text: message.text,
      html: message.html,
      headers: message.headers,
      messageId: message.messageId,
    }) as Promise<{ messageId?: string }>;

  return {
    delivers: true,
    send(message) {
      if (!rawMime) return asFields(message);
      const composed = composeMime({ ...message, from: from as string, replyTo, date: new Date() });
      if (!composed) return asFields(message);
      // nodemailer sends `raw` as it is: From and Reply-To are in it, the sender is in the envelope.
      // Empty ones here keep the provider from adding its defaults, which nodemailer would parse
      // for every mail only to drop them. The Message-ID again as a field, or nodemailer draws
      // random bytes for one that is never sent.
      return email().send({ to: message.to, from: '', replyTo: '', messageId: message.messageId, envelope: composed.envelope, raw: composed.raw }) as Promise<{ messageId?: string }>;
    },
  };
}

import type { Core } from '@strapi/strapi';
import { actionDefinitions } from './admin-actions';
import { CRON_OUTBOX, CRON_PURGE } from './cron-jobs';
import { storedMail } from './delivery/mail-renderer';
import { mailTransportFor } from './delivery/transports';
import { MAIL_KINDS } from './domain/mail-template';
import { getService } from './get-service';
import { outboxKindOf } from './mailing-kinds/mailing-kind';
import { contentTypeOf } from './repositories/query';
import type outboxService from './services/outbox';
import { MAILING } from './uids';

type Outbox = ReturnType<typeof outboxService>;

/**
 * A mailing is written in one of the configured locales: the schema ships with `de` and `en`, and
 * its choice follows `locales` (an enumeration is a plain string column, so nothing migrates).
 */
function offerConfiguredLocales(strapi: Core.Strapi, locales: readonly string[]): void {
  const language = contentTypeOf(strapi, MAILING)?.attributes.language;
  if (!language) return;
  language.enum = [...locales];
  language.default = locales[0];
}

/**
 * The outbox knows rows, not mails: here it gets the transport the config names and a renderer
 * per mail kind (the composer's mails are rendered when written and sent as stored; every mailing
 * kind's deliveries are rendered when sent, by the one mailings pipeline, also for a kind a host
 * registers later). Every worker of the app is wired so.
 */
export function wireOutbox(strapi: Core.Strapi, outbox: Outbox = getService(strapi, 'outbox')): void {
  outbox.useTransport(mailTransportFor(strapi, getService(strapi, 'settings').get().mail));
  const composer = getService(strapi, 'mail-composer');
  for (const kind of Object.keys(MAIL_KINDS)) outbox.registerRenderer(kind, composer.renderer);
  outbox.registerRenderer('mailing-test', storedMail);
  const pipeline = getService(strapi, 'mailings').renderer;
  getService(strapi, 'mailing-kinds').each((kind) => outbox.registerRenderer(outboxKindOf(kind), pipeline));
}

export default async function bootstrap({ strapi }: { strapi: Core.Strapi }): Promise<void> {
  // Resolving the config first: an invalid one (a locale without its texts, say) stops the start here.
  const settings = getService(strapi, 'settings').get();
  offerConfiguredLocales(strapi, settings.locales);
  await strapi.service('admin::permission').actionProvider.registerMany(actionDefinitions(getService(strapi, 'settings').catalogue(settings.locales[0]).permissions));
  getService(strapi, 'settings').secret();
  // A digest source named but missing is a wiring mistake of the host: say so at start, not at the first digest.
  if (settings.digest.source && typeof (strapi.service(settings.digest.source as never) as { digestItems?: unknown } | undefined)?.digestItems !== 'function') {
    throw new Error(`double-opt-in config is invalid: digest.source ${settings.digest.source} is not a service with a digestItems() function`);
  }
  await getService(strapi, 'templates').ensureDefaults();

  wireOutbox(strapi);
  await getService(strapi, 'outbox').start();
  if (settings.outbox.enabled) {
    strapi.cron.add({
      [CRON_OUTBOX]: {
        task: async () => {
          await getService(strapi, 'mailings').startDue();
          await getService(strapi, 'outbox').processBatch();
        },
        options: { rule: settings.outbox.rule },
      },
    });
    // Mails written while no instance was running go out right after start.
    getService(strapi, 'outbox').kick();
  }
  if (settings.purge.enabled) {
    strapi.cron.add({
      [CRON_PURGE]: {
        task: () => getService(strapi, 'subscription').purgeStalePending(),
        options: { rule: settings.purge.rule },
      },
    });
  }
  if (settings.mail.transport === 'log') {
    strapi.log.info('[double-opt-in] no SMTP configured: mails are kept in the outbox and written to the log (admin: the plugin\'s page, /admin/plugins/double-opt-in)');
  }
}

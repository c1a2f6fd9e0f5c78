import type { Core } from '@strapi/strapi';
import { applyPoolAdminViews } from './admin-views/apply';
import bootstrap from './bootstrap';
import config from './config';
import contentTypes from './content-types';
import controllers from './controllers';
import destroy from './destroy';
import middlewares from './middlewares';
import register from './register';
import routes from './routes';
import services from './services';

export default {
  register,
  /** The plugin's start, then its types' labels and layouts in the content manager. */
  async bootstrap(context: { strapi: Core.Strapi }) {
    await bootstrap(context);
    await applyPoolAdminViews(context.strapi);
  },
  destroy,
  config,
  contentTypes,
  controllers,
  services,
  routes,
  middlewares,
};

/** For hosts: the content-type UIDs and admin action ids, to name them in roles, views and tests. */
export * from './uids';
export { ALL_ACTION_IDS, actionId, type AdminAction } from './admin-actions';
/** The mail renderer, for hosts that preview or benchmark mails exactly as the plugin renders them. */
export { renderMarkdownMail } from './domain/markdown-mail';
export { UNSUBSCRIBE_FOOTER } from './domain/messages';
/** The MIME composer the outbox hands nodemailer its mails with, for benchmarks of the same messages. */
export { composeMime } from './domain/mime-message';
/** The admin views of the plugin's types, for hosts that check them or word them their own way (config `adminViews`). */
export { POOL_ADMIN_VIEWS, POOL_FIELD_ACCESS } from './admin-views';
export { applyPoolAdminViews } from './admin-views/apply';
/** The plugin's custom fields, for hosts that check their admin views against the stored types. */
export { registerCustomFields } from './custom-fields';
/** The shape of a text catalogue, so a host's added language is checked by its compiler. */
export type { Catalogue, CatalogueOverride } from './messages';
/** A host's own kind of mailing: what it implements, and what it gets (see the README, "Adding a mail kind"). */
export type { MailingAudience, MailingKind, MailingKindContext, MailingRecipient } from './mailing-kinds';

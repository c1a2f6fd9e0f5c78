import type { Core } from '@strapi/strapi';
import { applyAdminViews, baseLanguage } from '@mitwirken/strapi-plugin-kit';
import { FALLBACK_LANGUAGE, REGISTRATION_ADMIN_VIEWS, REGISTRATION_FIELD_ACCESS } from './admin-views';
import config from './config';
import contentTypes from './content-types';
import controllers from './controllers';
import { getService } from './get-service';
import middlewares from './middlewares';
import routes from './routes';
import services from './services';
import { PLUGIN_ID, PRIVATE_CONTENT_TYPES } from './uids';

/** The databases whose locking the allocation relies on (see the registration repository). */
const SUPPORTED_CLIENTS = ['postgres', 'sqlite'];

export { REGISTRATION, RATE_LIMIT_COUNTER } from './uids';
export type { EventAvailability, RegistrationOutcome, CancelOutcome } from './services/registrations';
export type { Catalogue, CatalogueOverride } from './messages';

export default {
  config,
  contentTypes,
  controllers,
  middlewares,
  routes,
  services,

  register({ strapi }: { strapi: Core.Strapi }) {
    // Who registered never reaches the public GraphQL API: no types, no queries, no mutations.
    const graphql = strapi.plugin('graphql');
    if (graphql) for (const uid of PRIVATE_CONTENT_TYPES) graphql.service('extension').shadowCRUD(uid).disable();
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    const settings = getService(strapi, 'settings').get();
    if (!strapi.contentType(settings.eventContentType as Parameters<typeof strapi.contentType>[0])) {
      throw new Error(`registrations config is invalid: eventContentType ${settings.eventContentType} is no content type of this app`);
    }
    if (!SUPPORTED_CLIENTS.includes(strapi.db.dialect.client)) {
      throw new Error(`registrations: the database ${strapi.db.dialect.client} is not supported (PostgreSQL or SQLite): places could be given twice`);
    }
    await applyAdminViews(strapi, REGISTRATION_ADMIN_VIEWS, {
      locale: baseLanguage(settings.locales[0]),
      fallbackLocale: FALLBACK_LANGUAGE,
      access: REGISTRATION_FIELD_ACCESS,
      store: { type: 'plugin', name: PLUGIN_ID, key: 'admin-views' },
    });
  },
};

import type { StrapiApp } from '@strapi/strapi/admin';
import { registerPluginTranslations, viewTranslations } from '@mitwirken/strapi-plugin-kit/admin';
import { FALLBACK_LANGUAGE, REGISTRATION_ADMIN_VIEWS } from '../../server/src/admin-views';
import { PLUGIN_ID } from './plugin-id';

export default {
  register(app: StrapiApp) {
    app.registerPlugin({ id: PLUGIN_ID, name: 'Registrations' });
  },

  bootstrap() {},

  /**
   * translations/<locale>.json, prefixed with the plugin id, and the content manager's names and
   * field labels of the registration type: English labels for an English admin; for every other
   * language empty ones, so the labels the server stored in the host's language show.
   */
  registerTrads: registerPluginTranslations(
    PLUGIN_ID,
    (locale) => import(`./translations/${locale}.json`),
    (locale) => viewTranslations(REGISTRATION_ADMIN_VIEWS, locale, { storedLanguage: FALLBACK_LANGUAGE, labels: locale === FALLBACK_LANGUAGE }),
  ),
};

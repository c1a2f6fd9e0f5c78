import type { StrapiApp } from '@strapi/strapi/admin';
import { adminTranslations, poolTranslations } from '../domain/admin-views';
import { registerCustomFields } from './custom-fields';
import de from './translations/de.json';
import en from './translations/en.json';
import { STRAPI_GAPS_DE } from './translations/strapi-de-gaps';
import { STRAPI_SIE_DE } from './translations/strapi-de-sie';

/** The key under which Strapi's admin keeps the chosen interface language (5.54, reducer.ts). */
const ADMIN_LANGUAGE_KEY = 'strapi-admin-language';

export default {
  config: {
    // Editors of German cities work in German; English stays available in their profile.
    locales: ['de'],
    translations: {
      // Field labels: German from the content manager's configuration (editable there), English
      // from the shipped views (see adminTranslations); the pool's types in the app's wording.
      // Strapi's own messages in the Sie form, and German where its catalogue has none.
      de: { ...STRAPI_SIE_DE, ...STRAPI_GAPS_DE, ...poolTranslations('de'), ...adminTranslations().de, ...de },
      en: { ...poolTranslations('en'), ...adminTranslations().en, ...en },
    },
  },
  register(app: StrapiApp) {
    // Strapi starts in English unless a language was chosen before; a new administrator starts in
    // German, from the login and register pages on. A later choice in the profile is kept.
    if (typeof window !== 'undefined' && !window.localStorage.getItem(ADMIN_LANGUAGE_KEY)) {
      window.localStorage.setItem(ADMIN_LANGUAGE_KEY, 'de');
    }
    registerCustomFields(app);
  },
  bootstrap(_app: StrapiApp) {},
};

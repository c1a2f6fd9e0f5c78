import type { StrapiApp } from '@strapi/strapi/admin';
import { englishLabelTranslations } from '../domain/admin-views';
import { registerCustomFields } from './custom-fields';
import de from './translations/de.json';
import en from './translations/en.json';

/** The key under which Strapi's admin keeps the chosen interface language (5.54, reducer.ts). */
const ADMIN_LANGUAGE_KEY = 'strapi-admin-language';

export default {
  config: {
    // Editors of German cities work in German; English stays available in their profile.
    locales: ['de'],
    translations: {
      de,
      // The German field labels live in the content manager's configuration (editable there);
      // an English admin reads them from here.
      en: { ...en, ...englishLabelTranslations() },
    },
  },
  register(app: StrapiApp) {
    // Strapi starts in English unless a language was chosen before; a new administrator starts in
    // German, from the login and register pages on. A later choice in the profile is kept.
    if (typeof window !== 'undefined' && !window.localStorage.getItem(ADMIN_LANGUAGE_KEY)) {
      window.localStorage.setItem(ADMIN_LANGUAGE_KEY, 'de');
    }
    registerCustomFields(app as unknown as Parameters<typeof registerCustomFields>[0]);
  },
  bootstrap(_app: StrapiApp) {},
};

import type { Core } from '@strapi/strapi';
import { DEFAULT_LOCALE, LOCALES } from '../content-types';

/**
 * German is the default language of everything a citizen sees; English is offered next to it.
 * The default is set once: an editor who later changes it in the admin is not overruled.
 */
export async function ensureLocales(strapi: Core.Strapi): Promise<void> {
  const locales = strapi.plugin('i18n').service('locales');
  for (const { code, name } of LOCALES) {
    if (!(await locales.findByCode(code))) await locales.create({ code, name });
  }
  const store = strapi.store({ type: 'core', name: 'mitwirken' });
  if (!(await store.get({ key: 'default-locale-set' }))) {
    await locales.setDefaultLocale({ code: DEFAULT_LOCALE });
    await store.set({ key: 'default-locale-set', value: true });
  }
}

import { Search } from '@strapi/icons';
import type { StrapiApp } from '@strapi/strapi/admin';
import { PERMISSIONS } from './permissions';
import { PLUGIN_ID } from './plugin-id';
import { registerPluginTranslations } from '@mitwirken/strapi-plugin-kit/admin';
import { getTranslation } from './utils/get-translation';

export default {
  register(app: StrapiApp) {
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: Search,
      intlLabel: { id: getTranslation('plugin.name'), defaultMessage: 'Format search' },
      Component: () => import('./pages/FinderPage'),
      permissions: PERMISSIONS.preview,
    });
    app.registerPlugin({ id: PLUGIN_ID, name: 'Format search' });
  },

  bootstrap() {},

  /** translations/<locale>.json, prefixed with the plugin id; an admin language without a file gets none (the default messages show). */
  registerTrads: registerPluginTranslations(PLUGIN_ID, (locale) => import(`./translations/${locale}.json`)),
};

import { Search } from '@strapi/icons';
import type { StrapiApp } from '@strapi/strapi/admin';
import { PERMISSIONS } from './permissions';
import { PLUGIN_ID } from './plugin-id';
import { getTranslation } from './utils/get-translation';
import { prefixPluginTranslations } from './utils/prefix-plugin-translations';

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
  async registerTrads({ locales }: { locales: string[] }) {
    return Promise.all(
      locales.map((locale) =>
        import(`./translations/${locale}.json`)
          .then(({ default: data }: { default: Record<string, string> }) => ({ data: prefixPluginTranslations(data, PLUGIN_ID), locale }))
          .catch(() => ({ data: {}, locale })),
      ),
    );
  },
};

import { Mail } from '@strapi/icons';
import type { StrapiApp } from '@strapi/strapi/admin';
import { PERMISSIONS } from './permissions';
import { PLUGIN_ID } from './plugin-id';
import { getTranslation } from './utils/get-translation';
import { prefixPluginTranslations } from './utils/prefix-plugin-translations';

export default {
  register(app: StrapiApp) {
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: Mail,
      intlLabel: { id: getTranslation('plugin.name'), defaultMessage: 'Mitmach-Pool' },
      Component: () => import('./pages/PoolPage'),
      permissions: PERMISSIONS.readPool,
    });
    app.registerPlugin({ id: PLUGIN_ID, name: 'Mitmach-Pool' });
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

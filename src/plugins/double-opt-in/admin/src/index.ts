import { Mail } from '@strapi/icons';

const PLUGIN_ID = 'double-opt-in';

export default {
  register(app: any) {
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: Mail,
      intlLabel: { id: `${PLUGIN_ID}.plugin.name`, defaultMessage: 'Mitmach-Pool' },
      Component: () => import('./pages/PoolPage'),
      permissions: [],
    });
    app.registerPlugin({ id: PLUGIN_ID, name: 'Mitmach-Pool' });
  },

  bootstrap() {},

  async registerTrads({ locales }: { locales: string[] }) {
    return locales.map((locale) => ({ locale, data: { [`${PLUGIN_ID}.plugin.name`]: 'Mitmach-Pool' } }));
  },
};

import { Search } from '@strapi/icons';

const PLUGIN_ID = 'format-finder';

export default {
  register(app: any) {
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: Search,
      intlLabel: { id: `${PLUGIN_ID}.plugin.name`, defaultMessage: 'Format-Finder' },
      Component: () => import('./pages/FinderPage'),
      permissions: [],
    });
    app.registerPlugin({ id: PLUGIN_ID, name: 'Format-Finder' });
  },

  bootstrap() {},

  async registerTrads({ locales }: { locales: string[] }) {
    return locales.map((locale) => ({
      locale,
      data: { [`${PLUGIN_ID}.plugin.name`]: 'Format-Finder' },
    }));
  },
};

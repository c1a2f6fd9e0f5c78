import type { StrapiApp } from '@strapi/strapi/admin';

export default {
  config: {
    // Editors of German cities work in German; English stays available in their profile.
    locales: ['de'],
  },
  bootstrap(_app: StrapiApp) {},
};

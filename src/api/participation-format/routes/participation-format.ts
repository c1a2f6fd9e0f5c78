import { factories } from '@strapi/strapi';

// Public visitors get find and findOne (granted on bootstrap); writing needs an admin or API token.
export default factories.createCoreRouter('api::participation-format.participation-format', {
  config: {
    find: { middlewares: ['global::public-query'] },
    findOne: { middlewares: ['global::public-query'] },
  },
});

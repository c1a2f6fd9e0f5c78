/**
 * Content API under /api/format-finder: public once the Public role has the permissions (the
 * host app grants them; admins can revoke them). Admin API under /format-finder for the admin page.
 */
const adminOnly = { policies: ['admin::isAuthenticatedAdmin'] };

export default {
  'content-api': {
    type: 'content-api',
    routes: [
      { method: 'GET', path: '/search', handler: 'finder.search', config: {} },
      { method: 'POST', path: '/search', handler: 'finder.searchBody', config: {} },
      { method: 'GET', path: '/criteria', handler: 'finder.criteria', config: {} },
    ],
  },
  admin: {
    type: 'admin',
    routes: [
      { method: 'POST', path: '/search', handler: 'finder.searchBody', config: adminOnly },
      { method: 'GET', path: '/criteria', handler: 'finder.criteria', config: adminOnly },
      { method: 'GET', path: '/index-status', handler: 'finder.indexStatus', config: adminOnly },
    ],
  },
};

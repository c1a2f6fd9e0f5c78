import type { Core } from '@strapi/strapi';
import { PREVIEW_ACTION } from '../admin-actions';
import { resolveConfig } from '../config';

/**
 * Content API under /api/format-finder. With `publicAccess` (the default) the search is open to
 * everyone without the per-request permission lookup of Users & Permissions, which would cost more
 * than the search itself; with `publicAccess: false` it needs the role permissions
 * `plugin::format-finder.finder.*`. Admin API under /format-finder for the admin page, for roles with the preview action.
 */
const adminOnly = { policies: ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions: [PREVIEW_ACTION] } }] };

export default {
  'content-api': ({ strapi }: { strapi: Core.Strapi }) => {
    const { publicAccess } = resolveConfig(strapi.config.get('plugin::format-finder'));
    const config = publicAccess ? { auth: false as const } : {};
    return {
      type: 'content-api',
      routes: [
        { method: 'GET', path: '/search', handler: 'finder.search', config },
        { method: 'POST', path: '/search', handler: 'finder.searchBody', config },
        { method: 'GET', path: '/criteria', handler: 'finder.criteria', config },
        { method: 'GET', path: '/compare', handler: 'finder.compare', config },
        { method: 'POST', path: '/compare', handler: 'finder.compareBody', config },
        { method: 'GET', path: '/shortlist.csv', handler: 'finder.shortlistCsv', config },
        { method: 'GET', path: '/shortlist/print', handler: 'finder.shortlistPrint', config },
        { method: 'GET', path: '/plan', handler: 'finder.plan', config },
        { method: 'POST', path: '/plan', handler: 'finder.planBody', config },
      ],
    };
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

import type { Core } from '@strapi/strapi';
import { CONFIGURED_CODE_LISTS_PATH } from '../../domain/configured-code-lists';

/**
 * Admin routes of the app. Strapi 5.54 registers every router under src/api/<name>/routes as
 * content API whatever its `type` says, so these are handed to the server's admin API directly:
 * they then take the admin's JWT (not API or user tokens) and never show up among the
 * users-permissions actions.
 */
export function registerOpportunityAdminRoutes(strapi: Core.Strapi): void {
  strapi.server.routes({
    type: 'admin',
    routes: [
      {
        method: 'GET',
        path: CONFIGURED_CODE_LISTS_PATH,
        handler: 'code-lists.configured',
        info: { apiName: 'participation-opportunity' },
        // Every editor of opportunities needs the districts; nothing in them is personal.
        config: { policies: ['admin::isAuthenticatedAdmin'] },
      },
    ],
  });
}

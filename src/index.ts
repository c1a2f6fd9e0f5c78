import type { Core } from '@strapi/strapi';
import { setUpAdminRoles } from './bootstrap/admin-roles';
import { applyAdminViews } from './bootstrap/admin-views';
import { applyEndUserSignup, endUserSignupEnabled } from './bootstrap/end-user-accounts';
import { registerContentRules } from './bootstrap/content-rules';
import { registerCustomFields } from './bootstrap/custom-fields';
import { registerHttpCacheInvalidation } from './bootstrap/http-cache';
import { ensureLocales } from './bootstrap/locales';
import { PUBLIC_ACTIONS, grantPublicActions } from './bootstrap/public-permissions';
import { registerOpportunityAdminRoutes } from './api/participation-opportunity/admin-routes';
import { registerOpportunityGraphql } from './api/participation-opportunity/graphql';
import { registerGraphqlPublicReadGuard } from './public-read/graphql';
import { seedOnFirstStart } from './seed';
import { registerSiteRoutes } from './front';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    registerCustomFields(strapi);
    registerContentRules(strapi);
    registerGraphqlPublicReadGuard(strapi);
    registerOpportunityGraphql(strapi);
    registerOpportunityAdminRoutes(strapi);
    registerSiteRoutes(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    registerHttpCacheInvalidation(strapi);
    await ensureLocales(strapi);
    await grantPublicActions(strapi, PUBLIC_ACTIONS);
    await applyEndUserSignup(strapi, endUserSignupEnabled(process.env.USERS_REGISTER_ENABLED));
    await setUpAdminRoles(strapi);
    await applyAdminViews(strapi);

    // Tests seed explicitly; everywhere else a fresh database gets the seed on first start.
    const seedOnStart = process.env.SEED_ON_START ? process.env.SEED_ON_START === 'true' : strapi.config.environment !== 'test';
    if (seedOnStart) {
      const report = await seedOnFirstStart(strapi);
      if (report) {
        const counts = Object.entries(report.created).map(([uid, slugs]) => `${uid.split('.').pop()}: ${slugs.length}`);
        strapi.log.info(`Seed loaded (${counts.join(', ')})`);
      }
    }
  },
};

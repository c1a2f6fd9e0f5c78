import type { Core } from '@strapi/strapi';
import { opportunityDigestItems } from '../../../domain/opportunities/opportunity-digest';
import { opportunityConfig } from '../opportunity-config';
import { createOpportunityRepository } from '../repositories/opportunity-repository';

/**
 * The pool's digest source (config/plugins.ts, `digest.source`): the published opportunities
 * still to come, in every language the pool mails in, as the double-opt-in plugin's digest items.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const repository = createOpportunityRepository(strapi);
  return {
    async digestItems({ now, locales }: { now: Date; locales: string[] }) {
      const byLocale = Object.fromEntries(await Promise.all(locales.map(async (locale) => [locale, await repository.findPublished(locale)] as const)));
      return opportunityDigestItems(byLocale, opportunityConfig(strapi).publicUrl, now);
    },
  };
};

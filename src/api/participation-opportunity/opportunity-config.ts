import type { Core } from '@strapi/strapi';
import { resolveOpportunityConfig, type OpportunityConfig } from '../../domain/opportunities/opportunity-config';

/** The city's opportunity settings (config/opportunities.ts), checked; page links fall back to PUBLIC_URL. */
export function opportunityConfig(strapi: Core.Strapi): OpportunityConfig {
  const serverUrl = (strapi.config.get('server.url') as string | undefined) || `http://localhost:${strapi.config.get('server.port', 1337)}`;
  return resolveOpportunityConfig(strapi.config.get('opportunities'), serverUrl);
}
